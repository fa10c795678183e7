import ParleyCore

/// A multi-word lexicon term matched against `StanceToken`s.
///
/// Syntax (used in every stance lexicon file):
/// - words separated by spaces, matched case-insensitively: `ruled out`
/// - `*` at the end of a word matches any ending (a cheap stem): `recogni*` matches
///   recognise, recognising, recognize, recognition
/// - `a|b` inside one word position offers alternatives: `lift*|eas*`
/// - `…` (or `...`) between words allows a gap of up to 8 words, `…3` up to 3; a gap never
///   crosses `;` or the clause breaks the extractor uses
/// - `'s` as a word matches a possessive on the previous word
public struct TermPattern: Sendable, Hashable, CustomStringConvertible {
  enum Element: Sendable, Hashable {
    case word([WordForm])
    case gap(Int)
    case possessive
  }

  struct WordForm: Sendable, Hashable {
    var bytes: [UInt8]
    var isPrefix: Bool
  }

  let elements: [Element]
  /// The pattern as written.
  public let description: String

  /// Parses a pattern; nil when it has no words.
  public init?(_ text: String) {
    var elements: [Element] = []
    for rawPart in text.split(separator: " ", omittingEmptySubsequences: true) {
      let part = String(rawPart)
      if part.hasPrefix("…") || part.hasPrefix("...") {
        let digits = part.drop(while: { $0 == "…" || $0 == "." })
        elements.append(.gap(Int(digits) ?? 8))
        continue
      }
      if part == "'s" || part == "’s" {
        elements.append(.possessive)
        continue
      }
      let forms = part.lowercased().split(separator: "|").map { alternative -> WordForm in
        let isPrefix = alternative.hasSuffix("*")
        let word = isPrefix ? alternative.dropLast() : alternative[...]
        return WordForm(bytes: Array(word.utf8), isPrefix: isPrefix)
      }.filter { !$0.bytes.isEmpty }
      if !forms.isEmpty { elements.append(.word(forms)) }
    }
    guard elements.contains(where: { if case .word = $0 { true } else { false } }) else { return nil }
    self.elements = elements
    self.description = text
  }

  /// The number of word positions (used to prefer longer matches).
  var wordCount: Int { elements.reduce(0) { if case .word = $1 { $0 + 1 } else { $0 } } }

  /// Matches the pattern starting exactly at token `start`; returns the index one past the
  /// last matched token and the indices of tokens matched by words (not gaps).
  func match(_ tokens: [StanceToken], at start: Int, limit: Int, isBreak: (Int) -> Bool) -> (end: Int, gaps: [Range<Int>])? {
    var gaps: [Range<Int>] = []
    return match(tokens, elementIndex: 0, tokenIndex: start, limit: limit, isBreak: isBreak, gaps: &gaps).map { ($0, gaps) }
  }

  private func match(
    _ tokens: [StanceToken], elementIndex: Int, tokenIndex: Int, limit: Int, isBreak: (Int) -> Bool,
    gaps: inout [Range<Int>]
  ) -> Int? {
    if elementIndex == elements.count { return tokenIndex }
    switch elements[elementIndex] {
    case .possessive:
      guard tokenIndex > 0, tokens[tokenIndex - 1].isPossessive else { return nil }
      return match(tokens, elementIndex: elementIndex + 1, tokenIndex: tokenIndex, limit: limit, isBreak: isBreak, gaps: &gaps)
    case .word(let forms):
      guard tokenIndex < limit, tokens[tokenIndex].kind == .word, Self.matches(forms, tokens[tokenIndex].bytes) else {
        return nil
      }
      return match(tokens, elementIndex: elementIndex + 1, tokenIndex: tokenIndex + 1, limit: limit, isBreak: isBreak, gaps: &gaps)
    case .gap(let maximum):
      var skip = 0
      while skip <= maximum, tokenIndex + skip < limit {
        if skip > 0, isBreak(tokenIndex + skip - 1) { break }
        var inner: [Range<Int>] = []
        if let end = match(tokens, elementIndex: elementIndex + 1, tokenIndex: tokenIndex + skip, limit: limit, isBreak: isBreak, gaps: &inner) {
          if skip > 0 { gaps.append(tokenIndex..<(tokenIndex + skip)) }
          gaps.append(contentsOf: inner)
          return end
        }
        skip += 1
      }
      return nil
    }
  }

  static func matches(_ forms: [WordForm], _ word: [UInt8]) -> Bool {
    for form in forms {
      if form.isPrefix {
        if word.count >= form.bytes.count, word.starts(with: form.bytes) { return true }
      } else if word == form.bytes {
        return true
      }
    }
    return false
  }

  /// Whether any single word of the pattern's first position matches (a cheap pre-check).
  func firstWordMatches(_ token: StanceToken) -> Bool {
    for element in elements {
      switch element {
      case .word(let forms): return token.kind == .word && Self.matches(forms, token.bytes)
      default: continue
      }
    }
    return false
  }
}
