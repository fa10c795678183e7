/// Removes page debris from an article's lines, finds or derives its headline, and keeps
/// reader comments apart.
///
/// The order matters and is documented in docs/formats.md:
/// 0. a title glued to the sentence after it ("…in GenevaThe minister said…") is split off;
/// 1. boilerplate lines anywhere ("Skip to content"), leading menus and section words;
/// 2. the headline: given by metadata, else the first line when it reads like one, else derived
///    from the first sentence (then the first line stays in the body);
/// 3. a byline right after the headline ("By Jane Doe") becomes the author;
/// 4. the reader-comments tail ("2 Comments", "ReplyDelete…") is cut off into `comments`;
/// 5. "Read also:"-style markers and the headlines that follow them;
/// 6. repeats of the headline, exact or near, and headline-like lines that occur twice;
/// 7. trailing section words and menus ("World", "Latest").
public struct ArticleCleaner: Sendable {
  public var rules: DebrisRules
  public init(rules: DebrisRules = .standard) { self.rules = rules }

  /// The cleaned parts of an article.
  public struct Result: Sendable, Equatable {
    public var title: String
    public var titleWasDerived: Bool
    public var author: String?
    public var paragraphs: [String]
    public var comments: [String]
  }

  /// Cleans the draft's lines. Returns nil when no body text is left.
  public func clean(_ draft: ArticleDraft) -> Result? {
    var lines = draft.lines.map(Self.tidy).filter { !$0.isEmpty }.flatMap(GluedHeadline.split)
    removeBoilerplate(&lines)
    removeConsecutiveDuplicates(&lines)
    dropNavigation(&lines, fromEnd: false)

    var title = draft.title.map(Self.tidy).flatMap { $0.isEmpty ? nil : $0 }
    if title == nil, draft.detectHeadline, lines.count >= 2, Headline.isHeadlineLike(lines[0]),
      Self.wordCount(lines[0], atLeast: 3)
    {
      title = lines.removeFirst()
    }
    var author = draft.author
    if let first = lines.first, let byline = Self.byline(first) {
      if author == nil { author = byline }
      lines.removeFirst()
    }

    var comments = draft.comments.map(Self.tidy).filter { !$0.isEmpty }
    if let tail = lines.indices.dropFirst().first(where: {
      rules.isCommentHeader(lines[$0]) || rules.startsWithCommentSeparator(lines[$0])
    }) {
      comments += readerComments(Array(lines[tail...]))
      lines.removeSubrange(tail...)
    }

    removeRelatedLinks(&lines)
    if let title { removeHeadlineRepeats(&lines, title: title) }
    removeRepeatedHeadlines(&lines)
    dropNavigation(&lines, fromEnd: true)
    guard !lines.isEmpty else { return nil }

    if let title {
      return Result(title: title, titleWasDerived: false, author: author, paragraphs: lines, comments: comments)
    }
    let first = lines[0]
    let sentence = SentenceSplitter().split(first).first.map { first.slice($0) } ?? first
    return Result(
      title: Headline.derive(fromSentence: sentence), titleWasDerived: true, author: author,
      paragraphs: lines, comments: comments)
  }

  // MARK: - Rules

  /// Drops section words, menus and boilerplate at the start (or end) of the lines.
  private func dropNavigation(_ lines: inout [String], fromEnd: Bool) {
    while let line = fromEnd ? lines.last : lines.first {
      guard DebrisRules.line(line, isIn: rules.sectionWords) || rules.isMenu(line)
        || DebrisRules.line(line, isIn: rules.boilerplateLines) || DebrisRules.line(line, isIn: rules.relatedMarkers)
      else { return }
      if fromEnd { lines.removeLast() } else { lines.removeFirst() }
    }
  }

  /// Removes a line identical to the one before it (a caption or teaser printed twice).
  private func removeConsecutiveDuplicates(_ lines: inout [String]) {
    var kept: [String] = []
    for line in lines where line != kept.last { kept.append(line) }
    lines = kept
  }

  /// Removes boilerplate, credit and time-stamp lines, trailing credits inside captions, and
  /// bare names ("Jane Roe") that stand next to such debris or to each other (bylines without
  /// "By"), or before the first full paragraph.
  private func removeBoilerplate(_ lines: inout [String]) {
    lines = lines.map(removingGluedDebris)
    var debris = lines.map {
      DebrisRules.line($0, isIn: rules.boilerplateLines) || rules.isCredit($0) || rules.isTimestamp($0)
        || rules.isAppeal($0)
    }
    let names = lines.map(Self.isBareName)
    let firstParagraph = lines.firstIndex(where: { Self.wordCount($0, atLeast: 20) }) ?? lines.count
    for index in lines.indices where names[index] {
      let neighbours = [index - 1, index + 1].filter { lines.indices.contains($0) }
      if index < firstParagraph || neighbours.contains(where: { debris[$0] || names[$0] }) { debris[index] = true }
    }
    var kept: [String] = []
    for (index, line) in lines.enumerated() where !debris[index] {
      kept.append(removingTrailingCredit(line))
    }
    lines = kept
  }

