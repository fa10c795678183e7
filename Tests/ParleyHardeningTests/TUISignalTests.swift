#if canImport(Glibc)
  import Glibc
#endif
import Foundation
import Testing

/// The real browser in a real terminal (tmux): SIGINT, SIGTERM and SIGHUP, while loading and
/// while browsing, end parley and leave the terminal as it was: main screen, cursor shown,
/// mouse reporting off. Skipped where tmux is not installed.
/// Where tmux is installed, if it is.
enum TmuxPath {
  static let found: String? = ["/usr/bin/tmux", "/usr/local/bin/tmux", "/bin/tmux"].first {
    FileManager.default.isExecutableFile(atPath: $0)
  }
}

@Suite("TUI signals restore the terminal (tmux)", .enabled(if: TmuxPath.found != nil), .serialized)
struct TUISignalTests {
  static let tmux = TmuxPath.found

  @discardableResult
  static func tmux(_ arguments: [String]) throws -> String {
    let scratch = try TempFolder(prefix: "tmux")
    let child = try Child.spawn([tmux!] + arguments, stdout: .file(scratch.path + "/out"), stderr: scratch.path + "/err")
    _ = child.wait(timeout: 10)
    return (try? String(contentsOfFile: scratch.path + "/out", encoding: .utf8)) ?? ""
  }

  /// The pane's terminal modes: alternate screen, cursor visible, any mouse mode, pane dead.
  static func modes(_ session: String) throws -> String {
    try tmux(["display-message", "-p", "-t", session, "alt=#{alternate_on} cursor=#{cursor_flag} mouse=#{mouse_any_flag} dead=#{pane_dead}"])
      .trimmingCharacters(in: .whitespacesAndNewlines)
  }

  static func waitFor(_ session: String, timeout: Double, _ condition: (String) -> Bool) throws -> String {
    let deadline = Date().addingTimeInterval(timeout)
    var screen = ""
    while Date() < deadline {
      screen = try tmux(["capture-pane", "-p", "-t", session])
      if condition(screen) { return screen }
      usleep(50_000)
    }
    return screen
  }

  static let cases: [(Int32, Bool)] = [(SIGINT, true), (SIGTERM, true), (SIGHUP, true), (SIGINT, false), (SIGTERM, false), (SIGHUP, false)]

  @Test("A signal ends the browser and restores the terminal", arguments: cases)
  func signal(_ signal: Int32, whileLoading: Bool) throws {
    let folder = try TempFolder(prefix: "tuisig")
    for (name, text) in HostileArticles.files() { try folder.write(name, text) }
    if whileLoading {
      // Enough articles that the debug build is still loading when the signal arrives.
      var lines = ""
      for i in 0..<30_000 { lines += "{\"title\":\"Report \(i)\",\"body\":\"The ceasefire held in Kyiv on day \(i). Moscow said talks would go on.\"}\n" }
      try folder.write("big.jsonl", lines)
    }
    let session = "parley-hardening-\(UUID().uuidString.prefix(8))"
    let statusFile = folder.file("status")
    // A shell keeps the pane alive after parley ends (remain-on-exit would redraw the pane and
    // change its modes) and records the exit status.
    try Self.tmux([
      "new-session", "-d", "-s", session, "-x", "100", "-y", "30",
      "sh -c \"SWIFT_BACKTRACE=enable=no TERM=xterm-256color '\(ParleyProcess.binary)' browse '\(folder.path)'; echo \\$? > '\(statusFile)'; sleep 60\"",
    ])
    defer { _ = try? Self.tmux(["kill-session", "-t", session]) }
    let shown = try Self.waitFor(session, timeout: 60) { whileLoading ? $0.contains("░") || $0.contains("█") : $0.contains("Ceasefire talks") }
    let before = try Self.modes(session)
    #expect(before.hasPrefix("alt=1"), "browser not on the alternate screen: \(before)\n\(shown)")
    let shell = try Self.tmux(["display-message", "-p", "-t", session, "#{pane_pid}"]).trimmingCharacters(in: .whitespacesAndNewlines)
    let children = (try? String(contentsOfFile: "/proc/\(shell)/task/\(shell)/children", encoding: .utf8)) ?? ""
    let pid = Int32(children.split(separator: " ").first ?? "") ?? 0
    try #require(pid > 0, "no parley process under the pane's shell \(shell)")
    kill(pid, signal)
    let deadline = Date().addingTimeInterval(10)
    while !FileManager.default.fileExists(atPath: statusFile) && Date() < deadline { usleep(50_000) }
    usleep(100_000)
    let status = (try? String(contentsOfFile: statusFile, encoding: .utf8))?.trimmingCharacters(in: .whitespacesAndNewlines)
    #expect(status == "\(128 + signal)", "exit status after signal \(signal) (loading: \(whileLoading))")
    let after = try Self.modes(session)
    #expect(after == "alt=0 cursor=1 mouse=0 dead=0", "after signal \(signal) (loading: \(whileLoading)): \(after)")
    let screen = try Self.tmux(["capture-pane", "-p", "-t", session])
    #expect(!screen.contains("Fatal error") && !screen.contains("Backtrace"), "\(screen)")
  }
}
