import ParleyCore

extension StanceExtractor {
  /// One link of a trigger's cue chain, innermost first.
  struct ChainLink {
    var polarity: Int
    var holders: [(SentenceReading.Mention, HolderRoute)]
    var text: String
    var isCue: Bool
    var isProposalNoun: Bool
    var tokens: Range<Int> = 0..<0
  }

  /// The claims of one sentence; updates the article state for the sentences after it.
  func claimsOf(
    reading: inout SentenceReading, article: Article, sentenceIndex: Int, sentence: Sentence, state: inout ArticleState
  ) -> [StanceClaim] {
    let tokens = reading.tokens
    addPronouns(&reading, state: state)
    addPronounTopics(&reading, state: state)
    let negated = negatedElements(reading)

    // Speakers of reporting verbs outside quotes.
    var speakers: [(verb: SentenceReading.Reporting, speaker: SentenceReading.Mention)] = []
    for verb in reading.reporting where !reading.inQuote[verb.tokens.lowerBound] {
      if let speaker = speaker(of: verb, in: reading) { speakers.append((verb, speaker)) }
    }
    // The speaker of a quote in this sentence: named here, or in the sentence just before.
    var quoteSpeaker: (SentenceReading.Mention, HolderRoute, SentenceReading.Reporting?)?
    if let first = speakers.first {
      quoteSpeaker = (first.speaker, .speaker, first.verb)
    } else if let last = state.lastSpeaker, sentenceIndex - state.lastSpeakerSentence <= 2 {
      quoteSpeaker = (.init(party: last.party, name: last.name, tokens: 0..<0, range: last.range), .quoteSpeaker, nil)
    }

    if reading.inQuote.contains(true), let (speaker, _, _) = quoteSpeaker {
      state.quotes.append(QuoteAttribution(sentenceIndex: sentenceIndex, party: speaker.party, speaker: speaker.name))
    }
    var claims: [StanceClaim] = []
    for trigger in reading.triggers {
      let segment = reading.segment(of: trigger.tokens.lowerBound)
      if reading.isHypothetical(segment) { continue }
      let quoted = reading.inLongQuote[trigger.tokens.lowerBound]

      // Build the chain of cues around the trigger.
      var links: [ChainLink] = []
      var conditional = false
      var blocked = false
      if trigger.term.isAction {
        let flip = negated.triggers.contains(trigger.tokens.lowerBound) ? -1 : 1
        links.append(ChainLink(polarity: flip, holders: [], text: reading.text(trigger.tokens), isCue: false, isProposalNoun: false))
      } else if negated.triggers.contains(trigger.tokens.lowerBound) {
        links.append(ChainLink(polarity: -1, holders: [], text: "no", isCue: false, isProposalNoun: false))
      }
      let before = reading.cues.enumerated().filter { _, cue in
        (!cue.governsLeft || cue.isPassive) && cue.tokens.upperBound <= trigger.tokens.lowerBound
          && segment.contains(cue.tokens.lowerBound)
      }.sorted { $0.element.tokens.lowerBound > $1.element.tokens.lowerBound }
      var previousBoundary = trigger.tokens.lowerBound
      for (index, cue) in before {
        // Another trigger with its own cue between stops the walk: its cues are its own.
        let otherTrigger = reading.triggers.contains {
          $0.tokens.lowerBound >= cue.tokens.upperBound && $0.tokens.upperBound <= previousBoundary
            && $0.term.topic != trigger.term.topic
        }
        if otherTrigger, !links.filter(\.isCue).isEmpty { break }
        // A reporting verb between the cue and the trigger opens the reported clause:
        // cues before it are not about the trigger.
        if reading.reporting.contains(where: { verb in
          verb.tokens.lowerBound >= cue.tokens.upperBound && verb.tokens.upperBound <= trigger.tokens.lowerBound
            && !reading.cues.contains { $0.tokens.overlaps(verb.tokens) }
        }) {
          break
        }
        // A passive verb before the trigger only governs it when no new subject intervenes
        // ("… would be ruled out and the US would begin to lift sanctions").
        if cue.isPassive, reading.mentions.contains(where: {
          $0.tokens.lowerBound >= cue.tokens.upperBound && $0.tokens.upperBound <= trigger.tokens.lowerBound && canHold($0, reading)
        }) {
          break
        }
        switch cue.role {
        case .condition:
          // "before"/"after" only set a precondition after a negation ("no talks before a ceasefire");
          // "withdraw before any ceasefire" makes the withdrawal the precondition.
          let needsNegation = cue.text == "before" || cue.text == "after"
          let negatedBefore = reading.cues.contains {
            $0.role == .negation && $0.tokens.upperBound <= cue.tokens.lowerBound && segment.contains($0.tokens.lowerBound)
          }
          if links.filter(\.isCue).isEmpty, trigger.tokens.lowerBound - cue.tokens.upperBound <= 6 {
            if !needsNegation || negatedBefore { conditional = true } else { blocked = true }
          }
        case .directive:
          if isPassive(tokens, before: cue.tokens.lowerBound) || links.filter(\.isCue).isEmpty && !isFollowedByMention(cue, reading) {
            blocked = links.filter(\.isCue).isEmpty
          } else {
            links.append(link(for: cue, index: index, polarity: 1, reading: reading, negated: negated))
          }
        case .support, .oppose:
          // A sibling in a list ("limits on X and steps ruling out Y") does not govern Y.
          if isNominal(cue), !cue.text.hasSuffix("ing"), cue.tokens.upperBound < tokens.count,
            tokens[cue.tokens.upperBound].is("on") || tokens[cue.tokens.upperBound].is("of") || tokens[cue.tokens.upperBound].is("to"),
            tokens[cue.tokens.upperBound..<previousBoundary].contains(where: { $0.is("and") || $0.bytes == [0x2C] }),
            links.contains(where: \.isCue)
          {
            continue
          }
          links.append(link(for: cue, index: index, polarity: cue.role == .support ? 1 : -1, reading: reading, negated: negated))
        case .negation:
          break
        }
        if conditional || blocked { break }
        // A pronoun topic belongs to the cue right before it only.
        if trigger.isPronoun, links.contains(where: \.isCue) { break }
        previousBoundary = cue.tokens.lowerBound
        // "… and insisted on X": a coordinated verb starts its own chain.
        if cue.role == .support || cue.role == .oppose, !cue.text.hasSuffix("ing"), isCoordinated(cue, tokens) { break }
      }
      if conditional, reading.cues.contains(where: {
        $0.role == .directive && $0.tokens.upperBound <= trigger.tokens.lowerBound && segment.contains($0.tokens.lowerBound)
          && isPassive(tokens, before: $0.tokens.lowerBound)
      }) {
        continue
      }
      if conditional {
        // The condition wants what follows, with the action's own negation ("without guarantees
        // that Ukraine will not join NATO").
        // A verb after the topic is what the condition wants of it ("only if weapons deliveries stop").
        var after = trigger.tokens.upperBound
        while after < tokens.count, tokens[after].kind == .word, StanceGrammar.auxiliaries.contains(tokens[after].bytes) { after += 1 }
        let stops = reading.cues.contains { $0.tokens.lowerBound == after && $0.role == .oppose && !$0.governsLeft }
        links = links.filter { !$0.isCue } + [ChainLink(polarity: stops ? -1 : 1, holders: [], text: "condition", isCue: true, isProposalNoun: false)]
      } else {
        // Predicates after the trigger, up to a reporting verb that opens a new statement.
        let nextVerb = reading.reporting.first { verb in
          verb.tokens.lowerBound >= trigger.tokens.upperBound && !reading.cues.contains(where: { $0.tokens.overlaps(verb.tokens) })
        }?.tokens.lowerBound ?? Int.max
        let after = reading.cues.enumerated().filter { _, cue in
          cue.governsLeft && cue.tokens.lowerBound >= trigger.tokens.upperBound && segment.contains(cue.tokens.lowerBound)
            && (cue.role == .support || cue.role == .oppose) && cue.tokens.lowerBound < nextVerb
            && !isCoordinated(cue, tokens)
            // A new subject with its verb in between opens its own clause ("… and Moscow considers …").
            && !reading.mentions.contains { mention in
              mention.tokens.lowerBound >= trigger.tokens.upperBound && mention.tokens.upperBound < cue.tokens.lowerBound
                && canHold(mention, reading)
                && reading.cues.contains { $0.tokens.lowerBound == mention.tokens.upperBound && !$0.governsLeft }
            }
            // A condition in between opens its own clause ("… until a ceasefire is agreed").
            && !reading.cues.contains { condition in
              condition.role == .condition && condition.tokens.lowerBound >= trigger.tokens.upperBound
                && condition.tokens.upperBound <= cue.tokens.lowerBound
            }
        }
        // A verb whose own subject stands before it governs the whole clause, predicate included
        // ("Moscow considers [NATO expansion a threat]"); cues inside the subject do not
        // ("[Witkoff's proposals, which included …] were unacceptable").
        let isClauseVerb: (ChainLink) -> Bool = { self.isClauseVerb($0, tokens) }
        let clauseVerbs = links.filter(isClauseVerb)
        if !after.isEmpty, !clauseVerbs.isEmpty { links.removeAll(where: isClauseVerb) }
        for (index, cue) in after {
          links.append(link(for: cue, index: index, polarity: cue.role == .support ? 1 : -1, reading: reading, negated: negated))
        }
        if !after.isEmpty {
          // A fear about a harm restates the harm ("fear that lifting sanctions would reward
          // aggression" opposes lifting): the fear does not flip the harm predicate again.
          let harmAfter = after.contains { $0.element.role == .oppose }
          links.append(contentsOf: clauseVerbs.map { verb in
            var verb = verb
            if harmAfter, verb.polarity < 0, StanceGrammar.fearWords.contains(Array(verb.text.utf8)) { verb.polarity = 1 }
            return verb
          })
        }
      }
      // A relative clause or apposition after the trigger states its own holder's stance
      // ("a ceasefire, which Moscow has rejected"; "a reassurance force, an idea the Kremlin dismissed").
      let relative = quoted ? nil : relativeClauseLink(after: trigger, reading: reading, negated: negated)
      var mainChain = true
      if blocked && links.allSatisfy({ !$0.isCue }) { mainChain = false }
      if links.isEmpty || (!trigger.term.isAction && !links.contains(where: \.isCue)) { mainChain = false }
      // An action with no cue needs its own subject right before it ("Kyiv would not recognise …").
      if mainChain, !links.contains(where: \.isCue) {
        if quoted ? !hasQuotedSubject(before: trigger.tokens.lowerBound, reading) : !hasSubject(before: trigger.tokens.lowerBound, reading) {
          mainChain = false
        }
        // An indirect question states no position ("declined to say whether he would send weapons").
        if let first = segment.first(where: { tokens[$0].kind == .word }), tokens[first].is("whether") { mainChain = false }
      }
      if !mainChain {
        guard relative != nil else { continue }
        links = []
      }

      // Walk the chain: each link with its own holder yields a claim at its level.
      var value = trigger.term.direction
      var found: [(party: String, holder: StanceHolder, value: Int, depth: Int)] = []
      var clauseLevelValue: Int?
      let hasCue = links.contains(where: \.isCue)
      for (depth, link) in links.enumerated() {
        value *= link.polarity
        if quoted { continue }
        for (mention, route) in link.holders {
          found.append((mention.party, holder(mention, route), value, depth))
        }
        // The clause holder speaks at the outermost link without a holder of its own.
        if link.holders.isEmpty, link.isCue || !hasCue {
          clauseLevelValue = value
        }
      }
      if !mainChain {
        // Only the relative clause speaks.
      } else if quoted {
        if let (speaker, route, _) = quoteSpeaker {
          found.append((speaker.party, holder(speaker, route == .speaker ? .speaker : .quoteSpeaker), value, links.count))
        }
      } else if !hasCue, let subject = actSubject(before: trigger.tokens.lowerBound, reading) {
        // An action with no cue belongs to its own subject ("Washington will recognise …").
        found.append((subject.party, holder(subject, .subject), value, links.count))
      } else if let levelValue = clauseLevelValue, !links.contains(where: { isClauseVerb($0, tokens) }) {
        // (A clause subject already found on a cue is the clause holder.)
        let explicitParties = Set(found.map(\.party))
        for (mention, route) in clauseHolders(trigger: trigger, links: links, segment: segment, reading: reading, speakers: speakers, state: state)
        where !explicitParties.contains(mention.party) {
          found.append((mention.party, holder(mention, route), levelValue, links.count))
        }
      }
      if let relative, let (mention, route) = relative.holders.first, !found.contains(where: { $0.party == mention.party }) {
        let act = trigger.term.isAction ? (negated.triggers.contains(trigger.tokens.lowerBound) ? -1 : 1) : 1
        found.append((mention.party, holder(mention, route), trigger.term.direction * act * relative.polarity, 1))
        links.append(relative)
      }

      // The reporting verb: one in the trigger's clause (a speaker's, or a cue that reports,
      // like "dismissed"), else the quote's.
      let verb =
        speakers.last(where: { $0.verb.tokens.upperBound <= trigger.tokens.lowerBound && segment.contains($0.verb.tokens.lowerBound) })?.verb
        ?? reading.reporting.first(where: { verb in
          segment.contains(verb.tokens.lowerBound) && !reading.inQuote[verb.tokens.lowerBound]
            && (speakers.contains { $0.verb.tokens == verb.tokens } || links.contains { $0.tokens.overlaps(verb.tokens) })
        })
        ?? (quoted ? quoteSpeaker?.2 : nil)
      let cueTexts = links.filter(\.isCue).map(\.text)
      let isQuote = quoted || reading.inQuote[trigger.tokens.lowerBound]
        || links.contains { !$0.tokens.isEmpty && reading.inQuote[$0.tokens.lowerBound] }
      // Modal hedges count in the trigger's clause; attribution hedges anywhere in the sentence.
      let hedges = reading.hedges.filter { hedge in
        hedge.range.map { segment.contains($0.lowerBound) } ?? true
      }.map(\.text)
      for item in found {
        var confidence = 0.9
        switch item.holder.route {
        case .pronoun: confidence *= 0.85
        case .quoteSpeaker: confidence *= 0.9
        case .antecedent: confidence *= 0.8
        default: break
        }
        if !hedges.isEmpty { confidence *= 0.75 }
        if item.depth > 3 { confidence *= 0.9 }
        if verb?.kind == .doubting { confidence *= 0.9 }
        let claim = StanceClaim(
          articleID: article.id, fileName: article.fileName, source: article.source, sentenceIndex: sentenceIndex,
          sentenceRange: sentence.range, party: item.party, topic: trigger.term.topic,
          stance: item.value > 0 ? .support : .oppose, holder: item.holder,
          trigger: article.body.slice(TextRange(tokens[trigger.tokens.lowerBound].range.start, tokens[trigger.tokens.upperBound - 1].range.end)),
          triggerRange: TextRange(tokens[trigger.tokens.lowerBound].range.start, tokens[trigger.tokens.upperBound - 1].range.end),
          cues: cueTexts, reportingVerb: verb?.text, reportingKind: verb?.kind, isDirectQuote: isQuote,
          hedges: hedges, confidence: confidence)
        if let existing = claims.firstIndex(where: { $0.party == claim.party && $0.topic == claim.topic && $0.stance == claim.stance }) {
          if claims[existing].confidence < claim.confidence { claims[existing] = claim }
        } else {
          claims.append(claim)
        }
      }
    }
    updateState(&state, reading: reading, speakers: speakers, sentenceIndex: sentenceIndex)
    if let last = reading.triggers.last(where: { !$0.isPronoun }) { state.lastTriggerTerm = last.term }
    return claims
  }

