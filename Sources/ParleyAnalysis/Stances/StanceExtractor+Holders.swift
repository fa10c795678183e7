import ParleyCore

extension StanceExtractor {
  typealias Mention = SentenceReading.Mention

  // MARK: - Mention positions

  /// Whether a mention is part of a topic's content ("Russia’s annexation of Crimea",
  /// "Ukraine’s NATO membership") rather than someone holding a stance.
  func isContent(_ mention: Mention, _ reading: SentenceReading) -> Bool {
    for trigger in reading.triggers {
      if trigger.tokens.overlaps(mention.tokens) { return true }
      if mention.tokens.upperBound == trigger.tokens.lowerBound, !isSubjectOfFiniteAct(mention, trigger, reading) {
        return true
      }
    }
    return false
  }

  /// "Washington halted aid to Kyiv", "Brussels sends weapons": a plain mention right before an
  /// action whose first word is a finite verb is its subject, not its content (unlike "Ukraine
  /// joining NATO" or "Ukraine's NATO membership").
  func isSubjectOfFiniteAct(_ mention: Mention, _ trigger: SentenceReading.Trigger, _ reading: SentenceReading) -> Bool {
    guard trigger.term.isAction, !mention.tokens.isEmpty, !reading.tokens[mention.tokens.upperBound - 1].isPossessive else {
      return false
    }
    let verb = reading.tokens[trigger.tokens.lowerBound]
    guard verb.kind == .word else { return false }
    let bytes = verb.bytes
    if StanceGrammar.irregularPastVerbs.contains(bytes) || bytes.count > 3 && bytes.last == 0x64 && bytes[bytes.count - 2] == 0x65 {
      return true  // -ed
    }
    // Third person -s ("sends", "halts"), not -ss or -ing.
    return bytes.count > 3 && bytes.last == 0x73 && bytes[bytes.count - 2] != 0x73
  }

  /// Whether a mention is governed by a preposition or an object-taking verb
  /// ("pressure on Moscow", "talks with Kyiv", "told Trump").
  func isObject(_ mention: Mention, _ reading: SentenceReading) -> Bool {
    let tokens = reading.tokens
    var j = mention.tokens.lowerBound - 1
    while j >= 0, tokens[j].kind == .word, StanceGrammar.determiners.contains(tokens[j].bytes) { j -= 1 }
    // The object of a verb: "slammed Kyiv", "urged Moscow", "criticized Zelensky" — unless a
    // verb follows, making it the subject of a reported clause ("said Kyiv would …").
    let next = mention.tokens.upperBound
    let startsClause = next < tokens.count && tokens[next].kind == .word
      && (StanceGrammar.auxiliaries.contains(tokens[next].bytes) || reading.cues.contains { $0.tokens.lowerBound == next })
    let isPossessive = tokens[mention.tokens.upperBound - 1].isPossessive
    if j >= 0, !startsClause, !isPossessive, reading.reporting.contains(where: { $0.tokens.upperBound - 1 == j })
      || reading.cues.contains(where: { $0.tokens.upperBound - 1 == j && ($0.role == .support || $0.role == .oppose || $0.role == .directive) && !$0.governsLeft })
    {
      return !tokens[j].is("according")
    }
    guard j >= 0, tokens[j].kind == .word, StanceGrammar.objectPrepositions.contains(tokens[j].bytes) else { return false }
    // "officials in Kyiv", "members of the U.S. administration": the collective holds the stance.
    if tokens[j].is("of") || tokens[j].is("in") || tokens[j].is("from"), j > 0, tokens[j - 1].kind == .word,
      StanceGrammar.collectiveHeads.contains(tokens[j - 1].bytes)
    {
      return false
    }
    // "with Ukraine seeking a ceasefire": an absolute clause with its own subject.
    if tokens[j].is("with"), reading.cues.contains(where: { $0.tokens.lowerBound == mention.tokens.upperBound }) {
      return false
    }
    return true
  }

  func canHold(_ mention: Mention, _ reading: SentenceReading) -> Bool {
    !isContent(mention, reading) && !isObject(mention, reading) && !isDescriptor(mention, reading)
  }

  /// "US media reports", "Russian analysts": the party name only describes someone else.
  func isDescriptor(_ mention: Mention, _ reading: SentenceReading) -> Bool {
    let next = mention.tokens.upperBound
    return next < reading.tokens.count && reading.tokens[next].kind == .word
      && StanceGrammar.nonPartyHeads.contains(reading.tokens[next].bytes)
  }

