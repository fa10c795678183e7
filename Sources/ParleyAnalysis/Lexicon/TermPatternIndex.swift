/// Patterns grouped by the first byte of their first word, so a sentence is matched against
/// only the patterns that can start at each token instead of every pattern.
struct TermPatternIndex: Sendable {
  private var buckets: [[Int]] = Array(repeating: [], count: 256)

  init(_ patterns: [TermPattern]) {
    for (index, pattern) in patterns.enumerated() {
      guard case .word(let forms)? = pattern.elements.first(where: { if case .word = $0 { true } else { false } }) else {
        continue
      }
      var bytes = Set<UInt8>()
      for form in forms { if let first = form.bytes.first { bytes.insert(first) } }
      for byte in bytes { buckets[Int(byte)].append(index) }
    }
  }

  /// Indices of the patterns whose first word can match the token.
  func candidates(for token: StanceToken) -> [Int] {
    guard token.kind == .word, let first = token.bytes.first else { return [] }
    return buckets[Int(first)]
  }
}