  /// "<trigger>, which|that X has rejected", "<trigger>, an idea X dismissed", "<trigger>, something
  /// X refused to provide": the verb after X is X's stance on the trigger.
  func relativeClauseLink(
    after trigger: SentenceReading.Trigger, reading: SentenceReading, negated: (cues: Set<Int>, triggers: Set<Int>)
  ) -> ChainLink? {
    let tokens = reading.tokens
    var k = trigger.tokens.upperBound
    guard k + 2 < tokens.count, tokens[k].bytes == [0x2C] else { return nil }
    k += 1
    if tokens[k].is("which") || tokens[k].is("that") {
      k += 1
    } else {
      while k < tokens.count, StanceGrammar.determiners.contains(tokens[k].bytes) { k += 1 }
      guard k < tokens.count, StanceGrammar.appositionHeads.contains(tokens[k].bytes) else { return nil }
      k += 1
      if k < tokens.count, tokens[k].is("which") || tokens[k].is("that") { k += 1 }
    }
    if k < tokens.count, tokens[k].is("the") { k += 1 }
    guard let mention = reading.mentions.first(where: { $0.tokens.lowerBound == k || $0.tokens.lowerBound == k - 1 && tokens[k - 1].is("the") }),
      !mention.isPronoun
    else { return nil }
    var v = mention.tokens.upperBound
    while v < tokens.count, tokens[v].kind == .word,
      StanceGrammar.auxiliaries.contains(tokens[v].bytes) || tokens[v].is("not") || tokens[v].is("never")
    {
      v += 1
    }
    guard let (index, cue) = reading.cues.enumerated().first(where: { _, cue in
      cue.tokens.lowerBound >= mention.tokens.upperBound && cue.tokens.lowerBound <= v
        && (cue.role == .support || cue.role == .oppose) && !cue.governsLeft
    }) else { return nil }
    let flip = negated.cues.contains(index) ? -1 : 1
    // The clause may refer to a noun phrase around the topic: "a ban on Ukraine joining NATO,
    // which Kyiv rejects" — Kyiv rejects the ban, so it wants the opposite of what the ban blocks.
    var head = 1
    let segment = reading.segment(of: trigger.tokens.lowerBound)
    if let (nounIndex, noun) = reading.cues.enumerated().first(where: { _, cue in
      (cue.role == .support || cue.role == .oppose) && !cue.governsLeft && segment.contains(cue.tokens.lowerBound)
        && cue.tokens.upperBound <= trigger.tokens.lowerBound && trigger.tokens.lowerBound - cue.tokens.upperBound <= 3
        && cue.tokens.lowerBound > 0
        && (StanceGrammar.determiners.contains(tokens[cue.tokens.lowerBound - 1].bytes) || tokens[cue.tokens.lowerBound - 1].is("any")
          || tokens[cue.tokens.lowerBound - 1].isPossessive)
    }) {
      head = (noun.role == .support ? 1 : -1) * (negated.cues.contains(nounIndex) ? -1 : 1)
    }
    return ChainLink(
      polarity: (cue.role == .support ? 1 : -1) * flip * head, holders: [(mention, .subject)], text: (flip < 0 ? "not " : "") + cue.text,
      isCue: true, isProposalNoun: false, tokens: cue.tokens)
  }

