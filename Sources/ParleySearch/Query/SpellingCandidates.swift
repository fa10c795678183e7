import Foundation

/// Finds a segment's forms within a few edits of a word without running the edit-distance
/// DP on every form (for did-you-mean).
///
/// # Filter
/// Each form gets a 64-bit *letter signature*: per byte class (`a`–`z` one class each, other
/// bytes share six) one bit for "occurs" and one for "occurs twice or more". Every edit adds
/// at most one byte and removes at most one, so a form `d` edits from the word has at most `d`
/// signature bits the word lacks, and the word at most `d` the form lacks (a class the form
/// holds twice and the word once needs one edit, as does one the form holds and the word
/// not, and twice and not at all needs two). Since the byte counts differ by the length
/// difference `Δ = form length − word length`, the form's surplus of bytes is the word's plus
/// `Δ`, which tightens that to `d − Δ` bits only in the word when the form is longer (and
/// `d + Δ` only in the form when it is shorter). Forms outside those bounds are ruled out
/// exactly, without false negatives; only the survivors (about 0.2% of the forms looked at
/// for real words) run `EditDistance.within`. Bits are counted by clearing the lowest set bit
/// at most twice (`x & (x - 1)`), cheaper than `popcount` on baseline x86-64.
///
/// # Layout
/// Forms are grouped by byte length: bucket `l` is `order[lengthStarts[l]..<lengthStarts[l + 1]]`,
/// with form ids increasing inside a bucket, and `signatures` is parallel to `order`. That is
/// 12 bytes per form, built in one pass over the form arena.
final class SpellingCandidates: Sendable {
  /// Form ids, grouped by length, increasing inside each length.
  let order: [Int32]
  /// The letter signature of `order[i]`.
  let signatures: [UInt64]
  /// Bucket bounds by form length in bytes; `lengthStarts.count == longest + 2`.
  let lengthStarts: [Int32]

  /// Signatures and length buckets for every form of `forms`.
  init(forms: TermTable) {
    let count = forms.count
    var longest = 0
    for form in 0..<count {
      longest = max(longest, Int(forms.starts[form + 1] &- forms.starts[form]))
    }
    // Counting sort by length keeps ids increasing inside each bucket.
    var starts = [Int32](repeating: 0, count: longest + 2)
    for form in 0..<count { starts[Int(forms.starts[form + 1] &- forms.starts[form]) + 1] += 1 }
    for length in 0...longest { starts[length + 1] += starts[length] }
    var fill = starts
    var order = [Int32](repeating: 0, count: count)
    var signatures = [UInt64](repeating: 0, count: count)
    forms.bytes.withUnsafeBufferPointer { arena in
      for form in 0..<count {
        let start = Int(forms.starts[form])
        let end = Int(forms.starts[form + 1])
        let slot = Int(fill[end - start])
        fill[end - start] += 1
        order[slot] = Int32(form)
        signatures[slot] = SpellingCandidates.signature(UnsafeBufferPointer(rebasing: arena[start..<end]))
      }
    }
    self.order = order
    self.signatures = signatures
    self.lengthStarts = starts
  }

  /// The letter signature of some bytes.
  @inline(__always)
  static func signature(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
    var once: UInt64 = 0
    var twice: UInt64 = 0
    for byte in bytes {
      let bit: UInt64 = 1 << UInt64(bitClass(byte))
      twice |= once & bit
      once |= bit
    }
    return once | twice << 32
  }

  /// The signature bit of a byte: `a`–`z` → 0–25, anything else → 26–31.
  @inline(__always)
  static func bitClass(_ byte: UInt8) -> UInt8 {
    byte &- 0x61 < 26 ? byte &- 0x61 : 26 &+ byte % 6
  }

  /// Calls `body(form, distance)` for every form within `limit` edits of `target`, by
  /// increasing length, then increasing form id.
  func forEachForm(
    near target: UnsafeBufferPointer<UInt8>, limit: Int, in forms: TermTable, _ body: (Int32, Int) -> Void
  ) {
    let wanted = SpellingCandidates.signature(target)
    let lowest = max(0, target.count - limit)
    let highest = min(lengthStarts.count - 2, target.count + limit)
    guard lowest <= highest else { return }
    order.withUnsafeBufferPointer { order in
      signatures.withUnsafeBufferPointer { signatures in
        forms.bytes.withUnsafeBufferPointer { arena in
          forms.starts.withUnsafeBufferPointer { starts in
            for length in lowest...highest {
              // A form may have at most `onlyInForm` signature bits the word lacks, and the word
              // at most `onlyInWord` the form lacks (see the type's comment).
              let longer = length - target.count
              let onlyInForm = min(limit, limit + longer)
              let onlyInWord = min(limit, limit - longer)
              // All ones keeps a bit count as it is; zero clears its lowest set bit.
              let keepForm1: UInt64 = onlyInForm >= 1 ? 0 : ~0
              let keepForm2: UInt64 = onlyInForm >= 2 ? 0 : ~0
              let keepWord1: UInt64 = onlyInWord >= 1 ? 0 : ~0
              let keepWord2: UInt64 = onlyInWord >= 2 ? 0 : ~0
              // Counting stops at two, so larger allowances skip the filter.
              let filter: UInt64 = limit <= 2 ? ~0 : 0
              for slot in Int(lengthStarts[length])..<Int(lengthStarts[length + 1]) {
                let signature = signatures[slot]
                // Most forms fail on letters the word lacks: test that side first.
                var inForm = signature & ~wanted
                inForm &= (inForm &- 1) | keepForm1
                inForm &= (inForm &- 1) | keepForm2
                if inForm & filter != 0 { continue }
                var inWord = wanted & ~signature
                inWord &= (inWord &- 1) | keepWord1
                inWord &= (inWord &- 1) | keepWord2
                if inWord & filter != 0 { continue }
                let form = order[slot]
                let start = Int(starts[Int(form)])
                let candidate = UnsafeBufferPointer(rebasing: arena[start..<(start + length)])
                if let distance = EditDistance.within(target, candidate, limit: limit) { body(form, distance) }
              }
            }
          }
        }
      }
    }
  }

  /// Bytes held by the arrays.
  var memoryBytes: Int { order.capacity * 4 + signatures.capacity * 8 + lengthStarts.capacity * 4 }

  /// Builds a segment's `SpellingCandidates` on first use, once, from any thread.
  final class Lazy: @unchecked Sendable {
    private let lock = NSLock()
    private var built: SpellingCandidates?

    init() {}

    /// The candidates of `segment`, built now if this is the first call.
    func candidates(of segment: Segment) -> SpellingCandidates {
      lock.lock()
      defer { lock.unlock() }
      if let built { return built }
      let made = SpellingCandidates(forms: segment.forms)
      built = made
      return made
    }

    /// Bytes held once built, else 0.
    var memoryBytes: Int {
      lock.lock()
      defer { lock.unlock() }
      return built?.memoryBytes ?? 0
    }
  }
}
