/// Where each part of the browser goes at a given terminal size.
public struct Layout: Hashable, Sendable {
  /// The smallest size the browser draws in.
  public static let minimum = Size(width: 80, height: 24)

  public let size: Size
  /// Top row: corpus, query, counts, key hints.
  public let statusBar: Rect
  /// Bottom row: the search input, messages or key hints.
  public let inputLine: Rect
  /// The left pane (article list or entity pane), with its border.
  public let leftPane: Rect
  /// The right pane (article text), with its border.
  public let rightPane: Rect
  /// Everything between status bar and input line (the comparison view).
  public let main: Rect

  /// - Parameter wideLeft: true for the entity pane, which needs more room than the list.
  public init(size: Size, wideLeft: Bool = false) {
    self.size = size
    statusBar = Rect(row: 0, column: 0, width: size.width, height: 1)
    inputLine = Rect(row: max(0, size.height - 1), column: 0, width: size.width, height: 1)
    main = Rect(row: 1, column: 0, width: size.width, height: size.height - 2)
    let leftWidth = wideLeft ? min(64, max(44, size.width / 2)) : min(56, max(34, size.width * 2 / 5))
    leftPane = Rect(row: 1, column: 0, width: leftWidth, height: size.height - 2)
    rightPane = Rect(row: 1, column: leftWidth, width: size.width - leftWidth, height: size.height - 2)
  }

  /// Whether the terminal is large enough to draw the browser.
  public var fits: Bool { size.width >= Self.minimum.width && size.height >= Self.minimum.height }

  /// Articles visible in the list (each takes two lines).
  public var listCapacity: Int { max(1, leftPane.inset(by: 1).height / 2) }
  /// Lines visible in the text pane.
  public var textCapacity: Int { max(1, rightPane.inset(by: 1).height) }
  /// Rows visible in the entity pane.
  public var entityCapacity: Int { max(1, leftPane.inset(by: 1).height) }
}
