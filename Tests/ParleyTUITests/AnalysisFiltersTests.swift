import ParleyAnalysis
import ParleyCore
import ParleySearch
import ParleyTestSupport
import Testing
@testable import ParleyTUI

/// `entity:`, `party:`, `voice:` and `topic:` over the fixture corpus, with the bundled lexicon.
@Suite struct AnalysisFiltersTests {
  let store = FixtureCorpus.store()

  /// The fixture's index with the analysis filters and the alias spellings.
  func index() -> SearchIndex {
    var index = SearchIndex(store: store, threads: 1)
    index.filterProviders = [AnalysisFilters(store: store)]
    index.spellingVariants = AliasVariants.spellingVariants()
    return index
  }

  /// The ids of the articles the query finds, sorted.
  func ids(_ query: String) throws -> [String] {
    let index = index()
    let parsed = try index.parser.parse(query)
    for case let filters as AnalysisFilters in index.filterProviders { try filters.validate(parsed) }
    return index.search(parsed, limit: 50).hits.map { store[$0.position].id }.sorted()
  }

  @Test("entity: matches the canonical name or any spelling, whatever the case and accents")
  func entityAnySpelling() throws {
    let expected = ["a1", "a4"]
    #expect(try ids("entity:\"Volodymyr Zelensky\"") == expected)
    #expect(try ids("entity:Zelenskyy") == expected)
    #expect(try ids("entity:ZELENSKIY") == expected)
    #expect(try ids("entity:zelensky") == expected)
    #expect(try ids("entity:\"Zelenskýy\"") == expected)
    #expect(try ids("entity:kremlin") == ["a2"])
  }

  @Test("entity: combines with words, OR and NOT")
  func entityInQueries() throws {
    #expect(try ids("ceasefire entity:zelenskyy") == ["a4"])
    #expect(try ids("entity:putin OR entity:macron") == ["a2", "a3"])
    #expect(try ids("crimea -entity:\"donald trump\"") == ["a2", "a3", "a5"])
  }

  @Test("party: finds articles that mention the party through its people, bodies, places or demonyms")
  func partyMentions() throws {
    // a1 names Russia (the place), a2 the Kremlin, Putin and Moscow; a3's "as Russian" is an
    // adjective, not a mention.
    #expect(try ids("party:russia") == ["a1", "a2"])
    #expect(try ids("party:europe").contains("a3"))  // Emmanuel Macron, Brussels
    #expect(try ids("party:\"United States\"") == ids("party:us"))
  }

  @Test("voice: finds only the articles where the party holds a stance or a quote")
  func voice() throws {
    let voiced = try ids("voice:russia")
    #expect(voiced.allSatisfy { try! ids("party:russia").contains($0) })
    #expect(!voiced.contains("a1"))  // Russia is only the object of Kyiv's refusal there
  }

  @Test("topic: finds the articles whose sentences carry the topic's triggers")
  func topic() throws {
    #expect(try ids("topic:ceasefire") == ["a4"])
    #expect(try ids("topic:crimea").contains("a1"))
    #expect(try ids("topic:crimea_recognition") == ids("topic:crimea"))
  }

  @Test("An unknown party or topic names the valid choices; an unknown entity says it is unknown")
  func unknownValues() throws {
    let index = index()
    let filters = try #require(index.filterProviders.first as? AnalysisFilters)
    #expect(throws: AnalysisFilterError.self) { try filters.validate(try index.parser.parse("party:mars")) }
    do {
      try filters.validate(try index.parser.parse("talks party:mars"))
    } catch let error as AnalysisFilterError {
      #expect(error.message.contains("unknown party 'mars'"))
      #expect(error.message.contains("us, ukraine, russia, europe"))
    }
    do {
      try filters.validate(try index.parser.parse("topic:weather"))
    } catch let error as AnalysisFilterError {
      #expect(error.message.contains("ceasefire"))
      #expect(error.message.contains("crimea_recognition"))
    }
    #expect(throws: AnalysisFilterError.self) { try filters.validate(try index.parser.parse("entity:\"Nobody Atall\"")) }
    // Known to the gazetteer but absent from these articles: valid, and matches nothing.
    #expect(try ids("entity:\"Sergey Lavrov\"").isEmpty)
  }

