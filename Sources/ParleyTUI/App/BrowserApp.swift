import ParleyCore

/// The run loop: draws frames on a `Terminal` and feeds its events to an `AppState`.
///
/// Loading happens on a background task while the loop draws a progress bar and still reacts
/// to q, Ctrl-C, signals and resizes. Only the terminal is touched on the main actor.
@MainActor
public final class BrowserApp {
  /// Why the loop ended.
  public enum Exit: Equatable, Sendable {
    case quit
    /// A signal asked us to stop; exit with 128 + signal.
    case interrupted(Int32)
    /// Loading failed; the message is for stderr.
    case failed(String)
  }

  let terminal: any Terminal
  let keymap: Keymap
  /// The state after the loop ended (for tests and the benchmark).
  public private(set) var state: AppState?

  public init(terminal: any Terminal, keymap: Keymap = .standard) {
    self.terminal = terminal
    self.keymap = keymap
  }

  /// Loads the corpus in the background, then runs the browser until the user quits.
  public func run(name: String, load: @escaping @Sendable (LoadProgress) throws -> Corpus) -> Exit {
    let progress = LoadProgress()
    Task.detached {
      let result = Result { try load(progress) }
      progress.finish(result)
    }
    var corpus: Corpus?
    while corpus == nil {
      switch progress.result {
      case .success(let loaded)?: corpus = loaded
      case .failure(let error)?: return .failed("\(error)")
      case nil:
        drawLoading(name: name, progress: progress)
        if let event = terminal.nextEvent(timeout: 80) {
          switch event {
          case .interrupt(let signal):
            progress.cancel()
            return .interrupted(signal)
          case .key(.character("q")), .key(.control("c")):
            progress.cancel()
            return .quit
          default: break
          }
        }
      }
    }
    return run(corpus: corpus!)
  }

  /// Runs the browser on a corpus that is already built.
  public func run(corpus: Corpus) -> Exit {
    var state = AppState(corpus: corpus, size: terminal.size, measure: terminal.displayWidth, keymap: keymap)
    present(state)
    while true {
      guard let event = terminal.nextEvent(timeout: 200) else { continue }
      if case .interrupt(let signal) = event {
        self.state = state
        return .interrupted(signal)
      }
      state.handle(event)
      if state.shouldQuit { break }
      present(state)
    }
    self.state = state
    return .quit
  }

  private func present(_ state: AppState) {
    let frame = BrowserView.render(state)
    terminal.present(frame.buffer, cursor: frame.cursor)
  }

  private func drawLoading(name: String, progress: LoadProgress) {
    let snapshot = progress.snapshot
    var buffer = ScreenBuffer(size: terminal.size)
    LoadingView.render(name: name, stage: snapshot.stage, fraction: snapshot.fraction, size: terminal.size, into: &buffer, measure: terminal.displayWidth)
    terminal.present(buffer, cursor: nil)
  }
}
