import Testing
@testable import ParleyAnalysis

@Suite struct MatchScorerTests {
  struct Claim: Equatable {
    var file: String
    var party: String
    var topic: String
    var stance: String
  }

  private func key(_ claim: Claim) -> MatchScorer.Key {
    .init(bucket: "\(claim.file)|\(claim.party)|\(claim.topic)|\(claim.stance)", category: claim.party)
  }

  @Test("A wrong stance counts as one miss and one false alarm; counts are kept per category")
  func exactTuples() {
    let gold = [
      Claim(file: "a", party: "us", topic: "nato", stance: "oppose"),
      Claim(file: "a", party: "ukraine", topic: "nato", stance: "support"),
      Claim(file: "b", party: "us", topic: "ceasefire", stance: "support"),
    ]
    let predicted = [
      Claim(file: "a", party: "us", topic: "nato", stance: "support"),
      Claim(file: "a", party: "ukraine", topic: "nato", stance: "support"),
      Claim(file: "b", party: "us", topic: "ceasefire", stance: "support"),
    ]
    let report = MatchScorer.score(gold: gold, predicted: predicted, goldKey: key, predictedKey: key)
    #expect(report.overall == ScoreCounts(truePositives: 2, falsePositives: 1, falseNegatives: 1))
    #expect(report.byCategory["us"] == ScoreCounts(truePositives: 1, falsePositives: 1, falseNegatives: 1))
    #expect(report.byCategory["ukraine"] == ScoreCounts(truePositives: 1))
    #expect(report.misses == [gold[0]])
    #expect(report.falseAlarms == [predicted[0]])
    #expect(abs(report.overall.f1 - 2.0 / 3.0) < 1e-9)
  }

  @Test("Each gold item matches at most one prediction and the other way round")
  func oneToOne() {
    let gold = ["x"]
    let predicted = ["x", "x"]
    let report = MatchScorer.score(
      gold: gold, predicted: predicted, goldKey: { .init(bucket: $0, category: "all") },
      predictedKey: { .init(bucket: $0, category: "all") })
    #expect(report.overall == ScoreCounts(truePositives: 1, falsePositives: 1, falseNegatives: 0))
  }

  @Test("Empty gold and empty predictions score precision and recall 1, not a division by zero")
  func empty() {
    let report = MatchScorer.score(
      gold: [String](), predicted: [String](), goldKey: { .init(bucket: $0, category: "") },
      predictedKey: { .init(bucket: $0, category: "") })
    #expect(report.overall.precision == 1 && report.overall.recall == 1 && report.overall.f1 == 1)
  }
}
