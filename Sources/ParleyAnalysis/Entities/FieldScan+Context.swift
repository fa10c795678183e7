import ParleyCore

/// Capitalised runs and the context around them: heads, cues, parties.
extension FieldScan {
  // MARK: - Runs and context

  /// The maximal run of capitalised words from `start` (particles and joined hyphens inside;
  /// it ends after a possessive). Nil when `start` is not a capitalised word.
  func capitalizedRun(from start: Int) -> Range<Int>? {
    guard start < tokens.count, tokens[start].isWord, tokens[start].isCapitalized, !isCredit[start] else { return nil }
    var end = start + 1
    while end < tokens.count, !isCredit[end] {
      if tokens[end - 1].isPossessive && !headFollows(end) { break }
      let token = tokens[end]
      if token.isSentenceStart { break }
      if token.isWord && token.isCapitalized {
        // A title, demonym or known person starts something new ("… and European Commission President …").
        // ("General Assembly": a title word followed by an organisation word is part of the name.)
        if lexicon.cues.titles.matches(tokens, at: end) && !headFollows(end) { break }
        // ("Confederation of Indian Industry": after an organisation word and "of", a demonym
        // continues the name.)
        if lexicon.demonyms.matches(tokens, at: end),
          !(lexicon.cues.particles.contains(tokens[end - 1].key) && containsOrganizationHead(start..<end))
        {
          break
        }
        if let known = lexicon.names.longestMatch(in: tokens, at: end), lexicon.entries[known.value].type == .person { break }
        end += 1
      } else if token.isWord, lexicon.cues.particles.contains(token.key), end + 1 < tokens.count,
        tokens[end + 1].isWord, tokens[end + 1].isCapitalized || lexicon.cues.particles.contains(tokens[end + 1].key)
      {
        end += 1
      } else if token.key == "-", end + 1 < tokens.count, tokens[end + 1].isJoinedToPrevious, tokens[end + 1].isCapitalized {
        end += 1
      } else {
        break
      }
    }
    return start..<end
  }

  func containsPlaceHead(_ run: Range<Int>) -> Bool {
    run.contains { tokens[$0].isWord && tokens[$0].isCapitalized && lexicon.cues.placeHeads.contains(tokens[$0].key) }
  }

  func containsOrganizationHead(_ run: Range<Int>) -> Bool {
    run.contains { tokens[$0].isWord && tokens[$0].isCapitalized && lexicon.cues.organizationHeads.contains(tokens[$0].key) }
  }

  /// A capitalised word that is an ordinary word: listed as common, or used in lower case
  /// elsewhere in the article.
  func isCommon(_ token: NameToken) -> Bool {
    lexicon.commonWords.contains(token.key) || lowercaseWords.contains(token.key)
  }

  /// Whether a place cue stands before `index`; some cues ("to") only count before one-word names.
  func placeCueBefore(_ index: Int, words: Int) -> Bool {
    for length in 1...3 where index - length >= 0 {
      if let match = lexicon.cues.placeBefore.longestMatch(in: tokens, at: index - length), match.length == length,
        words == 1 || !match.value
      {
        for back in 1...2 where index - length - back >= 0 {
          if let not = lexicon.cues.notPlaceBefore.longestMatch(in: tokens, at: index - length - back), not.length == back + length {
            return false
          }
        }
        return true
      }
    }
    return false
  }

  /// The party stated just before a title or name: a demonym or a known entity
  /// ("Ukrainian Deputy Prime Minister", "UK Prime Minister", "Trump's envoy", "CNN's").
  /// A person's party: from the context before the name or title, else from an appositive
  /// after it ("Jane Doe, director of … at the Russian Foreign Ministry", "Jane Doe, the Ukrainian envoy").
  func personParty(before start: Int, after end: Int) -> String {
    let before = contextParty(before: start)
    if before != "none" { return before }
    return appositiveParty(after: end) ?? titleBeforeCommaParty(start) ?? before
  }

