/// Makes untrusted text safe to show in a terminal and regular to process.
///
/// Removes C0/C1 control characters, terminal escape sequences (ESC/CSI/OSC/DCS, also in
/// their 8-bit C1 forms), bidirectional overrides and isolates, zero-width marks and
/// byte-order marks. Tabs and no-break spaces become spaces; CRLF, lone CR and the Unicode
/// line/paragraph separators become `"\n"`. Works on UTF-8 bytes in one pass.
public enum TextSanitizer {
  /// The sanitized text. Multi-line text keeps its line breaks.
  public static func clean(_ text: String) -> String {
    var text = text
    return text.withUTF8 { clean(bytes: $0) }
  }

  /// Sanitizes valid UTF-8 bytes; see `clean(_:)`.
  public static func clean(bytes input: UnsafeBufferPointer<UInt8>) -> String {
    var out = [UInt8]()
    out.reserveCapacity(input.count)
    let n = input.count
    var i = 0
    while i < n {
      let b = input[i]
      if b >= 0x20 && b < 0x7F {
        out.append(b)
        i += 1
        continue
      }
      switch b {
      case 0x0A:
        out.append(0x0A)
        i += 1
      case 0x0D:
        out.append(0x0A)
        i += (i + 1 < n && input[i + 1] == 0x0A) ? 2 : 1
      case 0x09:
        out.append(0x20)
        i += 1
      case 0x1B:
        i = skipEscape(input, from: i + 1)
      case 0xC2 where i + 1 < n && input[i + 1] >= 0x80 && input[i + 1] <= 0x9F:
        // C1 control. CSI (0x9B), OSC (0x9D), DCS (0x90), SOS (0x98), PM (0x9E), APC (0x9F) carry payloads.
        let c1 = input[i + 1]
        i += 2
        switch c1 {
        case 0x9B: i = skipCSI(input, from: i)
        case 0x9D, 0x90, 0x98, 0x9E, 0x9F: i = skipString(input, from: i)
        default: break
        }
      case 0xC2 where i + 1 < n && input[i + 1] == 0xA0:
        out.append(0x20)  // no-break space
        i += 2
      case 0xC2 where i + 1 < n && input[i + 1] == 0xAD:
        i += 2  // soft hyphen
      case 0xD8 where i + 1 < n && input[i + 1] == 0x9C:
        i += 2  // Arabic letter mark (bidi)
      case 0xE2 where i + 2 < n && input[i + 1] == 0x80:
        let c = input[i + 2]
        switch c {
        case 0x8B, 0x8E, 0x8F, 0xAA...0xAE:
          i += 3  // zero-width space, LRM/RLM, bidi embeddings and overrides
        case 0xA8, 0xA9:
          out.append(0x0A)  // line / paragraph separator
          i += 3
        case 0xAF:
          out.append(0x20)  // narrow no-break space
          i += 3
        default:
          out.append(contentsOf: input[i..<i + 3])
          i += 3
        }
      case 0xE2 where i + 2 < n && input[i + 1] == 0x81 && (0xA6...0xA9).contains(input[i + 2]):
        i += 3  // bidi isolates
      case 0xE2 where i + 2 < n && input[i + 1] == 0x81 && input[i + 2] == 0xA0:
        i += 3  // word joiner
      case 0xEF where i + 2 < n && input[i + 1] == 0xBB && input[i + 2] == 0xBF:
        i += 3  // byte-order mark / zero-width no-break space
      case 0x00..<0x20, 0x7F:
        i += 1  // other C0 controls and DEL
      default:
        out.append(b)
        i += 1
      }
    }
    return String(decoding: out, as: UTF8.self)
  }

  /// Skips the rest of an escape sequence whose ESC is just before `start`.
  private static func skipEscape(_ s: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
    guard start < s.count else { return start }
    switch s[start] {
    case UInt8(ascii: "["): return skipCSI(s, from: start + 1)
    case UInt8(ascii: "]"), UInt8(ascii: "P"), UInt8(ascii: "X"), UInt8(ascii: "^"), UInt8(ascii: "_"):
      return skipString(s, from: start + 1)
    case 0x20...0x2F:
      // nF sequences: intermediates then one final byte.
      var i = start
      while i < s.count && (0x20...0x2F).contains(s[i]) { i += 1 }
      return min(i + 1, s.count)
    default:
      return start + 1
    }
  }

  /// Skips CSI parameters and intermediates up to and including the final byte.
  private static func skipCSI(_ s: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
    var i = start
    while i < s.count {
      let b = s[i]
      i += 1
      if (0x40...0x7E).contains(b) { return i }
      if b < 0x20 || b > 0x3F && b < 0x40 { continue }
    }
    return i
  }

  /// Skips an OSC/DCS-style string up to BEL or ST (ESC \ or U+009C), bounded by a newline
  /// so that a stray ESC ] cannot swallow a whole article.
  private static func skipString(_ s: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
    var i = start
    while i < s.count {
      let b = s[i]
      if b == 0x07 { return i + 1 }
      if b == 0x0A { return i }
      if b == 0x1B { return i + 1 < s.count && s[i + 1] == UInt8(ascii: "\\") ? i + 2 : i + 1 }
      if b == 0xC2 && i + 1 < s.count && s[i + 1] == 0x9C { return i + 2 }
      i += 1
    }
    return i
  }
}