  /// The mention and the ones joined to it by "and" ("Ukraine and other European nations").
  func conjuncts(from mention: Mention, _ reading: SentenceReading, limit: Int) -> [Mention] {
    var result = [mention]
    var end = mention.tokens.upperBound
    for other in reading.mentions where other.tokens.lowerBound >= end && other.tokens.lowerBound < limit {
      let between = reading.tokens[end..<other.tokens.lowerBound]
      let joins = between.allSatisfy {
        $0.is("and") || $0.bytes == [0x2C] || StanceGrammar.determiners.contains($0.bytes) || $0.is("as") || $0.is("well")
          || $0.is("among") || $0.is("in")
      }
      guard joins, between.contains(where: { $0.is("and") || $0.bytes == [0x2C] }) || between.isEmpty else { break }
      if !result.contains(where: { $0.party == other.party }) { result.append(other) }
      end = other.tokens.upperBound
    }
    return result
  }

  // MARK: - Holders of a cue

  /// Holders attached to the cue itself: a possessive or party adjective before it, a
  /// subject right before it, an agent after `by`/`from`, an experiencer after `to`/`for`.
  func explicitHolders(of cue: SentenceReading.Cue, reading: SentenceReading) -> [(Mention, HolderRoute)] {
    let tokens = reading.tokens
    let segment = reading.segment(of: cue.tokens.lowerBound)
    var result: [(Mention, HolderRoute)] = []
    // Possessive or adjective: "Witkoff’s proposals", "Russia’s persistent rejection", "Russian demands".
    for mention in reading.mentions where !isContent(mention, reading) {
      let gap = cue.tokens.lowerBound - mention.tokens.upperBound
      guard gap >= 0, gap <= 1 else { continue }
      let last = tokens[mention.tokens.upperBound - 1]
      if last.isPossessive || (gap == 0 && isNominal(cue)) {
        result.append((mention, .possessive))
      }
    }
    if !result.isEmpty { return result }
    // Agent: "rejected by Kyiv", "rejection of a truce by Putin", "a demand from Russia".
    var j = cue.tokens.upperBound
    while j < min(tokens.count, cue.tokens.upperBound + 6), segment.contains(j) {
      if tokens[j].is("by") || (tokens[j].is("from") && j == cue.tokens.upperBound) {
        if let mention = firstMention(after: j, reading) { return [(mention, .agent)] }
      }
      if j > cue.tokens.upperBound, reading.cues.contains(where: { $0.tokens.lowerBound == j && $0.role != .negation }) { break }
      j += 1
    }
    // Experiencer of a predicate: "unacceptable to Ukraine and other European nations",
    // "alarm in Kyiv and among European allies".
    if cue.governsLeft, cue.tokens.upperBound < tokens.count,
      tokens[cue.tokens.upperBound].is("to") || tokens[cue.tokens.upperBound].is("for")
        || tokens[cue.tokens.upperBound].is("in") || tokens[cue.tokens.upperBound].is("among")
    {
      if let mention = firstMention(after: cue.tokens.upperBound, reading) {
        return conjuncts(from: mention, reading, limit: min(tokens.count, mention.tokens.upperBound + 8)).map { ($0, .experiencer) }
      }
    }
    // "blamed X for refusing …", "accused X of rejecting …": X does the -ing.
    if cue.text.hasSuffix("ing") {
      var k = cue.tokens.lowerBound - 1
      while k > 0, cue.tokens.lowerBound - k <= 6, segment.contains(k) {
        if tokens[k].is("for") || tokens[k].is("of") {
          if let mention = reading.mentions.first(where: { $0.tokens.upperBound == k }), !isContent(mention, reading),
            isObject(mention, reading), mention.tokens.lowerBound == 0 || !tokens[mention.tokens.lowerBound - 1].is("by")
          {
            return [(mention, .agent)]
          }
          break
        }
        k -= 1
      }
    }
    // Subject right before the verb: "Russia has rejected", "Kyiv also ruled out"; only for the
    // first cue of its clause (a later subject is inside someone else's reported content).
    // An obligation ("Ukraine must renounce …") binds its subject but is the speaker's demand:
    // the clause holder decides (the speaker if there is one, else that subject).
    if !cue.governsLeft, !StanceGrammar.obligationCues.contains(Array(cue.text.utf8)) {
      let earlierCue = reading.cues.contains {
        $0.tokens.upperBound <= cue.tokens.lowerBound && segment.contains($0.tokens.lowerBound)
          && ($0.role == .support || $0.role == .oppose || $0.role == .directive)
      }
      if !earlierCue {
        var k = cue.tokens.lowerBound - 1
        while k >= 0, tokens[k].kind == .word, StanceGrammar.auxiliaries.contains(tokens[k].bytes) { k -= 1 }
        if k >= 0, let mention = reading.mentions.first(where: { $0.tokens.upperBound - 1 == k }), canHold(mention, reading) {
          // With its conjuncts: "Kyiv and its European allies want …".
          var subjects = [mention]
          var start = mention.tokens.lowerBound
          while let previous = reading.mentions.last(where: { $0.tokens.upperBound <= start }) {
            let between = tokens[previous.tokens.upperBound..<start]
            guard between.contains(where: { $0.is("and") }),
              between.allSatisfy({ $0.is("and") || $0.bytes == [0x2C] || StanceGrammar.determiners.contains($0.bytes) }),
              canHold(previous, reading)
            else { break }
            if !subjects.contains(where: { $0.party == previous.party }) { subjects.insert(previous, at: 0) }
            start = previous.tokens.lowerBound
          }
          return subjects.map { ($0, .subject) }
        }
      }
    }
    return []
  }

