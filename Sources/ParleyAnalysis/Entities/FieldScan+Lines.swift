import ParleyCore

/// Line-level facts about a field: line ranges, headline lines, credits and author lines.
extension FieldScan {
  /// Token index ranges of the text's lines.
  static func lines(tokens: [NameToken], text: String) -> [Range<Int>] {
    var result: [Range<Int>] = []
    var text = text
    text.withUTF8 { bytes in
      var lineStart = 0
      for index in tokens.indices where index > 0 {
        var hasNewline = false
        for offset in tokens[index - 1].end..<tokens[index].start where bytes[offset] == 0x0A {
          hasNewline = true
          break
        }
        if hasNewline {
          result.append(lineStart..<index)
          lineStart = index
        }
      }
      if lineStart < tokens.count { result.append(lineStart..<tokens.count) }
    }
    return result
  }

  /// Marks tokens on lines written in title case (headlines, section titles): lines where
  /// ordinary words — ones the article also uses in lower case, or common words — are mostly
  /// capitalised. Lines dense with names are not title case.
  func titleCaseLines() -> [Bool] {
    var result = [Bool](repeating: false, count: tokens.count)
    for line in lines {
      var ordinary = 0
      var capitalized = 0
      // Words of four or more letters after the first: all capitalised means title case
      // ("Talks Stall as Envoys Leave Doriska"), whatever the article does elsewhere.
      var longCapitalized = 0
      var longLower = 0
      var index = line.lowerBound
      while index < line.upperBound {
        let token = tokens[index]
        if token.isWord, !token.isSentenceStart, token.end - token.start >= 4, let lead = token.key.utf8.first, lead >= 0x61 && lead <= 0x7A || lead >= 0x80 {
          if token.isCapitalized { longCapitalized += 1 } else { longLower += 1 }
        }
        // Titles ("Prime Minister") and names are capitalised in any sentence: no evidence.
        if token.isCapitalized, let title = lexicon.cues.titles.longestMatch(in: tokens, at: index) {
          index += title.length
          continue
        }
        index += 1
        guard token.isWord, !token.isSentenceStart, token.end - token.start >= 3 else { continue }
        guard token.isCapitalized else {
          // Short function words ("of", "the", "and", "with") stay lower case in headlines too.
          if token.end - token.start > 4 { ordinary += 1 }
          continue
        }
        guard lowercaseWords.contains(token.key) || lexicon.commonWords.contains(token.key),
          !lexicon.cues.alwaysCapitalized.contains(token.key),
          !lexicon.names.matches(tokens, at: index - 1), !lexicon.demonyms.matches(tokens, at: index - 1)
        else { continue }
        ordinary += 1
        capitalized += 1
      }
      if (capitalized >= 2 && capitalized * 2 >= ordinary) || (longCapitalized >= 4 && longLower == 0) {
        for index in line { result[index] = true }
      }
    }
    return result
  }

  /// Marks photo credits ("Jane Doe/AFP via Getty Images", "(Photo by …)") and lines that hold
  /// nothing but an outlet's name: page debris, not article text.
  static func creditTokens(tokens: [NameToken], lines: [Range<Int>], lexicon: Lexicon) -> [Bool] {
    var result = [Bool](repeating: false, count: tokens.count)
    var lineOf = [Int](repeating: 0, count: tokens.count)
    for (number, line) in lines.enumerated() {
      for index in line { lineOf[index] = number }
      let words = line.filter { tokens[$0].isWord }
      if let first = words.first, let match = lexicon.names.longestMatch(in: tokens, at: first),
        words.allSatisfy({ $0 < first + match.length }),
        lexicon.entries[match.value].type == .organization, lexicon.entries[match.value].party == "none"
      {
        for index in line { result[index] = true }
      }
    }
    for line in lines {
      guard let first = line.first(where: { tokens[$0].isWord }),
        let byline = lexicon.cues.bylines.longestMatch(in: tokens, at: first)
      else { continue }
      let words = line.filter { tokens[$0].isWord }
      let rest = words.dropFirst(byline.length)
      if !rest.isEmpty, rest.count <= 8, rest.allSatisfy({ tokens[$0].isCapitalized || lexicon.cues.particles.contains(tokens[$0].key) }) {
        for index in line { result[index] = true }
      }
    }
    for line in lines {
      // A line that is only a two- or three-word name is an author line ("Jane Doe").
      let words = line.filter { tokens[$0].isWord }
      if (2...3).contains(words.count), words.count == line.count, words.allSatisfy({ tokens[$0].isCapitalized }),
        !lexicon.names.matches(tokens, at: words[0])
      {
        for index in line { result[index] = true }
      }
      // A word cut off by "…" (a derived headline) is not a reliable name.
      for index in line where index + 1 < tokens.count && tokens[index].isWord {
        let next = tokens[index + 1]
        if next.start == tokens[index].end, next.key == "\u{2026}" || next.key == "." && index + 3 < tokens.count
          && tokens[index + 2].key == "." && tokens[index + 3].key == "."
        {
          result[index] = true
        }
      }
    }
    let boundaries: Set<String> = [";", ".", "(", ")", "|", "\u{2022}"]
    var index = 0
    while index < tokens.count {
      guard let credit = lexicon.cues.credits.longestMatch(in: tokens, at: index) else {
        index += 1
        continue
      }
      var back = index - 1
      while back >= 0, lineOf[back] == lineOf[index], !boundaries.contains(tokens[back].key) { back -= 1 }
      var forward = index + credit.length
      while forward < tokens.count, lineOf[forward] == lineOf[index], ![";", ")", "|"].contains(tokens[forward].key) {
        forward += 1
      }
      for position in (back + 1)..<forward { result[position] = true }
      index = forward
    }
    return result
  }
}
