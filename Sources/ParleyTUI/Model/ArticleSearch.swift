import ParleyCore

/// Runs a query over the corpus for the browser. Adapts whichever search engine is built in.
public protocol ArticleSearch: Sendable {
  /// The best `limit` matching articles, best first, with the total count.
  ///
  /// - Throws: `SearchFailure` with a one-line message when the query cannot be understood.
  func search(_ query: String, limit: Int) throws -> SearchOutcome

  /// Every place the query matches in one article, for highlighting its full text.
  func highlights(for query: String, in position: Int) -> Highlights
}

/// Byte ranges to highlight in an article's title and body, each sorted.
public struct Highlights: Hashable, Sendable {
  public var title: [TextRange]
  public var body: [TextRange]
  public init(title: [TextRange] = [], body: [TextRange] = []) {
    self.title = title
    self.body = body
  }
}

/// The outcome of a query.
public struct SearchOutcome: Hashable, Sendable {
  /// The best hits, best first.
  public var hits: [ArticleHit]
  /// How many articles match in all (may exceed `hits.count`).
  public var total: Int
  /// A respelled query to suggest when nothing matched.
  public var suggestion: String?
  public init(hits: [ArticleHit], total: Int, suggestion: String? = nil) {
    self.hits = hits
    self.total = total
    self.suggestion = suggestion
  }
}

/// One article matching a query.
public struct ArticleHit: Hashable, Sendable {
  /// Position of the article in the `DocumentStore`.
  public var position: Int
  public var score: Double
  /// How many places matched.
  public var count: Int

  public init(position: Int, score: Double, count: Int) {
    self.position = position
    self.score = score
    self.count = count
  }
}

/// A query the search engine rejected, with a message for the status bar.
public struct SearchFailure: Error, Hashable, Sendable, CustomStringConvertible {
  public var message: String
  public init(_ message: String) { self.message = message }
  public var description: String { message }
}