  @Test("A query without analysis fields runs no analysis")
  func notUsed() throws {
    #expect(!AnalysisFilters.isUsed(in: try QueryParser(filterFields: AnalysisFilters.fields).parse("kyiv \"peace talks\" source:bbc")))
    #expect(AnalysisFilters.isUsed(in: try QueryParser(filterFields: AnalysisFilters.fields).parse("kyiv -(topic:ceasefire)")))
  }
}

/// Spelling groups taken from the gazetteer's aliases.
@Suite struct AliasVariantsTests {
  @Test("Transliterations of one name in the gazetteer form one spelling group")
  func groups() throws {
    let groups = AliasVariants.groups(in: try Lexicon.bundled())
    let zelensky = try #require(groups.first { $0.contains("zelenskyy") })
    #expect(Set(["zelensky", "zelenskiy", "zelenski"]).isSubset(of: Set(zelensky)))
    #expect(groups.contains { $0.contains("sergey") && $0.contains("sergei") })
    #expect(groups.contains { $0.contains("andriy") && $0.contains("andrii") })
  }

  @Test("Titles, abbreviations and metonyms are not spellings")
  func notSpellings() throws {
    let words = Set(AliasVariants.groups(in: try Lexicon.bundled()).joined())
    for word in ["president", "us", "usa", "the", "kremlin", "mr"] { #expect(!words.contains(word), "\(word)") }
    #expect(!AliasVariants.areSpellings("trump", "donald"))
    #expect(AliasVariants.areSpellings("medvedev", "medvedyev"))
  }

  @Test("Searching one spelling finds the others, the searched one ranked first")
  func search() throws {
    func article(_ id: String, _ body: String) -> Article {
      let whole = TextRange(0, body.utf8.count)
      return Article(
        id: id, title: "Talks", source: "s", path: "", body: body, paragraphs: [whole], sentences: [Sentence(range: whole, paragraph: 0)])
    }
    let store = DocumentStore(articles: [
      article("x", "Andrii Sybiha met envoys."), article("y", "Andriy Sybiha met envoys again."), article("z", "Nothing here."),
    ])
    var index = SearchIndex(store: store, threads: 1)
    index.spellingVariants = AliasVariants.spellingVariants()
    let hits = index.search(try index.parser.parse("andrii"), limit: 10).hits.map { store[$0.position].id }
    #expect(hits == ["x", "y"])
    let other = index.search(try index.parser.parse("andriy"), limit: 10).hits.map { store[$0.position].id }
    #expect(other == ["y", "x"])
  }
}

/// The browser's search, as `CorpusBuilder` wires it.
@Suite struct BrowserSearchFilterTests {
  let corpus = CorpusBuilder(name: "fixture").build(store: FixtureCorpus.store())

  func ids(_ query: String) throws -> [String] {
    try corpus.search.search(query, limit: 10).hits.map { corpus.store[$0.position].id }.sorted()
  }

  @Test("The browser's /zelenskyy finds the articles that spell it Zelensky")
  func spellings() throws {
    #expect(try ids("zelenskyy") == ["a1", "a4"])
    #expect(try ids("Zelenskiy") == ["a1", "a4"])
  }

  @Test("The browser's search accepts entity:, party:, voice: and topic:")
  func filters() throws {
    #expect(try ids("entity:Zelenskyy") == ["a1", "a4"])
    #expect(try ids("party:russia") == ["a1", "a2"])
    #expect(try ids("topic:ceasefire") == ["a4"])
    #expect(try ids("crimea voice:europe").allSatisfy { ["a2", "a3"].contains($0) })
  }

  @Test("An unknown party in the browser's search is a one-line failure listing the parties")
  func unknownParty() {
    do {
      _ = try corpus.search.search("party:mars", limit: 10)
      Issue.record("party:mars was accepted")
    } catch let failure as SearchFailure {
      #expect(failure.message.contains("us, ukraine, russia, europe"))
      #expect(!failure.message.contains("\n"))
    } catch {
      Issue.record("unexpected \(error)")
    }
  }
}
