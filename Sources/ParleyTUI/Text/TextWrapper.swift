import ParleyCore

/// Wraps text into lines that fit a display width, breaking at spaces.
///
/// Works on UTF-8 bytes and returns byte ranges, so highlight ranges (also bytes) map straight
/// onto the wrapped lines. Widths come from the injected `DisplayWidth`: wide characters count
/// 2, combining marks 0. A word longer than the line is broken between scalars.
public struct TextWrapper: Sendable {
  public var width: Int
  public var measure: DisplayWidth

  public init(width: Int, measure: DisplayWidth) {
    self.width = max(1, width)
    self.measure = measure
  }

  /// Wraps `text[range]` (bytes); the result's ranges cover the text minus the spaces at breaks.
  public func wrap(_ text: String, range: TextRange? = nil) -> [TextRange] {
    var text = text
    return text.withUTF8 { bytes in
      let lower = max(0, min(range?.start ?? 0, bytes.count))
      let upper = max(lower, min(range?.end ?? bytes.count, bytes.count))
      return wrap(bytes: bytes, from: lower, to: upper)
    }
  }

  func wrap(bytes: UnsafeBufferPointer<UInt8>, from lower: Int, to upper: Int) -> [TextRange] {
    var lines: [TextRange] = []
    var lineStart = lower
    var lineWidth = 0
    // The last space seen on this line: where the line would end, and where the next would start.
    var breakEnd: Int? = nil
    var breakNext = 0
    var widthAfterBreak = 0
    var offset = lower
    // Skip leading spaces of the paragraph.
    while offset < upper, bytes[offset] == 0x20 { offset += 1 }
    lineStart = offset
    while offset < upper {
      let (scalar, length) = Self.decode(bytes, at: offset)
      let scalarWidth = max(0, measure.ofScalar(scalar))
      if scalar == " " {
        if breakEnd == nil || breakNext != offset { breakEnd = offset }
        breakNext = offset + length
        widthAfterBreak = 0
        lineWidth += scalarWidth
        offset += length
        continue
      }
      if lineWidth + scalarWidth > width, offset > lineStart {
        if let end = breakEnd, end > lineStart {
          lines.append(TextRange(lineStart, end))
          lineStart = breakNext
          lineWidth = widthAfterBreak
        } else {
          lines.append(TextRange(lineStart, offset))
          lineStart = offset
          lineWidth = 0
          widthAfterBreak = 0
        }
        breakEnd = nil
      }
      lineWidth += scalarWidth
      widthAfterBreak += scalarWidth
      offset += length
    }
    // Drop trailing spaces of the last line.
    var end = upper
    while end > lineStart, bytes[end - 1] == 0x20 { end -= 1 }
    if end > lineStart || lines.isEmpty { lines.append(TextRange(lineStart, max(lineStart, end))) }
    return lines
  }

  /// Decodes the scalar starting at `offset` (input is valid UTF-8, as Swift strings are).
  @inline(__always)
  static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> (Unicode.Scalar, Int) {
    let lead = bytes[offset]
    var value: UInt32
    var length: Int
    if lead < 0x80 { return (Unicode.Scalar(lead), 1) }
    if lead < 0xE0 { value = UInt32(lead & 0x1F); length = 2 }
    else if lead < 0xF0 { value = UInt32(lead & 0x0F); length = 3 }
    else { value = UInt32(lead & 0x07); length = 4 }
    guard offset + length <= bytes.count else { return ("\u{FFFD}", 1) }
    for index in 1..<length { value = (value << 6) | UInt32(bytes[offset + index] & 0x3F) }
    return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
  }
}
