/// Removes page debris from an article's lines, finds or derives its headline, and keeps
/// reader comments apart.
///
/// The order matters and is documented in docs/formats.md:
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
    var lines = draft.lines.map(Self.tidy).filter { !$0.isEmpty }
    lines.removeAll { rules.boilerplateLines.contains(DebrisRules.normalize($0)) }
    dropNavigation(&lines, fromEnd: false)

    var title = draft.title.map(Self.tidy).flatMap { $0.isEmpty ? nil : $0 }
    if title == nil, draft.detectHeadline, lines.count >= 2, Headline.isHeadlineLike(lines[0]),
      lines[0].split(separator: " ").count >= 3
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
      let normalized = DebrisRules.normalize(line)
      guard rules.sectionWords.contains(normalized) || rules.isMenu(line)
        || rules.boilerplateLines.contains(normalized) || rules.relatedMarkers.contains(normalized)
      else { return }
      if fromEnd { lines.removeLast() } else { lines.removeFirst() }
    }
  }

  /// Removes "Read also:" markers with the headlines after them, and one-line "Read more: Title".
  private func removeRelatedLinks(_ lines: inout [String]) {
    var kept: [String] = []
    var index = 0
    while index < lines.count {
      let line = lines[index]
      let normalized = DebrisRules.normalize(line)
      if rules.relatedMarkers.contains(normalized) {
        index += 1
        var titles = 0
        while index < lines.count, titles < 5, Headline.isHeadlineLike(lines[index]) {
          index += 1
          titles += 1
        }
        continue
      }
      if let colon = normalized.firstIndex(of: ":"),
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
      if DebrisRules.normalize(line) == normalizedTitle { return true }
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

  /// Trims a line and collapses runs of spaces.
  static func tidy(_ line: String) -> String {
    guard line.utf8.contains(UInt8(ascii: " ")) else { return line }
    return line.split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
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
