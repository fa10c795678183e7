import ParleyCore

extension SearchIndex {
  /// The hit ranges of a resolved query in one article: words whose stem matches a word,
  /// prefix or typo leaf, and whole phrases. Excluded (`-word`) parts are not highlighted.
  func highlights(for plan: QueryPlan, in position: DocumentStore.Index) -> ArticleHighlights {
    guard position >= 0, position < locations.count, locations[position] >= 0 else {
      return ArticleHighlights(title: [], body: [])
    }
    let s = Int(locations[position] >> 32)
    var stemLeaves: [(stems: Set<Int32>, fields: [Int])] = []
    var phrases: [(stems: [Int32], fields: [Int])] = []
    func collect(_ plan: QueryPlan) {
      switch plan {
      case .stems(let leaf): stemLeaves.append((leaf.stems[s], leaf.fields))
      case .phrase(let leaf): if let slots = leaf.slots[s] { phrases.append((slots, leaf.fields)) }
      case .and(let parts), .or(let parts): parts.forEach(collect)
      case .not, .documents, .nothing: break
      }
    }
    collect(plan)
    let segment = segments[s].segment
    let article = store[position]
    var result: [[TextRange]] = [[], []]
    for (field, text) in [article.title, article.body].enumerated() {
      var wanted = Set<Int32>()
      for leaf in stemLeaves where leaf.fields.contains(field) { wanted.formUnion(leaf.stems) }
      let fieldPhrases = phrases.filter { $0.fields.contains(field) }
      if wanted.isEmpty && fieldPhrases.isEmpty { continue }
      // A cheap filter before hashing a token: first byte and length of every wanted form.
      var firstBytes = [Bool](repeating: false, count: 256)
      var lengths: UInt64 = 0
      var candidates = wanted
      for phrase in fieldPhrases { candidates.formUnion(phrase.stems) }
      for stem in candidates {
        for form in segment.forms(ofStem: stem) {
          let bytes = segment.forms.term(form)
          if let first = bytes.first { firstBytes[Int(first)] = true }
          lengths |= 1 << UInt64(min(bytes.count, 63))
        }
      }
      var tokenStems: [Int32] = []
      var tokenRanges: [TextRange] = []
      var ranges: [TextRange] = []
      let keepTokens = !fieldPhrases.isEmpty
      Tokenizer.forEachToken(in: text) { folded, range in
        var stem: Int32 = -1
        if firstBytes[Int(folded[0])] && lengths & (1 << UInt64(min(folded.count, 63))) != 0 {
          let form = segment.forms.find(folded)
          if form >= 0 { stem = segment.formStem[Int(form)] }
        }
        let textRange = TextRange(range.lowerBound, range.upperBound)
        if stem >= 0 && wanted.contains(stem) { ranges.append(textRange) }
        if keepTokens {
          tokenStems.append(stem)
          tokenRanges.append(textRange)
        }
      }
      for phrase in fieldPhrases where phrase.stems.count <= tokenStems.count {
        for start in 0...(tokenStems.count - phrase.stems.count) where tokenStems[start] == phrase.stems[0] {
          var matched = true
          for (offset, stem) in phrase.stems.enumerated() where tokenStems[start + offset] != stem {
            matched = false
            break
          }
          if matched {
            ranges.append(TextRange(tokenRanges[start].start, tokenRanges[start + phrase.stems.count - 1].end))
          }
        }
      }
      result[field] = Snippet.merged(ranges)
    }
    return ArticleHighlights(title: result[0], body: result[1])
  }
}
