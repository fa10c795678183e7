/// Bounded Levenshtein distance between byte strings.
enum EditDistance {
  /// The distance between `a` and `b` if it is at most `limit`, else nil.
  static func within(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>, limit: Int) -> Int? {
    let n = a.count
    let m = b.count
    if abs(n - m) > limit { return nil }
    if n == 0 || m == 0 { return max(n, m) <= limit ? max(n, m) : nil }
    return withUnsafeTemporaryAllocation(of: Int.self, capacity: 2 * (m + 1)) { rows -> Int? in
      var previous = rows.baseAddress!
      var current = previous + (m + 1)
      for j in 0...m { previous[j] = j }
      for i in 1...n {
        current[0] = i
        var rowMin = i
        let ai = a[i - 1]
        for j in 1...m {
          let substitution = previous[j - 1] + (ai == b[j - 1] ? 0 : 1)
          let value = min(substitution, previous[j] + 1, current[j - 1] + 1)
          current[j] = value
          if value < rowMin { rowMin = value }
        }
        if rowMin > limit { return nil }
        swap(&previous, &current)
      }
      return previous[m] <= limit ? previous[m] : nil
    }
  }

  /// The typo allowance for a word: 1 edit, 2 from eight bytes on, 0 under three.
  static func allowance(forLength length: Int) -> Int {
    length < 3 ? 0 : (length >= 8 ? 2 : 1)
  }
}
