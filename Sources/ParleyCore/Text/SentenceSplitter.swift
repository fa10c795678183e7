/// Splits a paragraph into sentences, robust to news style.
///
/// A sentence ends at `.`, `!`, `?` or an ellipsis, followed by any closing quotes or
/// brackets, whitespace, and a word that can start a sentence (a capital, a digit or an
/// opening quote). A full stop does not end the sentence after a title (`Mr.`, `Gen.`,
/// `Sen.`), a number word before a digit (`No. 10`, `Jan. 5`), a name initial
/// (`J. D. Vance`, `George W. Bush`), or a dotted abbreviation followed by a word it
/// usually modifies (`U.S. President`, `9 a.m. GMT`). The word lists live in
/// `SentenceSplitter+Abbreviations.swift`. Decimals (`2.5`) never split because no space
/// follows the point. A paragraph without final punctuation (a headline) is one sentence.
public struct SentenceSplitter: Sendable {
  public init() {}

  /// Byte ranges of the sentences in `text`, trimmed of surrounding whitespace.
  public func split(_ text: String) -> [TextRange] {
    var text = text
    return text.withUTF8 { split(bytes: $0) }
  }

  /// Byte ranges of the sentences in UTF-8 `bytes`.
  public func split(bytes s: UnsafeBufferPointer<UInt8>) -> [TextRange] {
    let n = s.count
    var ranges: [TextRange] = []
    var start = skipSpaces(s, 0)
    var i = start
    while i < n {
      let b = s[i]
      var termEnd = -1
      var isSingleFullStop = false
      if b == UInt8(ascii: ".") || b == UInt8(ascii: "!") || b == UInt8(ascii: "?") {
        var j = i
        while j < n, isTerminatorByte(s[j]) || isEllipsis(s, j) { j += isEllipsis(s, j) ? 3 : 1 }
        termEnd = j
        isSingleFullStop = b == UInt8(ascii: ".") && j == i + 1
      } else if isEllipsis(s, i) {
        var j = i + 3
        while j < n, isTerminatorByte(s[j]) { j += 1 }
        termEnd = j
      }
      if termEnd < 0 {
        i += 1
        continue
      }
      let closeEnd = skipClosers(s, termEnd)
      guard closeEnd < n else { break }
      guard isSpace(s[closeEnd]) else {
        i = max(closeEnd, i + 1)
        continue
      }
      let next = skipSpaces(s, closeEnd)
      guard next < n else { break }
      if startsSentence(s, next)
        && (!isSingleFullStop || closeEnd != termEnd || fullStopEndsSentence(s, dot: i, next: next, start: start))
      {
        ranges.append(TextRange(start, closeEnd))
        start = next
      }
      i = next
    }
    var end = n
    while end > start && isSpace(s[end - 1]) { end -= 1 }
    if end > start { ranges.append(TextRange(start, end)) }
    return ranges
  }

  // MARK: - The full-stop decision

  /// Whether the full stop at `dot` (followed by whitespace, then a capital at `next`) ends a sentence.
  private func fullStopEndsSentence(
    _ s: UnsafeBufferPointer<UInt8>, dot: Int, next: Int, start: Int
  ) -> Bool {
    // The word before the dot: letters and inner dots ("U.S", "a.m", "Mr", "J").
    var wordStart = dot
    while wordStart > start, isWordByte(s[wordStart - 1]) { wordStart -= 1 }
    guard wordStart < dot else { return true }
    // A lone word before the first full stop is a dateline ("WASHINGTON. The…"), not a sentence.
    if wordStart == start, isCapitalized(s, wordStart), dot - wordStart >= 3 { return false }
    let word = String(decoding: UnsafeBufferPointer(rebasing: s[wordStart..<dot]), as: UTF8.self)
    let nextWord = self.word(s, from: next)
    let nextIsDigit = s[next] >= UInt8(ascii: "0") && s[next] <= UInt8(ascii: "9")

    if word.utf8.contains(UInt8(ascii: ".")) {
      // Dotted abbreviation: U.S., U.K., a.m., e.g. — or initials: V.R. Medinsky.
      if Self.neverFinalDotted.contains(word.lowercased()) { return false }
      if !Self.dottedNames.contains(word), isInitials(word), !isOpeningQuote(s, next),
        !Self.sentenceStarters.contains(nextWord)
      {
        return false
      }
      if isOpeningQuote(s, next) { return true }
      if Self.wordsAfterDottedAbbreviation.contains(nextWord) { return false }
      if Self.titles.contains(nextWord) { return false }
      return true
    }
    if word.utf8.count == 1, let c = word.utf8.first, c >= UInt8(ascii: "A"), c <= UInt8(ascii: "Z") {
      // An initial: J. D. Vance, George W. Bush. Not "posted on X. The".
      if isInitial(s, at: next) { return false }
      if wordStart == start { return false }
      let previous = previousWord(s, before: wordStart, start: start)
      if let first = previous.utf8.first, first >= UInt8(ascii: "A"), first <= UInt8(ascii: "Z") { return false }
      return true
    }
    if Self.titles.contains(word) { return false }
    if nextIsDigit && Self.beforeNumbers.contains(word) { return false }
    if Self.neverFinal.contains(word) { return false }
    return true
  }

