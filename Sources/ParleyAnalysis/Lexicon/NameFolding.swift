import Foundation

/// Folds names for comparison: lower case, no diacritics, one kind of apostrophe and space.
///
/// `Zelenskyy`, `ZELENSKYY` and `Zelenskyy` compare equal after folding; so do `Orbán` and
/// `Orban`. ASCII text takes a byte-level fast path; other text goes through Foundation once
/// per word, never per character.
public enum NameFolding {
  /// The folded form of a whole name (inner whitespace collapsed to one space).
  public static func fold(_ name: String) -> String {
    let words = name.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\u{A0}" || $0 == "\n" })
    return words.map { foldWord(Array($0.utf8)[...]) }.joined(separator: " ")
  }

  /// The folded form of one token's bytes.
  public static func foldWord(_ bytes: ArraySlice<UInt8>) -> String {
    var isASCII = true
    for byte in bytes where byte >= 0x80 {
      isASCII = false
      break
    }
    if isASCII {
      var out = [UInt8]()
      out.reserveCapacity(bytes.count)
      for byte in bytes { out.append(byte >= 0x41 && byte <= 0x5A ? byte + 32 : byte) }
      return String(decoding: out, as: UTF8.self)
    }
    let text = String(decoding: bytes, as: UTF8.self)
      .replacingOccurrences(of: "\u{2019}", with: "'")
      .replacingOccurrences(of: "\u{2018}", with: "'")
    return text.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
  }
}
