/// The top line: corpus, article count, active query and filter; key hints, or the progress
/// of the background analysis while it runs.
public enum StatusBarView {
  public static func render(_ state: AppState, in rect: Rect, into buffer: inout ScreenBuffer) {
    buffer.fill(rect, style: Theme.statusBar)
    var parts = ["parley — \(state.corpus.name)", "\(state.corpus.store.count) articles"]
    if let query = state.query {
      parts.append("/\(query): \(state.searchTotal) articles, \(state.hitCount) hits")
    }
    if let entity = state.entityFilter { parts.append("entity: \(entity.name)") }
    let left = " " + parts.joined(separator: " · ")
    // While the analysis runs in the background, its progress takes the key hints' place
    // (in short when the line is full).
    var right = "? help  q quit "
    if let analysis = state.pendingAnalysis {
      right = analysis.summary + " "
      if state.measure.of(left) + state.measure.of(right) + 1 > rect.width, let percent = analysis.percent { right = "analysing \(percent)% " }
    }
    let rightWidth = state.measure.of(right)
    buffer.writeTruncated(
      left, row: rect.row, column: rect.column, width: max(0, rect.width - rightWidth - 1),
      style: Theme.statusBar, measure: state.measure)
    if rect.width > rightWidth + 20 {
      buffer.write(right, row: rect.row, column: rect.right - rightWidth, style: Theme.statusBar, measure: state.measure)
    }
  }
}
