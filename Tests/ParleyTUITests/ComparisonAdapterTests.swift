import Foundation
import ParleyAnalysis
import ParleyCore
import ParleyTestSupport
import Testing
@testable import ParleyTUI

@Suite struct ComparisonAdapterTests {
  let store = FixtureCorpus.store()

  /// A claim on the sentence of `id` that contains `phrase` (built through Codable: the
  /// analysis library creates claims only by extraction).
  func claim(_ id: String, _ phrase: String, party: String, stance: String, verb: String, kind: String, hedges: [String] = [])
    throws -> StanceClaim
  {
    let position = store.position(of: id)!
    let article = store[position]
    let offset = FixtureCorpus.ranges(of: phrase, in: article.body)[0].start
    let index = article.sentenceIndex(containing: offset)!
    let range = article.sentences[index].range
    let json: [String: Any] = [
      "articleID": id, "fileName": "\(id).txt", "source": article.source, "sentenceIndex": index,
      "sentenceRange": ["start": range.start, "end": range.end], "party": party, "topic": "crimea_recognition",
      "stance": stance, "holder": ["party": party, "name": party, "range": ["start": range.start, "end": range.start], "route": "subject"],
      "trigger": "Crimea", "triggerRange": ["start": offset, "end": offset], "cues": [String](), "reportingVerb": verb,
      "reportingKind": kind, "isDirectQuote": false, "hedges": hedges, "confidence": 0.9,
    ]
    return try JSONDecoder().decode(StanceClaim.self, from: JSONSerialization.data(withJSONObject: json))
  }

  func stances(_ id: String, _ claims: [StanceClaim]) throws -> ArticleStances {
    let json: [String: Any] = ["articleID": id, "claims": [Any](), "quotes": [Any]()]
    var stances = try JSONDecoder().decode(ArticleStances.self, from: JSONSerialization.data(withJSONObject: json))
    stances.claims = claims
    return stances
  }

  @Test("A stance matrix becomes a grid with glyph words, verbs, hedges, evidence and disagreement")
  func adapter() throws {
    let topic = TopicDefinition(id: "crimea_recognition", label: "Crimea", proposition: "recognising the annexation of Crimea")
    let all = try [
      stances("a1", [claim("a1", "never recognise", party: "ukraine", stance: "oppose", verb: "said", kind: "neutral")]),
      stances("a2", [claim("a2", "European leaders", party: "europe", stance: "support", verb: "called", kind: "loaded", hedges: ["reportedly"])]),
      stances("a3", [claim("a3", "Macron said", party: "europe", stance: "oppose", verb: "said", kind: "neutral")]),
    ]
    let matrix = StanceMatrix(topic: topic, articles: store.articles, stances: all, parties: ["us", "ukraine", "russia", "europe"])
    let framing = zip(store.articles.prefix(3), all).map { SourceFraming(article: $0, stances: $1, topics: [topic]) }
    let comparison = try #require(
      ComparisonAdapter.comparison(matrices: [matrix], framing: framing, store: store, labels: FixtureCorpus.parties))
    let grid = try #require(comparison.topics.first)
    #expect(grid.title == "recognising the annexation of Crimea")
    #expect(grid.sources == ["Reuters", "TASS", "BBC"])
    #expect(grid.parties == ["ukraine", "europe"])
    #expect(grid.disagrees(row: 1))
    #expect(!grid.disagrees(row: 0))
    let loaded = grid.cells[1][1]
    #expect(loaded.stance == .support)
    #expect(loaded.verbs == ["called (loaded)"])
    #expect(loaded.hedged)
    #expect(loaded.evidence?.position == store.position(of: "a2"))
    #expect(loaded.evidence?.text.hasPrefix("European leaders in Brussels") == true)
    #expect(grid.cells[0][1].stance == .notReported)
    #expect(comparison.framing.count == 3)
    #expect(comparison.framing[1].lines[0].contains("100% hedged"))
  }

  @Test("A matrix with no claims gives no comparison")
  func empty() {
    let topic = TopicDefinition(id: "t", label: "t", proposition: "p")
    let matrix = StanceMatrix(topic: topic, articles: store.articles, stances: [], parties: ["us"])
    #expect(ComparisonAdapter.comparison(matrices: [matrix], framing: [], store: store, labels: PartyLabels()) == nil)
  }
}
