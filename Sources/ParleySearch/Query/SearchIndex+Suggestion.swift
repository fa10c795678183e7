extension SearchIndex {
  /// A respelled query whose every word is in the index, or nil when no respelling helps.
  ///
  /// Each word missing from the index is replaced by the indexed word within the typo
  /// allowance (1 edit, 2 for 8+ letters) found in the most articles.
  public func suggestion(for query: Query) -> String? {
    var changed = false
    func fix(_ word: String) -> String {
      let target = Array(word.utf8)
      let stem = EnglishStemmer.stem(target)
      if documentFrequency(of: stem, field: 1) + documentFrequency(of: stem, field: 0) > 0 { return word }
      let limit = EditDistance.allowance(forLength: target.count)
      guard limit > 0, let best = closestForm(to: target, limit: limit) else { return word }
      changed = true
      return best
    }
    func rewrite(_ query: Query) -> Query {
      switch query {
      case .term(let word, let field): return .term(fix(word), field: field)
      case .phrase(let words, let field): return .phrase(words.map(fix), field: field)
      case .and(let parts): return .and(parts.map(rewrite))
      case .or(let parts): return .or(parts.map(rewrite))
      case .not: return query
      default: return query
      }
    }
    let rewritten = rewrite(query)
    return changed ? rewritten.description : nil
  }

  /// The indexed form within `limit` edits of `target`: the smallest distance, then the most
  /// articles (in the form's own segment, title and body document frequencies added), then
  /// the earliest segment, then the lowest form id in it — the order of a plain scan over
  /// every segment's forms. Candidates come from `SpellingCandidates`, which skips forms
  /// whose letters rule them out before computing any distance.
  func closestForm(to target: [UInt8], limit: Int) -> String? {
    var best: (distance: Int, frequency: Int, segment: Int, form: Int32)?
    target.withUnsafeBufferPointer { target in
      for index in segments.indices {
        let segment = segments[index].segment
        let candidates = segments[index].spelling.candidates(of: segment)
        segment.documentFrequency.withUnsafeBufferPointer { frequencies in
          candidates.forEachForm(near: target, limit: limit, in: segment.forms) { form, distance in
            let stem = segment.formStem[Int(form)]
            let frequency = Int(frequencies[Segment.key(stem: stem, field: 1)])
              + Int(frequencies[Segment.key(stem: stem, field: 0)])
            if let current = best {
              if distance > current.distance { return }
              if distance == current.distance {
                if frequency < current.frequency { return }
                if frequency == current.frequency && (index, form) > (current.segment, current.form) { return }
              }
            }
            best = (distance, frequency, index, form)
          }
        }
      }
    }
    guard let best else { return nil }
    return segments[best.segment].segment.forms.string(best.form)
  }
}