  // MARK: - Chain links

  func link(
    for cue: SentenceReading.Cue, index: Int, polarity: Int, reading: SentenceReading,
    negated: (cues: Set<Int>, triggers: Set<Int>)
  ) -> ChainLink {
    let flip = negated.cues.contains(index) ? -1 : 1
    let noun = Self.isProposalWord(cue.text)
    return ChainLink(
      polarity: polarity * flip, holders: explicitHolders(of: cue, reading: reading), text: (flip < 0 ? "not " : "") + cue.text,
      isCue: true, isProposalNoun: noun, tokens: cue.tokens)
  }

  /// Which cues and action triggers a negation flips: the nearest one within four words to its right.
  func negatedElements(_ reading: SentenceReading) -> (cues: Set<Int>, triggers: Set<Int>) {
    var cues = Set<Int>()
    var triggers = Set<Int>()
    for negation in reading.cues where negation.role == .negation {
      let from = negation.tokens.upperBound
      if from < reading.tokens.count, reading.tokens[from].is("only") { continue }
      // A negation inside an action's gap negates it ("NATO will not expand", "Crimea will never
      // be recognised").
      if let inside = reading.triggers.first(where: { trigger in
        trigger.term.isAction && trigger.tokens.lowerBound < negation.tokens.lowerBound
          && negation.tokens.upperBound < trigger.tokens.upperBound
      }) {
        triggers.insert(inside.tokens.lowerBound)
        continue
      }
      // "will accept neither a land swap nor …", "would accept no ceasefire": a determiner
      // negation right after a verb cue negates that verb.
      let word = reading.tokens[negation.tokens.lowerBound]
      if word.is("no") || word.is("neither") || word.is("none"),
        let verb = reading.cues.enumerated().first(where: { _, cue in
          (cue.role == .support || cue.role == .oppose) && !cue.governsLeft && cue.tokens.upperBound == negation.tokens.lowerBound
        })
      {
        cues.insert(verb.offset)
        continue
      }
      let segment = reading.segment(of: negation.tokens.lowerBound)
      let cueCandidate = reading.cues.enumerated().first { _, cue in
        (cue.role == .support || cue.role == .oppose) && cue.tokens.lowerBound >= from
          && cue.tokens.lowerBound - from <= 4 && segment.contains(cue.tokens.lowerBound)
      }
      let triggerCandidate = reading.triggers.first { trigger in
        trigger.term.isAction && trigger.tokens.lowerBound >= from && trigger.tokens.lowerBound - from <= 4
          && segment.contains(trigger.tokens.lowerBound)
      }
      switch (cueCandidate, triggerCandidate) {
      case let (cue?, trigger?):
        if cue.element.tokens.lowerBound <= trigger.tokens.lowerBound { cues.insert(cue.offset) } else {
          triggers.insert(trigger.tokens.lowerBound)
        }
      case let (cue?, nil): cues.insert(cue.offset)
      case let (nil, trigger?): triggers.insert(trigger.tokens.lowerBound)
      case (nil, nil):
        // "there would be no US troops in Ukraine": "no" right before a thing negates it.
        if word.is("no"), let thing = reading.triggers.first(where: { trigger in
          !trigger.term.isAction && trigger.tokens.lowerBound >= from && trigger.tokens.lowerBound - from <= 2
            && segment.contains(trigger.tokens.lowerBound)
        }) {
          triggers.insert(thing.tokens.lowerBound)
        }
      }
    }
    return (cues, triggers)
  }

