import ParleyCore

/// One ranked article.
public struct SearchHit: Sendable, Hashable {
  /// The article's position in the `DocumentStore`.
  public var position: DocumentStore.Index
  /// The article's id.
  public var articleID: String
  /// The BM25 score (higher is better).
  public var score: Double
  /// How many query words and phrases occur in the article, counted per occurrence.
  public var hitCount: Int
  /// The passage with the densest cluster of hits, when snippets were asked for.
  public var snippet: Snippet?
  /// Byte ranges of the hits in `Article.title`.
  public var titleHighlights: [TextRange]
}

/// A passage of an article body around the hits.
public struct Snippet: Sendable, Hashable {
  /// The passage, as a byte range of `Article.body`, cut at word boundaries.
  public var range: TextRange
  /// The passage text (paragraph breaks shown as spaces).
  public var text: String
  /// The hits inside the passage, as byte ranges of `Article.body` (subtract `range.start`
  /// for offsets into `text`).
  public var highlights: [TextRange]
  /// Whether the passage starts after, or ends before, the body's ends.
  public var isCutAtStart: Bool
  public var isCutAtEnd: Bool
}

/// All hits in one article, for highlighting the full text.
public struct ArticleHighlights: Sendable, Hashable {
  /// Byte ranges in `Article.title`.
  public var title: [TextRange]
  /// Byte ranges in `Article.body`.
  public var body: [TextRange]
}

/// The outcome of a search.
public struct SearchResults: Sendable {
  /// The best hits, best first.
  public var hits: [SearchHit]
  /// How many articles match in all.
  public var totalHits: Int
  /// A corrected query when nothing matched and a nearby spelling would (`did you mean`).
  public var suggestion: String?
}

/// BM25 settings.
public struct RankingParameters: Sendable, Hashable {
  /// Term frequency saturation.
  public var k1: Float = 1.2
  /// Length normalisation.
  public var b: Float = 0.75
  /// Multiplier for matches in the title.
  public var titleBoost: Float = 2.0
  /// Extra weight, relative to the stem's score, for the exact form the user typed.
  public var exactFormBonus: Float = 0.25
  public init() {}
}
