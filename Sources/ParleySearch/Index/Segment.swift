/// An immutable slice of the index covering some documents, numbered `0..<documentCount`.
///
/// # Layout
/// Two dictionaries: `forms` holds every folded word as written (`negotiations`), `stems`
/// its Porter2 stem (`negoti`); `formStem` maps one to the other, and `stemForms` back.
/// Matching and phrases use the stem postings; the form postings add a bonus for the
/// exact form the user typed.
///
/// - Stem postings, one list per (stem, field) key `stem * 2 + field` (0 title, 1 body),
///   in two parallel streams so that word and AND queries never touch positions:
///   `postings` holds, per document, `docDelta, tf` (varints; deltas start from -1), and
///   `positions` holds the same documents' `tf` position deltas (varints, restarting at each
///   document). Key `k` spans `postingStarts[k]..<postingStarts[k + 1]` and
///   `positionStarts[k]..<positionStarts[k + 1]`.
/// - Skip entries (`skips[skipStarts[k]..<skipStarts[k + 1]]`): one per `skipInterval`
///   documents of a list (see `SkipEntry`), so a phrase can jump to a candidate document in
///   O(log(df / skipInterval) + skipInterval) instead of decoding the list up to it.
/// - Form postings, in `formPostings`: `docDelta, tf` (title and body together). A form that
///   is its stem's only form has no list (`formIsWholeStem`), since the stem's lists say it all.
///
/// Postings are in increasing document order, duplicate-free (see `checkInvariants()`).
/// The segment holds about one varint byte per token plus two per distinct word per document,
/// plus 12 bytes per `skipInterval` postings. Both streams end with 8 padding bytes so
/// `VarInt.skip` may read words past a list's end.
final class Segment: Sendable {
  /// Documents between two skip entries of a list.
  static let skipInterval: UInt32 = 128

  let documentCount: Int
  let stems: TermTable
  let forms: TermTable
  let formStem: [Int32]
  /// Forms of stem `s` are `stemForms[stemFormStarts[s]..<stemFormStarts[s + 1]]`.
  let stemFormStarts: [UInt32]
  let stemForms: [Int32]
  /// Form ids in byte order, for prefix queries.
  let sortedForms: [Int32]
  let postings: [UInt8]
  let postingStarts: [UInt32]
  let positions: [UInt8]
  let positionStarts: [UInt32]
  let skips: [SkipEntry]
  let skipStarts: [UInt32]
  let documentFrequency: [UInt32]
  let formPostings: [UInt8]
  let formStarts: [UInt32]
  let formIsWholeStem: [Bool]
  /// Token counts per document: `[title, body]`.
  let fieldLengths: [[UInt32]]

  init(
    documentCount: Int, stems: TermTable, forms: TermTable, formStem: [Int32], postings: [UInt8],
    postingStarts: [UInt32], positions: [UInt8], positionStarts: [UInt32], skips: [SkipEntry], skipStarts: [UInt32],
    documentFrequency: [UInt32], formPostings: [UInt8], formStarts: [UInt32],
    formIsWholeStem: [Bool], fieldLengths: [[UInt32]]
  ) {
    self.documentCount = documentCount
    self.stems = stems
    self.forms = forms
    self.formStem = formStem
    self.postings = postings
    self.postingStarts = postingStarts
    self.positions = positions
    self.positionStarts = positionStarts
    self.skips = skips
    self.skipStarts = skipStarts
    self.documentFrequency = documentFrequency
    self.formPostings = formPostings
    self.formStarts = formStarts
    self.formIsWholeStem = formIsWholeStem
    self.fieldLengths = fieldLengths
    // Stem → forms (CSR).
    var counts = [UInt32](repeating: 0, count: stems.count + 1)
    for stem in formStem { counts[Int(stem) + 1] += 1 }
    for i in 1..<counts.count { counts[i] += counts[i - 1] }
    var fill = counts
    var list = [Int32](repeating: 0, count: formStem.count)
    for (form, stem) in formStem.enumerated() {
      list[Int(fill[Int(stem)])] = Int32(form)
      fill[Int(stem)] += 1
    }
    stemFormStarts = counts
    stemForms = list
    sortedForms = (0..<Int32(forms.count)).sorted { forms.term($0).lexicographicallyPrecedes(forms.term($1)) }
  }

  /// The key of a stem's postings in one field.
  @inline(__always)
  static func key(stem: Int32, field: Int) -> Int { Int(stem) * 2 + field }

