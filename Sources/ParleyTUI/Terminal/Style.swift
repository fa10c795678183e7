/// One of the eight basic terminal colours; `nil` in a `Style` means the terminal's own colour.
public enum Color: Int, Hashable, Sendable, CaseIterable {
  case black, red, green, yellow, blue, magenta, cyan, white
}

/// How a cell is drawn: text attributes plus optional foreground and background colours.
///
/// Every style that carries meaning also sets an attribute, so a monochrome terminal
/// (or `NO_COLOR`) still shows the difference after the colours are dropped.
public struct Style: Hashable, Sendable {
  /// Text attributes.
  public struct Attributes: OptionSet, Hashable, Sendable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }
    public static let bold = Attributes(rawValue: 1)
    public static let dim = Attributes(rawValue: 2)
    public static let underline = Attributes(rawValue: 4)
    public static let reverse = Attributes(rawValue: 8)
  }

  public var attributes: Attributes
  public var foreground: Color?
  public var background: Color?

  public init(_ attributes: Attributes = [], foreground: Color? = nil, background: Color? = nil) {
    self.attributes = attributes
    self.foreground = foreground
    self.background = background
  }

  /// The terminal's default look.
  public static let plain = Style()

  public var isBold: Bool { attributes.contains(.bold) }
  public var isDim: Bool { attributes.contains(.dim) }
  public var isUnderlined: Bool { attributes.contains(.underline) }
  public var isReversed: Bool { attributes.contains(.reverse) }

  /// The style with extra attributes added.
  public func adding(_ extra: Attributes) -> Style {
    var copy = self
    copy.attributes.formUnion(extra)
    return copy
  }

  /// A short name for tests and markup, e.g. `bold+reverse fg=yellow`.
  public var name: String {
    var parts: [String] = []
    if isBold { parts.append("bold") }
    if isDim { parts.append("dim") }
    if isUnderlined { parts.append("underline") }
    if isReversed { parts.append("reverse") }
    var result = parts.joined(separator: "+")
    if let foreground { result += (result.isEmpty ? "" : " ") + "fg=\(foreground)" }
    if let background { result += (result.isEmpty ? "" : " ") + "bg=\(background)" }
    return result
  }
}
