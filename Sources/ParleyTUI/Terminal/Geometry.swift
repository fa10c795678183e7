/// A terminal size in character cells.
public struct Size: Hashable, Sendable {
  public var width: Int
  public var height: Int
  public init(width: Int, height: Int) {
    self.width = width
    self.height = height
  }
}

/// A cell position: `row` from the top, `column` from the left, both 0-based.
public struct Position: Hashable, Sendable {
  public var row: Int
  public var column: Int
  public init(row: Int, column: Int) {
    self.row = row
    self.column = column
  }
}

/// A rectangle of cells on the screen.
public struct Rect: Hashable, Sendable {
  public var row: Int
  public var column: Int
  public var width: Int
  public var height: Int

  public init(row: Int, column: Int, width: Int, height: Int) {
    self.row = row
    self.column = column
    self.width = max(0, width)
    self.height = max(0, height)
  }

  /// One past the last row.
  public var bottom: Int { row + height }
  /// One past the last column.
  public var right: Int { column + width }

  /// The rectangle shrunk by `amount` cells on every side (a box's interior).
  public func inset(by amount: Int) -> Rect {
    Rect(row: row + amount, column: column + amount, width: width - 2 * amount, height: height - 2 * amount)
  }

  /// Whether the cell lies inside the rectangle.
  public func contains(_ position: Position) -> Bool {
    position.row >= row && position.row < bottom && position.column >= column && position.column < right
  }
}
