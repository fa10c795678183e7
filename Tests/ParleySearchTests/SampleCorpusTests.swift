import Foundation
import ParleyCore
import Testing
@testable import ParleySearch

/// End to end on the bundled sample in data/articles (the only search tests that read data/).
@Suite struct SampleCorpusTests {
  static let store: DocumentStore? = {
    guard let folder = BundledData.directory("articles"),
      let report = try? CorpusLoader().load(paths: [folder])
    else { return nil }
    return DocumentStore(articles: report.articles)
  }()

  @Test("\"security guarantees\" ranks the articles that discuss them first, phrase highlighted")
  func securityGuarantees() throws {
    let store = try #require(Self.store)
    let index = SearchIndex(store: store)
    let results = index.search(try QueryParser.parse("\"security guarantees\""))
    #expect(results.totalHits >= 2)
    for hit in results.hits {
      let body = store[hit.position].body
      let phrase = try #require(hit.snippet?.highlights.first)
      #expect(body.slice(phrase).lowercased() == "security guarantees")
    }
    // The article that names the phrase most often comes first.
    let counts = results.hits.map { hit in
      store[hit.position].body.lowercased().components(separatedBy: "security guarantees").count - 1
    }
    #expect(counts.first == counts.max())
  }

  @Test("zelenskyy finds the articles that spell it Zelensky, through the bundled variants file")
  func zelenskyVariants() throws {
    let store = try #require(Self.store)
    var index = SearchIndex(store: store)
    let folder = try #require(BundledData.directory("search"))
    index.spellingVariants = SpellingVariants(text: try String(contentsOfFile: folder + "/variants.txt", encoding: .utf8))
    let spellsZelensky = store.articles.filter { $0.body.contains("Zelensky ") || $0.body.contains("Zelensky’") || $0.body.contains("Zelensky,") || $0.body.contains("Zelensky.") }
    #expect(!spellsZelensky.isEmpty)
    let found = Set(index.search(try QueryParser.parse("zelenskyy"), limit: 100).hits.map(\.articleID))
    for article in spellsZelensky { #expect(found.contains(article.id), "\(article.id)") }
    // Typo tolerance reaches them without the file too.
    let plain = SearchIndex(store: store)
    let fuzzy = Set(plain.search(try QueryParser.parse("zelenskyy~"), limit: 100).hits.map(\.articleID))
    for article in spellsZelensky { #expect(fuzzy.contains(article.id), "\(article.id)") }
  }
}
