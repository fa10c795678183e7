import ParleyAnalysis

/// The `?` overlay: every key binding with its action's description, and a legend of the marks.
public enum HelpOverlayView {
  public static func render(_ state: AppState, in screen: Size, into buffer: inout ScreenBuffer) {
    let measure = state.measure
    let bindings = state.keymap.bindings
    let legendHeight = 5
    let width = min(screen.width - 2, 96)
    let maxInner = screen.height - 4
    let columns = bindings.count + legendHeight + 1 > maxInner ? 2 : 1
    let bindingRows = (bindings.count + columns - 1) / columns
    let height = min(screen.height - 2, bindingRows + legendHeight + 3)
    let rect = Rect(row: max(1, (screen.height - height) / 2), column: (screen.width - width) / 2, width: width, height: height)
    buffer.fill(rect)
    Box.draw(rect, title: "Keys · any key closes", focused: true, into: &buffer, measure: measure)
    let inner = rect.inset(by: 1)
    let columnWidth = (inner.width - 1) / columns
    let keyWidth = columns == 2 ? 12 : 16
    for (index, binding) in bindings.enumerated() {
      let row = inner.row + index % bindingRows
      let column = inner.column + 1 + (index / bindingRows) * columnWidth
      guard row < inner.bottom else { continue }
      let keys = binding.keys.map(\.label).joined(separator: " ")
      buffer.writeTruncated(keys, row: row, column: column, width: keyWidth - 1, style: Theme.paneTitle, measure: measure)
      buffer.writeTruncated(binding.action.description, row: row, column: column + keyWidth, width: columnWidth - keyWidth - 1, measure: measure)
    }
    var row = inner.row + bindingRows + 1
    guard row < inner.bottom else { return }
    var column = inner.column + 1
    column = buffer.write("Entities: ", row: row, column: column, style: Theme.paneTitle, measure: measure)
    for type in EntityType.allCases {
      column = buffer.write(type.plural, row: row, column: column, style: Theme.entity(type), measure: measure)
      column = buffer.write("  ", row: row, column: column, measure: measure)
    }
    let markers = state.corpus.parties.order.filter(PartyLabels.isParty).map(state.corpus.parties.marker).joined(separator: " ")
    buffer.write((markers.isEmpty ? "party markers" : markers) + " at the right: parties on that line", row: row, column: column, limit: inner.right, measure: measure)
    row += 1
    guard row < inner.bottom else { return }
    column = buffer.write("Text: ", row: row, column: inner.column + 1, style: Theme.paneTitle, measure: measure)
    column = buffer.write("search hit", row: row, column: column, style: Theme.searchHit, measure: measure)
    column = buffer.write("  ", row: row, column: column, measure: measure)
    column = buffer.write("current", row: row, column: column, style: Theme.currentHit, measure: measure)
    column = buffer.write("  ", row: row, column: column, measure: measure)
    column = buffer.write("evidence", row: row, column: column, style: Theme.evidence, measure: measure)
    column = buffer.write("  ", row: row, column: column, measure: measure)
    column = buffer.write("▌", row: row, column: column, style: Theme.claimMarker, measure: measure)
    column = buffer.write(" stance claim  ", row: row, column: column, measure: measure)
    buffer.write("comments", row: row, column: column, limit: inner.right, style: Theme.comment, measure: measure)
    row += 1
    guard row < inner.bottom else { return }
    column = buffer.write("Compare: ", row: row, column: inner.column + 1, style: Theme.paneTitle, measure: measure)
    for mark in StanceMark.allCases {
      column = buffer.write("\(mark.glyph) \(mark.word)  ", row: row, column: column, limit: inner.right, style: Theme.stance(mark), measure: measure)
    }
    buffer.write("~ hedged  ! disagree", row: row, column: column, limit: inner.right, measure: measure)
    row += 1
    guard row < inner.bottom else { return }
    buffer.writeTruncated(
      "Search line: ←/→ move · Backspace · Ctrl-U clear · Ctrl-W word · ↑/↓ history · Enter run · Esc cancel",
      row: row, column: inner.column + 1, width: inner.width - 2, style: Theme.hint, measure: measure)
    row += 1
    guard row < inner.bottom else { return }
    buffer.writeTruncated("Mouse: click selects, the wheel scrolls", row: row, column: inner.column + 1, width: inner.width - 2, style: Theme.hint, measure: measure)
  }
}
