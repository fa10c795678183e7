/// A half-open range of UTF-8 byte offsets into one text field of an article.
///
/// Every part of parley that points into article text (sentences, search hits, entity
/// mentions, stance evidence) uses byte offsets, so the CLI and the TUI highlight from
/// the same data without converting between `String.Index` values.
public struct TextRange: Hashable, Sendable, Codable, Comparable {
  /// The first byte of the range.
  public var start: Int
  /// One past the last byte of the range.
  public var end: Int

  public init(_ start: Int, _ end: Int) {
    precondition(start <= end, "TextRange start must not exceed end")
    self.start = start
    self.end = end
  }

  /// The number of bytes covered.
  public var count: Int { end - start }
  public var isEmpty: Bool { start == end }

  /// Whether the two ranges share at least one byte.
  public func overlaps(_ other: TextRange) -> Bool { start < other.end && other.start < end }
  /// Whether `other` lies entirely inside this range.
  public func contains(_ other: TextRange) -> Bool { start <= other.start && other.end <= end }

  public static func < (a: TextRange, b: TextRange) -> Bool {
    a.start != b.start ? a.start < b.start : a.end < b.end
  }
}

extension String {
  /// The text covered by a byte range of this string's UTF-8 view, clamped to its bounds.
  public func slice(_ range: TextRange) -> String {
    let bytes = utf8
    let lower = Swift.max(0, Swift.min(range.start, bytes.count))
    let upper = Swift.max(lower, Swift.min(range.end, bytes.count))
    let from = bytes.index(bytes.startIndex, offsetBy: lower)
    let to = bytes.index(from, offsetBy: upper - lower)
    return String(decoding: bytes[from..<to], as: UTF8.self)
  }
}
