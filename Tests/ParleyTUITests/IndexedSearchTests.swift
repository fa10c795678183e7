import ParleyCore
import ParleySearch
import ParleyTestSupport
import Testing
@testable import ParleyTUI

@Suite struct IndexedSearchTests {
  let store = FixtureCorpus.store()
  var search: IndexedSearch { IndexedSearch(index: SearchIndex(store: store, threads: 1)) }

  @Test("The index finds articles and gives byte ranges that cover the matched words")
  func highlights() throws {
    let outcome = try search.search("ceasefire", limit: 10)
    #expect(outcome.total == 1)
    let position = try #require(outcome.hits.first?.position)
    #expect(store[position].id == "a4")
    let found = search.highlights(for: "ceasefire", in: position)
    #expect(!found.body.isEmpty)
    for range in found.body { #expect(store[position].body.slice(range).lowercased().hasPrefix("ceasefire")) }
    #expect(store[position].title.slice(found.title[0]) == "Ceasefire")
  }

  @Test("A query the parser rejects becomes a one-line failure for the status bar")
  func badQuery() {
    #expect(throws: SearchFailure.self) { try search.search("\"peace talks", limit: 10) }
  }

  @Test("Searching through the browser with the index lists and highlights like the plain search")
  func throughTheBrowser() {
    var corpus = FixtureCorpus.corpus()
    corpus.search = search
    var state = AppState(corpus: corpus, size: Size(width: 80, height: 24))
    for event in [TerminalEvent.key(.character("/"))] + TerminalEvent.typing("Kremlin") + [.key(.enter)] { state.handle(event) }
    #expect(state.rows.map { store[$0].id } == ["a2"])
    let buffer = BrowserView.render(state).buffer
    #expect(buffer.style(of: "Kremlin said") == Theme.searchHit)
    state.handle(.key(.character("/")))
    for event in TerminalEvent.typing("(unclosed") + [.key(.enter)] { state.handle(event) }
    #expect(state.query == "Kremlin")
    #expect(BrowserView.render(state).buffer.lineText(23).contains("search: bad query"))
  }
}
