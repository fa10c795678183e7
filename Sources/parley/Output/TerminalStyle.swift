#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif
import Foundation

/// Whether and how to style text written to stdout.
///
/// Colour only when stdout is a terminal, `NO_COLOR` is unset or empty (https://no-color.org)
/// and `TERM` is not `dumb`. Every command takes its style from `TerminalStyle.standardOutput`.
struct TerminalStyle: Sendable {
  /// True when styling escape sequences may be written.
  var usesColor: Bool
  /// True when stdout is a terminal (aligned, truncated columns).
  var isTerminal: Bool
  /// The terminal width in columns, or nil when unknown or not a terminal.
  var width: Int?

  /// The style for this process's stdout.
  static let standardOutput: TerminalStyle = detect(
    isTerminal: isatty(STDOUT_FILENO) == 1, environment: ProcessInfo.processInfo.environment)

  /// The style for a given situation (testable without a terminal).
  static func detect(isTerminal: Bool, environment: [String: String]) -> TerminalStyle {
    let noColor = !(environment["NO_COLOR"] ?? "").isEmpty
    let dumb = environment["TERM"] == "dumb"
    var width: Int?
    if isTerminal {
      var size = winsize()
      if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { width = Int(size.ws_col) }
      if width == nil, let columns = environment["COLUMNS"].flatMap(Int.init), columns > 0 { width = columns }
    }
    return TerminalStyle(usesColor: isTerminal && !noColor && !dumb, isTerminal: isTerminal, width: width)
  }

  func bold(_ text: String) -> String { wrap(text, "1") }
  func dim(_ text: String) -> String { wrap(text, "2") }
  func underline(_ text: String) -> String { wrap(text, "4") }
  func cyan(_ text: String) -> String { wrap(text, "36") }
  func yellow(_ text: String) -> String { wrap(text, "33") }

  private func wrap(_ text: String, _ code: String) -> String {
    usesColor && !text.isEmpty ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
  }
}
