/// What a headline looks like, and how to derive one when an article has none.
public enum Headline {
  /// The longest headline in characters; longer first lines are body text.
  public static let maxLength = 220
  /// Derived headlines are cut at a word boundary at about this many characters.
  public static let derivedLength = 90

  /// Whether a line reads like a headline: short, has letters, and does not end like a
  /// sentence (full stop, colon, semicolon, comma) — a question or exclamation is allowed
  /// when short.
  public static func isHeadlineLike(_ line: String) -> Bool {
    let count = line.count
    guard count >= 2, count <= maxLength, line.contains(where: { $0.isLetter }) else { return false }
    var last = line.unicodeScalars.last!
    var trimmed = Substring(line)
    while let scalar = trimmed.unicodeScalars.last, "\"'”’)]»".unicodeScalars.contains(scalar) {
      trimmed = trimmed.dropLast()
    }
    guard let finalScalar = trimmed.unicodeScalars.last else { return false }
    last = finalScalar
    switch last {
    case ".", ":", ";", ",", "…": return false
    case "?", "!": return count <= 120
    default: return true
    }
  }

  /// A headline made from the first sentence: its text, cut at a word boundary with "…"
  /// when longer than `derivedLength`, without the final full stop.
  public static func derive(fromSentence sentence: String) -> String {
    var text = sentence.trimmingTrailing(where: { $0 == "." || $0 == " " })
    if text.count > derivedLength + 10 {
      let prefix = text.prefix(derivedLength)
      if let space = prefix.lastIndex(of: " ") {
        text = String(prefix[..<space])
      } else {
        text = String(prefix)
      }
      text = text.trimmingTrailing(where: { ",;:–—-".contains($0) || $0 == " " }) + "…"
    }
    return text
  }
}

extension String {
  /// The string without trailing characters that satisfy `predicate`.
  func trimmingTrailing(where predicate: (Character) -> Bool) -> String {
    var result = Substring(self)
    while let last = result.last, predicate(last) { result = result.dropLast() }
    return String(result)
  }
}
