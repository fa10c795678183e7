import ParleyCore

/// Parses the query language into a `Query`.
///
/// ```
/// security guarantees          both words (stems), ranked by BM25
/// "security guarantees"        the phrase
/// putin OR kremlin             either
/// (putin OR kremlin) -trump    parentheses; -word or NOT word excludes
/// ceasef*   zelenskyy~         prefix; typo tolerance (1 edit, 2 for 8+ letters)
/// title:summit  source:reuters  date:2025-04-01..2025-04-30  date:2025-04
/// entity:"Donald Trump"  party:russia  topic:ceasefire   (when a FilterProvider answers them)
/// ```
///
/// Errors are `QueryError`s with the column they point at; parsing never traps.
public struct QueryParser: Sendable {
  /// Field names built into the index.
  public static let builtInFields = ["title", "body", "source", "date"]

  /// Extra filter fields accepted (answered by a `FilterProvider` at search time).
  public var filterFields: Set<String>

  public init(filterFields: Set<String> = []) { self.filterFields = filterFields }

  /// Parses with the built-in fields only.
  public static func parse(_ text: String) throws(QueryError) -> Query {
    try QueryParser().parse(text)
  }

  /// Parses `text`, accepting the built-in fields and `filterFields`.
  public func parse(_ text: String) throws(QueryError) -> Query {
    var lexer = QueryLexer(text: text, fields: Set(QueryParser.builtInFields).union(filterFields))
    let tokens = try lexer.tokens()
    var state = ParseState(tokens: tokens, endColumn: lexer.scalars.count + 1)
    guard !tokens.isEmpty else { throw QueryError("empty query", column: 1) }
    let query = try state.parseOr()
    if let token = state.peek {
      throw QueryError(token.kind == .close ? "unmatched ')'" : "unexpected \(token.kind)", column: token.column)
    }
    guard let query else { throw QueryError("nothing to search for: no letters or digits", column: 1) }
    return query
  }
}

// MARK: - Lexer

struct QueryToken {
  enum Kind: Equatable, CustomStringConvertible {
    case word(String)
    case phrase(String)
    case field(name: String, value: String, quoted: Bool)
    case open, close, and, or, not, minus

    var description: String {
      switch self {
      case .word(let w): "word '\(w)'"
      case .phrase: "phrase"
      case .field(let name, _, _): "field \(name):"
      case .open: "'('"
      case .close: "')'"
      case .and: "AND"
      case .or: "OR"
      case .not: "NOT"
      case .minus: "'-'"
      }
    }
  }
  var kind: Kind
  var column: Int
}

struct QueryLexer {
  let scalars: [Unicode.Scalar]
  let fields: Set<String>
  var index = 0

  init(text: String, fields: Set<String>) {
    scalars = Array(text.unicodeScalars)
    self.fields = fields
  }

  static func isQuote(_ c: Unicode.Scalar) -> Bool { c == "\"" || c == "\u{201C}" || c == "\u{201D}" || c == "\u{201E}" }
  static func isSpace(_ c: Unicode.Scalar) -> Bool { c.properties.isWhitespace || c.value < 0x20 }
  func isBoundary(_ c: Unicode.Scalar) -> Bool { QueryLexer.isSpace(c) || c == "(" || c == ")" || QueryLexer.isQuote(c) }

