import ParleyCore

/// The article list: two lines per article (title; source, date, party markers, hit count).
public enum ArticleListView {
  public static func render(_ state: AppState, in rect: Rect, into buffer: inout ScreenBuffer) {
    let measure = state.measure
    let focused = state.focus == .left && state.mode == .browse
    let total = state.rows.count
    let note = total == 0 ? "0" : "\(state.selectedRow + 1)/\(total)"
    let title = state.query != nil || state.entityFilter != nil ? "Articles · \(total) matching" : "Articles"
    Box.draw(rect, title: title, note: note, focused: focused, into: &buffer, measure: measure)
    let inner = rect.inset(by: 1)
    guard inner.width > 4 else { return }
    if total == 0 {
      let text = state.query != nil ? "no articles match the search" : "no articles"
      buffer.writeTruncated(text, row: inner.row, column: inner.column + 1, width: inner.width - 1, style: Theme.hint, measure: measure)
      return
    }
    let store = state.corpus.store
    for slot in 0..<state.layout.listCapacity {
      let row = state.listTop + slot
      guard row < total else { break }
      let position = state.rows[row]
      let article = store[position]
      let top = inner.row + slot * 2
      guard top + 1 < inner.bottom else { break }
      let selected = row == state.selectedRow
      let base: Style = selected ? (focused ? Theme.selection : Theme.inactiveSelection) : .plain
      if selected { buffer.fill(Rect(row: top, column: inner.column, width: inner.width, height: 2), style: base) }
      buffer.write(selected ? "▶" : " ", row: top, column: inner.column, style: base, measure: measure)
      buffer.writeTruncated(article.title, row: top, column: inner.column + 2, width: inner.width - 2, style: base.adding(selected ? [.bold] : []), measure: measure)
      // Line 2: source on the left (truncated first), then date, party markers and hit count.
      let parties = position < state.corpus.voicedParties.count ? state.corpus.voicedParties[position] : []
      let markers = parties.map(state.corpus.parties.marker).joined(separator: " ")
      let hitText = state.hits[position].map { "\($0.count) hit\($0.count == 1 ? "" : "s")" } ?? ""
      var pieces: [(String, Style)] = []
      if let date = article.date { pieces.append((String(date.prefix(10)), selected ? base : Theme.metadata)) }
      if !markers.isEmpty { pieces.append((markers, selected ? base.adding(.bold) : Theme.party)) }
      if !hitText.isEmpty { pieces.append((hitText, selected ? base : Theme.searchHit)) }
      let available = inner.width - 4
      while pieces.count > 1, pieces.reduce(0, { $0 + measure.of($1.0) + 2 }) > available - 8 { pieces.removeFirst() }
      let tailWidth = pieces.reduce(0) { $0 + measure.of($1.0) + 2 } - (pieces.isEmpty ? 0 : 2)
      let sourceWidth = max(0, available - tailWidth - (pieces.isEmpty ? 0 : 2))
      buffer.writeTruncated(article.source, row: top + 1, column: inner.column + 4, width: sourceWidth, style: selected ? base : Theme.metadata, measure: measure)
      var column = inner.right - tailWidth
      for (index, piece) in pieces.enumerated() {
        if index > 0 { column += 2 }
        column = buffer.write(piece.0, row: top + 1, column: column, limit: inner.right, style: piece.1, measure: measure)
      }
    }
  }
}
