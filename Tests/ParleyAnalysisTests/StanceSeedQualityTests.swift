import Foundation
import ParleyCore
import Testing

@testable import ParleyAnalysis

/// End-to-end on the bundled sample: loader, entity recognizer and stance extractor together.
@Suite struct StanceSeedQualityTests {
  static func sample() throws -> (articles: [Article], stances: [ArticleStances]) {
    let folder = try #require(BundledData.directory("articles"))
    let articles = try CorpusLoader().load(paths: [folder]).articles
    let recognizer = EntityRecognizer(lexicon: try Lexicon.bundled())
    let extractor = StanceExtractor(lexicon: try StanceLexicon.bundled())
    return (articles, articles.map { extractor.analyze($0, entities: recognizer.recognize($0)) })
  }

  @Test("Stance extraction reaches F1 ≥ 0.85 on the seed articles' gold")
  func seedF1() throws {
    let (articles, stances) = try Self.sample()
    let gold = try GoldStanceFile.load(path: StanceFixtures.fixturePath("stances-gold.tsv"))
    let positions = StanceAggregation.positions(stances.flatMap(\.claims))
    let evaluation = StanceEvaluation.evaluate(
      predicted: StanceEvaluation.keys(of: positions), gold: gold, files: Set(articles.map(\.fileName)))
    #expect(gold.count == 42)
    #expect(evaluation.overall.f1 >= 0.85, "F1 \(evaluation.overall.f1); misses \(evaluation.misses); false alarms \(evaluation.falseAlarms)")
  }

  @Test("The Crimea matrix shows the US supporting, Ukraine and Europe opposing, with evidence and verbs")
  func crimeaMatrix() throws {
    let (articles, stances) = try Self.sample()
    let lexicon = try StanceLexicon.bundled()
    let topic = try #require(lexicon.topics.topic("crimea_recognition"))
    let matrix = StanceMatrix(topic: topic, articles: articles, stances: stances, parties: ["us", "ukraine", "russia", "europe"])
    let rows = Dictionary(uniqueKeysWithValues: matrix.rows.map { ($0.party, $0) })
    let us = try #require(rows["us"])
    let ukraine = try #require(rows["ukraine"])
    let europe = try #require(rows["europe"])
    #expect(us.cells.contains { $0.stance == .support } && !us.cells.contains { $0.stance == .oppose })
    #expect(ukraine.cells.contains { $0.stance == .oppose } && !ukraine.cells.contains { $0.stance == .support })
    #expect(europe.cells.contains { $0.stance == .oppose } && !europe.cells.contains { $0.stance == .support })
    for row in [us, ukraine, europe] {
      for cell in row.cells where cell.stance != .notReported {
        #expect(cell.evidenceText?.localizedCaseInsensitiveContains("crimea") == true || cell.evidenceText?.contains("annex") == true)
      }
    }
    #expect(us.cells.flatMap(\.verbs).contains("dismissed"))
    #expect(matrix.columns.count >= 3)
  }
}
