import Dispatch
import Foundation
import ParleyCore
import ParleyTestSupport
import Testing
@testable import ParleyTUI

/// The browser opens on the search index and gets entities, stances and the comparison from a
/// background analysis: usable meanwhile, showing progress, and keeping the user's place when
/// the analysis lands.
@MainActor
@Suite struct BackgroundAnalysisTests {
  let builder = CorpusBuilder(name: "fixture")

  /// Runs the browser on the fixture's searchable corpus with `analyse` in the background.
  func run(_ steps: [FakeTerminal.Step], size: Size = Size(width: 80, height: 24), analyse: @escaping BrowserApp.Analysis)
    -> (FakeTerminal, AppState)
  {
    let terminal = FakeTerminal(size: size, steps: steps)
    let app = BrowserApp(terminal: terminal)
    _ = app.run(corpus: builder.buildSearchable(store: FixtureCorpus.store()), analyse: analyse)
    return (terminal, app.state!)
  }

  /// An analysis that reports 37 % and then waits for `gate` before analysing for real.
  func heldAt37(_ gate: DispatchSemaphore) -> BrowserApp.Analysis {
    let builder = builder
    return { corpus, progress in
      progress.report(CorpusBuilder.analysingStage, 0.37)
      gate.wait()
      return builder.enrich(corpus, progress: progress)
    }
  }

  /// Waits until the analysis landed: the key hints are back in the status bar.
  let landed = FakeTerminal.Step.idle { $0.screen.lineText(0).hasSuffix("? help  q quit") }

  static func keys(_ events: [TerminalEvent]) -> [FakeTerminal.Step] { events.map { .event($0) } }

  @Test("While the analysis runs, the list and keyword search work and the status bar shows its progress")
  func usableWhilePending() {
    let gate = DispatchSemaphore(value: 0)
    defer { gate.signal() }
    let (terminal, state) = run(
      [.idle(untilScreenShows: "37%")] + Self.keys([.key(.character("j"))] + search("ceasefire")) + [.event(.key(.character("q")))],
      analyse: heldAt37(gate))
    #expect(state.pendingAnalysis?.fraction == 0.37)
    #expect(state.query == "ceasefire")
    #expect(state.rows.map { state.corpus.store[$0].id } == ["a4"])
    let screen = terminal.screen
    #expect(screen.lineText(0) == " parley — fixture · 5 articles · /ceasefire: 1 articles, 15 hits  analysing 37%")
    #expect(screen.find("Ceasefire talks stall in London") != nil)
    #expect(screen.style(of: "ceasefire would") == Theme.searchHit)
  }

  @Test("While the analysis runs, entity:/party: filters, the entity pane and the comparison say they wait for it")
  func waitingMessages() {
    let gate = DispatchSemaphore(value: 0)
    defer { gate.signal() }
    var filterScreen: ScreenBuffer?
    var entityScreen: ScreenBuffer?
    /// Waits until the screen shows `text`, keeping that screen.
    func capture(_ text: String, into kept: @escaping @MainActor (ScreenBuffer) -> Void) -> FakeTerminal.Step {
      .idle { terminal in
        guard terminal.screen.text.contains(text) else { return false }
        kept(terminal.screen)
        return true
      }
    }
    var (terminal, state) = run(
      [.idle(untilScreenShows: "37%")] + Self.keys(search("party:russia talks"))
        + [capture("once the analysis") { filterScreen = $0 }, .event(.key(.character("e")))]
        + [capture("entities appear here") { entityScreen = $0 }, .event(.key(.character("c"))), .event(.key(.character("q")))],
      analyse: heldAt37(gate))
    #expect(filterScreen?.lineText(23) == " entity:, party:, voice: and topic: work once the analysis finishes (37% done)")
    #expect(state.query == nil)
    #expect(state.rows.count == 5)  // the refused query left the list alone
    #expect(entityScreen?.lineText(1).hasPrefix("┌─ Entities ───") == true)  // no count yet
    #expect(entityScreen?.find("analysing entities and stances 37%") != nil)
    #expect(entityScreen?.find("entities appear here when it finishes") != nil)
    #expect(state.mode == .compare)
    #expect(terminal.screen.lineText(1).contains("Compare · analysing entities and stances 37%"))
    #expect(terminal.screen.find("the stance comparison and the framing appear here when it finishes") != nil)
    (terminal, state) = run([.idle(untilScreenShows: "37%"), .event(.key(.character("T"))), .event(.key(.character("q")))], analyse: heldAt37(gate))
    #expect(terminal.screen.lineText(23).contains("topics can be chosen once the analysis finishes (37% done)"))
  }

