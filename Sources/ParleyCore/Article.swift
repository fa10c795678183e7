/// One news article after loading and cleaning.
///
/// `body` holds the cleaned paragraphs joined by a single `"\n"`; `paragraphs` and
/// `sentences` are byte ranges into it. Reader comments are kept apart in `comments`:
/// they are not the source's reporting and analysis must ignore them.
public struct Article: Sendable, Identifiable, Hashable {
  /// A stable id: the file stem, plus `#N` (1-based item index) inside multi-article files.
  public var id: String
  /// The headline (given, or derived from the first sentence).
  public var title: String
  /// The outlet: metadata, else the feed's channel title, else the file name.
  public var source: String
  /// ISO 8601 date (`2025-04-23` or a full timestamp) when known.
  public var date: String?
  /// The article's address, when the file gives one.
  public var url: String?
  /// The byline: metadata, or a "By …" line under the headline.
  public var author: String?
  /// The path the article was read from.
  public var path: String
  /// Cleaned body text: paragraphs separated by `"\n"`, no control characters.
  public var body: String
  /// Byte ranges of the paragraphs in `body`.
  public var paragraphs: [TextRange]
  /// Sentences in `body`, in order.
  public var sentences: [Sentence]
  /// Reader comments found after the article, cleaned, one string each.
  public var comments: [String]

  public init(
    id: String, title: String, source: String, date: String? = nil, url: String? = nil,
    author: String? = nil, path: String, body: String, paragraphs: [TextRange],
    sentences: [Sentence], comments: [String] = []
  ) {
    self.id = id
    self.title = title
    self.source = source
    self.date = date
    self.url = url
    self.author = author
    self.path = path
    self.body = body
    self.paragraphs = paragraphs
    self.sentences = sentences
    self.comments = comments
  }

  /// The file name the article came from (`002_31bb….txt`), the key gold annotations use.
  /// Control characters in hostile names are shown as visible escapes (`TextSanitizer.visible`).
  public var fileName: String {
    TextSanitizer.visible(path.split(separator: "/").last.map(String.init) ?? path)
  }

  /// The text of one sentence.
  public func text(of sentence: Sentence) -> String { body.slice(sentence.range) }

  /// The index of the sentence that contains the byte offset, if any.
  public func sentenceIndex(containing offset: Int) -> Int? {
    var low = 0
    var high = sentences.count - 1
    while low <= high {
      let mid = (low + high) / 2
      let range = sentences[mid].range
      if offset < range.start { high = mid - 1 } else if offset >= range.end { low = mid + 1 } else { return mid }
    }
    return nil
  }
}

/// A sentence of an article body.
public struct Sentence: Sendable, Hashable, Codable {
  /// Byte range in `Article.body`.
  public var range: TextRange
  /// Index of the paragraph that holds it.
  public var paragraph: Int

  public init(range: TextRange, paragraph: Int) {
    self.range = range
    self.paragraph = paragraph
  }
}

/// Which text field of an article a range points into.
public enum ArticleField: String, Sendable, Hashable, Codable {
  case title
  case body
}
