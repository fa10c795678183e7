/// The entity pane: entities grouped by type, with party, mention count and article count;
/// the analysis's progress while it still runs.
public enum EntityPaneView {
  public static func render(_ state: AppState, in rect: Rect, into buffer: inout ScreenBuffer) {
    let measure = state.measure
    let focused = state.focus == .left
    let waiting = state.entityRows.isEmpty ? state.pendingAnalysis : nil
    Box.draw(
      rect, title: waiting == nil ? "Entities · \(state.corpus.directory.entryCount)" : "Entities",
      note: waiting == nil ? "\(state.entitySelected + 1)/\(state.entityRows.count)" : nil, focused: focused, into: &buffer, measure: measure)
    let inner = rect.inset(by: 1)
    guard inner.width > 10 else { return }
    if let analysis = waiting {
      buffer.writeTruncated(analysis.summary, row: inner.row, column: inner.column + 1, width: inner.width - 1, style: Theme.hint, measure: measure)
      buffer.writeTruncated(
        "entities appear here when it finishes", row: inner.row + 1, column: inner.column + 1, width: inner.width - 1, style: Theme.hint,
        measure: measure)
      return
    }
    for slot in 0..<state.layout.entityCapacity {
      let index = state.entityTop + slot
      let row = inner.row + slot
      guard index < state.entityRows.count, row < inner.bottom else { break }
      switch state.entityRows[index] {
      case .heading(let type, let count):
        buffer.writeTruncated("\(type.plural) · \(count)", row: row, column: inner.column + 1, width: inner.width - 1, style: Theme.paneTitle, measure: measure)
      case .entity(let entry):
        let selected = index == state.entitySelected
        let base: Style = selected ? (focused ? Theme.selection : Theme.inactiveSelection) : .plain
        if selected { buffer.fill(Rect(row: row, column: inner.column, width: inner.width, height: 1), style: base) }
        buffer.write(selected ? "▶" : " ", row: row, column: inner.column, style: base, measure: measure)
        let party = PartyLabels.isParty(entry.party) ? state.corpus.parties.marker(entry.party) : "—"
        let counts = "\(entry.mentionCount) · \(entry.articles.count) art."
        let tail = pad(party, 3) + leftPad(counts, 12)
        let tailWidth = measure.of(tail)
        let nameWidth = inner.width - 3 - tailWidth
        let nameStyle = selected ? base : Theme.entity(entry.type).adding([]).withoutUnderline
        buffer.writeTruncated(entry.name, row: row, column: inner.column + 2, width: nameWidth, style: nameStyle, measure: measure)
        buffer.write(tail, row: row, column: inner.right - tailWidth, style: selected ? base : .plain, measure: measure)
      }
    }
  }

  static func pad(_ text: String, _ width: Int) -> String { text + String(repeating: " ", count: max(0, width - text.count)) }
  static func leftPad(_ text: String, _ width: Int) -> String { String(repeating: " ", count: max(0, width - text.count)) + text }
}

extension Style {
  /// The style without underline (entity names in the pane are coloured but not underlined).
  var withoutUnderline: Style {
    var copy = self
    copy.attributes.remove(.underline)
    if copy.attributes.isEmpty, copy.foreground != nil { copy.attributes.insert(.bold) }
    return copy
  }
}