  /// The forms that share a stem.
  func forms(ofStem stem: Int32) -> ArraySlice<Int32> {
    stemForms[Int(stemFormStarts[Int(stem)])..<Int(stemFormStarts[Int(stem) + 1])]
  }

  /// The ids of forms starting with `prefix`, via binary search over `sortedForms`.
  func forms(withPrefix prefix: [UInt8]) -> ArraySlice<Int32> {
    var low = 0
    var high = sortedForms.count
    while low < high {
      let mid = (low + high) / 2
      if forms.term(sortedForms[mid]).lexicographicallyPrecedes(prefix) { low = mid + 1 } else { high = mid }
    }
    var end = low
    while end < sortedForms.count && forms.term(sortedForms[end]).starts(with: prefix) { end += 1 }
    return sortedForms[low..<end]
  }

  /// Bytes by part: dictionaries, stem postings, form postings, per-document arrays.
  var memoryBreakdown: [(String, Int)] {
    [
      ("dictionaries", stems.memoryBytes + forms.memoryBytes + formStem.capacity * 4 + stemFormStarts.capacity * 4
        + stemForms.capacity * 4 + sortedForms.capacity * 4 + formIsWholeStem.capacity),
      ("stem postings", postings.capacity + postingStarts.capacity * 4 + documentFrequency.capacity * 4),
      ("positions", positions.capacity + positionStarts.capacity * 4),
      ("skip entries", skips.capacity * MemoryLayout<SkipEntry>.stride + skipStarts.capacity * 4),
      ("form postings", formPostings.capacity + formStarts.capacity * 4),
      ("field lengths", fieldLengths.reduce(0) { $0 + $1.capacity * 4 }),
    ]
  }

  /// Bytes held by the segment's arrays.
  var memoryBytes: Int {
    stems.memoryBytes + forms.memoryBytes + formStem.capacity * 4 + stemFormStarts.capacity * 4
      + stemForms.capacity * 4 + sortedForms.capacity * 4 + postings.capacity + postingStarts.capacity * 4
      + documentFrequency.capacity * 4 + positions.capacity + positionStarts.capacity * 4
      + skips.capacity * MemoryLayout<SkipEntry>.stride + skipStarts.capacity * 4 + formPostings.capacity + formStarts.capacity * 4
      + formIsWholeStem.capacity + fieldLengths.reduce(0) { $0 + $1.capacity * 4 }
  }

  /// Decodes every list and checks that documents increase strictly, stay in range, that
  /// positions increase inside a document and stay below the field length, that document
  /// frequencies match, that both streams end exactly at their list ends, and that every
  /// skip entry sits at the documented jump point. Returns the first problem, or nil.
  func checkInvariants() -> String? {
    postings.withUnsafeBufferPointer { bytes in
      positions.withUnsafeBufferPointer { positionBytes in
        let base = bytes.baseAddress!
        let positionBase = positionBytes.baseAddress!
        for key in 0..<(postingStarts.count - 1) {
          var offset = Int(postingStarts[key])
          let end = Int(postingStarts[key + 1])
          var positionOffset = Int(positionStarts[key])
          var skip = Int(skipStarts[key])
          var doc = -1
          var count: UInt32 = 0
          while offset < end {
            let next = doc + Int(VarInt.read(base, &offset))
            if next <= doc || next >= documentCount { return "key \(key): document \(next) after \(doc)" }
            doc = next
            count += 1
            let tf = Int(VarInt.read(base, &offset))
            if tf == 0 { return "key \(key): empty posting" }
            var position = -1
            for index in 0..<tf {
              let delta = Int(VarInt.read(positionBase, &positionOffset))
              let next = index == 0 ? delta : position + delta
              if next <= position || next >= Int(fieldLengths[key & 1][doc]) {
                return "key \(key): position \(next) out of order in document \(doc)"
              }
              position = next
            }
            if count % Segment.skipInterval == 0 {
              guard skip < Int(skipStarts[key + 1]) else { return "key \(key): skip entry missing after \(count)" }
              let entry = skips[skip]
              if entry.document != Int32(doc) || entry.offset != UInt32(offset) || entry.positionOffset != UInt32(positionOffset) {
                return "key \(key): skip entry \(skip) does not match document \(doc)"
              }
              skip += 1
            }
          }
          if offset != end { return "key \(key): list overruns its end" }
          if positionOffset != Int(positionStarts[key + 1]) { return "key \(key): positions overrun their end" }
          if skip != Int(skipStarts[key + 1]) { return "key \(key): extra skip entries" }
          if count != documentFrequency[key] { return "key \(key): df \(documentFrequency[key]) for \(count) documents" }
        }
        return nil
      }
    }
  }
}
