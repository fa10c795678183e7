import ParleyCore

extension SearchIndex {
  /// A respelled query whose every word is in the index, or nil when no respelling helps.
  ///
  /// Each word missing from the index is replaced by the indexed word within the typo
  /// allowance (1 edit, 2 for 8+ letters) found in the most articles.
  public func suggestion(for query: Query) -> String? {
    var changed = false
    func fix(_ word: String) -> String {
      let stem = EnglishStemmer.stem(Array(word.utf8))
      if documentFrequency(of: stem, field: 1) + documentFrequency(of: stem, field: 0) > 0 { return word }
      var best: (word: String, distance: Int, frequency: Int)?
      let target = Array(word.utf8)
      let limit = EditDistance.allowance(forLength: target.count)
      guard limit > 0 else { return word }
      for entry in segments {
        let forms = entry.segment.forms
        target.withUnsafeBufferPointer { target in
          forms.bytes.withUnsafeBufferPointer { arena in
            for form in 0..<forms.count {
              let start = Int(forms.starts[form])
              let length = Int(forms.starts[form + 1]) - start
              if abs(length - target.count) > limit { continue }
              let candidate = UnsafeBufferPointer(rebasing: arena[start..<(start + length)])
              guard let distance = EditDistance.within(target, candidate, limit: limit) else { continue }
              let stem = entry.segment.formStem[form]
              let frequency = Int(entry.segment.documentFrequency[Segment.key(stem: stem, field: 1)])
                + Int(entry.segment.documentFrequency[Segment.key(stem: stem, field: 0)])
              if best == nil || distance < best!.distance || distance == best!.distance && frequency > best!.frequency {
                best = (String(decoding: candidate, as: UTF8.self), distance, frequency)
              }
            }
          }
        }
      }
      guard let best else { return word }
      changed = true
      return best.word
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
}
