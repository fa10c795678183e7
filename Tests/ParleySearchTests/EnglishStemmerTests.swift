import Foundation
import Testing
@testable import ParleySearch

@Suite struct EnglishStemmerTests {
  /// Word → stem pairs generated once with PyPI `snowballstemmer` 3.1.1 (see the file's header).
  static let fixture: [(word: String, stem: String)] = {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .appendingPathComponent("Fixtures/porter2-english.tsv")
    let text = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
    return text.split(separator: "\n").compactMap { line in
      if line.hasPrefix("#") { return nil }
      let parts = line.split(separator: "\t")
      return parts.count == 2 ? (String(parts[0]), String(parts[1])) : nil
    }
  }()

  @Test("The stemmer agrees with Snowball's reference on every fixture word")
  func matchesSnowball() {
    #expect(Self.fixture.count > 4000)
    let mismatches = Self.fixture.filter { EnglishStemmer.stem($0.word) != $0.stem }
    #expect(mismatches.isEmpty, "\(mismatches.count) mismatches, e.g. \(mismatches.prefix(15).map { "\($0.word)→\(EnglishStemmer.stem($0.word)) (want \($0.stem))" })")
  }

  @Test("Inflected forms of a news word share one stem")
  func inflectionsShareStem() {
    let stems = Set(["negotiate", "negotiated", "negotiations", "negotiating"].map(EnglishStemmer.stem))
    #expect(stems == ["negoti"])
  }
}
