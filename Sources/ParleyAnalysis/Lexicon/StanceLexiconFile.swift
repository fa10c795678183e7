import Foundation
import ParleyCore

/// A problem in one of the stance lexicon files, with the file and line it was found on.
public struct StanceLexiconError: Error, CustomStringConvertible, Sendable {
  public var path: String
  public var line: Int?
  public var message: String

  public init(path: String, line: Int? = nil, message: String) {
    self.path = path
    self.line = line
    self.message = message
  }

  public var description: String {
    if let line { return "\(path):\(line): \(message)" }
    return "\(path): \(message)"
  }
}

/// Reads the tab-separated lexicon files: UTF-8, `#` comments, blank lines ignored.
enum StanceLexiconFile {
  /// The rows of a file with their 1-based line numbers, fields trimmed.
  static func rows(path: String) throws -> [(line: Int, fields: [String])] {
    guard let data = FileManager.default.contents(atPath: path) else {
      throw StanceLexiconError(path: path, message: "cannot read the file")
    }
    guard let text = String(data: data, encoding: .utf8) else {
      throw StanceLexiconError(path: path, message: "not UTF-8 text")
    }
    var rows: [(Int, [String])] = []
    for (index, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
      let line = rawLine.hasSuffix("\r") ? rawLine.dropLast() : rawLine
      let trimmed = line.trimmingCharacters(in: .whitespaces)
      if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
      let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map {
        $0.trimmingCharacters(in: .whitespaces)
      }
      rows.append((index + 1, fields))
    }
    return rows
  }

  /// Parses a pattern or throws an error naming the line.
  static func pattern(_ text: String, path: String, line: Int) throws -> TermPattern {
    guard let pattern = TermPattern(text) else {
      throw StanceLexiconError(path: path, line: line, message: "empty or invalid term '\(text)'")
    }
    return pattern
  }

  /// Phrase alternatives separated by `||`.
  static func patterns(_ text: String, path: String, line: Int) throws -> [TermPattern] {
    try text.components(separatedBy: "||").map {
      try pattern($0.trimmingCharacters(in: .whitespaces), path: path, line: line)
    }
  }

  /// `a ; b ; c` lists of patterns (used for required/excluded context words).
  static func patternList(_ text: String?, path: String, line: Int) throws -> [TermPattern] {
    guard let text, !text.isEmpty, text != "-" else { return [] }
    return try text.split(separator: ";").map { try pattern(String($0).trimmingCharacters(in: .whitespaces), path: path, line: line) }
  }

  /// The bundled `data/lexicon` folder or a clear error.
  static func bundledFolder() throws -> String {
    guard let folder = BundledData.directory("lexicon") else {
      throw StanceLexiconError(path: "data/lexicon", message: "the bundled lexicon folder was not found (set PARLEY_DATA)")
    }
    return folder
  }
}
