/// A query that cannot be parsed: what is wrong and where.
///
/// `column` is 1-based and counts characters (Unicode scalars) of the query text.
public struct QueryError: Error, Sendable, Hashable, CustomStringConvertible {
  /// What is wrong, e.g. `unclosed quote`.
  public var message: String
  /// The 1-based column the problem points at.
  public var column: Int

  public init(_ message: String, column: Int) {
    self.message = message
    self.column = column
  }

  public var description: String { "column \(column): \(message)" }

  /// Two lines: the query, then a caret under the offending column.
  ///
  /// ```
  /// "peace talks
  /// ^
  /// ```
  public func pointer(in query: String) -> String {
    let clean = String(String.UnicodeScalarView(query.unicodeScalars.map { $0.value < 0x20 || $0 == "\u{7F}" ? " " : $0 }))
    return clean + "\n" + String(repeating: " ", count: max(0, column - 1)) + "^"
  }
}
