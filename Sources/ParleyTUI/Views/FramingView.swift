import ParleyCore

/// The per-source framing summary of the comparison (toggled with f; j/k scroll).
public enum FramingView {
  /// One display line of the summary.
  struct Line {
    var text: String
    var style: Style
    var indent: Int
  }

  /// About how many lines the summary takes (long lines wrap into more).
  static func lineCount(_ comparison: Comparison) -> Int {
    comparison.framing.reduce(0) { $0 + $1.lines.count + 2 }
  }

  /// The summary laid out at a width, from line `top`, at most `limit` lines.
  ///
  /// Walks the sources only as far as needed, so a corpus of many sources stays fast.
  static func lines(_ comparison: Comparison, width: Int, measure: DisplayWidth, from top: Int = 0, limit: Int = .max) -> [Line] {
    var lines: [Line] = []
    var skipped = 0
    let wrapper = TextWrapper(width: max(10, width - 6), measure: measure)
    for framing in comparison.framing {
      if lines.count >= limit { break }
      // Skip whole sources above the window without wrapping them.
      let minimum = framing.lines.count + 2
      if lines.isEmpty, skipped + minimum <= top, framing.lines.allSatisfy({ measure.of($0) <= width - 6 }) {
        skipped += minimum
        continue
      }
      lines.append(Line(text: framing.source, style: Theme.headline, indent: 1))
      for text in framing.lines {
        for (index, range) in wrapper.wrap(text).enumerated() {
          lines.append(Line(text: (index == 0 ? "• " : "  ") + text.slice(range), style: .plain, indent: 3))
        }
      }
      lines.append(Line(text: "", style: .plain, indent: 0))
      if lines.count + skipped > top + limit { break }
    }
    return Array(lines.dropFirst(max(0, top - skipped)).prefix(limit))
  }

  public static func render(_ comparison: Comparison, topic: ComparisonTopic, state: AppState, in rect: Rect, into buffer: inout ScreenBuffer) {
    let measure = state.measure
    buffer.writeTruncated(" Framing by source · how each article reports the story", row: rect.row, column: rect.column, width: rect.width, style: Theme.paneTitle, measure: measure)
    guard !comparison.framing.isEmpty else {
      buffer.write(" no framing summary for this corpus", row: rect.row + 2, column: rect.column, style: Theme.hint, measure: measure)
      return
    }
    let shown = lines(comparison, width: rect.width, measure: measure, from: state.framingTop, limit: rect.height - 2)
    var row = rect.row + 2
    for line in shown {
      guard row < rect.bottom else { break }
      buffer.writeTruncated(line.text, row: row, column: rect.column + line.indent, width: rect.width - line.indent - 1, style: line.style, measure: measure)
      row += 1
    }
  }
}