  /// "Fico's spokesman, Jane Roe", "a spokesperson for the Kremlin, Jane Roe": the party of a
  /// role phrase that stands, with a comma, before the name: before its title, else named after it.
  func titleBeforeCommaParty(_ start: Int) -> String? {
    guard start >= 2, tokens[start - 1].key == "," else { return nil }
    let comma = start - 1
    let clauseEnds: Set<String> = [",", ".", ";", ":", "\u{201C}", "\u{201D}", "\""]
    var titleStart = comma - 1
    while titleStart >= 0, comma - titleStart <= 8, !clauseEnds.contains(tokens[titleStart].key) {
      if let title = lexicon.cues.titles.longestMatch(in: tokens, at: titleStart), titleStart + title.length <= comma {
        let before = contextParty(before: titleStart)
        if before != "none" { return before }
        var index = titleStart + title.length
        while index < comma {
          if let known = lexicon.names.longestMatch(in: tokens, at: index) {
            let party = lexicon.entries[known.value].party
            if party != "none" { return party }
            index += known.length
          } else if let demonym = lexicon.demonyms.longestMatch(in: tokens, at: index) {
            return demonym.value.party
          } else {
            index += 1
          }
        }
        return nil
      }
      titleStart -= 1
    }
    return nil
  }

  /// Whether ", [a/the] [demonym] title" follows: "Jane Doe, a spokeswoman for …".
  func titledAppositiveFollows(_ end: Int) -> Bool {
    guard end < tokens.count, tokens[end].key == "," else { return false }
    var index = end + 1
    while index < tokens.count, index < end + 4, tokens[index].isWord,
      lexicon.cues.titleModifiers.contains(tokens[index].key)
    {
      index += 1
    }
    if let demonym = lexicon.demonyms.longestMatch(in: tokens, at: index) { index += demonym.length }
    return lexicon.cues.titles.matches(tokens, at: index)
  }

  func appositiveParty(after end: Int) -> String? {
    guard end < tokens.count, tokens[end].key == "," else { return nil }
    var index = end + 1
    while index < tokens.count, index < end + 4, tokens[index].isWord, lexicon.cues.titleModifiers.contains(tokens[index].key) {
      index += 1
    }
    if let demonym = lexicon.demonyms.longestMatch(in: tokens, at: index) {
      return lexicon.cues.titles.matches(tokens, at: index + demonym.length) ? demonym.value.party : nil
    }
    guard lexicon.cues.titles.matches(tokens, at: index) else { return nil }
    let clauseEnds: Set<String> = [",", ".", ";", ")", "\u{2014}", "\u{2013}"]
    while index < tokens.count, index < end + 16, !clauseEnds.contains(tokens[index].key) {
      if let known = lexicon.names.longestMatch(in: tokens, at: index) {
        let party = lexicon.entries[known.value].party
        if party != "none" { return party }
        index += known.length
        continue
      }
      if let demonym = lexicon.demonyms.longestMatch(in: tokens, at: index) { return demonym.value.party }
      index += 1
    }
    return nil
  }

  func contextParty(before index: Int) -> String {
    var position = index
    var skipped = 0
    while position > 0, skipped < 3 {
      if let party = partyEndingAt[position] { return party }
      let previous = tokens[position - 1]
      guard previous.isWord, lexicon.cues.titleModifiers.contains(previous.key) else { break }
      position -= 1
      skipped += 1
    }
    return partyEndingAt[position] ?? "none"
  }

  // MARK: - Documents
  /// Whether capitalised words from `index` on end in a place or organisation head
  /// ("St Peter's Square": the run goes on past the possessive).
  func headFollows(_ index: Int) -> Bool {
    var position = index
    while position < tokens.count, position < index + 3, tokens[position].isWord, tokens[position].isCapitalized {
      let key = tokens[position].key
      if lexicon.cues.placeHeads.contains(key) || lexicon.cues.organizationHeads.contains(key) { return true }
      if tokens[position].isPossessive { return false }
      position += 1
    }
    return false
  }

  /// A capitalised run (through possessives) that names a document, not an entity
  /// ("Countering America's Adversaries Through Sanctions Act").
  func documentRun(from start: Int) -> Range<Int>? {
    guard !lexicon.cues.documentHeads.isEmpty else { return nil }
    var end = start
    var lastWord: Int?
    while end < tokens.count, end - start < 14 {
      let token = tokens[end]
      if token.isWord && (token.isCapitalized || lexicon.cues.particles.contains(token.key)) {
        if token.isCapitalized { lastWord = end }
        end += 1
      } else if token.key == "-" {
        end += 1
      } else {
        break
      }
    }
    guard let lastWord, lastWord > start, lexicon.cues.documentHeads.contains(tokens[lastWord].key) else { return nil }
    return start..<(lastWord + 1)
  }
}
