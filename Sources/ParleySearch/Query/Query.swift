import ParleyCore

/// A parsed search query: a tree of words, phrases and filters.
///
/// Words and phrases hold folded tokens (see `Tokenizer`); stemming happens at search time.
/// Build one with `QueryParser.parse(_:)`; `description` prints it back in query syntax.
public indirect enum Query: Sendable, Hashable, CustomStringConvertible {
  /// A word; matches any word with the same stem, the exact form scoring higher.
  case term(String, field: ArticleField?)
  /// Words at consecutive positions (stems compared).
  case phrase([String], field: ArticleField?)
  /// Any word starting with the folded prefix (`ceasef*`).
  case prefix(String, field: ArticleField?)
  /// Any word within edit distance 1 (2 for words of 8+ letters) of the word (`zelenskyy~`).
  case fuzzy(String, field: ArticleField?)
  /// Articles whose source name contains the folded text (`source:reuters`).
  case source(String)
  /// Articles dated within the closed range, as `yyyymmdd` integers (`date:2025-04-01..2025-04-30`).
  case dateRange(from: Int, through: Int)
  /// A field answered by a `FilterProvider` (`entity:"Donald Trump"`, `party:russia`).
  case filter(field: String, value: String)
  /// All must match.
  case and([Query])
  /// Any may match.
  case or([Query])
  /// Must not match (inside an `and`; on its own, everything except its matches).
  case not(Query)

  public var description: String {
    func scoped(_ field: ArticleField?, _ text: String) -> String {
      field.map { "\($0.rawValue):\(text)" } ?? text
    }
    switch self {
    case .term(let word, let field): return scoped(field, word)
    case .phrase(let words, let field): return scoped(field, "\"\(words.joined(separator: " "))\"")
    case .prefix(let word, let field): return scoped(field, word + "*")
    case .fuzzy(let word, let field): return scoped(field, word + "~")
    case .source(let text): return "source:" + (text.contains(" ") ? "\"\(text)\"" : text)
    case .dateRange(let from, let through): return "date:\(DateBound.format(from))..\(DateBound.format(through))"
    case .filter(let field, let value): return "\(field):" + (value.contains(" ") ? "\"\(value)\"" : value)
    case .and(let parts): return parts.map { $0.isCompound ? "(\($0))" : $0.description }.joined(separator: " ")
    case .or(let parts): return parts.map { $0.isCompound ? "(\($0))" : $0.description }.joined(separator: " OR ")
    case .not(let part): return "-" + (part.isCompound ? "(\(part))" : part.description)
    }
  }

  private var isCompound: Bool {
    switch self {
    case .and, .or: true
    default: false
    }
  }
}

/// Date bounds as `yyyymmdd` integers.
enum DateBound {
  /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (or a longer ISO timestamp) to the first or last
  /// day it covers; nil when malformed.
  static func parse(_ text: Substring, upper: Bool) -> Int? {
    let parts = text.prefix(10).split(separator: "-", omittingEmptySubsequences: false)
    guard (1...3).contains(parts.count), parts[0].count == 4, let year = Int(parts[0]) else { return nil }
    var month = upper ? 12 : 1
    var day = upper ? 31 : 1
    if parts.count > 1 {
      guard parts[1].count == 2, let m = Int(parts[1]), (1...12).contains(m) else { return nil }
      month = m
    }
    if parts.count > 2 {
      guard parts[2].count == 2, let d = Int(parts[2]), (1...31).contains(d) else { return nil }
      day = d
    }
    return year * 10000 + month * 100 + day
  }

  /// `yyyymmdd` → `YYYY-MM-DD`.
  static func format(_ value: Int) -> String {
    let year = value / 10000
    let month = value / 100 % 100
    let day = value % 100
    func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
    return "\(year)-\(two(month))-\(two(day))"
  }
}
