import ParleyTestSupport
import Testing
@testable import ParleyTUI

@Suite struct BrowserViewTests {
  @Test("At 80x24 the browser shows the list, the first article and the status bar")
  func browseAt80x24() {
    let buffer = screen(fixtureState())
    #expect(buffer.text == """
       parley — fixture · 5 articles                                   ? help  q quit
      ┌─ Articles ─────────────────────┐┌─ Kyiv rejects plan to recognise Crimea an…─┐
      │▶ Kyiv rejects plan to recognis…││  Kyiv rejects plan to recognise      UA    │
      │    Reuters    2025-04-23  US UA││  Crimea annexation                   UA    │
      │  Kremlin welcomes US proposal …││  Reuters · 2025-04-23 · US UA              │
      │    TASS          2025-04-24  RU││                                            │
      │  Europe affirms support for Uk…││▌ Ukrainian President Volodymyr       UA    │
      │    BBC           2025-04-24  EU││▌ Zelensky said Kyiv would never      UA    │
      │  Ceasefire talks stall in Lond…││▌ recognise Russia’s annexation of          │
      │    Reuters             US UA EU││▌ Crimea.                             UA    │
      │  Café owners in Kyiv weigh the…││                                            │
      │    Kyiv Independent  2025-04-26││▌ Donald Trump said a deal was “very  US    │
      │                                ││▌ close” — but gave no details. The         │
      │                                ││  White House declined to comment.    US    │
      │                                ││                                            │
      │                                ││  ── reader comments (2) ────────────       │
      │                                ││  Great reporting, thanks.                  │
      │                                ││                                            │
      │                                ││  Crimea is Ukraine.                        │
      │                                ││                                            │
      │                                ││                                            │
      │                                ││                                            │
      └────────────────────────── 1/5 ─┘└───────────────────────────────────── 100% ─┘
       / search · Enter open · Tab pane · e entities · c compare · ? help
      """)
  }

  @Test("The selected article is drawn reversed and the status bar is reversed")
  func selectionStyle() {
    let buffer = screen(fixtureState())
    #expect(buffer[2, 3].style.isReversed)  // "Kyiv rejects…" in the list
    #expect(!buffer[4, 3].style.isReversed)  // the next article
    #expect(buffer[0, 1].style == Theme.statusBar)
  }

  @Test("At 120x40 titles fit without an ellipsis and the text is wider")
  func browseAt120x40() {
    let buffer = screen(fixtureState(width: 120, height: 40))
    #expect(buffer.lineText(4).contains("  Kremlin welcomes US proposal on Crimea   "))
    #expect(buffer.find("Ukrainian President Volodymyr Zelensky said Kyiv would never") != nil)
    #expect(buffer.lineText(39).hasPrefix(" / search"))
    #expect(buffer.text.split(separator: "\n").count == 40)
  }

  @Test("Smaller than 80x24 shows only the too-small message", arguments: [(79, 24), (80, 23), (40, 10)])
  func tooSmall(width: Int, height: Int) {
    let buffer = screen(fixtureState(width: width, height: height))
    #expect(buffer.text.contains("terminal too small (need 80x24)"))
    #expect(!buffer.text.contains("Articles"))
  }

  @Test("Entity mentions are coloured by type and their party shows in the gutter")
  func entityStyles() {
    let buffer = screen(fixtureState(width: 120, height: 40))
    #expect(buffer.style(of: "Volodymyr") == Theme.entity(.person))
    #expect(buffer.style(of: "White House") == Theme.entity(.organization))
    let row = buffer.find("White House")!.row
    #expect(buffer.lineText(row).hasSuffix("US    │"))
  }

  @Test("Sentences with a stance claim are marked in the margin; comments are dimmed under a rule")
  func marginAndComments() {
    let state = fixtureState()
    let buffer = screen(state)
    let margin = state.layout.rightPane.column + 1
    let claimRow = buffer.find("Zelensky said")!.row
    #expect(buffer.text(row: claimRow, from: margin, to: margin + 1) == "▌")
    #expect(buffer.style(of: "▌") == Theme.claimMarker)
    let notClaim = buffer.find("White House declined")!.row
    #expect(buffer.text(row: notClaim, from: margin, to: margin + 1) == " ")
    #expect(buffer.find("reader comments (2)") != nil)
    #expect(buffer.style(of: "Great reporting")?.isDim == true)
  }

  @Test("Party markers sit next to each article in the list")
  func partyMarkers() {
    let buffer = screen(fixtureState())
    #expect(buffer.lineText(5).contains("TASS") && buffer.lineText(5).contains("RU"))
    #expect(buffer.lineText(9).contains("US UA EU"))
  }

  @Test("Without analyses the browser still lists and shows articles")
  func withoutAnalyses() {
    let buffer = screen(fixtureState(analyses: false))
    #expect(buffer.find("Kyiv rejects plan") != nil)
    #expect(!buffer.text.contains("▌"))
    var state = fixtureState(analyses: false, keys: [.key(.character("c"))])
    #expect(state.mode == .browse)
    #expect(screen(state).lineText(23).contains("no comparison"))
    state.handle(.key(.character("e")))
    #expect(screen(state).lineText(23).contains("no entities"))
  }

  @Test("The help overlay lists every action with its keys, at 80x24 and 120x40", arguments: [(80, 24), (120, 40)])
  func help(width: Int, height: Int) {
    let buffer = screen(fixtureState(width: width, height: height, keys: [.key(.character("?"))]))
    let text = buffer.text
    #expect(text.contains("Keys · any key closes"))
    for binding in Keymap.standard.bindings {
      let label = binding.keys[0].label
      #expect(text.contains(label), "\(label) missing")
      let prefix = String(binding.action.description.prefix(12))
      #expect(text.contains(prefix), "\(binding.action) missing")
    }
    #expect(buffer.style(of: "People") == Theme.entity(.person))
  }
}
