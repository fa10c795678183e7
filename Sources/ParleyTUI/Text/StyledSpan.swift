import ParleyCore

/// A byte range of article text drawn in a style; later spans in a list win over earlier ones.
public struct StyledSpan: Hashable, Sendable {
  public var range: TextRange
  public var style: Style
  public init(_ range: TextRange, _ style: Style) {
    self.range = range
    self.style = style
  }
}
