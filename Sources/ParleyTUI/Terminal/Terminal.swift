/// The screen and keyboard the browser talks to.
///
/// Two conformers: `NcursesTerminal` (the real one, in ParleyNcurses) and `FakeTerminal`
/// (in ParleyTestSupport: scripted keys, recorded frames). Views never see a terminal; they
/// draw into a `ScreenBuffer` which the run loop hands to `present`.
@MainActor
public protocol Terminal: AnyObject {
  /// The current size in cells.
  var size: Size { get }
  /// How this terminal measures text (the C library's `wcwidth` on a real one).
  var displayWidth: DisplayWidth { get }
  /// Waits up to `timeout` milliseconds for input; nil when nothing happened.
  func nextEvent(timeout: Int) -> TerminalEvent?
  /// Shows a frame; `cursor` places the visible cursor (nil hides it).
  func present(_ buffer: ScreenBuffer, cursor: Position?)
}

/// Something that happened at the terminal.
public enum TerminalEvent: Hashable, Sendable {
  case key(Key)
  case mouse(MouseEvent)
  /// The window changed size.
  case resize(Size)
  /// SIGINT, SIGTERM or SIGHUP arrived: leave now. Carries the signal number.
  case interrupt(Int32)
  /// The screen must be drawn again in full (e.g. after `fg`).
  case redraw
}

/// A mouse click or wheel turn at a cell.
public struct MouseEvent: Hashable, Sendable {
  public enum Kind: Hashable, Sendable {
    case click
    case wheelUp
    case wheelDown
  }
  public var kind: Kind
  public var position: Position
  public init(_ kind: Kind, at position: Position) {
    self.kind = kind
    self.position = position
  }
}
