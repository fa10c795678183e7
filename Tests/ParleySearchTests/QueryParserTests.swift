import Testing
@testable import ParleySearch

@Suite struct QueryParserTests {
  @Test("The query language parses into the expected tree", arguments: [
    ("security guarantees", "security guarantees"),
    ("\"Security Guarantees\"", "\"security guarantees\""),
    ("putin OR kremlin", "putin OR kremlin"),
    ("(putin OR kremlin) -trump", "(putin OR kremlin) -trump"),
    ("NOT trump summit", "-trump summit"),
    ("ceasef* zelenskyy~", "ceasef* zelenskyy~"),
    ("title:Summit source:\"BBC News\"", "title:summit source:\"bbc news\""),
    ("co-chair", "\"co chair\""),
    ("Ukraine’s", "ukraine"),
    ("date:2025-04-01..2025-04-30", "date:2025-04-01..2025-04-30"),
    ("date:2025-04", "date:2025-04-01..2025-04-31"),
    ("a AND b", "a b"),
  ])
  func parses(text: String, expected: String) throws {
    #expect(try QueryParser.parse(text).description == expected)
  }

  @Test("Malformed queries say what is wrong and point at the column", arguments: [
    ("\"peace talks", "unclosed quote", 1),
    ("(putin OR kremlin", "unclosed '('", 1),
    ("putin)", "unmatched ')'", 6),
    ("foo:bar", "unknown field 'foo'", 1),
    ("peace title:", "field title: needs a value", 13),
    ("putin OR", "OR needs words on both sides", 7),
    ("OR putin", "OR needs words on both sides", 1),
    ("peace -", "nothing", 0),
    ("date:April", "date: expects", 6),
    ("()", "empty parentheses", 1),
    ("", "empty query", 1),
    ("— …", "nothing to search for", 1),
    ("*", "'*' needs letters before it", 1),
  ])
  func errors(text: String, message: String, column: Int) {
    do {
      let query = try QueryParser.parse(text)
      // A lone dash is a word separator, not an operator: the query is just "peace".
      #expect(message == "nothing" && query.description == "peace")
    } catch {
      #expect(error.message.contains(message), "\(error.message)")
      #expect(error.column == column)
    }
  }

  @Test("The pointer puts a caret under the column")
  func pointer() {
    let error = QueryError("unclosed quote", column: 7)
    #expect(error.pointer(in: "peace \"talks") == "peace \"talks\n      ^")
  }

  @Test("Provider fields are accepted only when a parser knows them")
  func providerFields() throws {
    #expect(throws: QueryError.self) { try QueryParser.parse("party:russia") }
    let parser = QueryParser(filterFields: ["party", "entity"])
    #expect(try parser.parse("entity:\"Donald Trump\" party:russia").description == "entity:\"Donald Trump\" party:russia")
  }

  @Test("Random garbage never traps the parser")
  func garbage() {
    let alphabet = Array("ab \"()-*~:OR AND NOT title:date:..’—")
    var generator = SystemRandomNumberGenerator()
    for _ in 0..<2000 {
      let length = Int.random(in: 0...12, using: &generator)
      let text = String((0..<length).map { _ in alphabet.randomElement(using: &generator)! })
      _ = try? QueryParser.parse(text)
    }
  }
}
