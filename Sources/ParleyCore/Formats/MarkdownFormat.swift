/// `.md`, `.markdown`: optional front matter (title, source, date, url, author) between
/// `---` lines, then Markdown whose markup is removed.
///
/// The first `# Heading` is the title when the front matter has none. Paragraphs are
/// blank-line separated (soft line breaks are joined); list items, quotes and headings are
/// paragraphs of their own; links keep their text, images and reference definitions go,
/// emphasis and code marks are removed, HTML tags and comments are dropped.
struct MarkdownFormat: ArticleFormat {
  func read(_ text: String, path: String) -> FormatOutput {
    var draft = ArticleDraft(lines: [])
    var body = Substring(text)
    if let matter = FrontMatter.parse(text) {
      matter.apply(to: &draft)
      body = matter.rest
    }
    var paragraphs: [String] = []
    var current: [String] = []
    var inFence = false
    func flush() {
      if !current.isEmpty { paragraphs.append(current.joined(separator: " ")) }
      current = []
    }
    let lines = body.split(separator: "\n", omittingEmptySubsequences: false).map { String($0) }
    for raw in lines {
      let line = raw.trimming(" ")
      if line.hasPrefix("```") || line.hasPrefix("~~~") {
        flush()
        inFence.toggle()
        continue
      }
      if inFence {
        if !line.isEmpty { paragraphs.append(line) }
        continue
      }
      if line.isEmpty || Self.isRule(line) {
        flush()
        continue
      }
      if Self.isReferenceDefinition(line) { continue }
      // Setext heading underline: the previous paragraph line is a heading.
      if (line.allSatisfy({ $0 == "=" }) || line.allSatisfy({ $0 == "-" })), !current.isEmpty {
        let heading = current.joined(separator: " ")
        current = []
        if draft.title == nil && line.first == "=" { draft.title = Self.inline(heading) } else { paragraphs.append(Self.inline(heading)) }
        continue
      }
      if line.hasPrefix("#") {
        flush()
        let level = line.prefix(while: { $0 == "#" }).count
        let heading = Self.inline(line.dropFirst(level).trimming(" #"))
        if level == 1 && draft.title == nil {
          draft.title = heading
        } else if level == 1 && paragraphs.isEmpty && current.isEmpty {
          continue  // a leading H1 under a front-matter title repeats or replaces it
        } else if !heading.isEmpty {
          paragraphs.append(heading)
        }
        continue
      }
      var content = Substring(line)
      var isBlockStart = false
      while content.hasPrefix(">") {
        content = content.dropFirst().drop(while: { $0 == " " })
        isBlockStart = true
      }
      if let marker = Self.listMarkerLength(content) {
        content = content.dropFirst(marker)
        isBlockStart = true
      }
      if isBlockStart { flush() }
      let text = Self.inline(String(content))
      if !text.isEmpty { current.append(text) }
    }
    flush()
    draft.lines = paragraphs
    return FormatOutput(drafts: [draft])
  }

  static func isRule(_ line: String) -> Bool {
    let compact = line.filter { $0 != " " }
    guard compact.count >= 3, let first = compact.first, "-*_".contains(first) else { return false }
    return compact.allSatisfy { $0 == first }
  }

  static func isReferenceDefinition(_ line: String) -> Bool {
    guard line.hasPrefix("["), let close = line.range(of: "]:") else { return false }
    return !line[line.index(after: line.startIndex)..<close.lowerBound].contains("]")
  }

  /// The length of a list marker ("- ", "* ", "+ ", "12. ", "3) ") at the start, if any.
  static func listMarkerLength(_ line: Substring) -> Int? {
    if let first = line.first, "-*+".contains(first), line.dropFirst().first == " " { return 2 }
    let digits = line.prefix(while: { $0.isNumber })
    guard !digits.isEmpty, digits.count <= 3 else { return nil }
    let rest = line.dropFirst(digits.count)
    if let mark = rest.first, mark == "." || mark == ")", rest.dropFirst().first == " " { return digits.count + 2 }
    return nil
  }

  /// Inline markup removed: images, links (text kept), autolinks, HTML, emphasis, code marks, escapes.
  static func inline(_ text: String) -> String {
    var out = ""
    var chars = Array(text)
    var i = 0
    // HTML comments and tags first.
    if text.contains("<") {
      chars = Array(HTMLText.paragraphs(fromHTML: text.replacingAll("<br>", with: " ")).joined(separator: " "))
    }
    while i < chars.count {
      let c = chars[i]
      if c == "\\", i + 1 < chars.count, "\\`*_{}[]()#+-.!>~|".contains(chars[i + 1]) {
        out.append(chars[i + 1])
        i += 2
        continue
      }
      if c == "!", i + 1 < chars.count, chars[i + 1] == "[", let (_, end) = linkParts(chars, from: i + 1) {
        i = end  // image: dropped
        continue
      }
      if c == "[", let (label, end) = linkParts(chars, from: i) {
        out += inline(String(label))
        i = end
        continue
      }
      if c == "`" {
        i += 1
        continue
      }
      if c == "*" || c == "~" {
        i += 1
        continue
      }
      if c == "_" {
        let before = i > 0 ? chars[i - 1] : " "
        let after = i + 1 < chars.count ? chars[i + 1] : " "
        if !(before.isLetter || before.isNumber) || !(after.isLetter || after.isNumber) {
          i += 1
          continue
        }
      }
      out.append(c)
      i += 1
    }
    return out.split(separator: " ").joined(separator: " ")
  }

  /// `[label](url)` or `[label][ref]` starting at `start`: the label and the index after the link.
  static func linkParts(_ chars: [Character], from start: Int) -> (ArraySlice<Character>, Int)? {
    guard chars[start] == "[" else { return nil }
    var depth = 0
    var close = start
    while close < chars.count {
      if chars[close] == "[" { depth += 1 } else if chars[close] == "]" {
        depth -= 1
        if depth == 0 { break }
      }
      close += 1
    }
    guard close < chars.count, close + 1 < chars.count else { return nil }
    let opener = chars[close + 1]
    guard opener == "(" || opener == "[" else { return nil }
    let closer: Character = opener == "(" ? ")" : "]"
    guard let end = chars[(close + 2)...].firstIndex(of: closer) else { return nil }
    return (chars[(start + 1)..<close], end + 1)
  }
}

extension String {
  func replacingAll(_ target: String, with replacement: String) -> String {
    split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
  }
}
