import Foundation
import ParleyCore
import Testing

@testable import ParleyAnalysis

@Suite struct StanceLexiconTests {
  static func folder(_ files: [String: String]) throws -> String {
    let path = NSTemporaryDirectory() + "parley-stance-lexicon-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    for (name, text) in files { try text.write(toFile: path + "/" + name, atomically: true, encoding: .utf8) }
    return path
  }

  static let minimal = [
    "topics.tsv": "topic\tceasefire\tCeasefire\ta full ceasefire\nterm\tceasefire\t+\tthing\tceasefire*|truce\n",
    "stance-cues.tsv": "reject*\toppose\n", "reporting-verbs.tsv": "said\tneutral\n", "hedges.tsv": "reportedly\n",
  ]

  @Test("The bundled lexicon has every sample topic with triggers")
  func bundled() throws {
    let lexicon = try StanceLexicon.bundled()
    let ids = [
      "crimea_recognition", "territorial_concessions", "ukraine_nato", "ceasefire", "sanctions_relief",
      "security_guarantees", "military_aid", "foreign_troops", "direct_talks",
    ]
    #expect(lexicon.topics.topics.map(\.id) == ids)
    for id in ids { #expect(lexicon.topics.terms.contains { $0.topic == id }, "no trigger for \(id)") }
    #expect(lexicon.partyAdjectives[Array("russian".utf8)] == "russia")
  }

  @Test("A user's own lexicon folder drives extraction (another story, other topics)")
  func customFolder() throws {
    let path = try Self.folder(Self.minimal)
    let lexicon = try StanceLexicon.load(folder: path)
    let article = StanceFixtures.article("Moscow rejected the truce.")
    let claims = StanceExtractor(lexicon: lexicon).claims(in: article, entities: StanceFixtures.entities(article))
    #expect(claims.map { "\($0.party) \($0.topic) \($0.stance.rawValue)" } == ["russia ceasefire oppose"])
  }

  @Test("A malformed row is reported with its file and line")
  func badRow() throws {
    var files = Self.minimal
    files["stance-cues.tsv"] = "reject*\toppose\nrule out\tagainst\n"
    let path = try Self.folder(files)
    #expect {
      try StanceLexicon.load(folder: path)
    } throws: { error in
      "\(error)".hasSuffix("stance-cues.tsv:2: expected: pattern, support|oppose|negation|condition|directive [, left]")
    }
    files = Self.minimal
    files["topics.tsv"] = "topic\tceasefire\tCeasefire\tx\nterm\tnato\t+\tthing\tnato\n"
    let second = try Self.folder(files)
    #expect(throws: StanceLexiconError.self) { try StanceLexicon.load(folder: second) }
  }

  @Test("Term patterns: stems, alternatives, gaps and possessives")
  func patterns() throws {
    let text = "Kyiv’s refusal to recognise Russia’s annexation of Crimea"
    let tokens = StanceTokenizer.tokens(in: text, range: TextRange(0, text.utf8.count))
    #expect(tokens.map(\.text) == ["kyiv", "refusal", "to", "recognise", "russia", "annexation", "of", "crimea"])
    #expect(tokens[0].isPossessive && tokens[4].isPossessive)
    let pattern = try #require(TermPattern("recogni* …3 annexation|crimea"))
    #expect(pattern.match(tokens, at: 3, limit: tokens.count, isBreak: { _ in false })?.end == 6)
    #expect(TermPattern("kyiv 's refusal")?.match(tokens, at: 0, limit: tokens.count, isBreak: { _ in false }) != nil)
    #expect(TermPattern("recogni* …1 crimea")?.match(tokens, at: 3, limit: tokens.count, isBreak: { _ in false }) == nil)
    let short = "They won’t lift U.S. sanctions"
    let contraction = StanceTokenizer.tokens(in: short, range: TextRange(0, short.utf8.count))
    #expect(contraction.map(\.text) == ["they", "will", "not", "lift", "u.s.", "sanctions"])
  }

  @Test("Gold files load; a bad stance value names the line")
  func goldFile() throws {
    let path = try Self.folder(["g.tsv": "file\tparty\ttopic\tstance\tevidence\n# note\na.txt\tus\tceasefire\tsupport\tx\nb.txt\tus\tceasefire\tmaybe\t\n"])
    #expect(throws: StanceLexiconError.self) { try GoldStanceFile.load(path: path + "/g.tsv") }
    let gold = try GoldStanceFile.load(path: StanceFixtures.fixturePath("stances-gold.tsv"))
    #expect(gold.count == 42)
  }

  @Test("Scores: a wrong stance is one false alarm and one miss")
  func scoring() {
    let gold = [GoldStance(file: "a.txt", party: "us", topic: "ceasefire", stance: .support, evidence: "")]
    let predicted = [StanceKey(file: "a.txt", party: "us", topic: "ceasefire", stance: .oppose)]
    let evaluation = StanceEvaluation.evaluate(predicted: predicted, gold: gold, files: ["a.txt"])
    #expect(evaluation.overall.truePositives == 0 && evaluation.overall.falsePositives == 1 && evaluation.overall.falseNegatives == 1)
    let right = StanceEvaluation.evaluate(predicted: [gold[0].key], gold: gold, files: ["a.txt"])
    #expect(right.overall.f1 == 1)
    #expect(StanceEvaluation.evaluate(predicted: [], gold: gold, files: ["b.txt"]).overall.falseNegatives == 0)
  }

  @Test("The topic filter finds articles by trigger, id or unambiguous prefix")
  func topicFinder() throws {
    let finder = TopicFinder(lexicon: try StanceLexicon.bundled())
    let store = DocumentStore(articles: [
      StanceFixtures.article("Talks on a truce resumed.", id: "x"), StanceFixtures.article("Markets rose.", id: "y"),
      StanceFixtures.article("Leaders discussed NATO membership for Kyiv.", id: "z"),
    ])
    #expect(finder.positions(of: "ceasefire", in: store) == [0])
    #expect(finder.positions(of: "ukraine_nato", in: store) == [2])
    #expect(finder.resolve("crimea") == "crimea_recognition")
    #expect(finder.resolve("nonsense") == nil)
    #expect(finder.positions(of: "nonsense", in: store).isEmpty)
    let index = finder.index(store)
    #expect(index["ceasefire"] == [0] && index["ukraine_nato"] == [2] && index["crimea_recognition"] == nil)
  }
}
