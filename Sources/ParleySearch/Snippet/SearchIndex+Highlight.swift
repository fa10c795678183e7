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
      let leaves = stemLeaves.filter { $0.fields.contains(field) }
      let fieldPhrases = phrases.filter { $0.fields.contains(field) }
      if leaves.isEmpty && fieldPhrases.isEmpty { continue }
      var tokenStems: [Int32] = []
      var tokenRanges: [TextRange] = []
      var ranges: [TextRange] = []
      Tokenizer.forEachToken(in: text) { folded, range in
        let form = segment.forms.find(folded)
        let stem = form >= 0 ? segment.formStem[Int(form)] : -1
        let textRange = TextRange(range.lowerBound, range.upperBound)
        if stem >= 0 && leaves.contains(where: { $0.stems.contains(stem) }) { ranges.append(textRange) }
        if !fieldPhrases.isEmpty {
          tokenStems.append(stem)
          tokenRanges.append(textRange)
        }
      }
      for phrase in fieldPhrases where phrase.stems.count <= tokenStems.count {
        for start in 0...(tokenStems.count - phrase.stems.count) {
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
