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
    // Bytes from `kept` to `i` are copied unchanged; they are flushed in one append when a
    // byte has to be dropped or replaced (most text has none, so this is one copy).
    var kept = 0
    func flush(to end: Int) {
      if end > kept { out.append(contentsOf: UnsafeBufferPointer(rebasing: input[kept..<end])) }
    }
    func replace(at start: Int, upTo next: Int, with replacement: UInt8?) {
      flush(to: start)
      if let replacement { out.append(replacement) }
      kept = next
    }
    while i < n {
      let b = input[i]
      if b >= 0x20 && b < 0x7F || b == 0x0A {
        i += 1
        continue
      }
      switch b {
      case 0x0D:
        let next = (i + 1 < n && input[i + 1] == 0x0A) ? i + 2 : i + 1
        replace(at: i, upTo: next, with: 0x0A)
        i = next
      case 0x09:
        replace(at: i, upTo: i + 1, with: 0x20)
        i += 1
      case 0x1B:
        let next = skipEscape(input, from: i + 1)
        replace(at: i, upTo: next, with: nil)
        i = next
      case 0xC2 where i + 1 < n && input[i + 1] >= 0x80 && input[i + 1] <= 0x9F:
        // C1 control. CSI (0x9B), OSC (0x9D), DCS (0x90), SOS (0x98), PM (0x9E), APC (0x9F) carry payloads.
        var next = i + 2
        switch input[i + 1] {
        case 0x9B: next = skipCSI(input, from: next)
        case 0x9D, 0x90, 0x98, 0x9E, 0x9F: next = skipString(input, from: next)
        default: break
        }
        replace(at: i, upTo: next, with: nil)
        i = next
      case 0xC2 where i + 1 < n && input[i + 1] == 0xA0:
        replace(at: i, upTo: i + 2, with: 0x20)  // no-break space
        i += 2
      case 0xC2 where i + 1 < n && input[i + 1] == 0xAD:
        replace(at: i, upTo: i + 2, with: nil)  // soft hyphen
        i += 2
      case 0xD8 where i + 1 < n && input[i + 1] == 0x9C:
        replace(at: i, upTo: i + 2, with: nil)  // Arabic letter mark (bidi)
        i += 2
      case 0xE2 where i + 2 < n && input[i + 1] == 0x80:
        switch input[i + 2] {
        case 0x8B, 0x8E, 0x8F, 0xAA...0xAE:
          replace(at: i, upTo: i + 3, with: nil)  // zero-width space, LRM/RLM, bidi embeddings and overrides
        case 0xA8, 0xA9:
          replace(at: i, upTo: i + 3, with: 0x0A)  // line / paragraph separator
        case 0xAF:
          replace(at: i, upTo: i + 3, with: 0x20)  // narrow no-break space
        default:
          break
        }
        i += 3
      case 0xE2 where i + 2 < n && input[i + 1] == 0x81 && ((0xA6...0xA9).contains(input[i + 2]) || input[i + 2] == 0xA0):
        replace(at: i, upTo: i + 3, with: nil)  // bidi isolates, word joiner
        i += 3
      case 0xEF where i + 2 < n && input[i + 1] == 0xBB && input[i + 2] == 0xBF:
        replace(at: i, upTo: i + 3, with: nil)  // byte-order mark / zero-width no-break space
        i += 3
      case 0x00..<0x20, 0x7F:
        replace(at: i, upTo: i + 1, with: nil)  // other C0 controls and DEL
        i += 1
      default:
        i += 1
      }
    }
    if kept == 0 && i >= n { return String(decoding: input, as: UTF8.self) }
    flush(to: n)
    return String(decoding: out, as: UTF8.self)
  }

  /// The text with every character a terminal would act on shown as a visible escape
  /// instead: C0/C1 controls and DEL as `\x1B`, bidi and zero-width marks as `\u{202E}`.
  ///
  /// For names that must stay recognisable rather than cleaned: file paths in messages,
  /// user input echoed in errors. Text without such characters comes back unchanged.
  public static func visible(_ text: String) -> String {
    guard text.unicodeScalars.contains(where: isInvisibleControl) else { return text }
    var out = ""
    for scalar in text.unicodeScalars {
      if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        out += "\\x" + (hex.count < 2 ? "0" : "") + hex
      } else if isInvisibleControl(scalar) {
        out += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
      } else {
        out.unicodeScalars.append(scalar)
      }
    }
    return out
  }

  /// Controls, bidi embeddings/overrides/isolates/marks, zero-width and line separators.
  static func isInvisibleControl(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0..<0x20, 0x7F...0x9F, 0x061C, 0x200B...0x200F, 0x2028...0x202E, 0x2060...0x2069, 0xFEFF: true
    default: false
    }
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
