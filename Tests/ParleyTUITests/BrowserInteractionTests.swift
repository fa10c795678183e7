import Foundation
import ParleyCore
import ParleyTestSupport
import Testing
@testable import ParleyTUI

@MainActor
@Suite struct BrowserInteractionTests {
  func run(_ script: [TerminalEvent], size: Size = Size(width: 80, height: 24)) -> (FakeTerminal, BrowserApp, BrowserApp.Exit) {
    let terminal = FakeTerminal(size: size, script: script)
    let app = BrowserApp(terminal: terminal)
    let exit = app.run(corpus: FixtureCorpus.corpus())
    return (terminal, app, exit)
  }

  @Test("j moves the selection down and the text pane follows it")
  func moveDown() {
    let (terminal, app, exit) = run([.key(.character("j")), .key(.down), .key(.character("q"))])
    #expect(exit == .quit)
    #expect(app.state?.selectedRow == 2)
    #expect(terminal.screen.find("Emmanuel Macron said Europe") != nil || terminal.screen.find("Emmanuel Macron said") != nil)
    #expect(terminal.screen.lineText(6).contains("▶ Europe affirms support"))
  }

  @Test("G and g jump to the last and first article; PgDn pages")
  func jumps() {
    let (_, app, _) = run([.key(.character("G")), .key(.character("q"))])
    #expect(app.state?.selectedRow == 4)
    let (_, back, _) = run([.key(.end), .key(.home), .key(.character("q"))])
    #expect(back.state?.selectedRow == 0)
    let (_, paged, _) = run([.key(.pageDown), .key(.character("q"))])
    #expect(paged.state?.selectedRow == 4)
  }

  @Test("Searching lists only matching articles, best first, and highlights the hits")
  func searchHighlights() {
    let (terminal, app, _) = run(search("ceasefire") + [.key(.character("q"))])
    let state = app.state!
    #expect(state.query == "ceasefire")
    #expect(state.rows.map { state.corpus.store[$0].id } == ["a4"])
    let screen = terminal.screen
    #expect(screen.lineText(0).contains("/ceasefire: 1 articles"))
    #expect(screen.style(of: "ceasefire would") == Theme.searchHit)
    #expect(screen.lineText(3).contains("hits"))
  }

  @Test("While typing, the search line shows the query and the cursor; Esc cancels it")
  func typingAndCancel() {
    let terminal = FakeTerminal(script: [.key(.character("/"))] + TerminalEvent.typing("crim") + [.key(.character("q"))])
    let app = BrowserApp(terminal: terminal)
    // The q is typed into the query, so the script ends with SIGTERM.
    #expect(app.run(corpus: FixtureCorpus.corpus()) == .interrupted(15))
    #expect(terminal.screen.lineText(23) == "/crimq")
    #expect(terminal.cursor == Position(row: 23, column: 6))
    let (_, cancelled, _) = run([.key(.character("/"))] + TerminalEvent.typing("x") + [.key(.escape), .key(.character("q"))])
    #expect(cancelled.state?.query == nil)
    #expect(cancelled.state?.editor == nil)
  }

  @Test("n and N walk through the hits in the text, drawing the current one differently")
  func nextHit() {
    let (terminal, app, _) = run(search("said") + [.key(.character("n")), .key(.character("n")), .key(.character("N")), .key(.character("q"))])
    let state = app.state!
    #expect(state.focusRange != nil)
    #expect(terminal.screen.lineText(23).contains("hit 1 of"))
    let current = terminal.screen.cells.filter { $0.style == Theme.currentHit }.count
    #expect(current == 4)  // "said"
  }

  @Test("A query the engine rejects shows its message and keeps the list")
  func rejectedQuery() {
    let (terminal, app, _) = run(search("zzzz") + [.key(.character("q"))])
    #expect(app.state?.rows.isEmpty == true)
    #expect(terminal.screen.find("no articles match the search") != nil)
    let (_, cleared, _) = run(search("zzzz") + [.key(.escape), .key(.character("q"))])
    #expect(cleared.state?.rows.count == 5)
  }

