import ParleyCore

/// Runs a query over the corpus for the browser. Adapts whichever search engine is built in.
public protocol ArticleSearch: Sendable {
  /// The matching articles, best first.
  ///
  /// - Throws: `SearchFailure` with a one-line message when the query cannot be understood.
  func search(_ query: String) throws -> [ArticleHit]
}

/// One article matching a query, with the byte ranges to highlight.
public struct ArticleHit: Hashable, Sendable {
  /// Position of the article in the `DocumentStore`.
  public var position: Int
  public var score: Double
  /// Highlight ranges in the body, sorted.
  public var bodyRanges: [TextRange]
  /// Highlight ranges in the title, sorted.
  public var titleRanges: [TextRange]

  public init(position: Int, score: Double, bodyRanges: [TextRange], titleRanges: [TextRange] = []) {
    self.position = position
    self.score = score
    self.bodyRanges = bodyRanges
    self.titleRanges = titleRanges
  }

  /// How many places matched.
  public var count: Int { bodyRanges.count + titleRanges.count }
}

/// A query the search engine rejected, with a message for the status bar.
public struct SearchFailure: Error, Hashable, Sendable, CustomStringConvertible {
  public var message: String
  public init(_ message: String) { self.message = message }
  public var description: String { message }
}
