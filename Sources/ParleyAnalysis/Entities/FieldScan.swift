import ParleyCore

/// Recognition over one text field: tokens, candidates and party mentions.
struct FieldScan: Sendable {
  let field: ArticleField
  let text: String
  let tokens: [NameToken]
  let lexicon: Lexicon
  /// Per token: whether its line is in title case (a headline), where capitals say nothing.
  var inTitleCaseLine: [Bool]
  private(set) var candidates: [EntityCandidate] = []
  private(set) var partyMentions: [PartyMention] = []
  /// Party of the mention ending just before each token index (for "UK Prime Minister …").
  var partyEndingAt: [Int: String] = [:]
  var lowercaseWords: Set<String> = []
  /// Token indices right after a place mention or place-typed name ("in Kyiv|", "towns of Xa|"),
  /// for a place named after "and"/"or".
  var placeEndingAt: Set<Int> = []
  /// Per token: inside a photo credit or an outlet-only line (not article text).
  var isCredit: [Bool]
  let lines: [Range<Int>]

  init(field: ArticleField, text: String, lexicon: Lexicon) {
    self.field = field
    self.text = text
    self.lexicon = lexicon
    self.tokens = NameTokenizer.tokenize(text)
    let lines = FieldScan.lines(tokens: tokens, text: text)
    self.lines = lines
    self.inTitleCaseLine = [Bool](repeating: false, count: tokens.count)
    self.isCredit = FieldScan.creditTokens(tokens: tokens, lines: lines, lexicon: lexicon)
  }

  // MARK: - Candidates

  mutating func findCandidates(lowercaseWords: Set<String>) {
    self.lowercaseWords = lowercaseWords
    inTitleCaseLine = titleCaseLines()
    var i = 0
    while i < tokens.count {
      let token = tokens[i]
      guard token.isWord, !isCredit[i] else {
        i += 1
        continue
      }
      if let skip = lexicon.cues.notNames.longestMatch(in: tokens, at: i) {
        i += skip.length
        continue
      }
      if token.isCapitalized, i == 0 || !tokens[i - 1].isCapitalized, let document = documentRun(from: i) {
        i = document.upperBound
        continue
      }
      var known = lexicon.names.longestMatch(in: tokens, at: i)
      // "the Atlantic Council" is not "The Atlantic" + "Council": a match that starts one word
      // later and reaches further wins.
      if let match = known, match.length > 1, let next = lexicon.names.longestMatch(in: tokens, at: i + 1),
        1 + next.length > match.length
      {
        known = nil
      }
      if known == nil, let end = modifiedPlaceEnd(at: i) {
        i = end
        continue
      }
      let title = lexicon.cues.titles.longestMatch(in: tokens, at: i)
      if let known, known.length >= (title?.length ?? 0) {
        i = acceptKnown(at: i, length: known.length, entry: known.value)
        continue
      }
      // "Treasury Secretary", "Kremlin spokesman": a known body, then the rest of the title.
      if let known, let title, lexicon.entries[known.value].type != .person,
        lexicon.cues.titles.longestMatch(in: tokens, at: i + known.length)?.length == title.length - known.length
      {
        add(.known(known.value), from: i, to: i + known.length)
        partyEndingAt[i + known.length] = lexicon.entries[known.value].party
        i += known.length
        continue
      }
      if let title {
        i = acceptTitle(at: i, length: title.length)
        continue
      }
      if let demonym = lexicon.demonyms.longestMatch(in: tokens, at: i) {
        i = acceptDemonym(at: i, length: demonym.length, demonym: demonym.value)
        continue
      }
      if token.isCapitalized {
        i = acceptCapitalizedRun(at: i)
        continue
      }
      i += 1
    }
  }