  /// Whether a cue is a noun that takes a possessive holder (proposals, demand, refusal, rejection, readiness).
  func isNominal(_ cue: SentenceReading.Cue) -> Bool {
    let word = cue.text
    return Self.isProposalWord(word) || word.hasSuffix("al") || word.hasSuffix("als") || word.hasSuffix("ion")
      || word.hasSuffix("ions") || word.hasSuffix("ness") || word.hasSuffix("ance") || word.hasSuffix("ence")
      || word.hasSuffix("ment") || word.hasSuffix("ments") || word.hasSuffix("s")
  }

  func firstMention(after index: Int, _ reading: SentenceReading) -> Mention? {
    var k = index + 1
    while k < reading.tokens.count, reading.tokens[k].kind == .word, StanceGrammar.determiners.contains(reading.tokens[k].bytes) {
      k += 1
    }
    return reading.mentions.first { $0.tokens.lowerBound == k && !isContent($0, reading) }
  }

  // MARK: - Speakers and the clause holder

  /// The speaker of a reporting verb: the mention just before it ("Svyrydenko said",
  /// "Russia’s leader warned"), or just after it ("said Zelensky", "according to Downing Street").
  func speaker(of verb: SentenceReading.Reporting, in reading: SentenceReading) -> Mention? {
    let isAccording = verb.text.hasPrefix("according")
    if !isAccording {
      let candidates = reading.mentions.filter {
        $0.tokens.upperBound <= verb.tokens.lowerBound && verb.tokens.lowerBound - $0.tokens.upperBound <= 6
          && !isContent($0, reading)
      }
      for mention in candidates.reversed() {
        let between = reading.tokens[mention.tokens.upperBound..<verb.tokens.lowerBound]
        if between.contains(where: { $0.kind == .quote }) { continue }
        if !isObject(mention, reading), !isDescriptor(mention, reading) { return mention }
      }
    }
    // "X, Director of …, told …": the speaker before an apposition.
    if !isAccording, verb.tokens.lowerBound > 0, reading.tokens[verb.tokens.lowerBound - 1].bytes == [0x2C] {
      let segment = reading.segment(of: verb.tokens.lowerBound)
      if let comma = reading.tokens[segment.lowerBound..<(verb.tokens.lowerBound - 1)].lastIndex(where: { $0.bytes == [0x2C] }),
        let mention = reading.mentions.first(where: { $0.tokens.upperBound == comma }), !isObject(mention, reading),
        !isContent(mention, reading)
      {
        return mention
      }
    }
    // Inverted order only after a quote or comma ("…,” said Zelensky) or for "according to X".
    let start = verb.tokens.upperBound
    let previous = verb.tokens.lowerBound > 0 ? reading.tokens[verb.tokens.lowerBound - 1] : nil
    guard isAccording || previous?.kind == .quote || previous?.bytes == [0x2C] else { return nil }
    if let mention = reading.mentions.first(where: {
      $0.tokens.lowerBound >= start && $0.tokens.lowerBound - start <= (isAccording ? 2 : 3) && !isContent($0, reading)
        && !isDescriptor($0, reading)
        // "…,” said Zelensky." — the inverted speaker ends the clause.
        && (isAccording || $0.tokens.upperBound >= reading.tokens.count || reading.tokens[$0.tokens.upperBound].kind != .word)
    }) {
      return mention
    }
    return nil
  }

  func tokensAreModifiers(_ tokens: ArraySlice<StanceToken>) -> Bool {
    tokens.allSatisfy { $0.kind == .word && StanceGrammar.auxiliaries.contains($0.bytes) }
  }

