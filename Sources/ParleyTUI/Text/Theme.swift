import ParleyAnalysis

/// The styles of the browser in one place.
///
/// Every meaningful style sets an attribute as well as a colour, so a monochrome terminal
/// (or `NO_COLOR`) still tells them apart after the colours are dropped.
public enum Theme {
  public static let statusBar = Style([.reverse])
  public static let border = Style()
  public static let paneTitle = Style([.bold])
  public static let focusedBorder = Style([.bold], foreground: .cyan)
  public static let selection = Style([.reverse])
  public static let inactiveSelection = Style([.bold, .underline])
  public static let headline = Style([.bold])
  public static let metadata = Style([.dim])
  public static let comment = Style([.dim])
  public static let hint = Style([.dim])
  public static let error = Style([.bold], foreground: .red)
  public static let searchHit = Style([.reverse], foreground: .yellow)
  public static let currentHit = Style([.reverse, .bold], foreground: .green)
  public static let evidence = Style([.reverse, .underline], foreground: .cyan)
  public static let claimMarker = Style([.bold], foreground: .yellow)
  public static let party = Style([.bold])
  public static let support = Style([.bold], foreground: .green)
  public static let oppose = Style([.bold], foreground: .red)
  public static let mixed = Style([.bold], foreground: .yellow)
  public static let notReported = Style([.dim])
  public static let disagreement = Style([.bold, .reverse], foreground: .red)

  /// Entity mentions are coloured by type (and underlined, for monochrome terminals).
  public static func entity(_ type: EntityType) -> Style {
    switch type {
    case .person: Style([.underline], foreground: .cyan)
    case .place: Style([.underline], foreground: .green)
    case .organization: Style([.underline], foreground: .magenta)
    }
  }

  public static func stance(_ mark: StanceMark) -> Style {
    switch mark {
    case .support: support
    case .oppose: oppose
    case .mixed: mixed
    case .notReported: notReported
    }
  }
}
