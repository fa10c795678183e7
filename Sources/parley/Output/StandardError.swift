import Foundation
import ParleyCore

/// Writes diagnostics to stderr, prefixed with `parley: `. Control characters in a message
/// (from file names or echoed user input) are shown as visible escapes, never sent raw; line
/// breaks between its lines are kept.
enum StandardError {
  static func print(_ message: String) {
    let lines = message.split(separator: "\n", omittingEmptySubsequences: false).map { TextSanitizer.visible(String($0)) }
    FileHandle.standardError.write(Data("parley: \(lines.joined(separator: "\n"))\n".utf8))
  }
}
