/// Matching documents of one segment, in increasing local-document order, with their scores
/// and hit counts (parallel arrays).
struct Matches {
  var documents: [Int32] = []
  var scores: [Float] = []
  var hits: [Int32] = []

  var count: Int { documents.count }

  init() {}

  init(capacity: Int) {
    documents.reserveCapacity(capacity)
    scores.reserveCapacity(capacity)
    hits.reserveCapacity(capacity)
  }

  /// Fills up to `capacity` entries through raw pointers; `fill` returns how many it wrote.
  @inline(__always)
  static func build(
    capacity: Int,
    _ fill: (UnsafeMutablePointer<Int32>, UnsafeMutablePointer<Float>, UnsafeMutablePointer<Int32>) -> Int
  ) -> Matches {
    var result = Matches()
    guard capacity > 0 else { return result }
    var scores: [Float] = []
    var hits: [Int32] = []
    result.documents = [Int32](unsafeUninitializedCapacity: capacity) { documents, documentCount in
      scores = [Float](unsafeUninitializedCapacity: capacity) { scores, scoreCount in
        hits = [Int32](unsafeUninitializedCapacity: capacity) { hits, hitCount in
          let written = fill(documents.baseAddress!, scores.baseAddress!, hits.baseAddress!)
          hitCount = written
          scoreCount = written
          documentCount = written
        }
      }
    }
    result.scores = scores
    result.hits = hits
    return result
  }

  @inline(__always)
  mutating func append(_ document: Int32, _ score: Float, _ hit: Int32) {
    documents.append(document)
    scores.append(score)
    hits.append(hit)
  }

  /// Documents in either, scores and hits added.
  static func union(_ a: Matches, _ b: Matches) -> Matches {
    if a.count == 0 { return b }
    if b.count == 0 { return a }
    return a.documents.withUnsafeBufferPointer { ad in
      b.documents.withUnsafeBufferPointer { bd in
        Matches.build(capacity: a.count + b.count) { documents, scores, hits in
          var i = 0
          var j = 0
          var n = 0
          while i < ad.count && j < bd.count {
            let x = ad[i]
            let y = bd[j]
            if x < y {
              documents[n] = x; scores[n] = a.scores[i]; hits[n] = a.hits[i]; i += 1
            } else if y < x {
              documents[n] = y; scores[n] = b.scores[j]; hits[n] = b.hits[j]; j += 1
            } else {
              documents[n] = x; scores[n] = a.scores[i] + b.scores[j]; hits[n] = a.hits[i] + b.hits[j]; i += 1; j += 1
            }
            n += 1
          }
          while i < ad.count { documents[n] = ad[i]; scores[n] = a.scores[i]; hits[n] = a.hits[i]; i += 1; n += 1 }
          while j < bd.count { documents[n] = bd[j]; scores[n] = b.scores[j]; hits[n] = b.hits[j]; j += 1; n += 1 }
          return n
        }
      }
    }
  }

  /// Documents in both, scores and hits added. Gallops through the longer list.
  static func intersection(_ a: Matches, _ b: Matches) -> Matches {
    let (small, large) = a.count <= b.count ? (a, b) : (b, a)
    return Matches.build(capacity: small.count) { documents, scores, hits in
      var j = 0
      var n = 0
      for i in 0..<small.count {
        let x = small.documents[i]
        j = large.firstIndex(notBelow: x, from: j)
        if j >= large.count { break }
        if large.documents[j] == x {
          documents[n] = x
          scores[n] = small.scores[i] + large.scores[j]
          hits[n] = small.hits[i] + large.hits[j]
          n += 1
        }
      }
      return n
    }
  }

  /// Documents of `a` that are not in `b`.
  static func subtracting(_ a: Matches, _ b: Matches) -> Matches {
    if b.count == 0 { return a }
    var result = Matches(capacity: a.count)
    var j = 0
    for i in 0..<a.count {
      let x = a.documents[i]
      j = b.firstIndex(notBelow: x, from: j)
      if j < b.count && b.documents[j] == x { continue }
      result.append(x, a.scores[i], a.hits[i])
    }
    return result
  }

  /// The first index at or after `from` whose document is at least `target` (galloping search).
  @inline(__always)
  func firstIndex(notBelow target: Int32, from: Int) -> Int {
    var low = from
    if low >= count || documents[low] >= target { return low }
    var step = 1
    var high = low + 1
    while high < count && documents[high] < target {
      low = high
      step <<= 1
      high = low + step
    }
    high = min(high, count)
    // documents[low] < target; answer in (low, high]
    var lo = low + 1
    var hi = high
    while lo < hi {
      let mid = (lo + hi) >> 1
      if documents[mid] < target { lo = mid + 1 } else { hi = mid }
    }
    return lo
  }
}
