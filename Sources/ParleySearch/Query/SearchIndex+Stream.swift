/// The allocation-free path for queries that are a single word or prefix: the word's lists
/// (title, body, exact form) are merged on the fly straight into the top hits.
extension SearchIndex {
  /// A read position in one postings list.
  struct PostingCursor {
    let base: UnsafePointer<UInt8>
    var offset: Int
    let end: Int
    let norms: UnsafePointer<Float>
    let weight: Float
    let countsHits: Bool
    var document: Int32 = -1
    var frequency: UInt32 = 0

    /// Moves to the next document; `document` becomes `Int32.max` at the end.
    @inline(__always)
    mutating func advance() {
      if offset >= end {
        document = Int32.max
        return
      }
      document &+= Int32(truncatingIfNeeded: VarInt.read(base, &offset))
      frequency = VarInt.read(base, &offset)
    }

    @inline(__always)
    var score: Float {
      let tf = Float(frequency)
      return weight * tf / (tf + norms[Int(document)])
    }
  }

  /// Streams a single-leaf query of segment `s` into `top`; returns the number of live matches.
  func stream(_ leaf: StemLeaf, in s: Int, into top: inout TopHits) -> Int {
    let entry = segments[s]
    let segment = entry.segment
    let lists = leaf.lists[s]
    if lists.isEmpty { return 0 }
    let k1p1 = ranking.k1 + 1
    var total = 0
    return segment.postings.withUnsafeBufferPointer { postings in
      segment.formPostings.withUnsafeBufferPointer { formPostings in
        entry.norms[0].withUnsafeBufferPointer { titleNorms in
          entry.norms[1].withUnsafeBufferPointer { bodyNorms in
            entry.positions.withUnsafeBufferPointer { positions in
              var cursors: [PostingCursor] = []
              cursors.reserveCapacity(lists.count + 1)
              for list in lists {
                var cursor = PostingCursor(
                  base: postings.baseAddress!, offset: Int(segment.postingStarts[list.key]),
                  end: Int(segment.postingStarts[list.key + 1]),
                  norms: (list.key & 1 == 0 ? titleNorms : bodyNorms).baseAddress!, weight: list.weight * k1p1,
                  countsHits: true)
                cursor.advance()
                cursors.append(cursor)
              }
              var factor: Float = 1
              let form = leaf.exactForms[s]
              if form >= 0 && ranking.exactFormBonus > 0 {
                if segment.formIsWholeStem[Int(form)] {
                  factor = 1 + ranking.exactFormBonus
                } else if formPostings.count > 0 {
                  var cursor = PostingCursor(
                    base: formPostings.baseAddress!, offset: Int(segment.formStarts[Int(form)]),
                    end: Int(segment.formStarts[Int(form) + 1]), norms: bodyNorms.baseAddress!,
                    weight: leaf.exactWeight * k1p1, countsHits: false)
                  cursor.advance()
                  cursors.append(cursor)
                }
              }
              cursors.withUnsafeMutableBufferPointer { cursors in
                while true {
                  var document = Int32.max
                  for cursor in cursors where cursor.document < document { document = cursor.document }
                  if document == Int32.max { break }
                  var score: Float = 0
                  var hits: Int32 = 0
                  var counted = false
                  for i in 0..<cursors.count where cursors[i].document == document {
                    score += cursors[i].score
                    if cursors[i].countsHits {
                      hits += Int32(truncatingIfNeeded: cursors[i].frequency)
                      counted = true
                    }
                    cursors[i].advance()
                  }
                  // A document only in the exact-form list cannot happen, but never count it.
                  guard counted else { continue }
                  let position = positions[Int(document)]
                  if position < 0 { continue }
                  total += 1
                  top.consider(score * factor, position, hits)
                }
              }
              return total
            }
          }
        }
      }
    }
  }
}

/// The best `limit` (score, position, hits) triples seen, best first; ties go to the lower
/// position.
struct TopHits: Sendable {
  let limit: Int
  private(set) var entries: [(score: Float, position: Int32, hits: Int32)] = []

  init(limit: Int) {
    self.limit = limit
    entries.reserveCapacity(limit + 1)
  }

  @inline(__always)
  mutating func consider(_ score: Float, _ position: Int32, _ hits: Int32) {
    guard limit > 0 else { return }
    if entries.count == limit {
      let last = entries[limit - 1]
      if score < last.score || score == last.score && position > last.position { return }
    }
    var at = entries.count
    while at > 0
      && (entries[at - 1].score < score || entries[at - 1].score == score && entries[at - 1].position > position)
    {
      at -= 1
    }
    entries.insert((score, position, hits), at: at)
    if entries.count > limit { entries.removeLast() }
  }
}