  @Test("When the analysis lands, the selection and the query are kept and the list gets its party markers")
  func landingKeepsQuery() throws {
    let searchable = builder.buildSearchable(store: FixtureCorpus.store())
    let crimea = try searchable.search.search("Crimea", limit: 10).hits.map(\.position)
    try #require(crimea.count >= 3)
    let gate = DispatchSemaphore(value: 0)
    let (terminal, state) = run(
      [.idle(untilScreenShows: "37%")] + Self.keys(search("Crimea") + [.key(.character("j"))])
        + [.run { gate.signal() }, landed, .event(.key(.character("q")))],
      size: Size(width: 120, height: 30), analyse: heldAt37(gate))
    #expect(state.pendingAnalysis == nil)
    #expect(state.corpus.directory.entryCount > 0)
    #expect(state.query == "Crimea")
    #expect(state.rows == crimea)
    #expect(state.selectedPosition == crimea[1])
    #expect(terminal.screen.lineText(0).contains("/Crimea: \(crimea.count) articles"))
    #expect(terminal.screen.lineText(0).hasSuffix("? help  q quit"))
    #expect(terminal.screen.lineText(29).contains("analysis finished"))
    #expect(terminal.frames.dropLast().contains { !$0.text.contains("UA") })  // no markers before
    #expect(terminal.screen.text.contains("UA"))  // party markers after
  }

  @Test("When the analysis lands, the focus and the scroll of the text are kept")
  func landingKeepsScroll() {
    let gate = DispatchSemaphore(value: 0)
    let (_, state) = run(
      [.idle(untilScreenShows: "37%")] + Self.keys(TerminalEvent.typing("jjj") + [.key(.tab)] + TerminalEvent.typing("jj"))
        + [.run { gate.signal() }, landed, .event(.key(.character("q")))],
      analyse: heldAt37(gate))
    #expect(state.pendingAnalysis == nil)
    #expect(state.corpus.store[state.selectedPosition!].id == "a4")
    #expect(state.focus == .text)
    #expect(state.textTop == 2)
  }

  @Test("After the analysis landed, the entity pane lists the entities")
  func entityPaneAfterLanding() {
    // The entity pane and the filters now answer.
    let (entities, analysed) = run(
      [landed] + Self.keys([.key(.character("e"))]) + [.event(.key(.character("q")))],
      analyse: { corpus, progress in CorpusBuilder(name: "fixture").enrich(corpus, progress: progress) })
    #expect(analysed.mode == .entities)
    #expect(entities.screen.find("People · ") != nil)
    #expect(entities.screen.find("Volodymyr Zelensky") != nil)
  }

  @Test("An entity pane opened while the analysis runs fills in when it lands")
  func entityPaneFillsIn() {
    let gate = DispatchSemaphore(value: 0)
    let (terminal, state) = run(
      [.idle(untilScreenShows: "37%"), .event(.key(.character("e"))), .idle(untilScreenShows: "entities appear here"), .run { gate.signal() },
       .idle(untilScreenShows: "People · "), .event(.key(.character("q")))],
      analyse: heldAt37(gate))
    #expect(state.mode == .entities)
    #expect(terminal.screen.find("entities appear here") == nil)
    #expect(terminal.screen.find("Volodymyr Zelensky") != nil)
  }

  @Test("Quitting while the analysis runs cancels it and returns at once")
  func quitCancels() {
    let stopped = DispatchSemaphore(value: 0)
    let sawCancel = LockedFlag()
    let started = Date()
    let (_, state) = run([.idle(untilScreenShows: "analysing"), .event(.key(.character("q")))]) { corpus, progress in
      let deadline = Date().addingTimeInterval(20)
      while !progress.isCancelled, Date() < deadline { Thread.sleep(forTimeInterval: 0.005) }
      if progress.isCancelled { sawCancel.set() }
      stopped.signal()
      return corpus
    }
    #expect(state.shouldQuit)
    #expect(Date().timeIntervalSince(started) < 5)
    #expect(stopped.wait(timeout: .now() + 5) == .success)
    #expect(sawCancel.value)
  }

  @Test("A signal while the analysis runs cancels it too")
  func signalCancels() {
    let stopped = DispatchSemaphore(value: 0)
    let sawCancel = LockedFlag()
    let terminal = FakeTerminal(steps: [.idle(untilScreenShows: "analysing"), .event(.interrupt(2))])
    let exit = BrowserApp(terminal: terminal).run(corpus: builder.buildSearchable(store: FixtureCorpus.store())) { corpus, progress in
      let deadline = Date().addingTimeInterval(20)
      while !progress.isCancelled, Date() < deadline { Thread.sleep(forTimeInterval: 0.005) }
      if progress.isCancelled { sawCancel.set() }
      stopped.signal()
      return corpus
    }
    #expect(exit == .interrupted(2))
    #expect(stopped.wait(timeout: .now() + 5) == .success)
    #expect(sawCancel.value)
  }
}

/// A flag set on one thread and read on another.
final class LockedFlag: @unchecked Sendable {
  private let lock = NSLock()
  private var isSet = false
  func set() { lock.withLock { isSet = true } }
  var value: Bool { lock.withLock { isSet } }
}
