import Foundation
import Testing
import ParleyTUI
@testable import ParleyNcurses

@MainActor
@Suite struct NcursesTerminalTests {
  nonisolated static var hasTerminfo: Bool {
    ["/usr/share/terminfo/x/xterm", "/lib/terminfo/x/xterm", "/etc/terminfo/x/xterm"].contains {
      FileManager.default.fileExists(atPath: $0)
    }
  }

  @Test("ncurses draws a frame with curly quotes, a dash and wide characters", .enabled(if: hasTerminfo, "no terminfo for xterm"))
  func smoke() throws {
    guard let output = fopen("/dev/null", "w"), let input = fopen("/dev/null", "r") else { return }
    defer {
      fclose(output)
      fclose(input)
    }
    let terminal = try NcursesTerminal(term: "xterm", output: output, input: input, noColor: false, handleSignals: false)
    defer { terminal.close() }
    #expect(terminal.size.width > 0)
    var buffer = ScreenBuffer(size: terminal.size)
    buffer.write("Zelenskyy’s “deal” — 東京 ok", row: 0, column: 0, style: Theme.searchHit, measure: terminal.displayWidth)
    buffer.write("second row", row: 1, column: 2, style: Theme.entity(.person), measure: terminal.displayWidth)
    terminal.present(buffer, cursor: nil)
    #expect(terminal.readBack(row: 0) == "Zelenskyy’s “deal” — 東京 ok")
    #expect(terminal.readBack(row: 1) == "  second row")
    // The C library's wcwidth is used once a UTF-8 locale is set.
    #expect(terminal.displayWidth.ofScalar("東") == 2)
    #expect(terminal.displayWidth.ofScalar("\u{301}") == 0)
    #expect(terminal.displayWidth.of("’“—") == 3)
  }

  @Test("Without a terminal the browser refuses to start instead of drawing into a pipe")
  func notATerminal() {
    if isatty(STDIN_FILENO) == 1 && isatty(STDOUT_FILENO) == 1 { return }
    #expect(throws: TerminalUnavailable.self) { try NcursesTerminal.open(environment: ["TERM": "xterm"]) }
  }
}
