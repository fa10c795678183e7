import Foundation

/// A tab-separated file with a header line, as used by `data/lexicon` and the gold annotations.
///
/// Lines starting with `#` and blank lines are skipped; the first other line is the header.
/// Rows shorter than the header are padded with empty fields, so trailing empty columns may be
/// left out.
public struct TSVTable: Sendable {
  /// One data line.
  public struct Row: Sendable {
    /// The fields, one per header column.
    public var fields: [String]
    /// The 1-based line number in the file, for error messages.
    public var line: Int
  }

  /// Column names, in file order.
  public var header: [String]
  public var rows: [Row]
  /// The path the table was read from (or a label), for error messages.
  public var path: String
  private var columnIndex: [String: Int]

  /// Parses TSV text; throws when one of `requiredColumns` is missing from the header.
  public init(text: String, path: String, requiredColumns: [String] = []) throws {
    self.path = path
    var header: [String]?
    var rows: [Row] = []
    var lineNumber = 0
    for rawLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
      lineNumber += 1
      var line = Substring(rawLine)
      if line.hasSuffix("\r") { line = line.dropLast() }
      if line.allSatisfy({ $0 == " " || $0 == "\t" }) || line.hasPrefix("#") { continue }
      let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map {
        $0.trimmingCharacters(in: .whitespaces)
      }
      if header == nil {
        header = fields
      } else {
        rows.append(Row(fields: fields, line: lineNumber))
      }
    }
    guard let header else { throw LexiconError(path: path, line: nil, message: "no header line") }
    self.header = header
    var index: [String: Int] = [:]
    for (position, name) in header.enumerated() where index[name] == nil { index[name] = position }
    self.columnIndex = index
    for column in requiredColumns where index[column] == nil {
      throw LexiconError(
        path: path, line: nil,
        message: "missing column '\(column)' (header has: \(header.joined(separator: ", ")))")
    }
    self.rows = rows
  }

  /// Reads and parses a file.
  public init(contentsOf path: String, requiredColumns: [String] = []) throws {
    guard let data = FileManager.default.contents(atPath: path) else {
      throw LexiconError(path: path, line: nil, message: "cannot read file")
    }
    try self.init(text: String(decoding: data, as: UTF8.self), path: path, requiredColumns: requiredColumns)
  }

  /// Whether the header has the column.
  public func hasColumn(_ name: String) -> Bool { columnIndex[name] != nil }

  /// The row's value in the named column, or "" when the column or field is absent.
  public func value(_ column: String, in row: Row) -> String {
    guard let position = columnIndex[column], position < row.fields.count else { return "" }
    return row.fields[position]
  }
}
