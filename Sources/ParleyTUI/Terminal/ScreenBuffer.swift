/// An in-memory screen: a `width × height` grid of cells with styles.
///
/// Views draw into it; the terminal presents it. Writing never goes past the given limit
/// column, never splits a wide character, attaches combining marks to the preceding cell and
/// drops control characters, so article text cannot smuggle escape sequences to the terminal.
public struct ScreenBuffer: Hashable, Sendable {
  public let width: Int
  public let height: Int
  public private(set) var cells: [Cell]

  public init(size: Size) {
    width = max(0, size.width)
    height = max(0, size.height)
    cells = Array(repeating: .blank, count: width * height)
  }

  public var size: Size { Size(width: width, height: height) }

  public subscript(row: Int, column: Int) -> Cell {
    get { cells[row * width + column] }
    set { cells[row * width + column] = newValue }
  }

  /// The cells of one row.
  public func row(_ row: Int) -> ArraySlice<Cell> {
    cells[(row * width)..<((row + 1) * width)]
  }

  // MARK: - Drawing

  /// Fills a rectangle with one character and style.
  public mutating func fill(_ rect: Rect, with character: Character = " ", style: Style = .plain) {
    guard let (rows, columns) = clipped(rect) else { return }
    for row in rows {
      for column in columns { cells[row * width + column] = Cell(character, style: style) }
    }
  }

  /// Gives a rectangle a style while keeping its characters (e.g. a selected row).
  public mutating func restyle(_ rect: Rect, _ transform: (Style) -> Style) {
    guard let (rows, columns) = clipped(rect) else { return }
    for row in rows {
      for column in columns { cells[row * width + column].style = transform(cells[row * width + column].style) }
    }
  }

  /// The rows and columns of `rect` that lie on the screen; nil when none do.
  private func clipped(_ rect: Rect) -> (rows: Range<Int>, columns: Range<Int>)? {
    let top = max(0, rect.row)
    let bottom = min(height, rect.bottom)
    let left = max(0, rect.column)
    let right = min(width, rect.right)
    guard top < bottom, left < right else { return nil }
    return (top..<bottom, left..<right)
  }

  /// Writes text from `column` on `row`, stopping before `limit` (default: the right edge).
  ///
  /// - Returns: the column after the last cell written.
  @discardableResult
  public mutating func write<S: StringProtocol>(
    _ text: S, row: Int, column: Int, limit: Int? = nil, style: Style = .plain, measure: DisplayWidth
  ) -> Int {
    var writer = RowWriter(row: row, column: column, limit: min(limit ?? width, width))
    for scalar in text.unicodeScalars {
      if !writer.put(scalar, style: style, measure: measure, into: &self) { break }
    }
    return writer.column
  }

  /// Writes text into `width` columns, ending with `…` when it does not fit.
  ///
  /// - Returns: the column after the last cell written.
  @discardableResult
  public mutating func writeTruncated<S: StringProtocol>(
    _ text: S, row: Int, column: Int, width available: Int, style: Style = .plain, measure: DisplayWidth
  ) -> Int {
    guard available > 0 else { return column }
    if measure.of(text) <= available {
      return write(text, row: row, column: column, limit: column + available, style: style, measure: measure)
    }
    let end = write(text, row: row, column: column, limit: column + available - 1, style: style, measure: measure)
    return write("…", row: row, column: end, limit: column + available, style: style, measure: measure)
  }

  // MARK: - Reading back

  /// The screen as text: one line per row, trailing spaces trimmed, continuation cells skipped.
  public var text: String {
    (0..<height).map { lineText($0) }.joined(separator: "\n")
  }

  /// The text of one row, trailing spaces trimmed.
  public func lineText(_ row: Int) -> String {
    var line = ""
    for cell in self.row(row) where !cell.isContinuation { line.append(cell.character) }
    while line.last == " " { line.removeLast() }
    return line
  }

  /// The screen with styled runs marked inline as `«style|text»`, for tests and snapshots.
  public func styled() -> String {
    var lines: [String] = []
    for row in 0..<height {
      var line = ""
      var runStyle = Style.plain
      var run = ""
      func flush() {
        if runStyle == .plain { line += run } else { line += "«\(runStyle.name)|\(run)»" }
        run = ""
      }
      for cell in self.row(row) where !cell.isContinuation {
        if cell.style != runStyle {
          flush()
          runStyle = cell.style
        }
        run.append(cell.character)
      }
      flush()
      while line.last == " " { line.removeLast() }
      lines.append(line)
    }
    return lines.joined(separator: "\n")
  }

  /// Finds the first cell where `needle` starts, searching row by row.
  public func find(_ needle: String) -> Position? {
    for row in 0..<height {
      var line: [Character] = []
      var columns: [Int] = []
      for (offset, cell) in self.row(row).enumerated() where !cell.isContinuation {
        line.append(cell.character)
        columns.append(offset)
      }
      let needleChars = Array(needle)
      guard needleChars.count <= line.count, !needleChars.isEmpty else { continue }
      for start in 0...(line.count - needleChars.count) where Array(line[start..<(start + needleChars.count)]) == needleChars {
        return Position(row: row, column: columns[start])
      }
    }
    return nil
  }
}

/// Puts scalars into one row of a buffer, handling widths, combining marks and control characters.
struct RowWriter {
  let row: Int
  var column: Int
  let limit: Int
  private var lastColumn: Int? = nil

  init(row: Int, column: Int, limit: Int) {
    self.row = row
    self.column = column
    self.limit = limit
  }

  /// Writes one scalar; false once the row is full.
  mutating func put(_ scalar: Unicode.Scalar, style: Style, measure: DisplayWidth, into buffer: inout ScreenBuffer) -> Bool {
    guard row >= 0, row < buffer.height else { return false }
    var scalar = scalar
    let value = scalar.value
    if value == 0x09 || value == 0x0A || value == 0x0D {
      scalar = " "
    } else if value < 0x20 || (0x7F..<0xA0).contains(value) || (0xD800..<0xE000).contains(value) {
      return true  // control characters never reach the terminal
    }
    let width = measure.ofScalar(scalar)
    if width <= 0 {
      if let last = lastColumn {
        var cell = buffer[row, last]
        var combined = String(cell.character)
        combined.unicodeScalars.append(scalar)
        if combined.count == 1 {  // a zero-width scalar that would start a new grapheme is dropped
          cell.character = Character(combined)
          buffer[row, last] = cell
        }
      }
      return true
    }
    guard column + width <= limit else { return false }
    if column >= 0 {
      // Never leave half of a wide character behind.
      if buffer[row, column].isContinuation, column > 0 { buffer[row, column - 1] = .blank }
      let end = column + width
      if end < buffer.width, buffer[row, end].isContinuation { buffer[row, end] = .blank }
      buffer[row, column] = Cell(Character(scalar), style: style)
      if width == 2 { buffer[row, column + 1] = Cell(" ", style: style, isContinuation: true) }
      lastColumn = column
    }
    column += width
    return true
  }
}
