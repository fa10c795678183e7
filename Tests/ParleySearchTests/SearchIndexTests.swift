import ParleyCore
import Testing
@testable import ParleySearch

@Suite struct SearchIndexTests {
  let index = TestCorpus.index()

  @Test("Every word must match, and stems join inflected forms")
  func andWithStems() throws {
    #expect(try Set(index.ids("security guarantees")) == ["moscow", "paris"])
    #expect(try Set(index.ids("sanction")) == ["washington"])
    #expect(try Set(index.ids("negotiate")) == ["washington"])
    #expect(try index.ids("kyiv talks").isEmpty)
  }

  @Test("Case, accents and apostrophes do not matter")
  func folding() throws {
    #expect(try index.ids("KYIV") == ["kyiv"])
    #expect(try index.ids("cafe") == ["paris"])
    #expect(try index.ids("Ukraine's position") == ["kyiv"])
    #expect(try index.ids("putin") == ["moscow"])
  }

  @Test("A phrase needs consecutive words; a hyphenated word is a phrase")
  func phrases() throws {
    #expect(try Set(index.ids("\"security guarantees\"")) == ["moscow", "paris"])
    #expect(try index.ids("\"guarantees security\"").isEmpty)
    #expect(try index.ids("\"white house\"") == ["washington"])
    #expect(try index.ids("\"co-chair\"") == ["paris"])
    #expect(try index.ids("co-chair") == ["paris"])
    #expect(try index.ids("\"ukraine position\"") == ["kyiv"])
  }

  @Test("OR, NOT and parentheses combine sets")
  func booleans() throws {
    #expect(try Set(index.ids("putin OR macron")) == ["moscow", "paris"])
    #expect(try Set(index.ids("talks -london")) == ["moscow"])
    #expect(try Set(index.ids("talks NOT kremlin")) == ["london"])
    #expect(try Set(index.ids("(putin OR macron) guarantees -coalition")) == ["moscow"])
    #expect(try index.ids("-the").isEmpty)
    #expect(try Set(index.ids("-reuters -talks")) == ["kyiv", "paris", "washington"])
  }

  @Test("A prefix matches every word that starts with it")
  func prefix() throws {
    #expect(try Set(index.ids("sanct*")) == ["washington"])
    #expect(try Set(index.ids("negotia*")) == ["washington"])
    #expect(try Set(index.ids("zel*")) == ["kyiv", "paris"])
  }

  @Test("A tilde tolerates typos: one edit, two for long words")
  func typos() throws {
    #expect(try Set(index.ids("zelenskyy~")) == ["kyiv", "paris"])
    #expect(try Set(index.ids("kremln~")) == ["kyiv", "moscow"])
    #expect(try Set(index.ids("sanctoins~")) == ["washington"])
    #expect(try index.ids("kremln").isEmpty)
  }

  @Test("Nothing found suggests a respelled query")
  func didYouMean() throws {
    let results = index.search(try QueryParser.parse("kremln talks"))
    #expect(results.totalHits == 0)
    #expect(results.suggestion == "kremlin talks")
    #expect(index.search(try QueryParser.parse("zyxwvut")).suggestion == nil)
  }

  @Test("Spelling variants from the data file expand a word")
  func spellingVariants() throws {
    var index = self.index
    #expect(try index.ids("zelenskyy") == ["kyiv"])
    index.spellingVariants = SpellingVariants(text: "# names\nZelenskyy Zelensky Zelenskiy\n")
    #expect(try index.ids("zelenskyy") == ["kyiv", "paris"])
    #expect(try index.ids("zelensky") == ["paris", "kyiv"])
  }

  @Test("Field filters: title, source and date ranges")
  func fieldFilters() throws {
    #expect(try index.ids("title:kremlin") == ["moscow"])
    #expect(try Set(index.ids("kremlin")) == ["kyiv", "moscow"])
    #expect(try Set(index.ids("source:reuters")) == ["moscow", "washington"])
    #expect(try index.ids("source:reuters sanctions") == ["washington"])
    #expect(try Set(index.ids("date:2025-04-23..2025-04-24")) == ["kyiv", "london"])
    #expect(try Set(index.ids("date:2025-03")) == ["paris"])
    #expect(try Set(index.ids("date:2025-05..")) == ["washington"])
    #expect(try index.ids("title:\"white house\"") == ["washington"])
  }

  @Test("A filter provider answers extra fields")
  func provider() throws {
    struct PartyFilter: FilterProvider {
      let filterFields: Set<String> = ["party"]
      func articles(matching field: String, value: String, in store: DocumentStore) -> [Int] {
        value == "russia" ? [store.position(of: "moscow")!, store.position(of: "kyiv")!] : []
      }
    }
    var index = self.index
    index.filterProviders = [PartyFilter()]
    #expect(try Set(index.ids("party:russia")) == ["kyiv", "moscow"])
    #expect(try index.ids("party:russia talks") == ["moscow"])
    #expect(try index.ids("party:mars").isEmpty)
  }

  @Test("BM25: more occurrences in a shorter text rank first, and the title counts more")
  func ranking() throws {
    let index = TestCorpus.index([
      TestCorpus.article("once", "Report", "The ceasefire was discussed among many other things in a long meeting about trade and energy."),
      TestCorpus.article("twice", "Report", "The ceasefire held. A ceasefire deal."),
      TestCorpus.article("title", "Ceasefire agreed", "Both sides signed the deal in a long meeting about trade and energy."),
      TestCorpus.article("none", "Report", "Trade talks."),
    ])
    #expect(try index.ids("ceasefire") == ["title", "twice", "once"])
  }

  @Test("The exact form typed scores above other forms of the stem")
  func exactFormFirst() throws {
    let index = TestCorpus.index([
      TestCorpus.article("a", "Report", "Officials negotiated for hours."),
      TestCorpus.article("b", "Report", "Officials negotiate for hours."),
      TestCorpus.article("c", "Report", "Officials negotiating for hours."),
    ])
    #expect(try index.ids("negotiate").first == "b")
    #expect(try index.ids("negotiating").first == "c")
    #expect(try Set(index.ids("negotiate")) == ["a", "b", "c"])
  }

  @Test("Hits carry scores, hit counts and a total")
  func hitFields() throws {
    let results = index.search(try QueryParser.parse("talks"), limit: 1)
    #expect(results.totalHits == 2)
    #expect(results.hits.count == 1)
    #expect(results.hits[0].score > 0)
    #expect(results.hits[0].hitCount >= 1)
  }
}
