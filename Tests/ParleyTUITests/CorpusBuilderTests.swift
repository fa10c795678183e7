import ParleyTestSupport
import Testing
@testable import ParleyTUI

@Suite struct CorpusBuilderTests {
  @Test("Without a quit, every article is analysed and the comparison is built")
  func complete() {
    let progress = LoadProgress()
    let corpus = CorpusBuilder(name: "fixture").build(store: FixtureCorpus.store(), progress: progress)
    #expect(!corpus.entities.isEmpty)
    #expect(corpus.entities.count == corpus.store.count)
    #expect(corpus.comparison != nil)
    #expect(progress.snapshot.stage == "comparing sources")
  }

  @Test("After the user quit while loading, the analysis is skipped")
  func cancelled() {
    let progress = LoadProgress()
    progress.cancel()
    let corpus = CorpusBuilder(name: "fixture").build(store: FixtureCorpus.store(), progress: progress)
    #expect(corpus.entities.isEmpty)
    #expect(corpus.comparison == nil)
  }
}

@Suite struct CorpusBuilderPhaseTests {
  let builder = CorpusBuilder(name: "fixture")

  @Test("The searchable corpus answers keyword searches with the gazetteer's spellings but has no analyses yet")
  func searchable() throws {
    let corpus = builder.buildSearchable(store: FixtureCorpus.store())
    #expect(corpus.entities.isEmpty)
    #expect(corpus.comparison == nil)
    #expect(try corpus.search.search("ceasefire", limit: 10).total == 1)
    // The gazetteer spells him Zelenskyy too; the fixture says Zelensky.
    #expect(try corpus.search.search("zelenskyy", limit: 10).total == 2)
    #expect(throws: AnalysisPendingFailure.self) { try corpus.search.search("talks party:russia", limit: 10) }
    #expect(throws: AnalysisPendingFailure.self) { try corpus.search.search("topic:ceasefire", limit: 10) }
  }

  @Test("Indexing shows how far it got, and a quit while indexing leaves the index out")
  func indexingProgress() {
    let progress = LoadProgress()
    let corpus = builder.buildSearchable(store: FixtureCorpus.store(), progress: progress)
    #expect(progress.snapshot.stage.hasPrefix("indexing"))
    #expect(progress.snapshot.fraction == 1)
    #expect(corpus.search is IndexedSearch)
    let quit = LoadProgress()
    quit.cancel()
    #expect(!(builder.buildSearchable(store: FixtureCorpus.store(), progress: quit).search is IndexedSearch))
  }

  @Test("Enriching adds entities, the comparison and the analysis filters to the same articles")
  func enriched() throws {
    let searchable = builder.buildSearchable(store: FixtureCorpus.store())
    let corpus = builder.enrich(searchable)
    #expect(corpus.entities.count == corpus.store.count)
    #expect(corpus.comparison != nil)
    #expect(corpus.directory.entryCount > 0)
    let kremlin = try corpus.search.search("entity:Kremlin", limit: 10).hits.map { corpus.store[$0.position].id }
    #expect(kremlin == ["a2"])
    #expect(try corpus.search.search("ceasefire", limit: 10) == searchable.search.search("ceasefire", limit: 10))
  }

  @Test("What loading had to say (files skipped) is still the first note after the analysis")
  func loadNotesStayFirst() {
    var searchable = builder.buildSearchable(store: FixtureCorpus.store())
    searchable.notes = ["loaded 3 articles from 4 files; skipped 1: 1 empty (empty.txt)"]
    let corpus = builder.enrich(searchable)
    #expect(corpus.notes.first == searchable.notes.first)
  }

  @Test("Enriching after the user quit returns the corpus as it was")
  func enrichCancelled() {
    let progress = LoadProgress()
    progress.cancel()
    let corpus = builder.enrich(builder.buildSearchable(store: FixtureCorpus.store()), progress: progress)
    #expect(corpus.entities.isEmpty)
    #expect(corpus.comparison == nil)
    #expect(throws: AnalysisPendingFailure.self) { try corpus.search.search("entity:Kremlin", limit: 10) }
  }

  @Test("Without a readable lexicon, enriching leaves the analyses out with a note")
  func missingLexicon() {
    let builder = CorpusBuilder(name: "fixture", lexiconFolder: "/nonexistent/lexicon")
    let corpus = builder.enrich(builder.buildSearchable(store: FixtureCorpus.store()))
    #expect(corpus.entities.isEmpty)
    #expect(corpus.notes.first?.hasPrefix("entities unavailable") == true)
    #expect((try? corpus.search.search("ceasefire", limit: 10).total) == 1)
  }
}