  /// A topic named by a pronoun right after a stance cue ("despite Trump pushing for one",
  /// "Kyiv rejected it") becomes a trigger of the topic named last: earlier in the sentence, or
  /// (for "it"/"this") a thing named in the sentence before.
  func addPronounTopics(_ reading: inout SentenceReading, state: ArticleState) {
    var added: [SentenceReading.Trigger] = []
    for cue in reading.cues where (cue.role == .support || cue.role == .oppose) && !cue.governsLeft {
      let next = cue.tokens.upperBound
      guard next < reading.tokens.count, reading.tokens[next].kind == .word else { continue }
      let word = reading.tokens[next]
      guard word.is("one") || word.is("it") || word.is("this") else { continue }
      // "it" followed by a verb or "to" is a subject or a dummy ("rejected it as …" is fine).
      if next + 1 < reading.tokens.count, reading.tokens[next + 1].is("to") || reading.tokens[next + 1].is("is") { continue }
      // "this" before a noun is a determiner ("envisioned this partnership", "rejected this week").
      if word.is("this"), next + 1 < reading.tokens.count, reading.tokens[next + 1].kind == .word,
        !StanceGrammar.wordsAfterPronoun.contains(reading.tokens[next + 1].bytes)
      { continue }
      let segment = reading.segment(of: cue.tokens.lowerBound)
      if reading.triggers.contains(where: { segment.contains($0.tokens.lowerBound) && $0.tokens.lowerBound >= next }) { continue }
      var term = reading.triggers.last(where: { $0.tokens.upperBound <= cue.tokens.lowerBound })?.term
      if term == nil, !word.is("one"), let previous = state.lastTriggerTerm, !previous.isAction { term = previous }
      guard var referent = term else { continue }
      referent.isAction = false
      var trigger = SentenceReading.Trigger(term: referent, tokens: next..<(next + 1), gaps: [])
      trigger.isPronoun = true
      added.append(trigger)
    }
    if !added.isEmpty {
      reading.triggers = (reading.triggers + added).sorted { $0.tokens.lowerBound < $1.tokens.lowerBound }
    }
  }

