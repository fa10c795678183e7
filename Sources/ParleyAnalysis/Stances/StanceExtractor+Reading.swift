import ParleyCore

extension StanceExtractor {
  /// Tokenizes a sentence and matches every lexicon in it.
  func read(
    article: Article, sentence: Sentence, mentions: [SentenceReading.Mention], state: inout ArticleState
  ) -> SentenceReading {
    let tokens = StanceTokenizer.tokens(in: article.body, range: sentence.range)
    let isBreak = clauseBreaks(tokens)
    var segments: [Range<Int>] = []
    var start = 0
    for i in 0..<tokens.count where isBreak[i] {
      segments.append(start..<(i + 1))
      start = i + 1
    }
    if start < tokens.count || segments.isEmpty { segments.append(start..<tokens.count) }

    // Quotes: toggle on quote marks; a quote left open carries over within the paragraph.
    var inQuote = [Bool](repeating: false, count: tokens.count)
    var open = state.openQuote
    for (i, token) in tokens.enumerated() {
      if token.kind == .quote {
        let mark = token.text
        if mark == "“" || mark == "‘" || mark == "«" { open = true } else if mark == "”" || mark == "’" || mark == "»" { open = false } else { open.toggle() }
        continue
      }
      inQuote[i] = open
    }
    state.openQuote = open
    // Quote spans of six words or more (or running to the sentence's edge) are statements.
    var inLongQuote = [Bool](repeating: false, count: tokens.count)
    var spanStart = 0
    while spanStart < tokens.count {
      guard inQuote[spanStart] else { spanStart += 1; continue }
      var spanEnd = spanStart
      while spanEnd < tokens.count, inQuote[spanEnd] || tokens[spanEnd].kind == .quote && spanEnd + 1 < tokens.count && inQuote[spanEnd + 1] {
        spanEnd += 1
      }
      let words = tokens[spanStart..<spanEnd].filter { $0.kind == .word }.count
      if words >= 6 || spanStart <= 1 && spanEnd >= tokens.count - 2 {
        for k in spanStart..<spanEnd { inLongQuote[k] = true }
      }
      spanStart = spanEnd + 1
    }

    var reading = SentenceReading(tokens: tokens, isBreak: isBreak, segments: segments, inQuote: inQuote)
    reading.inLongQuote = inLongQuote
    let breakCheck: (Int) -> Bool = { isBreak[$0] }

    reading.triggers = Self.mergedTriggers(topicTriggers(tokens, isBreak: breakCheck))

    // Stance cues: the longest match wins where cues overlap; cue words inside a trigger are
    // part of the topic ("restricting" stays a cue, "lift" of "lift sanctions" does not).
    var cues: [SentenceReading.Cue] = []
    let cueList = lexicon.cues.cues
    for i in tokens.indices {
      for cueIndex in self.cueIndex.candidates(for: tokens[i]) {
        let cue = cueList[cueIndex]
        guard cue.pattern.firstWordMatches(tokens[i]) else { continue }
        guard let (end, _) = cue.pattern.match(tokens, at: i, limit: tokens.count, isBreak: breakCheck) else { continue }
        let passive = !cue.governsLeft && (cue.role == .support || cue.role == .oppose) && Self.isParticiple(tokens[i])
          && isPassive(tokens, before: i)
        cues.append(
          .init(role: cue.role, governsLeft: cue.governsLeft || passive, tokens: i..<end, text: reading.text(i..<end), isPassive: passive))
      }
    }
    cues = Self.longestFirst(cues, range: \.tokens, topic: { _ in "" })
    reading.cues = cues.filter { cue in
      !reading.triggers.contains { trigger in
        trigger.tokens.overlaps(cue.tokens) && !trigger.gaps.contains { $0.overlaps(cue.tokens) }
      }
    }

    let verbs = lexicon.cues.reportingVerbs
    for i in tokens.indices {
      for verbIndex in self.verbIndex.candidates(for: tokens[i]) {
        let verb = verbs[verbIndex]
        guard verb.pattern.firstWordMatches(tokens[i]) else { continue }
        guard let (end, _) = verb.pattern.match(tokens, at: i, limit: tokens.count, isBreak: breakCheck) else { continue }
        reading.reporting.append(.init(kind: verb.kind, tokens: i..<end, text: reading.text(i..<end)))
      }
    }
    reading.reporting = Self.longestFirst(reading.reporting, range: \.tokens, topic: { _ in "" })

    let hedgeList = lexicon.cues.hedges
    for i in tokens.indices {
      for hedgeIndex in self.hedgeIndex.candidates(for: tokens[i]) {
        let hedge = hedgeList[hedgeIndex]
        guard hedge.firstWordMatches(tokens[i]) else { continue }
        if let (end, _) = hedge.match(tokens, at: i, limit: tokens.count, isBreak: breakCheck) {
          let text = reading.text(i..<end)
          let local = end - i == 1 && ["may", "might", "could", "possibly", "likely"].contains(text)
          if !reading.hedges.contains(where: { $0.text == text && (!local || $0.range == i..<end) }) {
            reading.hedges.append((text, local ? i..<end : nil))
          }
        }
      }
    }

    // Party mentions mapped onto token indices.
    for mention in mentions where mention.range.start < sentence.range.end && mention.range.end > sentence.range.start {
      guard let first = tokens.firstIndex(where: { $0.range.end > mention.range.start }),
        tokens[first].range.start < mention.range.end
      else { continue }
      var last = first
      while last + 1 < tokens.count, tokens[last + 1].range.start < mention.range.end { last += 1 }
      var mapped = mention
      mapped.tokens = first..<(last + 1)
      reading.mentions.append(mapped)
    }
    // A party adjective before a role the recognizer left unmarked: "the Ukrainian leader", also
    // with role modifiers in between ("the Russian foreign ministry", "a US special envoy").
    for index in tokens.indices.dropLast() where tokens[index].kind == .word {
      guard let party = lexicon.partyAdjectives[tokens[index].bytes] else { continue }
      var role = index + 1
      while role < tokens.count, role - index <= 2, tokens[role].kind == .word,
        StanceGrammar.roleModifiers.contains(tokens[role].bytes)
      {
        role += 1
      }
      guard role < tokens.count, tokens[role].kind == .word, StanceGrammar.roleNouns.contains(tokens[role].bytes),
        !reading.mentions.contains(where: {
          $0.tokens.overlaps(index..<(role + 1)) || $0.tokens.lowerBound == role + 1
        })
      else { continue }
      let range = TextRange(tokens[index].range.start, tokens[role].range.end)
      reading.mentions.append(
        .init(
          party: party, name: article.body.slice(range), tokens: index..<(role + 1), range: range,
          isPerson: StanceGrammar.personRoleNouns.contains(tokens[role].bytes)))
    }
    // A recognizer mention that is a party adjective before a role ("the Ukrainian leader", "the
    // Russian foreign ministry") stands for that role: it grows to cover it. A mention ending in a
    // one-person role is a person for pronouns; not a title before a name ("US President Donald
    // Trump"), whose name is the person.
    let starts = Set(reading.mentions.map(\.tokens.lowerBound))
    for m in reading.mentions.indices where !reading.mentions[m].isPerson && !reading.mentions[m].tokens.isEmpty {
      var end = reading.mentions[m].tokens.upperBound
      if lexicon.partyAdjectives[tokens[end - 1].bytes] != nil {
        var role = end
        while role < tokens.count, role - end < 2, tokens[role].kind == .word, StanceGrammar.roleModifiers.contains(tokens[role].bytes) {
          role += 1
        }
        if role < tokens.count, tokens[role].kind == .word, StanceGrammar.roleNouns.contains(tokens[role].bytes),
          !starts.contains(where: { $0 > end - 1 && $0 <= role + 1 })
        {
          end = role + 1
          reading.mentions[m].tokens = reading.mentions[m].tokens.lowerBound..<end
          reading.mentions[m].range = TextRange(reading.mentions[m].range.start, tokens[role].range.end)
        }
      }
      guard StanceGrammar.personRoleNouns.contains(tokens[end - 1].bytes), !starts.contains(end) else { continue }
      if end < tokens.count, tokens[end].kind == .word, let first = article.body.slice(tokens[end].range).utf8.first,
        first >= 0x41 && first <= 0x5A
      {
        continue
      }
      reading.mentions[m].isPerson = true
    }
    // A party adjective right before a nominal cue: "Russian proposals", "the U.S. plan".
    for cue in reading.cues where cue.tokens.lowerBound > 0 && isNominal(cue) {
      let index = cue.tokens.lowerBound - 1
      let token = tokens[index]
      guard token.kind == .word, let party = lexicon.partyAdjectives[token.bytes],
        !reading.mentions.contains(where: { $0.tokens.contains(index) })
      else { continue }
      reading.mentions.append(
        .init(party: party, name: article.body.slice(token.range), tokens: index..<(index + 1), range: token.range))
    }
    reading.mentions.sort { $0.tokens.lowerBound < $1.tokens.lowerBound }
    return reading
  }

