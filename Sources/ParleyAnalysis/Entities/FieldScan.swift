import ParleyCore

/// Recognition over one text field: tokens, candidates and party mentions.
struct FieldScan: Sendable {
  let field: ArticleField
  let text: String
  let tokens: [NameToken]
  private let lexicon: Lexicon
  /// Per token: whether its line is in title case (a headline), where capitals say nothing.
  private var inTitleCaseLine: [Bool]
  private(set) var candidates: [EntityCandidate] = []
  private(set) var partyMentions: [PartyMention] = []
  /// Party of the mention ending just before each token index (for "UK Prime Minister …").
  private var partyEndingAt: [Int: String] = [:]
  private var lowercaseWords: Set<String> = []

  init(field: ArticleField, text: String, lexicon: Lexicon) {
    self.field = field
    self.text = text
    self.lexicon = lexicon
    self.tokens = NameTokenizer.tokenize(text)
    self.inTitleCaseLine = FieldScan.titleCaseLines(tokens: tokens, text: text, wholeFieldIsLine: field == .title)
  }

  // MARK: - Candidates

  mutating func findCandidates(lowercaseWords: Set<String>) {
    self.lowercaseWords = lowercaseWords
    var i = 0
    while i < tokens.count {
      let token = tokens[i]
      guard token.isWord else {
        i += 1
        continue
      }
      if let skip = lexicon.cues.notNames.longestMatch(in: tokens, at: i) {
        i += skip.length
        continue
      }
      let known = lexicon.names.longestMatch(in: tokens, at: i)
      let title = lexicon.cues.titles.longestMatch(in: tokens, at: i)
      if let known, known.length >= (title?.length ?? 0) {
        i = acceptKnown(at: i, length: known.length, entry: known.value)
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
    add(.known(position), from: start, to: end)
    partyEndingAt[end] = entry.party
    if entry.type == .place, !inTitleCaseLine[start], let run = capitalizedRun(from: end),
      lexicon.cues.titles.longestMatch(in: tokens, at: end) == nil,
      lexicon.names.longestMatch(in: tokens, at: end) == nil,
      containsOrganizationHead(run)
    {
      let adjective = tokens[end - 1].isPossessive ? (lexicon.adjective(forPlace: entry.canonicalName) ?? entry.canonicalName) : nil
      let name = (adjective ?? surface(start, end)) + " " + surface(run.lowerBound, run.upperBound)
      add(.unknown(canonicalName: name, type: .organization, party: entry.party), from: start, to: run.upperBound)
      partyEndingAt[run.upperBound] = entry.party
      return run.upperBound
    }
    return end
  }

  /// A title or role; the capitalised run after it is a person.
  private mutating func acceptTitle(at start: Int, length: Int) -> Int {
    var nameStart = start + length
    // "Admiral Sir Tony Radakin": titles can stack.
    while let more = lexicon.cues.titles.longestMatch(in: tokens, at: nameStart),
      lexicon.names.longestMatch(in: tokens, at: nameStart).map({ $0.length < more.length }) ?? true
    {
      nameStart += more.length
    }
    guard nameStart < tokens.count else { return nameStart }
    if let known = lexicon.names.longestMatch(in: tokens, at: nameStart) {
      return acceptKnown(at: nameStart, length: known.length, entry: known.value)
    }
    guard !inTitleCaseLine[nameStart], var run = capitalizedRun(from: nameStart) else { return nameStart }
    run = run.lowerBound..<min(run.upperBound, run.lowerBound + 4)
    let words = run.map { tokens[$0] }.filter(\.isWord)
    if words.contains(where: { isCommon($0) && !lexicon.cues.particles.contains($0.key) }) || containsOrganizationHead(run) {
      return nameStart
    }
    let party = contextParty(before: start)
    add(.unknown(canonicalName: surface(run.lowerBound, run.upperBound), type: .person, party: party), from: run.lowerBound, to: run.upperBound)
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

  /// Capitalised words that neither the gazetteer nor a title explains.
  private mutating func acceptCapitalizedRun(at start: Int) -> Int {
    guard var run = capitalizedRun(from: start) else { return start + 1 }
    // Stop before a known name or title inside the run ("Meanwhile Putin", "Later President …").
    for index in run.dropFirst() where tokens[index].isWord {
      if lexicon.names.matches(tokens, at: index) || lexicon.cues.titles.matches(tokens, at: index)
        || lexicon.demonyms.matches(tokens, at: index)
      {
        run = run.lowerBound..<index
        break
      }
    }
    let runEnd = run.upperBound
    // Drop capitalised common words at the front ("However", "The", "Persistent").
    var first = run.lowerBound
    while first < run.upperBound, tokens[first].isWord, isCommon(tokens[first]) || lexicon.cues.particles.contains(tokens[first].key) {
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
        add(.pending(words: [tokens[index].key], allowPersonFallback: false), from: index, to: index + 1)
      }
      return runEnd
    }
    if containsOrganizationHead(span), words.count >= 2 {
      let party = contextParty(before: first)
      add(.unknown(canonicalName: surface(first, last), type: .organization, party: party), from: first, to: last)
      return runEnd
    }
    if words.contains(where: { isCommon($0) && !lexicon.cues.particles.contains($0.key) }) {
      return runEnd
    }
    let afterKey = last < tokens.count ? tokens[last].key : ""
    if lexicon.cues.placeAfter.contains(afterKey) || (first > 0 && placeCueBefore(first)) {
      if !(words.count >= 2 && lexicon.givenNames.contains(words[0].key)) {
        add(.unknown(canonicalName: surface(first, last), type: .place, party: "none"), from: first, to: last)
        return runEnd
      }
    }
    if words.count >= 2, lexicon.givenNames.contains(words[0].key) || lexicon.cues.personAfter.contains(afterKey) {
      add(.unknown(canonicalName: surface(first, last), type: .person, party: contextParty(before: first)), from: first, to: last)
      return runEnd
    }
    let sentenceInitial = tokens[first].isSentenceStart
    add(.pending(words: words.map(\.key), allowPersonFallback: words.count >= 2 && !sentenceInitial), from: first, to: last)
    return runEnd
  }

  // MARK: - Runs and context

  /// The maximal run of capitalised words from `start` (particles and joined hyphens inside;
  /// it ends after a possessive). Nil when `start` is not a capitalised word.
  private func capitalizedRun(from start: Int) -> Range<Int>? {
    guard start < tokens.count, tokens[start].isWord, tokens[start].isCapitalized else { return nil }
    var end = start + 1
    while end < tokens.count, !tokens[end - 1].isPossessive {
      let token = tokens[end]
      if token.isWord && token.isCapitalized {
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

  private func containsOrganizationHead(_ run: Range<Int>) -> Bool {
    run.contains { tokens[$0].isWord && tokens[$0].isCapitalized && lexicon.cues.organizationHeads.contains(tokens[$0].key) }
  }

  /// A capitalised word that is an ordinary word: listed as common, or used in lower case
  /// elsewhere in the article.
  private func isCommon(_ token: NameToken) -> Bool {
    lexicon.commonWords.contains(token.key) || lowercaseWords.contains(token.key)
  }

  private func placeCueBefore(_ index: Int) -> Bool {
    for length in 1...3 where index - length >= 0 {
      if let match = lexicon.cues.placeBefore.longestMatch(in: tokens, at: index - length), match.length == length {
        return true
      }
    }
    return false
  }

  /// The party stated just before a title or name: a demonym or a known entity
  /// ("Ukrainian Deputy Prime Minister", "UK Prime Minister", "Trump's envoy", "CNN's").
  private func contextParty(before index: Int) -> String {
    var position = index
    var skipped = 0
    while position > 0, skipped < 3 {
      if let party = partyEndingAt[position] { return party }
      let previous = tokens[position - 1]
      guard previous.isWord, !previous.isCapitalized || previous.key == "the" else { break }
      position -= 1
      skipped += 1
    }
    return partyEndingAt[position] ?? "none"
  }

  // MARK: - Output

  private mutating func add(_ resolution: EntityCandidate.Resolution, from start: Int, to end: Int) {
    candidates.append(EntityCandidate(field: field, range: TextRange(tokens[start].start, tokens[end - 1].end), resolution: resolution))
  }

  private mutating func addPartyMention(_ party: String, from start: Int, to end: Int) {
    let range = TextRange(tokens[start].start, tokens[end - 1].end)
    partyMentions.append(PartyMention(party: party, field: field, range: range, surface: text.slice(range)))
  }

  private func surface(_ start: Int, _ end: Int) -> String {
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
          links.target(forWords: [NameFolding.fold(name)])
          ?? ArticleLinks.Target(id: NameFolding.fold(name), canonicalName: name, type: type, party: party)
        result.append(mention(target, candidate, surface))
      case .pending(let words, let allowPersonFallback):
        if let target = links.target(forWords: words) {
          result.append(mention(target, candidate, surface))
        } else if allowPersonFallback {
          let name = surface
          result.append(
            EntityMention(
              entityID: NameFolding.fold(name), canonicalName: name, type: .person, party: "none", field: field,
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

  // MARK: - Title case

  /// Marks tokens on lines where most longer words are capitalised (headlines, section titles).
  private static func titleCaseLines(tokens: [NameToken], text: String, wholeFieldIsLine: Bool) -> [Bool] {
    var result = [Bool](repeating: false, count: tokens.count)
    let bytes = Array(text.utf8)
    var lineStart = 0
    func close(_ end: Int) {
      var long = 0
      var capitalized = 0
      for index in lineStart..<end where tokens[index].isWord && tokens[index].end - tokens[index].start >= 4 {
        long += 1
        if tokens[index].isCapitalized { capitalized += 1 }
      }
      let isTitleCase = long >= 3 && capitalized * 10 >= long * 6 && long <= 30
      if isTitleCase { for index in lineStart..<end { result[index] = true } }
    }
    for index in tokens.indices where index > 0 {
      let gap = bytes[tokens[index - 1].end..<tokens[index].start]
      if gap.contains(0x0A) {
        close(index)
        lineStart = index
      }
    }
    close(tokens.count)
    return result
  }
}
