/// Draws a bordered box with a title on the top edge and an optional note on the bottom edge.
public enum Box {
  public static func draw(
    _ rect: Rect, title: String, note: String? = nil, focused: Bool, into buffer: inout ScreenBuffer,
    measure: DisplayWidth
  ) {
    guard rect.width >= 2, rect.height >= 2 else { return }
    let style = focused ? Theme.focusedBorder : Theme.border
    let right = rect.right - 1
    let bottom = rect.bottom - 1
    buffer.fill(Rect(row: rect.row, column: rect.column + 1, width: rect.width - 2, height: 1), with: "─", style: style)
    buffer.fill(Rect(row: bottom, column: rect.column + 1, width: rect.width - 2, height: 1), with: "─", style: style)
    buffer.fill(Rect(row: rect.row + 1, column: rect.column, width: 1, height: rect.height - 2), with: "│", style: style)
    buffer.fill(Rect(row: rect.row + 1, column: right, width: 1, height: rect.height - 2), with: "│", style: style)
    buffer[rect.row, rect.column] = Cell("┌", style: style)
    buffer[rect.row, right] = Cell("┐", style: style)
    buffer[bottom, rect.column] = Cell("└", style: style)
    buffer[bottom, right] = Cell("┘", style: style)
    if !title.isEmpty, rect.width > 6 {
      buffer.writeTruncated(
        " \(title) ", row: rect.row, column: rect.column + 2, width: rect.width - 4, style: focused ? Theme.focusedBorder : Theme.paneTitle,
        measure: measure)
    }
    if let note, rect.width > 8 {
      let width = min(measure.of(note) + 2, rect.width - 4)
      buffer.writeTruncated(" \(note) ", row: bottom, column: right - 1 - width, width: width, style: style, measure: measure)
    }
  }
}
