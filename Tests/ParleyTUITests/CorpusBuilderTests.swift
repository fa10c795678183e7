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
