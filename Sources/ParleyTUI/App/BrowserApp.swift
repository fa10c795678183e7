import Dispatch
import ParleyCore

/// The run loop: draws frames on a `Terminal` and feeds its events to an `AppState`.
///
/// Loading happens in two phases off the main actor. The first (reading and indexing) runs
/// while the loop draws a progress bar and still reacts to q, Ctrl-C, signals and resizes; the
/// second (the analyses) runs while the user already browses and searches, and its result is
/// swapped in when it lands. Only the terminal is touched on the main actor.
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

  /// What the background analysis does to the corpus the browser opened on (e.g.
  /// `CorpusBuilder.enrich`); it should stop early once `LoadProgress.isCancelled`.
  public typealias Analysis = @Sendable (Corpus, LoadProgress) -> Corpus

  /// Loads the corpus in the background behind a progress bar, then runs the browser until the
  /// user quits, with `analyse` (if any) running in the background meanwhile.
  public func run(name: String, load: @escaping @Sendable (LoadProgress) throws -> Corpus, analyse: Analysis? = nil) -> Exit {
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
    return run(corpus: corpus!, analyse: analyse)
  }

  /// Runs the browser on a corpus that is already built.
  ///
  /// With `analyse`, the analysis runs on a background thread while the user browses; the loop
  /// polls its progress between events, redraws when the percentage moves, and swaps in the
  /// analysed corpus when it lands, keeping the user's place. Leaving cancels it.
  public func run(corpus: Corpus, analyse: Analysis? = nil) -> Exit {
    var state = AppState(corpus: corpus, size: terminal.size, measure: terminal.displayWidth, keymap: keymap)
    var analysis: LoadProgress?
    if let analyse {
      let progress = LoadProgress(stage: CorpusBuilder.analysingStage)
      // A plain dispatch queue, not a task: the analysis blocks its thread for minutes.
      DispatchQueue.global(qos: .utility).async {
        let analysed = analyse(corpus, progress)
        progress.finish(.success(analysed))
      }
      state.showAnalysisProgress(progress.snapshot)
      analysis = progress
    }
    defer { analysis?.cancel() }
    present(state)
    while true {
      let event = terminal.nextEvent(timeout: analysis == nil ? 200 : 100)
      if let running = analysis, pollAnalysis(running, into: &state) {
        analysis = nil
        if event == nil { present(state) }
      } else if let running = analysis, running.snapshot.summary != state.pendingAnalysis?.summary {
        state.showAnalysisProgress(running.snapshot)
        if event == nil { present(state) }
      }
      guard let event else { continue }
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

  /// Swaps in the analysed corpus once the analysis finished; true then.
  private func pollAnalysis(_ running: LoadProgress, into state: inout AppState) -> Bool {
    guard case .success(let analysed)? = running.result else { return false }
    state.adoptAnalysedCorpus(analysed)
    return true
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
