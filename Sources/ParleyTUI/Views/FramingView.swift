import ParleyCore

/// The per-source framing summary of the comparison (toggled with f).
public enum FramingView {
  public static func render(_ comparison: Comparison, topic: ComparisonTopic, state: AppState, in rect: Rect, into buffer: inout ScreenBuffer) {
    let measure = state.measure
    buffer.writeTruncated(" Framing by source", row: rect.row, column: rect.column, width: rect.width, style: Theme.paneTitle, measure: measure)
    guard !comparison.framing.isEmpty else {
      buffer.write(" no framing summary for this corpus", row: rect.row + 2, column: rect.column, style: Theme.hint, measure: measure)
      return
    }
    var row = rect.row + 2
    let wrapper = TextWrapper(width: rect.width - 6, measure: measure)
    for framing in comparison.framing {
      guard row < rect.bottom else { break }
      buffer.writeTruncated(" " + framing.source, row: row, column: rect.column, width: rect.width - 1, style: Theme.headline, measure: measure)
      row += 1
      for line in framing.lines {
        for (index, range) in wrapper.wrap(line).enumerated() {
          guard row < rect.bottom else { break }
          buffer.write(index == 0 ? "•" : " ", row: row, column: rect.column + 3, measure: measure)
          buffer.write(line.slice(range), row: row, column: rect.column + 5, limit: rect.right, measure: measure)
          row += 1
        }
      }
      row += 1
    }
  }
}