  /// Whether a link is the clause's own verb with its subject before it ("Moscow considers"),
  /// rather than a noun held by a possessive or party adjective ("Witkoff's proposals", "Russian demands").
  func isClauseVerb(_ link: ChainLink, _ tokens: [StanceToken]) -> Bool {
    guard !Self.isProposalWord(link.text) else { return false }
    return link.holders.contains { mention, route in
      guard !mention.tokens.isEmpty else { return false }
      let last = tokens[mention.tokens.upperBound - 1]
      return route == .subject
        || (route == .possessive && !last.isPossessive && lexicon.partyAdjectives[last.bytes] == nil)
    }
  }

  /// Nouns for what a party puts forward, which "these proposals" can refer back to.
  static func isProposalWord(_ text: String) -> Bool {
    text.hasPrefix("propos") || text.hasPrefix("plan") || text.hasPrefix("demand") || text == "memorandum"
      || text == "framework" || text == "draft" || text == "terms" || text == "conditions" || text == "offer" || text == "offers"
  }

  /// Whether a verb cue follows "and" or a comma (after auxiliaries): "X rejected A and proposed B".
  func isCoordinated(_ cue: SentenceReading.Cue, _ tokens: [StanceToken]) -> Bool {
    var k = cue.tokens.lowerBound - 1
    while k >= 0, tokens[k].kind == .word, StanceGrammar.auxiliaries.contains(tokens[k].bytes) { k -= 1 }
    return k >= 0 && (tokens[k].is("and") || tokens[k].is("but"))
  }

