@testable import ParleyCore

/// Checks that must hold for anything parley shows: they turn silent logic bugs into crashes
/// that libFuzzer reports (a crash is the only signal a fuzzer sees).
enum FuzzInvariants {
  /// True for bytes that must never reach a terminal: C0 controls except newline, DEL, ESC.
  static func isForbidden(_ byte: UInt8, allowNewline: Bool) -> Bool {
    (byte < 0x20 && !(allowNewline && byte == 0x0A)) || byte == 0x7F
  }

  /// No C0/DEL/ESC, no C1 controls (U+0080…U+009F), no bidi overrides or isolates.
  static func checkPrintable(_ text: String, allowNewline: Bool, _ what: String) {
    let bytes = Array(text.utf8)
    var i = 0
    while i < bytes.count {
      let b = bytes[i]
      precondition(!isForbidden(b, allowNewline: allowNewline), what)
      if b == 0xC2, i + 1 < bytes.count { precondition(!(0x80...0x9F).contains(bytes[i + 1]), what) }
      if b == 0xE2, i + 2 < bytes.count, bytes[i + 1] == 0x80 { precondition(!(0xAA...0xAE).contains(bytes[i + 2]), what) }
      if b == 0xE2, i + 2 < bytes.count, bytes[i + 1] == 0x81 { precondition(!(0xA6...0xA9).contains(bytes[i + 2]), what) }
      i += 1
    }
  }

  /// Every range inside the text, in order, not overlapping.
  static func checkRanges(_ ranges: [TextRange], within length: Int, _ what: String) {
    var previousEnd = 0
    for range in ranges {
      precondition(range.start >= previousEnd && range.start <= range.end && range.end <= length, what)
      previousEnd = range.end
    }
  }

  /// An article as a user sees it: printable fields, valid paragraph and sentence ranges.
  static func check(_ article: Article) {
    checkPrintable(article.title, allowNewline: false, "title has a control character")
    checkPrintable(article.source, allowNewline: false, "source has a control character")
    for field in [article.author, article.date, article.url] { if let field { checkPrintable(field, allowNewline: false, "metadata has a control character") } }
    checkPrintable(article.body, allowNewline: true, "body has a control character")
    for comment in article.comments { checkPrintable(comment, allowNewline: true, "comment has a control character") }
    let length = article.body.utf8.count
    checkRanges(article.paragraphs, within: length, "paragraph range outside the body")
    checkRanges(article.sentences.map(\.range), within: length, "sentence range outside the body")
    for sentence in article.sentences {
      precondition(sentence.paragraph >= 0 && sentence.paragraph < article.paragraphs.count, "sentence in no paragraph")
      precondition(article.paragraphs[sentence.paragraph].contains(sentence.range), "sentence outside its paragraph")
      _ = article.text(of: sentence)
    }
  }

  /// The loader's path for one file's bytes: decode, read the format, build the articles.
  static func load(_ data: UnsafePointer<UInt8>, _ size: Int, ext: String) {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let reader = FileReader(maxFileSize: 20_000_000)
    guard case .text(let text, _) = reader.decode(bytes) else { return }
    let format = FormatRegistry.format(forExtension: ext) ?? PlainTextFormat()
    let output = format.read(text, path: "fuzz.\(ext)")
    let builder = ArticleBuilder()
    for (index, draft) in output.drafts.enumerated() {
      if let article = builder.build(draft, id: "fuzz#\(index)", path: "fuzz.\(ext)") { check(article) }
    }
  }
}