  mutating func tokens() throws(QueryError) -> [QueryToken] {
    var result: [QueryToken] = []
    while index < scalars.count {
      let c = scalars[index]
      let column = index + 1
      if QueryLexer.isSpace(c) {
        index += 1
      } else if c == "(" {
        result.append(QueryToken(kind: .open, column: column))
        index += 1
      } else if c == ")" {
        result.append(QueryToken(kind: .close, column: column))
        index += 1
      } else if QueryLexer.isQuote(c) {
        result.append(QueryToken(kind: .phrase(try quoted()), column: column))
      } else if c == "-" && index + 1 < scalars.count && !isBoundary(scalars[index + 1]) || c == "-" && index + 1 < scalars.count && scalars[index + 1] == "(" || c == "-" && index + 1 < scalars.count && QueryLexer.isQuote(scalars[index + 1]) {
        result.append(QueryToken(kind: .minus, column: column))
        index += 1
      } else {
        let word = readWord()
        switch word {
        case "AND": result.append(QueryToken(kind: .and, column: column))
        case "OR": result.append(QueryToken(kind: .or, column: column))
        case "NOT": result.append(QueryToken(kind: .not, column: column))
        default:
          if let colon = word.firstIndex(of: ":"), colon != word.startIndex,
            word[..<colon].unicodeScalars.allSatisfy({ $0.properties.isAlphabetic })
          {
            let name = word[..<colon].lowercased()
            guard fields.contains(name) else {
              throw QueryError(
                "unknown field '\(word[..<colon])' (known: \(fields.sorted().joined(separator: ", ")))", column: column)
            }
            var value = String(word[word.index(after: colon)...])
            var quotedValue = false
            if value.isEmpty {
              if index < scalars.count && QueryLexer.isQuote(scalars[index]) {
                value = try quoted()
                quotedValue = true
              }
              if value.trimmingSpaces.isEmpty {
                throw QueryError("field \(name): needs a value", column: column + name.unicodeScalars.count + 1)
              }
            }
            result.append(QueryToken(kind: .field(name: name, value: value, quoted: quotedValue), column: column))
          } else {
            result.append(QueryToken(kind: .word(word), column: column))
          }
        }
      }
    }
    return result
  }

  private mutating func readWord() -> String {
    var word = String.UnicodeScalarView()
    while index < scalars.count && !isBoundary(scalars[index]) {
      word.append(scalars[index])
      index += 1
    }
    return String(word)
  }

  /// Reads a quoted string starting at the opening quote.
  private mutating func quoted() throws(QueryError) -> String {
    let open = index
    index += 1
    var text = String.UnicodeScalarView()
    while index < scalars.count && !QueryLexer.isQuote(scalars[index]) {
      text.append(scalars[index])
      index += 1
    }
    guard index < scalars.count else { throw QueryError("unclosed quote", column: open + 1) }
    index += 1
    return String(text)
  }
}

extension String {
  var trimmingSpaces: Substring {
    let scalars = unicodeScalars
    guard let first = scalars.firstIndex(where: { !QueryLexer.isSpace($0) }) else { return "" }
    let last = scalars.lastIndex(where: { !QueryLexer.isSpace($0) })!
    return Substring(scalars[first...last])
  }
}

// MARK: - Parser

private struct ParseState {
  let tokens: [QueryToken]
  let endColumn: Int
  var index = 0

  init(tokens: [QueryToken], endColumn: Int) {
    self.tokens = tokens
    self.endColumn = endColumn
  }

  var peek: QueryToken? { index < tokens.count ? tokens[index] : nil }

  /// or := and (OR and)*
  mutating func parseOr() throws(QueryError) -> Query? {
    if let token = peek, token.kind == .or { throw QueryError("OR needs words on both sides", column: token.column) }
    var parts: [Query] = []
    var sawOperand = false
    if let first = try parseAnd() { parts.append(first) }
    sawOperand = true
    while let token = peek, token.kind == .or {
      index += 1
      guard let next = peek, next.kind != .close, next.kind != .or else {
        throw QueryError("OR needs words on both sides", column: token.column)
      }
      if let part = try parseAnd() { parts.append(part) }
    }
    _ = sawOperand
    switch parts.count {
    case 0: return nil
    case 1: return parts[0]
    default: return .or(parts)
    }
  }

  /// and := unary ([AND] unary)*
  mutating func parseAnd() throws(QueryError) -> Query? {
    var parts: [Query] = []
    while let token = peek, token.kind != .or, token.kind != .close {
      if token.kind == .and {
        guard !parts.isEmpty || index > 0 && tokens[index - 1].kind != .open, index + 1 < tokens.count,
          tokens[index + 1].kind != .close, tokens[index + 1].kind != .or, tokens[index + 1].kind != .and
        else { throw QueryError("AND needs words on both sides", column: token.column) }
        index += 1
        continue
      }
      if let part = try parseUnary() { parts.append(part) }
    }
    switch parts.count {
    case 0: return nil
    case 1: return parts[0]
    default: return .and(parts)
    }
  }

