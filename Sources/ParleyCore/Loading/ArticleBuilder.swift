/// Turns a cleaned draft into an `Article`: joins paragraphs into the body, records their
/// byte ranges and splits them into sentences.
public struct ArticleBuilder: Sendable {
  public var cleaner: ArticleCleaner
  public var splitter: SentenceSplitter

  public init(cleaner: ArticleCleaner = ArticleCleaner(), splitter: SentenceSplitter = SentenceSplitter()) {
    self.cleaner = cleaner
    self.splitter = splitter
  }

  /// The article, or nil when the draft has no body text after cleaning.
  ///
  /// - Parameters:
  ///   - id: the stable id (file stem, plus `#N` inside multi-article files).
  ///   - path: the file it came from; its stem is the source when the draft names none.
  public func build(_ draft: ArticleDraft, id: String, path: String) -> Article? {
    let draft = draft.needsSanitizing ? Self.sanitized(draft) : draft
    guard let cleaned = cleaner.clean(draft) else { return nil }
    var body = ""
    var paragraphs: [TextRange] = []
    var sentences: [Sentence] = []
    body.reserveCapacity(cleaned.paragraphs.reduce(0) { $0 + $1.utf8.count + 1 })
    for (index, paragraph) in cleaned.paragraphs.enumerated() {
      if index > 0 { body += "\n" }
      let start = body.utf8.count
      body += paragraph
      paragraphs.append(TextRange(start, start + paragraph.utf8.count))
      for range in splitter.split(paragraph) {
        sentences.append(Sentence(range: TextRange(start + range.start, start + range.end), paragraph: index))
      }
    }
    let source = draft.source.map(ArticleCleaner.tidy).flatMap { $0.isEmpty ? nil : $0 } ?? Self.stem(of: path)
    return Article(
      id: id, title: cleaned.title, source: source, date: draft.date.flatMap(DateNormalizer.iso8601),
      url: draft.url.map(ArticleCleaner.tidy).flatMap { $0.isEmpty ? nil : $0 },
      author: cleaned.author.map(ArticleCleaner.tidy).flatMap { $0.isEmpty ? nil : $0 },
      path: path, body: body, paragraphs: paragraphs, sentences: sentences, comments: cleaned.comments)
  }

  /// The draft with every text field passed through `TextSanitizer`; multi-line fields
  /// (title, metadata) are folded onto one line.
  static func sanitized(_ draft: ArticleDraft) -> ArticleDraft {
    func line(_ text: String?) -> String? {
      text.map { TextSanitizer.clean($0).split(separator: "\n").joined(separator: " ") }
    }
    var copy = draft
    copy.title = line(draft.title)
    copy.source = line(draft.source)
    copy.date = line(draft.date)
    copy.url = line(draft.url)
    copy.author = line(draft.author)
    copy.lines = draft.lines.flatMap { TextSanitizer.clean($0).split(separator: "\n").map(String.init) }
    copy.comments = draft.comments.compactMap(line)
    copy.needsSanitizing = false
    return copy
  }

  /// The file name without folders and extension.
  public static func stem(of path: String) -> String {
    let name = path.split(separator: "/").last.map(String.init) ?? path
    guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return name }
    return String(name[..<dot])
  }
}
