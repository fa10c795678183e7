/// Rows of text printed as aligned columns.
///
/// The last column takes the rest of the line; on a terminal of known width it is cut with
/// "…" so every row fits on one line. The header row is bold when colour is on.
struct TextTable {
  var header: [String]
  var rows: [[String]] = []

  init(header: [String]) { self.header = header }

  mutating func append(_ row: [String]) { rows.append(row) }

  /// The table as lines, for the given style.
  func render(style: TerminalStyle) -> [String] {
    let columns = header.count
    var widths = header.map(DisplayWidth.of)
    for row in rows {
      for (index, cell) in row.enumerated() where index < columns - 1 {
        widths[index] = max(widths[index], DisplayWidth.of(cell))
      }
    }
    let prefixWidth = widths.dropLast().reduce(0) { $0 + $1 + 2 }
    func line(_ cells: [String]) -> String {
      var text = ""
      for (index, cell) in cells.enumerated() {
        if index < columns - 1 {
          text += DisplayWidth.pad(cell, to: widths[index]) + "  "
        } else if let width = style.width, width > prefixWidth + 10 {
          text += DisplayWidth.truncate(cell, to: width - prefixWidth)
        } else {
          text += cell
        }
      }
      return text.trimmingTrailingSpaces()
    }
    return [style.bold(line(header))] + rows.map(line)
  }
}

extension String {
  func trimmingTrailingSpaces() -> String {
    var text = Substring(self)
    while text.last == " " { text = text.dropLast() }
    return String(text)
  }
}
