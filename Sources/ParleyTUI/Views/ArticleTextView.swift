import ParleyCore

/// The article text: headline, metadata, wrapped paragraphs with highlights, claim markers in
/// the left margin, party markers of mentioned entities in the right gutter, dimmed comments.
public enum ArticleTextView {
  public static func render(_ state: AppState, in rect: Rect, into buffer: inout ScreenBuffer) {
    let measure = state.measure
    let focused = state.focus == .text
    guard let document = state.document else {
      Box.draw(rect, title: "Article", focused: focused, into: &buffer, measure: measure)
      return
    }
    let article = state.corpus.store[document.position]
    let capacity = state.layout.textCapacity
    let lineCount = document.lines.count
    let percent = lineCount <= capacity ? 100 : min(100, (state.textTop + capacity) * 100 / lineCount)
    Box.draw(rect, title: article.title, note: "\(percent)%", focused: focused, into: &buffer, measure: measure)
    let inner = rect.inset(by: 1)
    let textColumn = inner.column + ArticleDocument.marginWidth
    let textLimit = inner.right - document.gutterWidth - 1
    for slot in 0..<capacity {
      let index = state.textTop + slot
      guard index < lineCount, inner.row + slot < inner.bottom else { break }
      let line = document.lines[index]
      let row = inner.row + slot
      if line.claimMarker { buffer.write("▌", row: row, column: inner.column, style: Theme.claimMarker, measure: measure) }
      switch line.content {
      case .blank: break
      case .label(let text):
        buffer.writeTruncated(text, row: row, column: textColumn, width: textLimit - textColumn, style: line.style, measure: measure)
      case .title(let range):
        draw(article.title, range, spans: document.titleSpans, focus: focusRange(state, .title), base: line.style, row: row, column: textColumn, limit: textLimit, into: &buffer, measure: measure)
      case .body(let range):
        draw(article.body, range, spans: document.bodySpans, focus: focusRange(state, .body), base: line.style, row: row, column: textColumn, limit: textLimit, into: &buffer, measure: measure)
      case .comment(let number, let range):
        draw(article.comments[number], range, spans: [], focus: nil, base: line.style, row: row, column: textColumn, limit: textLimit, into: &buffer, measure: measure)
      }
      if document.gutterWidth > 0, !line.parties.isEmpty {
        let labels = state.corpus.parties
        var markers = line.parties.map(labels.marker).joined(separator: " ")
        if measure.of(markers) > document.gutterWidth - 1 { markers = labels.marker(line.parties[0]) + "+\(line.parties.count - 1)" }
        buffer.writeTruncated(markers, row: row, column: textLimit + 1, width: document.gutterWidth - 1, style: Theme.party, measure: measure)
      }
    }
  }

  private static func focusRange(_ state: AppState, _ field: ArticleField) -> TextRange? {
    guard let focus = state.focusRange, focus.field == field else { return nil }
    return focus.range
  }

  /// Draws `text[range]` with the styles of the spans covering each scalar (later spans win).
  static func draw(
    _ text: String, _ range: TextRange, spans: [StyledSpan], focus: TextRange?, base: Style, row: Int, column: Int, limit: Int,
    into buffer: inout ScreenBuffer, measure: DisplayWidth
  ) {
    let covering = spans.filter { $0.range.overlaps(range) }
    var text = text
    text.withUTF8 { bytes in
      var writer = RowWriter(row: row, column: column, limit: limit)
      var offset = max(0, min(range.start, bytes.count))
      let end = max(offset, min(range.end, bytes.count))
      while offset < end {
        let (scalar, length) = TextWrapper.decode(bytes, at: offset)
        var style = base
        if let focus, focus.start <= offset, offset < focus.end {
          style = Theme.currentHit
        } else {
          for span in covering where span.range.start <= offset && offset < span.range.end { style = span.style }
        }
        if !writer.put(scalar, style: style, measure: measure, into: &buffer) { break }
        offset += length
      }
    }
  }
}
