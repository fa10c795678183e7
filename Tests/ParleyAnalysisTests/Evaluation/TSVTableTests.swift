import Testing
@testable import ParleyAnalysis

@Suite struct TSVTableTests {
  @Test("Comments and blank lines are skipped; short rows are padded; line numbers are kept")
  func parsing() throws {
    let text = "# a comment\nname\ttype\taliases\n\nKyiv\tplace\tKiev\nLondon\tplace\n"
    let table = try TSVTable(text: text, path: "t.tsv", requiredColumns: ["name", "type"])
    #expect(table.rows.count == 2)
    #expect(table.value("aliases", in: table.rows[0]) == "Kiev")
    #expect(table.value("aliases", in: table.rows[1]) == "")
    #expect(table.rows[1].line == 5)
  }

  @Test("A missing column is a one-line error naming the file and the column")
  func missingColumn() {
    #expect {
      try TSVTable(text: "name\tkind\n", path: "gold.tsv", requiredColumns: ["type"])
    } throws: { error in
      "\(error)".hasPrefix("gold.tsv: missing column 'type'")
    }
  }
}