  /// A gazetteer match; a place followed by an organisation run becomes that body too
  /// ("Russia's Defense Ministry", "Moscow City Court").
  private mutating func acceptKnown(at start: Int, length: Int, entry position: Int) -> Int {
    let entry = lexicon.entries[position]
    let end = start + length
    partyEndingAt[end] = entry.party
    var extensionStart = end
    if end + 1 < tokens.count, tokens[end].key == "-", tokens[end + 1].isJoinedToPrevious { extensionStart = end + 1 }
    // "US Army Secretary …": an organisation word that also opens a title.
    if entry.type == .place, !inTitleCaseLine[start], extensionStart + 1 < tokens.count,
      let title = lexicon.cues.titles.longestMatch(in: tokens, at: extensionStart),
      lexicon.cues.organizationHeads.contains(tokens[extensionStart].key), tokens[extensionStart].isCapitalized,
      lexicon.cues.titles.longestMatch(in: tokens, at: extensionStart + 1)?.length == title.length - 1
    {
      add(.unknown(canonicalName: surface(start, extensionStart + 1), type: .organization, party: entry.party), from: start, to: extensionStart + 1)
      partyEndingAt[extensionStart + 1] = entry.party
      return extensionStart + 1
    }
    if entry.type == .place, !inTitleCaseLine[start], let run = capitalizedRun(from: extensionStart),
      lexicon.cues.titles.longestMatch(in: tokens, at: extensionStart) == nil,
      (lexicon.names.longestMatch(in: tokens, at: extensionStart)?.length ?? 0) < run.count,
      containsOrganizationHead(run)
    {
      let adjective = tokens[end - 1].isPossessive ? (lexicon.adjective(forPlace: entry.canonicalName) ?? entry.canonicalName) : nil
      let name = adjective.map { $0 + " " + surface(run.lowerBound, run.upperBound) } ?? surface(start, run.upperBound)
      // "Russia's Defense Ministry" also names Russia; "Munich Security Conference" does not name Munich.
      if adjective != nil { add(.known(position), from: start, to: end) }
      add(.unknown(canonicalName: name, type: .organization, party: entry.party), from: start, to: run.upperBound)
      partyEndingAt[run.upperBound] = entry.party
      return run.upperBound
    }
    add(.known(position), from: start, to: end)
    if entry.type == .place { placeEndingAt.insert(end) }
    return end
  }

  /// A title or role; the capitalised run after it is a person.
  private mutating func acceptTitle(at start: Int, length: Int) -> Int {
    var nameStart = start + length
    var lastTitle = start
    // "Admiral Sir Tony Radakin": titles can stack.
    while let more = lexicon.cues.titles.longestMatch(in: tokens, at: nameStart),
      lexicon.names.longestMatch(in: tokens, at: nameStart).map({ $0.length < more.length }) ?? true
    {
      lastTitle = nameStart
      nameStart += more.length
    }
    guard nameStart < tokens.count else { return nameStart }
    if let known = lexicon.names.longestMatch(in: tokens, at: nameStart) {
      return acceptKnown(at: nameStart, length: known.length, entry: known.value)
    }
    guard !inTitleCaseLine[nameStart], var run = capitalizedRun(from: nameStart) else { return nameStart }
    run = run.lowerBound..<min(run.upperBound, run.lowerBound + 4)
    // "Prof. Jane Roe of the Ukrainian …": particles the run ended on are not part of the name.
    var runEnd = run.upperBound
    while runEnd > run.lowerBound + 1, !tokens[runEnd - 1].isWord || lexicon.cues.particles.contains(tokens[runEnd - 1].key) {
      runEnd -= 1
    }
    run = run.lowerBound..<runEnd
    let words = run.map { tokens[$0] }.filter(\.isWord)
    if words.contains(where: { isCommon($0) && !lexicon.cues.particles.contains($0.key) }) || containsOrganizationHead(run) {
      return nameStart
    }
    let inName = lexicon.cues.titlesInName.matches(tokens, at: lastTitle)
    // "President Alexander": a lone given name is no surname to go by.
    if words.count == 1, !inName, lexicon.givenNames.contains(words[0].key) { return run.upperBound }
    let party = personParty(before: start, after: run.upperBound)
    // "Pope Francis", "King Charles": with a one-word name, some titles are part of the name.
    let nameFrom = words.count == 1 && inName ? lastTitle : run.lowerBound
    add(.unknown(canonicalName: surface(nameFrom, run.upperBound), type: .person, party: party), from: nameFrom, to: run.upperBound)
    partyEndingAt[run.upperBound] = party
    return run.upperBound
  }