  /// `isBreak[i]`: token i ends a clause segment (`;`, `:`, brackets, before `but`/`while`/`if` …).
  func clauseBreaks(_ tokens: [StanceToken]) -> [Bool] {
    var isBreak = [Bool](repeating: false, count: tokens.count)
    for (i, token) in tokens.enumerated() {
      if token.kind == .punctuation, token.bytes == [0x3B] || token.bytes == [0x3A] || token.bytes == [0x28] || token.bytes == [0x29] {
        isBreak[i] = true
      } else if token.kind == .word, StanceGrammar.clauseBreakWords.contains(token.bytes), i > 0 {
        // The break falls before the conjunction, which starts the next segment.
        isBreak[i - 1] = true
      } else if token.is("if"), i > 0, !tokens[i - 1].is("only"), !tokens[i - 1].is("even"), !tokens[i - 1].is("as") {
        // A hypothetical clause starts; see `SentenceReading.isHypothetical`.
        isBreak[i - 1] = true
      } else if token.is("whether"), i > 0 {
        isBreak[i - 1] = true
      } else if token.is("as"), i > 1, tokens[i - 1].is("even") {
        isBreak[i - 2] = true
      }
    }
    // "As he reviewed the proposal, Putin questioned …": a leading subordinate clause.
    if let first = tokens.firstIndex(where: { $0.kind == .word }), StanceGrammar.subordinators.contains(tokens[first].bytes),
      let comma = tokens.firstIndex(where: { $0.bytes == [0x2C] }), comma < tokens.count - 1
    {
      isBreak[comma] = true
    }
    // An "if …" clause ends at its first comma.
    for (i, token) in tokens.enumerated() where token.is("if") && i > 0 && isBreak[i - 1] {
      if let comma = tokens[i...].firstIndex(where: { $0.bytes == [0x2C] }) { isBreak[comma] = true }
    }
    return isBreak
  }

