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
  static func paragraphs(_ text: Substring) -> [String] {
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    var blocks: [[Substring]] = [[]]
    for line in lines {
      if line.allSatisfy({ $0 == " " }) {
        if !blocks[blocks.count - 1].isEmpty { blocks.append([]) }
      } else {
        blocks[blocks.count - 1].append(line)
      }
    }
    if blocks.last?.isEmpty == true { blocks.removeLast() }
    let multiLineBlocks = blocks.filter { $0.count > 1 }
    let continued = multiLineBlocks.reduce(0) { $0 + $1.count - 1 }
    let total = blocks.reduce(0) { $0 + $1.count }
    let longest = blocks.joined().map { $0.count }.max() ?? 0
    let hardWrapped = blocks.count > 1 && total >= 4 && continued * 2 >= total && longest <= 100
    if hardWrapped {
      return blocks.map { $0.map { $0.trimming(" ") }.joined(separator: " ") }
    }
    return blocks.joined().map { String($0) }
  }
}
