import ParleyCore
import ParleyTUI
import ParleyTestSupport
import Testing

/// The browser's rendered in-memory screen on the hostile corpus: every frame of a long key
/// script, and a storm of resizes, must hold no control character in any cell.
@Suite("TUI screen carries no control sequences")
@MainActor
struct TUIScreenTests {
  /// The hostile articles, loaded and built as `parley` does for the browser.
  static func hostileCorpus(name: String) throws -> Corpus {
    let folder = try TempFolder(prefix: "tui")
    for (file, text) in HostileArticles.files() { try folder.write(file, text) }
    let store = DocumentStore(articles: try CorpusLoader().load(paths: [folder.path]).articles)
    return CorpusBuilder(name: name).build(store: store, progress: nil)
  }

  /// The first cell holding a control, bidi or zero-width character, described.
  static func firstControlCell(_ buffer: ScreenBuffer) -> String? {
    for row in 0..<buffer.height {
      for (column, cell) in buffer.row(row).enumerated() {
        for scalar in cell.character.unicodeScalars {
          let v = scalar.value
          if v < 0x20 || (0x7F...0x9F).contains(v) || (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v) || v == 0x200F || v == 0x200E {
            return "U+\(String(v, radix: 16)) at row \(row), column \(column): \(buffer.lineText(row))"
          }
        }
      }
    }
    return nil
  }

  @Test("Browsing, searching, entities, comparison and help on hostile articles draw only printable cells")
  func browseHostileCorpus() throws {
    let corpus = try Self.hostileCorpus(name: "hostile\u{1B}]0;owned\u{07}\u{202E}corpus")
    var script: [TerminalEvent] = []
    for _ in 0..<8 {
      script += [.key(.down), .key(.enter), .key(.pageDown), .key(.tab), .key(.character("e")), .key(.character("]")), .key(.tab)]
    }
    script += TerminalEvent.typing("/ceasefire") + [.key(.enter), .key(.character("n")), .key(.character("n"))]
    script += [.key(.character("c")), .key(.character("t")), .key(.character("f")), .key(.character("c")), .key(.character("?")), .key(.character("?"))]
    script += [.key(.character("G")), .key(.enter), .key(.end), .key(.character("g"))]
    let terminal = FakeTerminal(size: Size(width: 100, height: 30), script: script)
    _ = BrowserApp(terminal: terminal).run(corpus: corpus)
    #expect(terminal.frames.count > script.count / 2)
    for (index, frame) in terminal.frames.enumerated() {
      let problem = Self.firstControlCell(frame)
      #expect(problem == nil, "frame \(index): \(problem ?? "")")
      if problem != nil { break }
    }
    #expect(terminal.frames.contains { $0.text.contains("Ceasefire talks") })
  }

  @Test("A storm of resizes, down to 1×1 and up to 400×120, neither crashes nor draws controls")
  func resizeStorm() throws {
    let corpus = try Self.hostileCorpus(name: "storm")
    var generator = SystemRandomNumberGenerator()
    var script: [TerminalEvent] = [.key(.enter)]
    for step in 0..<300 {
      let size = step % 25 == 0 ? Size(width: 1, height: 1) : Size(width: Int.random(in: 1...400, using: &generator), height: Int.random(in: 1...120, using: &generator))
      script.append(.resize(size))
      if step % 7 == 0 { script += [.key(.down), .key(.tab), .key(.character("c"))] }
    }
    script += [.resize(Size(width: 0, height: 0)), .resize(Size(width: 80, height: 24)), .key(.character("q"))]
    let terminal = FakeTerminal(size: Size(width: 80, height: 24), script: script)
    let exit = BrowserApp(terminal: terminal).run(corpus: corpus)
    #expect(exit == .quit)
    #expect(terminal.screen.size == Size(width: 80, height: 24))
    for frame in terminal.frames {
      let problem = Self.firstControlCell(frame)
      #expect(problem == nil, "\(problem ?? "")")
      if problem != nil { break }
    }
  }
}
