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
      var meta = article.source
      if let date = article.date { meta += " · " + String(date.prefix(10)) }
      let parties = position < state.corpus.voicedParties.count ? state.corpus.voicedParties[position] : []
      let markers = parties.map(PartyLabel.short).joined(separator: " ")
      let hitText = state.hits[position].map { "\($0.count) hit\($0.count == 1 ? "" : "s")" } ?? ""
      var tail = markers
      if !hitText.isEmpty { tail += (tail.isEmpty ? "" : "  ") + hitText }
      let tailWidth = measure.of(tail)
      let metaWidth = max(0, inner.width - 4 - tailWidth - (tail.isEmpty ? 0 : 2))
      let metaStyle = selected ? base : Theme.metadata
      buffer.writeTruncated(meta, row: top + 1, column: inner.column + 4, width: metaWidth, style: metaStyle, measure: measure)
      if !tail.isEmpty, tailWidth < inner.width - 6 {
        let partyStyle = selected ? base.adding(.bold) : Theme.party
        let column = inner.right - tailWidth
        let after = buffer.write(markers, row: top + 1, column: column, style: partyStyle, measure: measure)
        if !hitText.isEmpty {
          buffer.write(hitText, row: top + 1, column: inner.right - measure.of(hitText), style: selected ? base : Theme.searchHit.adding([]), measure: measure)
        }
        _ = after
      }
    }
  }
}
