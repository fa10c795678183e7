/// Splits text into `NameToken`s, working on UTF-8 bytes.
///
/// Words are runs of letters and digits (any non-ASCII letter counts); `U.S.`-style initialisms
/// stay one token; possessive endings are cut off and flagged. Curly quotes, dashes and other
/// general punctuation (the `E2 80 xx` block) are punctuation tokens.
public enum NameTokenizer {
  /// Abbreviations whose trailing period does not end a sentence.
  private static let abbreviations: Set<String> = [
    "mr", "mrs", "ms", "dr", "gen", "lt", "col", "sen", "rep", "gov", "st", "prof", "no", "sgt",
    "capt", "maj", "adm", "jr", "sr", "vs", "etc", "approx", "inc", "ltd", "co", "corp",
  ]

  /// The tokens of `text`.
  public static func tokenize(_ text: String) -> [NameToken] {
    var text = text
    return text.withUTF8 { buffer in tokenize(bytes: buffer) }
  }

  /// The tokens of a UTF-8 buffer.
  public static func tokenize(bytes: UnsafeBufferPointer<UInt8>) -> [NameToken] {
    var tokens: [NameToken] = []
    tokens.reserveCapacity(bytes.count / 5)
    let count = bytes.count
    var i = 0
    var sentenceStart = true
    var joined = false
    while i < count {
      let byte = bytes[i]
      // Whitespace, including no-break space (C2 A0).
      if byte == 0x20 || byte == 0x09 || byte == 0x0D {
        joined = false
        i += 1
        continue
      }
      if byte == 0x0A {
        sentenceStart = true
        joined = false
        i += 1
        continue
      }
      if byte == 0xC2 && i + 1 < count && bytes[i + 1] == 0xA0 {
        joined = false
        i += 2
        continue
      }
      if isWordByte(bytes, i) {
        let start = i
        var end = i
        // Initialisms: U.S., U.K., J.D., D.C.
        var groups = 0
        var j = i
        while j + 1 < count, isASCIILetter(bytes[j]), bytes[j + 1] == 0x2E {
          groups += 1
          j += 2
        }
        if groups >= 2 {
          end = j
        } else {
          while end < count {
            if isWordByte(bytes, end) {
              end += utf8Length(bytes[end])
            } else if let apostrophe = apostropheLength(bytes, end), end + apostrophe < count,
              isASCIILetter(bytes[end + apostrophe]),
              !isPossessiveS(bytes, end + apostrophe)
            {
              end += apostrophe  // O'Brien, don't
            } else {
              break
            }
          }
          end = min(end, count)
        }
        var possessive = false
        var next = end
        if let apostrophe = apostropheLength(bytes, end) {
          if end + apostrophe < count, isPossessiveS(bytes, end + apostrophe) {
            possessive = true
            next = end + apostrophe + 1
          } else if bytes[end - 1] == 0x73, end + apostrophe >= count || !isWordByte(bytes, end + apostrophe) {
            possessive = true  // plural possessive: Ukrainians’
            next = end + apostrophe
          }
        }
        let slice = UnsafeBufferPointer(rebasing: bytes[start..<end])
        let first = bytes[start]
        var letters = 0
        var upper = 0
        for b in slice where b < 0x80 {
          if b >= 0x41 && b <= 0x5A { letters += 1; upper += 1 } else if b >= 0x61 && b <= 0x7A { letters += 1 }
        }
        let capitalized: Bool
        if first < 0x80 {
          capitalized = first >= 0x41 && first <= 0x5A
        } else {
          let scalar = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<min(end, start + 4)]), as: UTF8.self)
            .unicodeScalars.first
          capitalized = scalar?.properties.isUppercase ?? false
          if capitalized { letters += 1; upper += 1 }
        }
        tokens.append(
          NameToken(
            start: start, end: end, key: NameFolding.foldWord(Array(slice)[...]), isWord: true,
            isCapitalized: capitalized, isAllCaps: letters > 0 && upper == letters, isPossessive: possessive,
            isSentenceStart: sentenceStart, isJoinedToPrevious: joined))
        sentenceStart = false
        joined = false
        i = next
        continue
      }
      // Punctuation: one ASCII byte or one multi-byte scalar.
      let length = min(utf8Length(byte), count - i)
      let start = i
      i += length
      let key = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<i]), as: UTF8.self)
      let wasJoinable = tokens.last.map { $0.end == start } ?? false
      tokens.append(
        NameToken(
          start: start, end: i, key: key, isWord: false, isCapitalized: false, isAllCaps: false,
          isPossessive: false, isSentenceStart: false, isJoinedToPrevious: false))
      switch key {
      case ".":
        if let previous = tokens.dropLast().last, previous.end == start, previous.isWord,
          abbreviations.contains(previous.key) || (previous.end - previous.start == 1 && previous.isCapitalized)
        {
          break
        }
        sentenceStart = true
      case "!", "?", ":", "\"", "\u{201C}", "(", "[", "\u{2018}", "|", "\u{2022}", ";":
        if key == "\"" || key == "\u{201C}" || key == "\u{2018}" || key == "(" || key == "[" {
          // An opening quote or bracket: the word inside starts capitalised anyway.
          if i < count, bytes[i] != 0x20 { sentenceStart = true }
        } else if key != ";" {
          sentenceStart = true
        }
      default: break
      }
      joined = key == "-" && wasJoinable && i < count && isWordByte(bytes, i)
    }
    return tokens
  }

  @inline(__always) private static func isASCIILetter(_ b: UInt8) -> Bool {
    (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A)
  }

  /// Letters and digits; any multi-byte scalar except general punctuation (E2 80–83 …), Latin-1
  /// punctuation (C2 xx) and symbols (E2 84+, emoji).
  @inline(__always) private static func isWordByte(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
    let b = bytes[i]
    if b < 0x80 { return isASCIILetter(b) || (b >= 0x30 && b <= 0x39) }
    if b == 0xC2 || b == 0xE2 || b == 0xE3 || b >= 0xF0 { return false }
    if b == 0xEF { return false }  // BOM, full-width forms, replacement character
    return b >= 0xC3
  }

  @inline(__always) private static func utf8Length(_ lead: UInt8) -> Int {
    if lead < 0x80 { return 1 }
    if lead >= 0xF0 { return 4 }
    if lead >= 0xE0 { return 3 }
    if lead >= 0xC0 { return 2 }
    return 1
  }

  /// The byte length of an apostrophe (`'` or `’`) at `i`, if there is one.
  @inline(__always) private static func apostropheLength(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int) -> Int? {
    guard i < bytes.count else { return nil }
    if bytes[i] == 0x27 { return 1 }
    if bytes[i] == 0xE2, i + 2 < bytes.count, bytes[i + 1] == 0x80, bytes[i + 2] == 0x99 { return 3 }
    return nil
  }

  /// An `s`/`S` at `i` that ends the word.
  @inline(__always) private static func isPossessiveS(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
    guard i < bytes.count, bytes[i] == 0x73 || bytes[i] == 0x53 else { return false }
    return i + 1 >= bytes.count || !isWordByte(bytes, i + 1)
  }
}
