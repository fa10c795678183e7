/// The stance comparison: parties down the side, sources across, one topic at a time.
///
/// Each cell shows the glyph and word of the aggregated stance, the claim count and a hedge
/// mark, the reporting verbs, and the start of the evidence. Rows where sources disagree get `!`.
public enum ComparisonView {
  public static func render(_ state: AppState, in rect: Rect, into buffer: inout ScreenBuffer) {
    let measure = state.measure
    guard let comparison = state.corpus.comparison, let topic = state.topic else {
      if let analysis = state.pendingAnalysis {
        buffer.writeTruncated(" Compare · \(analysis.summary)", row: rect.row, column: rect.column, width: rect.width, style: Theme.paneTitle, measure: measure)
        buffer.writeTruncated(
          " the stance comparison and the framing appear here when it finishes", row: rect.row + 2,
          column: rect.column, width: rect.width, style: Theme.hint, measure: measure)
        return
      }
      buffer.write(" no stance comparison for this corpus", row: rect.row, column: rect.column, style: Theme.hint, measure: measure)
      return
    }
    if state.showFraming {
      FramingView.render(comparison, topic: topic, state: state, in: rect, into: &buffer)
      return
    }
    let geometry = ComparisonGeometry(width: rect.width, sources: topic.sources.count, measure: measure)
    let topicNumber = "\(state.topicIndex % comparison.topics.count + 1)/\(comparison.topics.count)"
    let header = " Compare · topic \(topicNumber): \(topic.id) — \(topic.title)"
    buffer.writeTruncated(header, row: rect.row, column: rect.column, width: rect.width - 20, style: Theme.paneTitle, measure: measure)
    buffer.write("t next · T choose", row: rect.row, column: rect.right - 18, style: Theme.hint, measure: measure)

    let first = state.compareOffset
    let last = min(topic.sources.count, first + geometry.visibleColumns)
    let headingRow = rect.row + 1
    let ruleRow = rect.row + 2
    buffer.fill(Rect(row: ruleRow, column: rect.column, width: rect.width, height: 1), with: "─", style: Theme.border)
    if first > 0 { buffer.write("◀ \(first)", row: headingRow, column: rect.column + 1, style: Theme.hint, measure: measure) }
    for column in first..<last {
      let x = rect.column + ComparisonGeometry.partyWidth + (column - first) * geometry.columnWidth
      buffer.write("│", row: headingRow, column: x - 1, style: Theme.border, measure: measure)
      buffer.write("┼", row: ruleRow, column: x - 1, style: Theme.border, measure: measure)
      buffer.writeTruncated(topic.sources[column], row: headingRow, column: x + 1, width: geometry.columnWidth - 2, style: Theme.paneTitle, measure: measure)
    }
    if last < topic.sources.count {
      let more = "\(topic.sources.count - last) ▶"
      buffer.write(more, row: headingRow, column: rect.right - measure.of(more) - 1, style: Theme.hint, measure: measure)
    }

    for (partyIndex, party) in topic.parties.enumerated() {
      let top = rect.row + ComparisonGeometry.headerHeight + partyIndex * ComparisonGeometry.rowHeight
      guard top + ComparisonGeometry.rowHeight <= rect.bottom else { break }
      let disagree = topic.disagrees(row: partyIndex)
      let selectedRow = partyIndex == state.compareRow
      buffer.write(disagree ? "!" : " ", row: top, column: rect.column, style: disagree ? Theme.disagreement : .plain, measure: measure)
      buffer.writeTruncated(
        state.corpus.parties.name(party), row: top, column: rect.column + 2, width: ComparisonGeometry.partyWidth - 3,
        style: selectedRow ? Theme.paneTitle.adding(.underline) : Theme.paneTitle, measure: measure)
      for column in first..<last {
        let x = rect.column + ComparisonGeometry.partyWidth + (column - first) * geometry.columnWidth
        for line in 0..<ComparisonGeometry.rowHeight {
          buffer.write("│", row: top + line, column: x - 1, style: Theme.border, measure: measure)
        }
        let cell = topic.cells[partyIndex][column]
        let selected = selectedRow && column == state.compareColumn
        drawCell(cell, row: top, column: x + 1, width: geometry.columnWidth - 2, selected: selected, into: &buffer, measure: measure)
      }
    }
  }

  static func drawCell(_ cell: ComparisonCell, row: Int, column: Int, width: Int, selected: Bool, into buffer: inout ScreenBuffer, measure: DisplayWidth) {
    if selected { buffer.fill(Rect(row: row, column: column - 1, width: width + 1, height: ComparisonGeometry.rowHeight), style: Theme.selection) }
    let base: Style = selected ? Theme.selection : .plain
    var head = "\(cell.stance.glyph) \(cell.stance.word)"
    if cell.claimCount > 0 { head += " \(cell.claimCount)" }
    if cell.hedged { head += " ~" }
    let stanceStyle = selected ? Theme.selection.adding(.bold) : Theme.stance(cell.stance)
    buffer.writeTruncated(head, row: row, column: column, width: width, style: stanceStyle, measure: measure)
    if !cell.verbs.isEmpty {
      buffer.writeTruncated(cell.verbs.joined(separator: ", "), row: row + 1, column: column, width: width, style: base, measure: measure)
    }
    if let evidence = cell.evidence {
      buffer.writeTruncated("“\(evidence.text)”", row: row + 2, column: column, width: width, style: selected ? base : Theme.metadata, measure: measure)
    }
  }
}
