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
    let bytes = line.utf8.count
    guard bytes <= maxLength * 4 else { return false }
    let count = bytes <= maxLength ? bytes : line.count
    guard count >= 2, count <= maxLength,
      line.utf8.contains(where: { ($0 | 0x20) >= UInt8(ascii: "a") && ($0 | 0x20) <= UInt8(ascii: "z") || $0 >= 0xC0 })
    else { return false }
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
      // Do not stop inside a quotation: cut before the word that opens it.
      let opens = text.filter { $0 == "“" }.count
      let closes = text.filter { $0 == "”" }.count
      let straight = text.filter { $0 == "\"" }.count
      let opener: Character? = opens > closes ? "“" : (straight % 2 == 1 ? "\"" : nil)
      if let opener, let quote = text.lastIndex(of: opener),
        let space = text[..<quote].lastIndex(of: " "), text.distance(from: text.startIndex, to: space) >= 30
      {
        text = String(text[..<space])
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