  /// A demonym: a party mention ("Ukrainian officials", "the Russians"), a party for the title
  /// after it, or the start of an organisation ("Russian Foreign Intelligence Service").
  private mutating func acceptDemonym(at start: Int, length: Int, demonym: Demonym) -> Int {
    let end = start + length
    switch demonym.kind {
    case .plural:
      addPartyMention(demonym.party, from: start, to: end)
      return end
    case .adjective:
      partyEndingAt[end] = demonym.party
      if end < tokens.count, tokens[end].isWord, !tokens[end].isCapitalized,
        lexicon.cues.collectives.contains(tokens[end].key)
      {
        addPartyMention(demonym.party, from: start, to: end + 1)
        return end + 1
      }
      if end < tokens.count, tokens[end].isWord, !tokens[end].isCapitalized, lexicon.cues.partyThings.contains(tokens[end].key) {
        addPartyMention(demonym.party, from: start, to: end)
        return end
      }
      // "the Ukrainian leader said", "the Russian foreign minister, …": a lower-case title with
      // no name after it stands for its party.
      if let title = lexicon.cues.titles.longestMatch(in: tokens, at: end),
        (end..<(end + title.length)).allSatisfy({ !tokens[$0].isCapitalized }), !nameFollows(end + title.length)
      {
        addPartyMention(demonym.party, from: start, to: end + title.length)
        return end + title.length
      }
      if !inTitleCaseLine[start], lexicon.cues.titles.longestMatch(in: tokens, at: end) == nil,
        lexicon.names.longestMatch(in: tokens, at: end) == nil,
        let run = capitalizedRun(from: end), containsOrganizationHead(run)
      {
        let name = surface(start, run.upperBound)
        add(.unknown(canonicalName: name, type: .organization, party: demonym.party), from: start, to: run.upperBound)
        partyEndingAt[run.upperBound] = demonym.party
        return run.upperBound
      }
      return end
    }
  }

  /// "Eastern Europe", "Nazi Germany": a place modifier before a known place names a place of its
  /// own (with the known place's party). Returns the index after it, or nil.
  private mutating func modifiedPlaceEnd(at start: Int) -> Int? {
    guard tokens[start].isCapitalized, !inTitleCaseLine[start], lexicon.cues.placeModifiers.contains(tokens[start].key),
      start + 1 < tokens.count, let place = lexicon.names.longestMatch(in: tokens, at: start + 1),
      lexicon.entries[place.value].type == .place
    else { return nil }
    let end = start + 1 + place.length
    let party = lexicon.entries[place.value].party
    add(.unknown(canonicalName: surface(start, end), type: .place, party: party), from: start, to: end)
    partyEndingAt[end] = party
    return end
  }

  /// Whether ", a/an/the [up to three words] <organisation noun>" follows: "…, a London-based
  /// consultancy", "…, the state broadcaster".
  private func organizationAppositiveFollows(_ end: Int) -> Bool {
    guard end + 2 < tokens.count, tokens[end].key == ",", ["a", "an", "the"].contains(tokens[end + 1].key) else { return false }
    var index = end + 2
    while index < tokens.count, index < end + 7 {
      let token = tokens[index]
      if token.isWord, lexicon.cues.organizationNouns.contains(token.key) { return true }
      guard token.isWord || token.key == "-" else { return false }
      index += 1
    }
    return false
  }