  mutating func parseUnary() throws(QueryError) -> Query? {
    guard let token = peek else { return nil }
    if token.kind == .not || token.kind == .minus {
      index += 1
      guard let next = peek, next.kind != .close, next.kind != .or, next.kind != .and else {
        throw QueryError("\(token.kind == .not ? "NOT" : "'-'") needs a word after it", column: token.column)
      }
      return try parseUnary().map { .not($0) }
    }
    return try parsePrimary()
  }

  mutating func parsePrimary() throws(QueryError) -> Query? {
    let token = tokens[index]
    index += 1
    switch token.kind {
    case .open:
      if let next = peek, next.kind == .close { throw QueryError("empty parentheses", column: token.column) }
      let inner = try parseOr()
      guard let close = peek, close.kind == .close else { throw QueryError("unclosed '('", column: token.column) }
      _ = close
      index += 1
      return inner
    case .word(let word):
      return try ParseState.wordQuery(word, field: nil, column: token.column)
    case .phrase(let text):
      return ParseState.phraseQuery(text, field: nil)
    case .field(let name, let value, let quoted):
      return try ParseState.fieldQuery(name: name, value: value, quoted: quoted, column: token.column)
    default:
      throw QueryError("unexpected \(token.kind)", column: token.column)
    }
  }

  static func phraseQuery(_ text: String, field: ArticleField?) -> Query? {
    let words = Tokenizer.tokens(text)
    switch words.count {
    case 0: return nil
    case 1: return .term(words[0], field: field)
    default: return .phrase(words, field: field)
    }
  }

  static func wordQuery(_ word: String, field: ArticleField?, column: Int) throws(QueryError) -> Query? {
    if word.hasSuffix("*") || word.hasSuffix("~") {
      let isPrefix = word.hasSuffix("*")
      let words = Tokenizer.tokens(String(word.dropLast()))
      guard words.count == 1 else {
        throw QueryError(
          words.isEmpty
            ? "'\(word.last!)' needs letters before it" : "'\(word.last!)' works on one word, not '\(word.dropLast())'",
          column: column)
      }
      return isPrefix ? .prefix(words[0], field: field) : .fuzzy(words[0], field: field)
    }
    return phraseQuery(word, field: field)
  }

  static func fieldQuery(name: String, value: String, quoted: Bool, column: Int) throws(QueryError) -> Query? {
    let valueColumn = column + name.unicodeScalars.count + 1
    switch name {
    case "title", "body":
      let field: ArticleField = name == "title" ? .title : .body
      let query = quoted ? phraseQuery(value, field: field) : try wordQuery(value, field: field, column: valueColumn)
      guard let query else { throw QueryError("field \(name): needs letters or digits", column: valueColumn) }
      return query
    case "source":
      let folded = Tokenizer.tokens(value).joined(separator: " ")
      guard !folded.isEmpty else { throw QueryError("field source: needs letters or digits", column: valueColumn) }
      return .source(folded)
    case "date":
      let bounds = value.split(separator: "..", maxSplits: 1, omittingEmptySubsequences: false)
      let lowText = bounds[0]
      let highText = bounds.count > 1 ? bounds[1] : bounds[0]
      let low = lowText.isEmpty ? 0 : DateBound.parse(lowText, upper: false)
      let high = highText.isEmpty ? 99_991_231 : DateBound.parse(highText, upper: true)
      guard let low, let high, !(lowText.isEmpty && highText.isEmpty) else {
        throw QueryError("date: expects YYYY[-MM[-DD]], optionally as a range A..B", column: valueColumn)
      }
      guard low <= high else { throw QueryError("date range ends before it starts", column: valueColumn) }
      return .dateRange(from: low, through: high)
    default:
      let trimmed = String(value.trimmingSpaces)
      guard !trimmed.isEmpty else { throw QueryError("field \(name): needs a value", column: valueColumn) }
      return .filter(field: name, value: trimmed)
    }
  }
}
