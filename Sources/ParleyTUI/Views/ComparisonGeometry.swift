/// Column widths of the comparison grid at a given screen width, shared by view and mouse.
public struct ComparisonGeometry: Sendable {
  /// Width of the party column, including its separator.
  public static let partyWidth = 16
  /// Lines per party row.
  public static let rowHeight = 3
  /// Lines above the first party row (topic line, column headings, rule).
  public static let headerHeight = 3

  public let width: Int
  public let columnWidth: Int
  public let visibleColumns: Int

  /// - Parameter sources: how many source columns the topic has.
  public init(width: Int, sources: Int, measure: DisplayWidth) {
    self.width = width
    let available = max(20, width - Self.partyWidth - 1)
    visibleColumns = max(1, min(max(1, sources), available / 21))
    columnWidth = min(44, available / visibleColumns)
  }

  /// The grid cell at a screen position, if any.
  public func cell(at position: Position, in rect: Rect, offset: Int, rows: Int) -> (row: Int, column: Int)? {
    let y = position.row - rect.row - Self.headerHeight
    let x = position.column - rect.column - Self.partyWidth
    guard y >= 0, x >= 0 else { return nil }
    let row = y / Self.rowHeight
    let column = offset + x / columnWidth
    guard row < rows else { return nil }
    return (row, column)
  }
}