  /// Whether ", who" follows: "Jane Roe, who heads the regional administration, …".
  private func relativeWhoFollows(_ end: Int) -> Bool {
    end + 1 < tokens.count && tokens[end].key == "," && tokens[end + 1].key == "who"
  }

  /// Whether an outlet cue ("told", "according to") ends right before `index`.
  private func outletCueBefore(_ index: Int) -> Bool {
    for length in 1...3 where index - length >= 0 {
      if let match = lexicon.cues.outletBefore.longestMatch(in: tokens, at: index - length), match.length == length {
        return true
      }
    }
    return false
  }

  /// Whether a capitalised word (not a sentence start) stands at `index`: the name after a title.
  private func nameFollows(_ index: Int) -> Bool {
    index < tokens.count && tokens[index].isWord && tokens[index].isCapitalized && !tokens[index].isSentenceStart
  }

  /// Capitalised words that neither the gazetteer nor a title explains.
  private mutating func acceptCapitalizedRun(at start: Int) -> Int {
    guard var run = capitalizedRun(from: start) else { return start + 1 }
    // Stop before a known name or title inside the run ("Meanwhile Putin", "Later President …").
    for index in run.dropFirst() where tokens[index].isWord {
      if lexicon.names.matches(tokens, at: index) || (lexicon.cues.titles.matches(tokens, at: index) && !headFollows(index))
        || (lexicon.demonyms.matches(tokens, at: index)
          && !(lexicon.cues.particles.contains(tokens[index - 1].key) && containsOrganizationHead(run.lowerBound..<index)))
      {
        run = run.lowerBound..<index
        break
      }
    }
    let runEnd = run.upperBound
    // Drop capitalised common words at the front ("However", "The", "Persistent").
    var first = run.lowerBound
    // Mid-sentence capitals are deliberate ("the Foreign Ministry"); sentence starts are not.
    while first < run.upperBound, tokens[first].isWord,
      lexicon.cues.particles.contains(tokens[first].key)
        || (isCommon(tokens[first]) && (tokens[first].isSentenceStart || inTitleCaseLine[first]))
    {
      first += 1
    }
    // Trim trailing particles and punctuation.
    var last = run.upperBound
    while last > first, !tokens[last - 1].isWord || lexicon.cues.particles.contains(tokens[last - 1].key) { last -= 1 }
    guard first < last else { return max(runEnd, start + 1) }
    let span = first..<last
    let words = span.map { tokens[$0] }.filter(\.isWord)
    if inTitleCaseLine[first] {
      // Headline: capitals say nothing; each word may still name someone from the body.
      for index in span where tokens[index].isWord && !isCommon(tokens[index]) {
        add(.pending(words: [tokens[index].key], name: surface(index, index + 1), fallback: nil), from: index, to: index + 1)
      }
      return runEnd
    }
    if (containsPlaceHead(span) || lexicon.cues.placeFirstWords.contains(tokens[first].key)), words.count >= 2 {
      add(.unknown(canonicalName: surface(first, last), type: .place, party: contextParty(before: first)), from: first, to: last)
      return runEnd
    }
    if containsOrganizationHead(span), words.count >= 2 {
      let party = contextParty(before: first)
      add(.unknown(canonicalName: surface(first, last), type: .organization, party: party), from: first, to: last)
      return runEnd
    }
    // A lone organisation word ("in Parliament", "the Army") or common word names nothing.
    if words.contains(where: { isCommon($0) && !lexicon.cues.particles.contains($0.key) }) || containsOrganizationHead(span) {
      return runEnd
    }
    let afterKey = last < tokens.count ? tokens[last].key : ""
    // "the towns of Xa and Yb": a name joined to a place by "and"/"or" is a place too.
    let joinedToPlace = first >= 2 && ["and", "or"].contains(tokens[first - 1].key) && placeEndingAt.contains(first - 1)
    if lexicon.cues.placeAfter.contains(afterKey) || (first > 0 && placeCueBefore(first, words: words.count)) || joinedToPlace {
      if !(words.count >= 2 && lexicon.givenNames.contains(words[0].key)) {
        add(.pending(words: [words.map(\.key).joined(separator: " ")], name: surface(first, last), fallback: .place), from: first, to: last)
        placeEndingAt.insert(last)
        return runEnd
      }
    }
    if organizationAppositiveFollows(last) {
      add(.unknown(canonicalName: surface(first, last), type: .organization, party: "none"), from: first, to: last)
      return runEnd
    }
    // "told Examplenews", "according to XYZ", "Examplenews reported": an outlet, unless the
    // article names someone with that surname.
    if words.count == 1, !lexicon.givenNames.contains(words[0].key),
      lexicon.cues.outletAfter.contains(afterKey) || outletCueBefore(first)
    {
      add(.pending(words: [words[0].key], name: surface(first, last), fallback: .organization), from: first, to: last)
      return runEnd
    }
    if words.count >= 2,
      lexicon.givenNames.contains(words[0].key) || lexicon.cues.personAfter.contains(afterKey) || titledAppositiveFollows(last)
        || relativeWhoFollows(last) || titleBeforeCommaParty(first) != nil
    {
      add(.unknown(canonicalName: surface(first, last), type: .person, party: personParty(before: first, after: last)), from: first, to: last)
      return runEnd
    }
    let sentenceInitial = tokens[first].isSentenceStart
    add(.pending(words: words.map(\.key), name: surface(first, last), fallback: words.count >= 2 && !sentenceInitial ? .person : nil), from: first, to: last)
    return runEnd
  }