  // MARK: - Byte classes

  private func isTerminatorByte(_ b: UInt8) -> Bool {
    b == UInt8(ascii: ".") || b == UInt8(ascii: "!") || b == UInt8(ascii: "?")
  }

  private func isEllipsis(_ s: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
    i + 2 < s.count && s[i] == 0xE2 && s[i + 1] == 0x80 && s[i + 2] == 0xA6
  }

  private func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x0A || b == 0x09 || b == 0x0D }

  private func skipSpaces(_ s: UnsafeBufferPointer<UInt8>, _ from: Int) -> Int {
    var i = from
    while i < s.count && isSpace(s[i]) { i += 1 }
    return i
  }

  /// Skips closing quotes and brackets: ) ] } " ' ’ ” » ›
  private func skipClosers(_ s: UnsafeBufferPointer<UInt8>, _ from: Int) -> Int {
    var i = from
    while i < s.count {
      let b = s[i]
      if b == UInt8(ascii: ")") || b == UInt8(ascii: "]") || b == UInt8(ascii: "}") || b == UInt8(ascii: "\"")
        || b == UInt8(ascii: "'")
      {
        i += 1
      } else if b == 0xE2, i + 2 < s.count, s[i + 1] == 0x80, s[i + 2] == 0x99 || s[i + 2] == 0x9D || s[i + 2] == 0xBA {
        i += 3
      } else if b == 0xC2, i + 1 < s.count, s[i + 1] == 0xBB {
        i += 2
      } else {
        break
      }
    }
    return i
  }

  private func isOpeningQuote(_ s: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
    let b = s[i]
    if b == UInt8(ascii: "\"") || b == UInt8(ascii: "'") || b == UInt8(ascii: "(") || b == UInt8(ascii: "[") {
      return true
    }
    if b == 0xE2, i + 2 < s.count, s[i + 1] == 0x80, s[i + 2] == 0x9C || s[i + 2] == 0x98 || s[i + 2] == 0xB9 {
      return true
    }
    return b == 0xC2 && i + 1 < s.count && s[i + 1] == 0xAB
  }

  /// Whether a sentence can start at `i`: a capital letter, a digit, or an opening quote or bracket.
  private func startsSentence(_ s: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
    let b = s[i]
    if b >= UInt8(ascii: "A") && b <= UInt8(ascii: "Z") { return true }
    if b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9") { return true }
    if isOpeningQuote(s, i) { return true }
    if b < 0x80 { return false }
    // A non-ASCII letter: decode one scalar and ask Unicode.
    var iterator = UnsafeBufferPointer(rebasing: s[i..<min(i + 4, s.count)]).makeIterator()
    var decoder = UTF8()
    if case .scalarValue(let scalar) = decoder.decode(&iterator) {
      return scalar.properties.isUppercase
    }
    return false
  }

  /// Letters, digits, inner dots and hyphens: the bytes of an abbreviation.
  private func isWordByte(_ b: UInt8) -> Bool {
    (b >= UInt8(ascii: "a") && b <= UInt8(ascii: "z")) || (b >= UInt8(ascii: "A") && b <= UInt8(ascii: "Z"))
      || b == UInt8(ascii: ".")
  }

  /// The ASCII letters starting at `i` (skipping an opening quote is not needed: callers check quotes first).
  private func word(_ s: UnsafeBufferPointer<UInt8>, from i: Int) -> String {
    var j = i
    while j < s.count,
      (s[j] >= UInt8(ascii: "a") && s[j] <= UInt8(ascii: "z")) || (s[j] >= UInt8(ascii: "A") && s[j] <= UInt8(ascii: "Z"))
    {
      j += 1
    }
    return String(decoding: UnsafeBufferPointer(rebasing: s[i..<j]), as: UTF8.self)
  }

  /// The word that ends before `end` (skipping spaces), or "".
  private func previousWord(_ s: UnsafeBufferPointer<UInt8>, before end: Int, start: Int) -> String {
    var j = end
    while j > start && isSpace(s[j - 1]) { j -= 1 }
    let wordEnd = j
    while j > start && !isSpace(s[j - 1]) { j -= 1 }
    return String(decoding: UnsafeBufferPointer(rebasing: s[j..<wordEnd]), as: UTF8.self)
  }

  private func isCapitalized(_ s: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
    s[i] >= UInt8(ascii: "A") && s[i] <= UInt8(ascii: "Z")
  }

  /// "V.R", "J.D": single capitals joined by dots.
  private func isInitials(_ word: String) -> Bool {
    let parts = word.split(separator: ".", omittingEmptySubsequences: false)
    return parts.count >= 2 && parts.allSatisfy { $0.count == 1 && $0.first!.isUppercase }
  }

  /// Whether an initial ("D." in "J. D. Vance") starts at `i`.
  private func isInitial(_ s: UnsafeBufferPointer<UInt8>, at i: Int) -> Bool {
    i + 1 < s.count && s[i] >= UInt8(ascii: "A") && s[i] <= UInt8(ascii: "Z") && s[i + 1] == UInt8(ascii: ".")
  }
}