  @Test("Enter on an entity filters the list to the articles that mention it")
  func entityFilter() {
    // People: Zelensky (2 articles) is first; move to Donald Trump.
    let (terminal, app, _) = run([.key(.character("e")), .key(.character("j")), .key(.enter), .key(.character("q"))])
    let state = app.state!
    #expect(state.mode == .browse)
    #expect(state.entityFilter?.name == "Donald Trump")
    #expect(state.rows.map { state.corpus.store[$0].id } == ["a1"])
    #expect(terminal.screen.lineText(0).contains("entity: Donald Trump"))
    let (_, cleared, _) = run([.key(.character("e")), .key(.enter), .key(.escape), .key(.character("q"))])
    #expect(cleared.state?.entityFilter == nil)
    #expect(cleared.state?.rows.count == 5)
  }

  @Test("The entity pane groups by type with party and counts")
  func entityPane() {
    let (terminal, _, _) = run([.key(.character("e")), .key(.character("q"))])
    let screen = terminal.screen
    #expect(screen.find("People · 6") != nil)
    #expect(screen.find("Places · 5") != nil)
    let line = screen.text.split(separator: "\n").first { $0.hasPrefix("│  Crimea ") }
    #expect(line?.contains("UA   6 · 4 art.") == true)
    #expect(screen.style(of: "Volodymyr Zelensky")?.isReversed == true)
  }

  @Test("] jumps to the next mention of the chosen entity in the text")
  func mentions() {
    let (terminal, app, _) = run([.key(.character("e")), .key(.character("]")), .key(.character("]")), .key(.character("q"))])
    #expect(app.state?.focusRange?.field == .body)
    #expect(terminal.screen.lineText(23).contains("Volodymyr Zelensky: mention 1 of 1"))
  }