  // MARK: - Output

  mutating func add(_ resolution: EntityCandidate.Resolution, from start: Int, to end: Int) {
    candidates.append(EntityCandidate(field: field, range: TextRange(tokens[start].start, tokens[end - 1].end), resolution: resolution))
  }

  mutating func addPartyMention(_ party: String, from start: Int, to end: Int) {
    let range = TextRange(tokens[start].start, tokens[end - 1].end)
    partyMentions.append(PartyMention(party: party, field: field, range: range, surface: text.slice(range)))
  }

  func surface(_ start: Int, _ end: Int) -> String {
    text.slice(TextRange(tokens[start].start, tokens[end - 1].end))
  }

  /// The mentions, with pending spans resolved through the article's links.
  func mentions(links: ArticleLinks, lexicon: Lexicon) -> [EntityMention] {
    var result: [EntityMention] = []
    for candidate in candidates {
      let surface = text.slice(candidate.range)
      switch candidate.resolution {
      case .known(let position):
        let entry = lexicon.entries[position]
        result.append(
          EntityMention(
            entityID: entry.id, canonicalName: entry.canonicalName, type: entry.type, party: entry.party,
            field: field, range: candidate.range, surface: surface))
      case .unknown(let name, let type, let party):
        let target =
          links.target(forWords: NameFolding.fold(name).split(separator: " ").map(String.init))
          ?? ArticleLinks.Target(id: NameFolding.fold(name), canonicalName: name, type: type, party: party)
        result.append(mention(target, candidate, surface))
      case .pending(let words, _, let fallback):
        if let target = links.target(forWords: words) {
          result.append(mention(target, candidate, surface))
        } else if let fallback, !(fallback == .place && links.isSurname(words)) {
          result.append(
            EntityMention(
              entityID: NameFolding.fold(surface), canonicalName: surface, type: fallback, party: "none", field: field,
              range: candidate.range, surface: surface))
        }
      }
    }
    return result
  }

  private func mention(_ target: ArticleLinks.Target, _ candidate: EntityCandidate, _ surface: String) -> EntityMention {
    EntityMention(
      entityID: target.id, canonicalName: target.canonicalName, type: target.type, party: target.party, field: field,
      range: candidate.range, surface: surface)
  }

}
