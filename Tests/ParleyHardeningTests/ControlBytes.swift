/// Finds bytes that a terminal would act on: the proof that article text cannot drive it.
enum ControlBytes {
  /// A description of the first forbidden sequence in `bytes`, or nil when there is none.
  ///
  /// Forbidden: C0 controls other than newline (ESC, BEL, CR, BS, …), DEL, C1 controls
  /// (U+0080…U+009F, which 8-bit terminals read as CSI/OSC), bidirectional embeddings,
  /// overrides and isolates (U+202A…U+202E, U+2066…U+2069), and invalid UTF-8.
  static func firstForbidden(in bytes: [UInt8], allowTab: Bool = false) -> String? {
    guard String(validating: bytes, as: UTF8.self) != nil else { return "invalid UTF-8" }
    var i = 0
    while i < bytes.count {
      let b = bytes[i]
      if (b < 0x20 && b != 0x0A && !(allowTab && b == 0x09)) || b == 0x7F {
        return "byte 0x\(String(b, radix: 16)) at \(i): …\(context(bytes, i))…"
      }
      if b == 0xC2, i + 1 < bytes.count, (0x80...0x9F).contains(bytes[i + 1]) {
        return "C1 control U+00\(String(bytes[i + 1], radix: 16)) at \(i)"
      }
      if b == 0xE2, i + 2 < bytes.count,
        (bytes[i + 1] == 0x80 && (0xAA...0xAE).contains(bytes[i + 2]))
          || (bytes[i + 1] == 0x81 && (0xA6...0xA9).contains(bytes[i + 2]))
      {
        return "bidi control at \(i): …\(context(bytes, i))…"
      }
      i += 1
    }
    return nil
  }

  private static func context(_ bytes: [UInt8], _ at: Int) -> String {
    let slice = bytes[max(0, at - 20)..<min(bytes.count, at + 20)]
    return String(decoding: slice.map { $0 < 0x20 || $0 == 0x7F ? UInt8(ascii: "?") : $0 }, as: UTF8.self)
  }
}
