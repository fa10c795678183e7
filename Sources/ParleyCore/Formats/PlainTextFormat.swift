/// `.txt`: plain text, one paragraph per line or blocks separated by blank lines.
///
/// The first line is the headline when it reads like one (`Headline.isHeadlineLike`);
/// otherwise the cleaner derives one. Hard-wrapped text (most lines of a blank-line-separated
/// block continue on the next line) is unwrapped into paragraphs. An optional front matter
/// block between `---` lines supplies title, source, date, url and author, as in Markdown.
struct PlainTextFormat: ArticleFormat {
  func read(_ text: String, path: String) -> FormatOutput {
    var draft = ArticleDraft(lines: [], detectHeadline: true)
    var body = Substring(text)
    if let matter = FrontMatter.parse(text) {
      matter.apply(to: &draft)
      body = matter.rest
      if draft.title != nil { draft.detectHeadline = false }
    }
    draft.lines = Self.paragraphs(body)
    return FormatOutput(drafts: [draft])
  }

  /// Paragraph lines: each non-blank line, or unwrapped blocks when the text is hard-wrapped.
  ///
  /// Works on UTF-8 bytes: this runs over every line of every plain-text file.
  static func paragraphs(_ text: Substring) -> [String] {
    var blocks: [[String]] = [[]]
    var longest = 0
    text.utf8.withContiguousStorageIfAvailable { bytes in
      var lineStart = 0
      func addLine(_ end: Int) {
        var from = lineStart
        var to = end
        while from < to && bytes[from] == 0x20 { from += 1 }
        while to > from && bytes[to - 1] == 0x20 { to -= 1 }
        if from == to {
          if !blocks[blocks.count - 1].isEmpty { blocks.append([]) }
        } else {
          blocks[blocks.count - 1].append(String(decoding: UnsafeBufferPointer(rebasing: bytes[from..<to]), as: UTF8.self))
          longest = max(longest, to - from)
        }
      }
      for index in 0..<bytes.count where bytes[index] == 0x0A {
        addLine(index)
        lineStart = index + 1
      }
      addLine(bytes.count)
    } ?? {
      blocks = [[]]
      for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
        let trimmed = line.trimming(" ")
        if trimmed.isEmpty {
          if !blocks[blocks.count - 1].isEmpty { blocks.append([]) }
        } else {
          blocks[blocks.count - 1].append(trimmed)
          longest = max(longest, trimmed.utf8.count)
        }
      }
    }()
    if blocks.last?.isEmpty == true { blocks.removeLast() }
    let continued = blocks.reduce(0) { $0 + max(0, $1.count - 1) }
    let total = blocks.reduce(0) { $0 + $1.count }
    // Hard-wrapped: several blocks, most lines continue on the next, none longer than ~100 characters.
    let hardWrapped = blocks.count > 1 && total >= 4 && continued * 2 >= total && longest <= 110
    if hardWrapped {
      return blocks.map { $0.joined(separator: " ") }
    }
    return Array(blocks.joined())
  }
}