  /// Every topic trigger term matched in the tokens (unmerged), checked against its required and
  /// excluded context. Terms of a topic `skip` accepts are not tried (for a topic-only scan).
  func topicTriggers(
    _ tokens: [StanceToken], isBreak breakCheck: (Int) -> Bool, skip: (String) -> Bool = { _ in false }
  ) -> [SentenceReading.Trigger] {
    var triggers: [SentenceReading.Trigger] = []
    let terms = lexicon.topics.terms
    for i in tokens.indices {
      for termIndex in self.termIndex.candidates(for: tokens[i]) {
        let term = terms[termIndex]
        guard !skip(term.topic), term.pattern.firstWordMatches(tokens[i]) else { continue }
        guard let (end, gaps) = term.pattern.match(tokens, at: i, limit: tokens.count, isBreak: breakCheck) else { continue }
        let near = max(0, i - 10)..<min(tokens.count, end + 10)
        if !term.requires.isEmpty, !term.requires.contains(where: { occurs($0, in: tokens, window: near) }) {
          continue
        }
        let window = max(0, i - 4)..<min(tokens.count, end + 4)
        if term.excludes.contains(where: { occurs($0, in: tokens, window: window) }) { continue }
        triggers.append(.init(term: term, tokens: i..<end, gaps: gaps))
      }
    }
    return triggers
  }

