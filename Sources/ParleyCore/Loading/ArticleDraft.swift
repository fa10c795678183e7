/// An article as a format reader found it, before cleaning: metadata plus text lines.
///
/// Format readers (plain text, Markdown, JSON, feeds, HTML) produce drafts; `ArticleCleaner`
/// and `ArticleBuilder` turn them into `Article`s the same way for every format.
public struct ArticleDraft: Sendable {
  /// The headline from metadata, if the format has one.
  public var title: String?
  public var source: String?
  /// The date as found; normalised to ISO 8601 by the builder.
  public var date: String?
  public var url: String?
  public var author: String?
  /// Body lines (paragraphs), sanitized; blank lines may be present.
  public var lines: [String]
  /// Reader comments the format keeps apart (e.g. a JSON `comments` array).
  public var comments: [String]
  /// Whether the first line may be the headline (plain text without metadata title).
  public var detectHeadline: Bool
  /// The 1-based position of the item in a multi-article file (its id suffix `#N`). Set by
  /// readers that skip broken items, so later items keep their ids.
  public var itemNumber: Int?
  /// True when text came through a decoder (JSON escapes, HTML entities) that could have
  /// produced control characters again; the builder then sanitizes every field.
  public var needsSanitizing = false

  public init(
    title: String? = nil, source: String? = nil, date: String? = nil, url: String? = nil,
    author: String? = nil, lines: [String], comments: [String] = [], detectHeadline: Bool = false
  ) {
    self.title = title
    self.source = source
    self.date = date
    self.url = url
    self.author = author
    self.lines = lines
    self.comments = comments
    self.detectHeadline = detectHeadline
  }
}
