import Foundation

/// Writes diagnostics to stderr, prefixed with `parley: `.
enum StandardError {
  static func print(_ line: String) {
    FileHandle.standardError.write(Data("parley: \(line)\n".utf8))
  }
}
