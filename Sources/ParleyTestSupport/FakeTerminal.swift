import Foundation
import ParleyTUI

/// A terminal for tests: plays a script of events and keeps every frame it is shown.
///
/// When the script runs out it reports SIGTERM, so a loop under test always ends. Besides
/// events, a script may wait (reporting no input, as a real terminal does while the user
/// reads) until a condition holds, e.g. until the screen shows something a background task
/// brings, and may run code at a point (e.g. let a background task go on).
@MainActor
public final class FakeTerminal: Terminal {
  /// One step of a script.
  public enum Step {
    case event(TerminalEvent)
    /// No input until the condition holds (given at most `FakeTerminal.idleLimit` seconds).
    case idle(until: @MainActor (FakeTerminal) -> Bool)
    /// Runs code, then goes on with the next step.
    case run(@MainActor () -> Void)
  }

  /// The longest an `.idle` step waits before the script goes on regardless.
  public static let idleLimit: TimeInterval = 10

  public private(set) var size: Size
  public let displayWidth: DisplayWidth
  public private(set) var frames: [ScreenBuffer] = []
  public private(set) var cursor: Position?
  private var script: [Step]
  private var idleSince: Date?

  public init(size: Size = Size(width: 80, height: 24), script: [TerminalEvent] = [], displayWidth: DisplayWidth = .unicode) {
    self.size = size
    self.script = script.map(Step.event)
    self.displayWidth = displayWidth
  }

  public init(size: Size = Size(width: 80, height: 24), steps: [Step], displayWidth: DisplayWidth = .unicode) {
    self.size = size
    self.script = steps
    self.displayWidth = displayWidth
  }

  /// The last frame presented.
  public var screen: ScreenBuffer { frames.last ?? ScreenBuffer(size: size) }

  public func nextEvent(timeout: Int) -> TerminalEvent? {
    while let step = script.first {
      switch step {
      case .event(let event):
        script.removeFirst()
        if case .resize(let newSize) = event { size = newSize }
        return event
      case .run(let code):
        script.removeFirst()
        code()
      case .idle(let condition):
        let since = idleSince ?? Date()
        if condition(self) || Date().timeIntervalSince(since) > Self.idleLimit {
          script.removeFirst()
          idleSince = nil
          continue
        }
        idleSince = since
        Thread.sleep(forTimeInterval: Double(min(timeout, 10)) / 1000)
        return nil
      }
    }
    return .interrupt(15)
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

extension FakeTerminal.Step {
  /// Key steps for each character of a string.
  public static func typing(_ text: String) -> [FakeTerminal.Step] {
    TerminalEvent.typing(text).map { .event($0) }
  }

  /// Waits until the screen shows `text`.
  public static func idle(untilScreenShows text: String) -> FakeTerminal.Step {
    .idle { $0.screen.text.contains(text) }
  }
}
