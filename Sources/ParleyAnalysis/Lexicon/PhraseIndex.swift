/// Multi-word phrases looked up by token sequence: a hash on the first token's key, then the
/// candidates for that key, longest first.
///
/// Matching costs one dictionary lookup per token plus a short comparison per candidate; no
/// regular expressions and no per-character work.
public struct PhraseIndex<Value: Sendable>: Sendable {
  struct Pattern: Sendable {
    var keys: [String]
    /// Per token: the text token must be capitalised.
    var mustBeCapitalized: [Bool]
    /// Per token: the text token must be all capitals (`US`, not `us`).
    var mustBeAllCaps: [Bool]
    /// Per token except the last: whether it carries a possessive (`St Peter's Square`).
    var possessive: [Bool]
    var value: Value
  }

  private var byFirstKey: [String: [Pattern]] = [:]
  /// The number of phrases stored.
  public private(set) var count = 0

  public init() {}

  /// Adds a phrase. With `caseSensitive`, capitalised words of the phrase must be capitalised in
  /// the text and all-capital words must be all capitals (a leading `the` is exempt).
  public mutating func insert(_ phrase: String, value: Value, caseSensitive: Bool = true) {
    let tokens = NameTokenizer.tokenize(phrase)
    guard !tokens.isEmpty else { return }
    let pattern = Pattern(
      keys: tokens.map(\.key),
      mustBeCapitalized: tokens.enumerated().map { index, token in
        caseSensitive && token.isCapitalized && !(index == 0 && token.key == "the")
      },
      mustBeAllCaps: tokens.map { caseSensitive && $0.isWord && $0.isAllCaps && $0.key.count > 0 && !isDigits($0.key) },
      possessive: tokens.map(\.isPossessive),
      value: value)
    var list = byFirstKey[pattern.keys[0], default: []]
    let position = list.firstIndex { $0.keys.count < pattern.keys.count } ?? list.endIndex
    list.insert(pattern, at: position)
    byFirstKey[pattern.keys[0]] = list
    count += 1
  }

  /// The longest phrase starting at `tokens[start]`: its length in tokens and its value.
  public func longestMatch(in tokens: [NameToken], at start: Int) -> (length: Int, value: Value)? {
    guard start < tokens.count, let candidates = byFirstKey[tokens[start].key] else { return nil }
    candidateLoop: for pattern in candidates {
      let length = pattern.keys.count
      guard start + length <= tokens.count else { continue }
      for offset in 0..<length {
        let token = tokens[start + offset]
        if token.key != pattern.keys[offset] { continue candidateLoop }
        if pattern.mustBeCapitalized[offset] && !token.isCapitalized { continue candidateLoop }
        if pattern.mustBeAllCaps[offset] && !token.isAllCaps { continue candidateLoop }
        if offset < length - 1 && token.isPossessive != pattern.possessive[offset] { continue candidateLoop }
      }
      return (length, pattern.value)
    }
    return nil
  }

  /// Whether a phrase starts at `tokens[start]`.
  public func matches(_ tokens: [NameToken], at start: Int) -> Bool { longestMatch(in: tokens, at: start) != nil }

  private func isDigits(_ key: String) -> Bool { key.utf8.allSatisfy { $0 >= 0x30 && $0 <= 0x39 } }
}