  @Test("The comparison shows parties × sources with glyphs, counts, verbs, hedges and disagreement")
  func comparison() {
    let (terminal, _, _) = run([.key(.character("c")), .key(.character("q"))], size: Size(width: 120, height: 40))
    let screen = terminal.screen
    #expect(screen.lineText(1).contains("topic 1/2: crimea_recognition"))
    for source in ["BBC", "Kyiv Independent", "Reuters", "TASS"] { #expect(screen.lineText(2).contains(source)) }
    #expect(screen.find("▲ support 1") != nil)
    #expect(screen.find("▼ oppose 1") != nil)
    #expect(screen.find("▲ support 1 ~") != nil)  // the hedged Kremlin claim
    #expect(screen.style(of: "▼ oppose 1") == Theme.oppose)
    #expect(screen.find("! Europe") != nil)  // BBC oppose vs TASS support
    #expect(screen.find("! Ukraine") == nil)
    #expect(screen.find("“Emmanuel Macron said") != nil)
  }

  @Test("Enter on a cell opens its article at the evidence sentence, highlighted; Esc comes back")
  func followEvidence() {
    // Row US, move right to Reuters (column 3), Enter.
    let keys: [TerminalEvent] = [.key(.character("c")), .key(.character("l")), .key(.character("l")), .key(.enter)]
    let (terminal, app, _) = run(keys + [.key(.character("q"))])
    let state = app.state!
    #expect(state.mode == .browse)
    #expect(state.focus == .text)
    #expect(state.corpus.store[state.selectedPosition!].id == "a1")
    #expect(terminal.screen.style(of: "Donald Trump said a deal") == Theme.evidence)
    let (_, back, _) = run(keys + [.key(.escape), .key(.character("q"))])
    #expect(back.state?.mode == .compare)
    #expect(back.state?.compareColumn == 2)
  }

  @Test("A cell with no evidence says so instead of opening anything")
  func emptyCell() {
    let (terminal, app, _) = run([.key(.character("c")), .key(.enter), .key(.character("q"))])
    #expect(app.state?.mode == .compare)
    #expect(terminal.screen.lineText(23).contains("no evidence"))
  }

  @Test("t cycles topics and f shows the framing per source")
  func topicsAndFraming() {
    let (terminal, app, _) = run([.key(.character("c")), .key(.character("t")), .key(.character("q"))])
    #expect(app.state?.topic?.id == "ceasefire")
    #expect(terminal.screen.lineText(1).contains("topic 2/2: ceasefire"))
    #expect(terminal.screen.find("◆ mixed 1") != nil)
    let (framing, _, _) = run([.key(.character("c")), .key(.character("f")), .key(.character("q"))])
    #expect(framing.screen.find("Framing by source") != nil)
    #expect(framing.screen.find("Leads with the Kremlin’s openness") != nil)
  }

  @Test("T opens the topic chooser; j and Enter pick a topic, Esc closes it")
  func topicChooser() {
    let (terminal, app, _) = run([.key(.character("T")), .key(.character("j")), .key(.enter), .key(.character("q"))])
    #expect(app.state?.topic?.id == "ceasefire")
    #expect(app.state?.topicChooser == nil)
    #expect(terminal.frames[terminal.frames.count - 2].find("Topics · Enter chooses") != nil)
    #expect(terminal.frames[terminal.frames.count - 2].find("▶ ceasefire — a full ceasefire first") != nil)
    let (_, closed, _) = run([.key(.character("T")), .key(.character("j")), .key(.escape), .key(.character("q"))])
    #expect(closed.state?.topic?.id == "crimea_recognition")
  }

  @Test("Columns scroll sideways when the sources do not fit")
  func horizontalScroll() {
    let (terminal, app, _) = run([.key(.character("c"))] + Array(repeating: .key(.character("l")), count: 3) + [.key(.character("q"))])
    #expect(app.state?.compareColumn == 3)
    #expect(app.state?.compareOffset == 1)
    #expect(terminal.screen.lineText(2).contains("TASS"))
    #expect(terminal.screen.lineText(2).contains("◀ 1"))
  }

  @Test("Resizing below 80x24 shows the message, and back restores the browser")
  func resize() {
    let (terminal, app, _) = run([.resize(Size(width: 60, height: 20)), .resize(Size(width: 80, height: 24)), .key(.character("q"))])
    #expect(terminal.frames[terminal.frames.count - 2].text.contains("terminal too small"))
    #expect(terminal.screen.find("Articles") != nil)
    #expect(app.state?.size == Size(width: 80, height: 24))
    let (wide, _, _) = run([.resize(Size(width: 120, height: 40)), .key(.character("q"))])
    #expect(wide.screen.width == 120)
    #expect(wide.screen.lineText(39).hasPrefix(" / search"))
  }

  @Test("A click selects an article; the wheel scrolls the text")
  func mouse() {
    let (_, app, _) = run([.mouse(MouseEvent(.click, at: Position(row: 8, column: 5))), .key(.character("q"))])
    #expect(app.state?.selectedRow == 3)
    let (_, scrolled, _) = run([.mouse(MouseEvent(.wheelDown, at: Position(row: 8, column: 50))), .key(.character("q"))], size: Size(width: 80, height: 24))
    #expect(scrolled.state?.focus == .text)
    #expect(scrolled.state?.selectedRow == 0)
  }

  @Test("In the comparison a click selects the cell under it")
  func compareClick() {
    // Row 3 is the first party row; columns start after the party column.
    let x = ComparisonGeometry.partyWidth + ComparisonGeometry(width: 80, sources: 4, measure: .unicode).columnWidth + 2
    let (_, app, _) = run([.key(.character("c")), .mouse(MouseEvent(.click, at: Position(row: 1 + 3 + 3, column: x))), .key(.character("q"))])
    #expect(app.state?.compareRow == 1)
    #expect(app.state?.compareColumn == 1)
  }

  @Test("Tab moves the focus between the list and the text; j then scrolls the text")
  func panes() {
    let (_, app, _) = run([.key(.character("G")), .key(.character("k")), .key(.tab)] + Array(repeating: .key(.character("j")), count: 3) + [.key(.character("q"))])
    #expect(app.state?.focus == .text)
    #expect(app.state?.textTop == 3)
    #expect(app.state?.selectedRow == 3)
  }

  @Test("Ctrl-C and signals end the loop")
  func interrupts() {
    let (_, _, exit) = run([.key(.control("c"))])
    #expect(exit == .quit)
    let (_, _, signalled) = run([.interrupt(1)])
    #expect(signalled == .interrupted(1))
  }

  @Test("While loading, a progress screen is drawn and q still quits")
  func loading() {
    let terminal = FakeTerminal(script: [.key(.character("q"))])
    let app = BrowserApp(terminal: terminal)
    let exit = app.run(name: "big") { progress in
      progress.report("indexing", 0.5)
      while !progress.isCancelled { usleepMilliseconds(5) }
      return FixtureCorpus.corpus()
    }
    #expect(exit == .quit)
    #expect(terminal.frames.first?.text.contains("parley — big") == true)
  }
}

func usleepMilliseconds(_ milliseconds: Int) {
  var request = timespec(tv_sec: 0, tv_nsec: milliseconds * 1_000_000)
  nanosleep(&request, nil)
}