  /// Who holds the clause around a trigger: the speaker of a reporting verb before it, else
  /// the subject of the clause (or of the sentence), else a speaker after it, else an earlier
  /// sentence's proposals ("These proposals include …").
  func clauseHolders(
    trigger: SentenceReading.Trigger, links: [ChainLink], segment: Range<Int>, reading: SentenceReading,
    speakers: [(verb: SentenceReading.Reporting, speaker: Mention)], state: ArticleState
  ) -> [(Mention, HolderRoute)] {
    if let nearest = speakers.last(where: {
      $0.verb.tokens.upperBound <= trigger.tokens.lowerBound && segment.contains($0.verb.tokens.lowerBound)
    }) {
      return [(nearest.speaker, .speaker)]
    }
    let outermost = reading.cues.filter {
      !$0.governsLeft && $0.tokens.upperBound <= trigger.tokens.lowerBound && segment.contains($0.tokens.lowerBound)
        && ($0.role == .support || $0.role == .oppose)
    }.map(\.tokens.lowerBound).min() ?? trigger.tokens.lowerBound
    if let subject = reading.mentions.first(where: {
      segment.contains($0.tokens.lowerBound) && $0.tokens.upperBound <= outermost && canHold($0, reading)
    }) {
      return conjuncts(from: subject, reading, limit: outermost).map { ($0, .subject) }
    }
    // A later clause of the sentence without its own subject ("…, while reinforcing …").
    if segment.lowerBound > 0, let first = reading.segments.first {
      if let speaker = speakers.first(where: { first.contains($0.verb.tokens.lowerBound) }) {
        return [(speaker.speaker, .speaker)]
      }
      if let subject = reading.mentions.first(where: { first.contains($0.tokens.lowerBound) && canHold($0, reading) }) {
        return [(subject, .subject)]
      }
    }
    if let after = speakers.first(where: { $0.verb.tokens.lowerBound >= trigger.tokens.upperBound }) {
      return [(after.speaker, .speaker)]
    }
    if links.contains(where: \.isProposalNoun), let antecedent = state.proposalHolder,
      state.sentenceIndex - state.proposalSentence <= 3
    {
      return [(Mention(party: antecedent.party, name: antecedent.name, tokens: 0..<0, range: antecedent.range), .antecedent)]
    }
    return []
  }

  // MARK: - Pronouns and state

  /// Adds he/she/him/her (persons) and they/them (groups, countries, organisations) as mentions of the party
  /// they refer to: the nearest fitting mention before them in the sentence, else the last one of
  /// the previous sentences; "it" and "we" only within the sentence.
  func addPronouns(_ reading: inout SentenceReading, state: ArticleState) {
    var added: [Mention] = []
    for (i, token) in reading.tokens.enumerated() where token.kind == .word && StanceGrammar.pronouns.contains(token.bytes) {
      if reading.inQuote[i] { continue }
      let wantsPerson = StanceGrammar.personPronouns.contains(token.bytes)
      let earlier = reading.mentions.last {
        $0.tokens.upperBound <= i && canHold($0, reading) && (token.is("we") || $0.isPerson == wantsPerson)
      }
      var found: (party: String, name: String, range: TextRange)?
      if let earlier {
        found = (earlier.party, earlier.name, earlier.range)
      } else if !token.is("it"), !token.is("we"), let last = wantsPerson ? state.lastPerson : state.lastGroup {
        found = (last.party, last.name, last.range)
      }
      if let found {
        added.append(Mention(party: found.party, name: found.name, tokens: i..<(i + 1), range: found.range, isPronoun: true, isPerson: wantsPerson))
      }
    }
    if !added.isEmpty {
      reading.mentions = (reading.mentions + added).sorted { $0.tokens.lowerBound < $1.tokens.lowerBound }
    }
  }

  func updateState(
    _ state: inout ArticleState, reading: SentenceReading, speakers: [(verb: SentenceReading.Reporting, speaker: Mention)],
    sentenceIndex: Int
  ) {
    state.sentenceIndex = sentenceIndex + 1
    let candidates = reading.mentions.filter { canHold($0, reading) && !reading.inQuote[$0.tokens.lowerBound] }
    if let person = candidates.first(where: \.isPerson) { state.lastPerson = holder(person, .subject) }
    if let group = candidates.first(where: { !$0.isPerson }) { state.lastGroup = holder(group, .subject) }
    if let speaker = speakers.last {
      state.lastSpeaker = holder(speaker.speaker, .speaker)
      state.lastSpeakerSentence = sentenceIndex
    } else if reading.inQuote.contains(true) || reading.tokens.contains(where: { $0.kind == .quote }) {
      // A quote continuing the previous speaker keeps them current.
      if sentenceIndex - state.lastSpeakerSentence <= 2 { state.lastSpeakerSentence = sentenceIndex }
    }
    for cue in reading.cues where Self.isProposalWord(cue.text) {
      if let (mention, route) = explicitHolders(of: cue, reading: reading).first, route == .possessive {
        state.proposalHolder = holder(mention, .antecedent)
        state.proposalSentence = sentenceIndex + 1
      }
    }
  }
}
