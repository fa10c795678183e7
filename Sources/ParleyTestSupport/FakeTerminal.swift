import ParleyTUI

/// A terminal for tests: plays a script of events and keeps every frame it is shown.
///
/// When the script runs out it reports SIGTERM, so a loop under test always ends.
@MainActor
public final class FakeTerminal: Terminal {
  public private(set) var size: Size
  public let displayWidth: DisplayWidth
  public private(set) var frames: [ScreenBuffer] = []
  public private(set) var cursor: Position?
  private var script: [TerminalEvent]

  public init(size: Size = Size(width: 80, height: 24), script: [TerminalEvent] = [], displayWidth: DisplayWidth = .unicode) {
    self.size = size
    self.script = script
    self.displayWidth = displayWidth
  }

  /// The last frame presented.
  public var screen: ScreenBuffer { frames.last ?? ScreenBuffer(size: size) }

  public func nextEvent(timeout: Int) -> TerminalEvent? {
    guard !script.isEmpty else { return .interrupt(15) }
    let event = script.removeFirst()
    if case .resize(let newSize) = event { size = newSize }
    return event
  }

  public func present(_ buffer: ScreenBuffer, cursor: Position?) {
    frames.append(buffer)
    self.cursor = cursor
  }
}

extension TerminalEvent {
  /// Key events for each character of a string: `.typing("/crimea")`.
  public static func typing(_ text: String) -> [TerminalEvent] {
    text.map { .key(.character($0)) }
  }
}
