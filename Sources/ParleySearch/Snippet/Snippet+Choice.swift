import ParleyCore

extension Snippet {
  /// The default passage length in bytes.
  public static let defaultLength = 200

  /// Sorts ranges and merges overlapping ones.
  static func merged(_ ranges: [TextRange]) -> [TextRange] {
    var result: [TextRange] = []
    for range in ranges.sorted() {
      if let last = result.last, range.start < last.end {
        result[result.count - 1] = TextRange(last.start, max(last.end, range.end))
      } else {
        result.append(range)
      }
    }
    return result
  }

  /// The passage of about `length` bytes holding the most hits (the densest cluster), widened
  /// evenly around them and cut at spaces. With no hits, the start of the body.
  public static func best(in body: String, highlights: [TextRange], length: Int = defaultLength) -> Snippet {
    let bytes = Array(body.utf8)
    var lower = 0
    var upper = min(bytes.count, length)
    if !highlights.isEmpty {
      // Two pointers: the window of hits spanning at most `length` bytes with the most hits.
      var bestFirst = 0
      var bestLast = 0
      var first = 0
      for last in highlights.indices {
        while highlights[last].end - highlights[first].start > length && first < last { first += 1 }
        if last - first > bestLast - bestFirst { (bestFirst, bestLast) = (first, last) }
      }
      let spanStart = highlights[bestFirst].start
      let spanEnd = highlights[bestLast].end
      let slack = max(0, length - (spanEnd - spanStart))
      lower = max(0, spanStart - slack / 2)
      upper = min(bytes.count, max(spanEnd, lower + length))
      if upper - lower < length { lower = max(0, upper - length) }
    }
    // Cut at word boundaries: move the start forward past a partial word, the end back.
    func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x0A || b == 0x09 }
    let firstHit = highlights.first { $0.start >= lower }?.start ?? upper
    if lower > 0 && !isSpace(bytes[lower - 1]) {
      var i = lower
      while i < firstHit && !isSpace(bytes[i]) { i += 1 }
      if i < firstHit { lower = i + 1 }
    }
    let lastHit = highlights.last { $0.end <= upper }?.end ?? lower
    if upper < bytes.count && !isSpace(bytes[upper]) {
      var i = upper
      while i > lastHit && !isSpace(bytes[i - 1]) { i -= 1 }
      if i > lastHit { upper = i - 1 >= lower ? i - 1 : upper }
    }
    // Never split a UTF-8 sequence.
    while lower > 0 && lower < bytes.count && bytes[lower] & 0xC0 == 0x80 { lower -= 1 }
    while upper < bytes.count && upper > lower && bytes[upper] & 0xC0 == 0x80 { upper -= 1 }
    let text = String(decoding: bytes[lower..<upper].map { $0 == 0x0A ? 0x20 : $0 }, as: UTF8.self)
    return Snippet(
      range: TextRange(lower, upper), text: text,
      highlights: highlights.filter { $0.start >= lower && $0.end <= upper },
      isCutAtStart: lower > 0, isCutAtEnd: upper < bytes.count)
  }
}