  /// Whether a word looks like a past participle ("rejected", "ruled", "sought", "taken").
  static func isParticiple(_ token: StanceToken) -> Bool {
    let b = token.bytes
    guard b.count > 3 else { return false }
    let last2 = b.suffix(2)
    return last2.elementsEqual("ed".utf8) || last2.elementsEqual("en".utf8) || last2.elementsEqual("wn".utf8)
      || b.suffix(3).elementsEqual("ght".utf8)
  }

  /// Whether a verb at `index` is passive: a form of "be" just before it ("was rejected", "would be ruled out").
  func isPassive(_ tokens: [StanceToken], before index: Int) -> Bool {
    var j = index - 1
    var steps = 0
    while j >= 0, steps < 3, tokens[j].kind == .word {
      if StanceGrammar.beForms.contains(tokens[j].bytes) { return steps < 2 || tokens[j + 1].is("not") }
      if !(tokens[j].is("not") || tokens[j].is("never") || tokens[j].is("also") || tokens[j].is("then") || tokens[j].is("effectively")) {
        return false
      }
      j -= 1
      steps += 1
    }
    return false
  }

  func occurs(_ pattern: TermPattern, in tokens: [StanceToken], window: Range<Int>) -> Bool {
    for i in window where pattern.firstWordMatches(tokens[i]) {
      if pattern.match(tokens, at: i, limit: window.upperBound, isBreak: { _ in false }) != nil { return true }
    }
    return false
  }

  /// Overlapping matches of one topic become one trigger: the longest term, spanning all of
  /// them, an action when any of them is ("recognise Crimea as Russian").
  static func mergedTriggers(_ triggers: [SentenceReading.Trigger]) -> [SentenceReading.Trigger] {
    let sorted = triggers.sorted { $0.tokens.count != $1.tokens.count ? $0.tokens.count > $1.tokens.count : $0.tokens.lowerBound < $1.tokens.lowerBound }
    var kept: [SentenceReading.Trigger] = []
    for trigger in sorted {
      if let index = kept.firstIndex(where: { $0.tokens.overlaps(trigger.tokens) && $0.term.topic == trigger.term.topic }) {
        let merged = kept[index].tokens
        kept[index].tokens = min(merged.lowerBound, trigger.tokens.lowerBound)..<max(merged.upperBound, trigger.tokens.upperBound)
        if trigger.term.isAction, trigger.term.direction == kept[index].term.direction { kept[index].term.isAction = true }
        kept[index].gaps += trigger.gaps
        continue
      }
      kept.append(trigger)
    }
    return kept.sorted { $0.tokens.lowerBound < $1.tokens.lowerBound }
  }

  /// Drops matches that overlap a longer match (of the same topic, for triggers).
  static func longestFirst<T>(_ items: [T], range: KeyPath<T, Range<Int>>, topic: (T) -> String) -> [T] {
    let sorted = items.sorted {
      let a = $0[keyPath: range]
      let b = $1[keyPath: range]
      return a.count != b.count ? a.count > b.count : a.lowerBound < b.lowerBound
    }
    var kept: [T] = []
    for item in sorted {
      let r = item[keyPath: range]
      if kept.contains(where: { $0[keyPath: range].overlaps(r) && topic($0) == topic(item) }) { continue }
      kept.append(item)
    }
    return kept.sorted { $0[keyPath: range].lowerBound < $1[keyPath: range].lowerBound }
  }
}
