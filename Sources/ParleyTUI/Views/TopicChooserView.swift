/// The topic chooser of the comparison (T): every topic with its proposition and claim count.
public enum TopicChooserView {
  public static func render(_ state: AppState, selected: Int, into buffer: inout ScreenBuffer) {
    guard let topics = state.corpus.comparison?.topics, !topics.isEmpty else { return }
    let measure = state.measure
    let size = state.size
    let width = min(size.width - 4, 100)
    let height = min(size.height - 4, topics.count + 2)
    let rect = Rect(row: max(1, (size.height - height) / 2), column: (size.width - width) / 2, width: width, height: height)
    buffer.fill(rect)
    Box.draw(rect, title: "Topics · Enter chooses · Esc closes", focused: true, into: &buffer, measure: measure)
    let inner = rect.inset(by: 1)
    let top = max(0, min(selected - inner.height + 1, topics.count - inner.height))
    for slot in 0..<inner.height {
      let index = top + slot
      guard index < topics.count else { break }
      let topic = topics[index]
      let claims = topic.claimCount
      let isSelected = index == selected
      let style: Style = isSelected ? Theme.selection : .plain
      let row = inner.row + slot
      if isSelected { buffer.fill(Rect(row: row, column: inner.column, width: inner.width, height: 1), style: style) }
      let count = "\(claims) claim\(claims == 1 ? "" : "s")"
      let countWidth = measure.of(count)
      let label = "\(isSelected ? "▶" : " ") \(topic.id) — \(topic.title)"
      buffer.writeTruncated(label, row: row, column: inner.column, width: inner.width - countWidth - 2, style: style, measure: measure)
      buffer.write(count, row: row, column: inner.right - countWidth - 1, style: isSelected ? style : Theme.hint, measure: measure)
    }
  }
}