  /// A caption with a credit sentence at its end ("… in Kyiv. Jane Roe/AFP via Getty Images")
  /// without that sentence.
  private func removingTrailingCredit(_ line: String) -> String {
    let line = removingParenthesizedCredits(line)
    guard line.utf8.contains(UInt8(ascii: "/")) || Self.containsPhoto(line) else { return line }
    let ranges = SentenceSplitter().split(line)
    guard ranges.count > 1, let last = ranges.last, rules.isCredit(line.slice(last)) else { return line }
    var kept = ranges.dropLast()
    while let previous = kept.last, kept.count > 1, rules.isCredit(line.slice(previous)) { kept = kept.dropLast() }
    return line.slice(TextRange(ranges[0].start, kept.last!.end))
  }

  /// A line without page debris glued after its last sentence with no space:
  /// "… than expected.Advertisement", "… on Monday.Getty Images".
  func removingGluedDebris(_ line: String) -> String {
    let bytes = Array(line.utf8)
    guard bytes.count > 8 else { return line }
    var index = bytes.count - 2
    let lowest = max(1, bytes.count - 60)
    while index >= lowest {
      let byte = bytes[index]
      if byte == UInt8(ascii: ".") || byte == UInt8(ascii: "!") || byte == UInt8(ascii: "?"),
        bytes[index + 1] >= 0x41 && bytes[index + 1] <= 0x5A, bytes[index - 1] != 0x20
      {
        let tail = String(decoding: bytes[(index + 1)...], as: UTF8.self)
        if DebrisRules.line(tail, isIn: rules.boilerplateLines) || rules.isCredit(tail) {
          return String(decoding: bytes[...index], as: UTF8.self)
        }
        return line
      }
      index -= 1
    }
    return line
  }

  /// A caption without the credits in brackets at its end: "… in Kyiv (Getty Images)",
  /// "… on Friday (Jane Roe/AFP via Getty Images)". The caption itself must remain.
  func removingParenthesizedCredits(_ line: String) -> String {
    var bytes = Array(line.utf8)
    var changed = false
    while bytes.last == UInt8(ascii: ")"), let open = bytes.lastIndex(of: UInt8(ascii: "(")), open > 0 {
      let inner = String(decoding: bytes[(open + 1)..<(bytes.count - 1)], as: UTF8.self)
      guard rules.isCredit(inner) || DebrisRules.normalize(inner).hasPrefix("photo") else { break }
      var end = open
      while end > 0, bytes[end - 1] == 0x20 { end -= 1 }
      guard end > 0 else { break }
      bytes.removeSubrange(end...)
      changed = true
    }
    return changed ? String(decoding: bytes, as: UTF8.self) : line
  }

  /// Two to four words, each a capitalised run of letters (hyphens and apostrophes allowed).
  static func isBareName(_ line: String) -> Bool {
    guard line.utf8.count <= 80 else { return false }
    let words = line.split(separator: " ")
    guard (2...4).contains(words.count), words[0] != "By" else { return false }
    return words.allSatisfy { word in
      guard let first = word.first, first.isUppercase else { return false }
      return word.allSatisfy { $0.isLetter || $0 == "-" || $0 == "’" || $0 == "'" || $0 == "." }
        && word.dropFirst().contains(where: { $0.isLowercase })
    }
  }

  /// Removes "Read also:" markers with the headlines after them, and one-line "Read more: Title".
  private func removeRelatedLinks(_ lines: inout [String]) {
    var kept: [String] = []
    var index = 0
    while index < lines.count {
      let line = lines[index]
      if DebrisRules.line(line, isIn: rules.relatedMarkers) {
        index += 1
        var titles = 0
        while index < lines.count, titles < 5, Headline.isHeadlineLike(lines[index]) {
          index += 1
          titles += 1
        }
        continue
      }
      if line.utf8.count <= 240, line.utf8.contains(UInt8(ascii: ":")), case let normalized = DebrisRules.normalize(line),
        let colon = normalized.firstIndex(of: ":"),
        rules.relatedMarkers.contains(String(normalized[..<colon]).trimmingTrailing(where: { $0 == " " })),
        normalized.count <= Headline.maxLength
      {
        index += 1
        continue
      }
      kept.append(line)
      index += 1
    }
    lines = kept
  }

  /// Removes lines that repeat the headline exactly or nearly (most content words shared).
  private func removeHeadlineRepeats(_ lines: inout [String], title: String) {
    let normalizedTitle = DebrisRules.normalize(title)
    let titleWords = Self.contentWords(title)
    lines.removeAll { line in
      let lengthGap = abs(line.utf8.count - title.utf8.count)
      if lengthGap <= 12 && DebrisRules.normalize(line) == normalizedTitle { return true }
      guard Headline.isHeadlineLike(line), titleWords.count >= 4 else { return false }
      let words = Self.contentWords(line)
      guard words.count >= 4 else { return false }
      let shared = words.intersection(titleWords).count
      return Double(shared) >= 0.7 * Double(min(words.count, titleWords.count))
    }
  }

