import Foundation
import ParleyCore
import Testing

@testable import ParleyAnalysis

@Suite struct StanceMatrixTests {
  static func analyse(_ texts: [String]) throws -> ([Article], [ArticleStances]) {
    let extractor = StanceExtractor(lexicon: try StanceFixtures.lexicon())
    let articles = texts.enumerated().map { StanceFixtures.article($1, id: "s\($0)") }
    return (articles, articles.map { extractor.analyze($0, entities: StanceFixtures.entities($0)) })
  }

  @Test("A row is flagged when sources disagree about a party")
  func disagreement() throws {
    let (articles, stances) = try Self.analyse([
      "Moscow rejected a ceasefire on Monday.", "Moscow accepted a ceasefire on Monday.", "Kyiv said little.",
    ])
    let topic = try #require(try StanceFixtures.lexicon().topics.topic("ceasefire"))
    let matrix = StanceMatrix(topic: topic, articles: articles, stances: stances, parties: ["us", "ukraine", "russia"])
    #expect(matrix.columns.map(\.articleID) == ["s0", "s1"])
    #expect(matrix.rows.map(\.party) == ["russia"])
    #expect(matrix.rows[0].sourcesDisagree)
    #expect(matrix.rows[0].cells.map(\.stance) == [.oppose, .support])
    #expect(matrix.rows[0].cells[0].evidenceText == "Moscow rejected a ceasefire on Monday.")
  }

  @Test("Both ways with neither dominant is a mixed cell, left out of evaluation")
  func mixed() throws {
    let (articles, stances) = try Self.analyse(["Moscow rejected a ceasefire.\nMoscow later proposed a ceasefire."])
    let topic = try #require(try StanceFixtures.lexicon().topics.topic("ceasefire"))
    let matrix = StanceMatrix(topic: topic, articles: articles, stances: stances)
    #expect(matrix.cell(party: "russia", column: 0)?.stance == .mixed)
    #expect(matrix.cell(party: "russia", column: 0)?.claimCount == 2)
    #expect(StanceEvaluation.keys(of: StanceAggregation.positions(stances[0].claims)).isEmpty)
  }

  @Test("A cell reported only through hedges or loaded verbs is marked")
  func hedgedOnly() throws {
    let (articles, stances) = try Self.analyse(["Moscow reportedly rejected a ceasefire.", "Moscow rejected a ceasefire."])
    let topic = try #require(try StanceFixtures.lexicon().topics.topic("ceasefire"))
    let matrix = StanceMatrix(topic: topic, articles: articles, stances: stances)
    #expect(matrix.cell(party: "russia", column: 0)?.onlyHedgedOrLoaded == true)
    #expect(matrix.cell(party: "russia", column: 0)?.hedges == ["reportedly"])
    #expect(matrix.cell(party: "russia", column: 1)?.onlyHedgedOrLoaded == false)
  }

  @Test("Framing counts direct quotes per party, hedged share and topics left out")
  func framing() throws {
    let (articles, stances) = try Self.analyse([
      "“We will never accept territorial swaps and we will keep fighting,” Zelensky said.\nMoscow reportedly rejected a ceasefire."
    ])
    let lexicon = try StanceFixtures.lexicon()
    let framing = SourceFraming(article: articles[0], stances: stances[0], topics: lexicon.topics.topics)
    #expect(framing.directQuotes == [.init(party: "ukraine", count: 1)])
    #expect(framing.claimCount == 2)
    #expect(framing.hedgedShare == 0.5)
    #expect(framing.topicsCovered == ["territorial_concessions", "ceasefire"])
    #expect(framing.topicsLeftOut.contains("crimea_recognition") && !framing.topicsLeftOut.contains("ceasefire"))
  }
}
