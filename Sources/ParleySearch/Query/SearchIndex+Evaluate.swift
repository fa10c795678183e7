/// Document-set evaluation of a `QueryPlan` inside one segment.
extension SearchIndex {
  func evaluate(_ plan: QueryPlan, in s: Int) -> Matches {
    switch plan {
    case .stems(let leaf): return evaluate(leaf, in: s)
    case .phrase(let leaf): return evaluate(leaf, in: s)
    case .documents(let lists):
      var matches = Matches(capacity: lists[s].count)
      for document in lists[s] { matches.append(document, 0, 0) }
      return matches
    case .and(let parts):
      var positives: [QueryPlan] = []
      var negatives: [QueryPlan] = []
      for part in parts {
        if case .not(let inner) = part { negatives.append(inner) } else { positives.append(part) }
      }
      var result: Matches
      if positives.isEmpty {
        result = allDocuments(in: s)
      } else {
        var evaluated: [Matches] = []
        for part in positives {
          let matches = evaluate(part, in: s)
          if matches.count == 0 { return Matches() }
          evaluated.append(matches)
        }
        evaluated.sort { $0.count < $1.count }
        result = evaluated[0]
        for other in evaluated.dropFirst() {
          result = Matches.intersection(result, other)
          if result.count == 0 { return result }
        }
      }
      for negative in negatives where result.count > 0 {
        result = Matches.subtracting(result, evaluate(negative, in: s))
      }
      return result
    case .or(let parts):
      return parts.reduce(Matches()) { Matches.union($0, evaluate($1, in: s)) }
    case .not(let inner):
      return Matches.subtracting(allDocuments(in: s), evaluate(inner, in: s))
    case .nothing:
      return Matches()
    }
  }

  func allDocuments(in s: Int) -> Matches {
    let count = segments[s].segment.documentCount
    var matches = Matches(capacity: count)
    for document in 0..<count { matches.append(Int32(document), 0, 0) }
    return matches
  }

  // MARK: - Words

  func evaluate(_ leaf: StemLeaf, in s: Int) -> Matches {
    let lists = leaf.lists[s]
    var result: Matches
    switch lists.count {
    case 0: return Matches()
    case 1: result = decode(lists[0], in: s)
    case 2: result = Matches.union(decode(lists[0], in: s), decode(lists[1], in: s))
    default: result = accumulate(lists, in: s)
    }
    let form = leaf.exactForms[s]
    guard form >= 0, ranking.exactFormBonus > 0 else { return result }
    let segment = segments[s].segment
    if segment.formIsWholeStem[Int(form)] {
      let factor = 1 + ranking.exactFormBonus
      for i in 0..<result.count { result.scores[i] *= factor }
      return result
    }
    addExactBonus(form: Int(form), weight: leaf.exactWeight, to: &result, in: s)
    return result
  }

  /// Decodes one (stem, field) list into BM25-scored matches.
  func decode(_ list: WeightedList, in s: Int) -> Matches {
    let entry = segments[s]
    let segment = entry.segment
    let start = Int(segment.postingStarts[list.key])
    let end = Int(segment.postingStarts[list.key + 1])
    let weight = list.weight * (ranking.k1 + 1)
    return segment.postings.withUnsafeBufferPointer { bytes in
      entry.norms[list.key & 1].withUnsafeBufferPointer { norms in
        Matches.build(capacity: Int(segment.documentFrequency[list.key])) { documents, scores, hits in
          let base = bytes.baseAddress!
          var offset = start
          var document: Int32 = -1
          var n = 0
          while offset < end {
            document &+= Int32(truncatingIfNeeded: VarInt.read(base, &offset))
            let tf = VarInt.read(base, &offset)
            let frequency = Float(tf)
            documents[n] = document
            scores[n] = weight * frequency / (frequency + norms[Int(document)])
            hits[n] = Int32(truncatingIfNeeded: tf)
            n += 1
          }
          return n
        }
      }
    }
  }

  /// Merges many lists through a dense per-document accumulator.
  func accumulate(_ lists: [WeightedList], in s: Int) -> Matches {
    let entry = segments[s]
    let count = entry.segment.documentCount
    var scores = [Float](repeating: 0, count: count)
    var hits = [Int32](repeating: 0, count: count)
    for list in lists {
      let matches = decode(list, in: s)
      for i in 0..<matches.count {
        let document = Int(matches.documents[i])
        scores[document] += matches.scores[i]
        hits[document] += matches.hits[i]
      }
    }
    var result = Matches()
    for document in 0..<count where hits[document] > 0 {
      result.append(Int32(document), scores[document], hits[document])
    }
    return result
  }

  /// Adds the bonus for documents holding the exact form typed.
  func addExactBonus(form: Int, weight: Float, to matches: inout Matches, in s: Int) {
    let entry = segments[s]
    let segment = entry.segment
    let start = Int(segment.formStarts[form])
    let end = Int(segment.formStarts[form + 1])
    let k1 = ranking.k1
    segment.formPostings.withUnsafeBufferPointer { bytes in
      entry.norms[1].withUnsafeBufferPointer { norms in
        let base = bytes.baseAddress!
        var offset = start
        var document: Int32 = -1
        var index = 0
        while offset < end {
          document += Int32(VarInt.read(base, &offset))
          let frequency = Float(VarInt.read(base, &offset))
          index = matches.firstIndex(notBelow: document, from: index)
          if index < matches.count && matches.documents[index] == document {
            matches.scores[index] += weight * frequency * (k1 + 1) / (frequency + norms[Int(document)])
          }
        }
      }
    }
  }
}