  /// Removes headline-like lines that occur more than once (a repeated teaser or variant headline).
  private func removeRepeatedHeadlines(_ lines: inout [String]) {
    var counts: [String: Int] = [:]
    for line in lines where Headline.isHeadlineLike(line) { counts[DebrisRules.normalize(line), default: 0] += 1 }
    let repeated = Set(counts.filter { $0.value > 1 }.keys)
    guard !repeated.isEmpty else { return }
    lines.removeAll { repeated.contains(DebrisRules.normalize($0)) }
  }

  /// Splits a comments tail into single comments at the widget words ("ReplyDelete").
  private func readerComments(_ tail: [String]) -> [String] {
    var comments: [String] = []
    var current: [String] = []
    func flush() {
      if !current.isEmpty { comments.append(current.joined(separator: " ")) }
      current = []
    }
    for var line in tail {
      if rules.isCommentHeader(line) {
        flush()
        continue
      }
      var sawSeparator = false
      while let separator = rules.commentSeparators.first(where: { line.hasPrefix($0) }),
        line.count == separator.count || separator.count >= 10
      {
        line = String(line.dropFirst(separator.count)).trimming(" ")
        sawSeparator = true
      }
      if sawSeparator { flush() }
      if !line.isEmpty { current.append(line) }
    }
    flush()
    return comments
  }

  // MARK: - Text helpers

  /// Whether "photo" or "Photo" occurs in the line (a byte scan; Foundation's `contains` is slow).
  static func containsPhoto(_ line: String) -> Bool {
    let bytes = Array(line.utf8)
    guard bytes.count >= 5 else { return false }
    for i in 0...(bytes.count - 5) where (bytes[i] | 0x20) == UInt8(ascii: "p") {
      if bytes[i + 1] == UInt8(ascii: "h") && bytes[i + 2] == UInt8(ascii: "o") && bytes[i + 3] == UInt8(ascii: "t")
        && bytes[i + 4] == UInt8(ascii: "o")
      {
        return true
      }
    }
    return false
  }

  /// Whether the line has at least `minimum` space-separated words (counted on bytes, stops early).
  static func wordCount(_ line: String, atLeast minimum: Int) -> Bool {
    var words = 0
    var inWord = false
    for byte in line.utf8 {
      if byte == 0x20 {
        inWord = false
      } else if !inWord {
        inWord = true
        words += 1
        if words >= minimum { return true }
      }
    }
    return false
  }

  /// Trims a line and collapses runs of spaces.
  static func tidy(_ line: String) -> String {
    let bytes = line.utf8
    var needsWork = bytes.first == 0x20 || bytes.last == 0x20
    if !needsWork {
      var previous: UInt8 = 0
      for byte in bytes {
        if byte == 0x20 && previous == 0x20 {
          needsWork = true
          break
        }
        previous = byte
      }
    }
    guard needsWork else { return line }
    var out: [UInt8] = []
    out.reserveCapacity(bytes.count)
    for byte in bytes where !(byte == 0x20 && (out.isEmpty || out.last == 0x20)) { out.append(byte) }
    if out.last == 0x20 { out.removeLast() }
    return String(decoding: out, as: UTF8.self)
  }

  /// "By Jane Doe and John Roe" → "Jane Doe and John Roe"; nil when the line is not a byline.
  static func byline(_ line: String) -> String? {
    guard line.hasPrefix("By ") || line.hasPrefix("by ") || line.hasPrefix("BY ") else { return nil }
    let name = line.dropFirst(3).trimming(" ")
    let words = name.split(separator: " ")
    guard !words.isEmpty, words.count <= 8, let last = name.last, last.isLetter,
      words.first?.first?.isUppercase == true
    else { return nil }
    return name
  }

  private static let stopWords: Set<Substring> = [
    "the", "and", "for", "with", "from", "into", "over", "after", "about", "than", "that", "this",
    "their", "its", "his", "her", "are", "was", "were", "has", "have", "had", "will", "not", "but",
  ]

  /// Lower-cased words of three or more letters, minus a few function words.
  static func contentWords(_ line: String) -> Set<Substring> {
    let lowered = line.lowercased()
    let words = lowered.split(whereSeparator: { !$0.isLetter })
    return Set(words.filter { $0.count >= 3 && !stopWords.contains($0) })
  }
}

extension StringProtocol {
  /// The text without leading and trailing occurrences of the given characters.
  func trimming(_ characters: String) -> String {
    var slice = Substring(self)
    while let first = slice.first, characters.contains(first) { slice = slice.dropFirst() }
    while let last = slice.last, characters.contains(last) { slice = slice.dropLast() }
    return String(slice)
  }
}
