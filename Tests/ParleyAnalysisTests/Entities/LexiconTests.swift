import Foundation
import ParleyCore
import Testing
@testable import ParleyAnalysis

@Suite struct LexiconTests {
  /// Writes a copy of the bundled lexicon with one file replaced, and loads it.
  private func loadVariant(replacing file: String, with text: String) throws -> Lexicon {
    let bundled = try #require(Lexicon.bundledDirectoryForTests)
    let copy = FileManager.default.temporaryDirectory.appendingPathComponent("lexicon-\(UUID().uuidString)")
    try FileManager.default.copyItem(atPath: bundled, toPath: copy.path)
    defer { try? FileManager.default.removeItem(at: copy) }
    try text.write(to: copy.appendingPathComponent(file), atomically: true, encoding: .utf8)
    return try Lexicon.load(directory: copy.path)
  }

  @Test("The bundled lexicon loads, with its parties and a broad gazetteer")
  func bundled() {
    let lexicon = TestLexicon.shared
    #expect(lexicon.partyIDs == ["us", "ukraine", "russia", "europe", "other", "none"])
    #expect(lexicon.entries.count > 300)
    #expect(lexicon.entries(named: "ZELENSKIY").map(\.canonicalName) == ["Volodymyr Zelensky"])
  }

  @Test("A gazetteer line with a party that parties.tsv lacks is an error naming file and line")
  func unknownParty() {
    #expect {
      try loadVariant(
        replacing: "gazetteer/people.tsv", with: "canonical_name\ttype\tparty\taliases\nJane Roe\tperson\tmars\t\n")
    } throws: { error in
      "\(error)".hasSuffix("people.tsv:2: party 'mars' is not in parties.tsv")
    }
  }

  @Test("An added gazetteer line is recognised with its aliases: the data, not the code, decides")
  func editableData() throws {
    let lexicon = try loadVariant(
      replacing: "gazetteer/people.tsv",
      with: "canonical_name\ttype\tparty\taliases\nJane Roe\tperson\tus\tRoe|J. Roe\n")
    let found = EntityRecognizer(lexicon: lexicon).recognize(title: "", body: "J. Roe spoke; Roe left.")
    #expect(found.mentions.map(\.canonicalName) == ["Jane Roe", "Jane Roe"])
  }

  @Test("A missing lexicon folder is a one-line error")
  func missingFolder() {
    #expect(throws: LexiconError.self) { try Lexicon.load(directory: "/nonexistent/lexicon") }
  }
}

extension Lexicon {
  static var bundledDirectoryForTests: String? { ParleyCore.BundledData.directory("lexicon") }
}
