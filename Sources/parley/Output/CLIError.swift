import ArgumentParser
import Foundation
import ParleyCore

/// A one-line user-facing failure: printed as `parley: <message>` on stderr, exit code 2.
///
/// Throw it from any command for input the command cannot go on with (a missing path, an
/// unknown article id). Usage errors stay with argument-parser (`Error: …`, exit 64).
struct CLIError: Error, CustomStringConvertible {
  var message: String
  var description: String { message }
}

extension Parley {
  /// Runs the command line; `CLIError`s become `parley: message` with exit code 2 instead of
  /// argument-parser's generic `Error:` line, and nothing ever prints a stack trace.
  static func main() {
    do {
      var command = try parseAsRoot()
      try command.run()
    } catch let error as CLIError {
      StandardError.print(error.message)
      Foundation.exit(2)
    } catch {
      exit(withError: error)
    }
  }
}