  /// Whether a holder-capable mention sits just before a token, with only auxiliaries,
  /// negations and "begin(ning) to" between ("Washington beginning to lift …").
  func hasSubject(before index: Int, _ reading: SentenceReading) -> Bool {
    actSubject(before: index, reading) != nil
  }

  /// Inside a quote: a pronoun or a mention right before the action ("we will never recognise …").
  func hasQuotedSubject(before index: Int, _ reading: SentenceReading) -> Bool {
    var k = index - 1
    while k >= 0, index - k <= 6, reading.tokens[k].kind == .word {
      let token = reading.tokens[k]
      if StanceGrammar.pronouns.contains(token.bytes) || token.is("i") || reading.mentions.contains(where: { $0.tokens.upperBound - 1 == k }) {
        return true
      }
      guard StanceGrammar.auxiliaries.contains(token.bytes) || token.is("not") || token.is("never") || token.is("going")
        || token.is("ready") || token.is("able")
      else { return false }
      k -= 1
    }
    return false
  }

  /// The mention `hasSubject` finds, if it can hold a stance.
  func actSubject(before index: Int, _ reading: SentenceReading) -> SentenceReading.Mention? {
    var k = index - 1
    var steps = 0
    while k >= 0, steps < 6, reading.tokens[k].kind == .word {
      let token = reading.tokens[k]
      if let mention = reading.mentions.first(where: { $0.tokens.upperBound - 1 == k }) {
        return canHold(mention, reading) ? mention : nil
      }
      // A modal of possibility makes it speculation, not a position ("might provide").
      if token.is("might") || token.is("may") || token.is("could") { return nil }
      let skippable = StanceGrammar.auxiliaries.contains(token.bytes) || token.is("not") || token.is("never")
        || token.bytes.starts(with: Array("begin".utf8)) || token.bytes.starts(with: Array("start".utf8)) || token.is("going")
        || token.is("both") || token.is("ready") || token.is("able")
      guard skippable else { return nil }
      k -= 1
      steps += 1
    }
    return nil
  }

  func isFollowedByMention(_ cue: SentenceReading.Cue, _ reading: SentenceReading) -> Bool {
    reading.mentions.contains { $0.tokens.lowerBound >= cue.tokens.upperBound && $0.tokens.lowerBound - cue.tokens.upperBound <= 2 }
  }

  func holder(_ mention: SentenceReading.Mention, _ route: HolderRoute) -> StanceHolder {
    StanceHolder(party: mention.party, name: mention.name, range: mention.range, route: mention.isPronoun && route == .subject ? .pronoun : route)
  }
}
