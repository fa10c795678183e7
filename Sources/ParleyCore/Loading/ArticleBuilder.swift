import Foundation

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
    let url = draft.url.map(ArticleCleaner.tidy).flatMap { $0.isEmpty ? nil : $0 }
    let source =
      draft.source.map(ArticleCleaner.tidy).flatMap { $0.isEmpty ? nil : $0 } ?? url.flatMap(Self.host)
      ?? Self.stem(of: path)
    return Article(
      id: id, title: cleaned.title, source: source, date: draft.date.flatMap(DateNormalizer.iso8601),
      url: url,
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
    copy.lines = draft.lines.flatMap { line -> [String] in
      let clean = TextSanitizer.clean(line)
      return clean.utf8.contains(0x0A) ? clean.split(separator: "\n").map(String.init) : [clean]
    }
    copy.comments = draft.comments.compactMap(line)
    copy.needsSanitizing = false
    return copy
  }

  /// The host of an http(s) URL without "www." ("https://www.example.org/a" → "example.org").
  public static func host(of url: String) -> String? {
    guard let schemeEnd = url.range(of: "://") else { return nil }
    let rest = url[schemeEnd.upperBound...]
    var host = rest.prefix(while: { $0 != "/" && $0 != "?" && $0 != "#" && $0 != ":" })
    if let at = host.lastIndex(of: "@") { host = host[host.index(after: at)...] }
    if host.hasPrefix("www.") { host = host.dropFirst(4) }
    return host.contains(".") ? host.lowercased() : nil
  }

  /// The file name without folders and extension, sanitized: it becomes the article's id and
  /// default source, which are shown like article text (a file name can hold escapes too).
  public static func stem(of path: String) -> String {
    let name = path.split(separator: "/").last.map(String.init) ?? path
    guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return Self.oneLine(name) }
    return Self.oneLine(String(name[..<dot]))
  }

  private static func oneLine(_ text: String) -> String {
    TextSanitizer.clean(text).split(separator: "\n").joined(separator: " ")
  }
}
