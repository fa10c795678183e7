/// Phrase evaluation inside one segment: documents where the words stand at consecutive
/// positions.
extension SearchIndex {
  func evaluate(_ leaf: PhraseLeaf, in s: Int) -> Matches {
    guard let probes = leaf.probes[s] else { return Matches() }
    var result = Matches()
    for (slot, field) in leaf.fields.enumerated() {
      let found = phraseMatches(probes, field: field, weight: leaf.weights[slot], in: s)
      result = Matches.union(result, found)
    }
    return result
  }

  /// Documents where every probe's stem occurs `offset` tokens after a common start in `field`,
  /// scored by phrase frequency. Starts from the rarest list, whose positions seed per-document
  /// anchors (phrase start positions); each further list, rarer first, jumps with its skip entries to the
  /// remaining candidate documents only and keeps the anchors it confirms. Cost:
  /// O(df(rarest) × tf) plus, per further word, O(candidates × skipInterval) at worst.
  /// Candidates live in two preallocated buffers sized by the rarest word's list, used in turn.
  func phraseMatches(_ probes: [PhraseProbe], field: Int, weight: Float, in s: Int) -> Matches {
    let entry = segments[s]
    let segment = entry.segment
    let keys = probes.map { Segment.key(stem: $0.stem, field: field) }
    if keys.contains(where: { segment.documentFrequency[$0] == 0 }) { return Matches() }
    let order = keys.indices.sorted { segment.documentFrequency[keys[$0]] < segment.documentFrequency[keys[$1]] }
    let seedKey = keys[order[0]]
    // A position takes at least one byte, so the seed's byte span bounds its position count.
    let documentCapacity = Int(segment.documentFrequency[seedKey])
    let anchorCapacity = Int(segment.positionStarts[seedKey + 1] - segment.positionStarts[seedKey])
    var current = PhraseCandidates(documents: documentCapacity, anchors: anchorCapacity)
    var next = PhraseCandidates(documents: order.count > 1 ? documentCapacity : 0, anchors: order.count > 1 ? anchorCapacity : 0)
    defer {
      current.deallocate()
      next.deallocate()
    }
    segment.postings.withUnsafeBufferPointer { postings in
      segment.positions.withUnsafeBufferPointer { positionBytes in
        segment.skips.withUnsafeBufferPointer { skips in
          func cursor(_ slot: Int) -> PositionalCursor {
            PositionalCursor(
              key: keys[slot], in: segment, postings: postings.baseAddress!, positions: positionBytes.baseAddress!,
              skips: skips.baseAddress)
          }
          // The rarest word seeds the candidates; anchors before the field start are dropped
          // (the word sits too early for the phrase).
          let first = order[0]
          var seed = cursor(first)
          var target: Int32 = 0
          while seed.advance(to: target) {
            let written = seed.readPositions(minus: probes[first].offset, into: current.anchors + current.anchorCount)
            if written > 0 { current.append(seed.document, anchors: written) }
            target = seed.document &+ 1
          }
          // Each further word narrows them.
          for slot in order.dropFirst() {
            if current.count == 0 { break }
            next.removeAll()
            var words = cursor(slot)
            for candidate in 0..<current.count {
              let document = current.documents[candidate]
              guard words.advance(to: document) else { break }
              guard words.document == document else { continue }
              let start = Int(current.starts[candidate])
              let written = words.keep(
                current.anchors + start, count: Int(current.starts[candidate + 1]) - start, minus: probes[slot].offset,
                into: next.anchors + next.anchorCount)
              if written > 0 { next.append(document, anchors: written) }
            }
            swap(&current, &next)
          }
        }
      }
    }
    let k1p1 = ranking.k1 + 1
    return entry.norms[field].withUnsafeBufferPointer { norms in
      Matches.build(capacity: current.count) { documents, scores, hits in
        for i in 0..<current.count {
          let document = current.documents[i]
          let count = current.starts[i + 1] - current.starts[i]
          let tf = Float(count)
          documents[i] = document
          scores[i] = weight * k1p1 * tf / (tf + norms[Int(document)])
          hits[i] = count
        }
        return current.count
      }
    }
  }
}

/// Phrase candidates of one segment: documents, and per document the phrase start positions
/// still possible (`anchors[starts[i]..<starts[i + 1]]`), in raw buffers of fixed capacity.
private struct PhraseCandidates {
  let documents: UnsafeMutablePointer<Int32>
  let starts: UnsafeMutablePointer<Int32>
  let anchors: UnsafeMutablePointer<Int32>
  private(set) var count = 0
  private(set) var anchorCount = 0

  init(documents documentCapacity: Int, anchors anchorCapacity: Int) {
    documents = .allocate(capacity: max(documentCapacity, 1))
    starts = .allocate(capacity: documentCapacity + 1)
    anchors = .allocate(capacity: max(anchorCapacity, 1))
    starts[0] = 0
  }

  /// Records a document whose `written` anchors were just written at `anchors + anchorCount`.
  @inline(__always)
  mutating func append(_ document: Int32, anchors written: Int) {
    documents[count] = document
    anchorCount &+= written
    count &+= 1
    starts[count] = Int32(truncatingIfNeeded: anchorCount)
  }

  mutating func removeAll() {
    count = 0
    anchorCount = 0
  }

  func deallocate() {
    documents.deallocate()
    starts.deallocate()
    anchors.deallocate()
  }
}
