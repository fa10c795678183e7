import ParleyCore

/// The per-source framing summary of the comparison (toggled with f; j/k scroll).
public enum FramingView {
  /// One display line of the summary.
  struct Line {
    var text: String
    var style: Style
    var indent: Int
  }

  /// The summary laid out at a width.
  static func lines(_ comparison: Comparison, width: Int, measure: DisplayWidth) -> [Line] {
    var lines: [Line] = []
    let wrapper = TextWrapper(width: max(10, width - 6), measure: measure)
    for framing in comparison.framing {
      lines.append(Line(text: framing.source, style: Theme.headline, indent: 1))
      for text in framing.lines {
        for (index, range) in wrapper.wrap(text).enumerated() {
          lines.append(Line(text: (index == 0 ? "• " : "  ") + text.slice(range), style: .plain, indent: 3))
        }
      }
      lines.append(Line(text: "", style: .plain, indent: 0))
    }
    return lines
  }

  public static func render(_ comparison: Comparison, topic: ComparisonTopic, state: AppState, in rect: Rect, into buffer: inout ScreenBuffer) {
    let measure = state.measure
    buffer.writeTruncated(" Framing by source · how each article reports the story", row: rect.row, column: rect.column, width: rect.width, style: Theme.paneTitle, measure: measure)
    guard !comparison.framing.isEmpty else {
      buffer.write(" no framing summary for this corpus", row: rect.row + 2, column: rect.column, style: Theme.hint, measure: measure)
      return
    }
    let all = lines(comparison, width: rect.width, measure: measure)
    var row = rect.row + 2
    for line in all.dropFirst(state.framingTop) {
      guard row < rect.bottom else { break }
      buffer.writeTruncated(line.text, row: row, column: rect.column + line.indent, width: rect.width - line.indent - 1, style: line.style, measure: measure)
      row += 1
    }
  }
}
