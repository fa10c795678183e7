/// The bottom line: the search being typed, a message, or key hints for the current view.
public enum InputLineView {
  /// Draws the line; returns where the cursor goes while a search is typed.
  @discardableResult
  public static func render(_ state: AppState, in rect: Rect, into buffer: inout ScreenBuffer) -> Position? {
    let measure = state.measure
    if let editor = state.editor {
      // Scroll the line so the cursor stays visible.
      let prefix = editor.characters[..<editor.cursor]
      let available = rect.width - 2
      var start = 0
      while start < prefix.count, measure.of(String(prefix[start...])) > available - 1 { start += 1 }
      let shown = String(editor.characters[start...])
      buffer.write("/", row: rect.row, column: rect.column, style: Theme.paneTitle, measure: measure)
      buffer.write(shown, row: rect.row, column: rect.column + 1, limit: rect.right, measure: measure)
      let cursorColumn = rect.column + 1 + measure.of(String(editor.characters[start..<editor.cursor]))
      return Position(row: rect.row, column: min(cursorColumn, rect.right - 1))
    }
    if let message = state.message {
      buffer.writeTruncated(" " + message, row: rect.row, column: rect.column, width: rect.width, style: Theme.paneTitle, measure: measure)
      return nil
    }
    let hints: String
    switch state.mode {
    case .browse:
      hints =
        state.focus == .left
        ? "/ search · Enter open · Tab pane · e entities · c compare · ? help"
        : "j/k scroll · n/N hit · ]/[ mention · Esc back · e entities · c compare"
    case .entities: hints = "Enter: articles mentioning it · ]/[ next/previous mention in the text · Esc back"
    case .compare:
      hints = state.showFraming
        ? "f or Esc: back to the grid · t next topic"
        : "▲ support ▼ oppose ◆ mixed · not reported  ~ hedged  ! disagree · Enter evidence · t/T topic · f framing"
    }
    buffer.writeTruncated(" " + hints, row: rect.row, column: rect.column, width: rect.width, style: Theme.hint, measure: measure)
    return nil
  }
}
