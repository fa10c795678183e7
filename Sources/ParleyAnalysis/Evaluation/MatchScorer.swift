/// Precision / recall / F1 of predictions against gold items, for any kind of item.
///
/// Items are compared only within the same *bucket* (e.g. file + type for entities, or
/// file + party + topic + stance for stances); inside a bucket each gold item is matched to at most
/// one prediction and vice versa, using `matches`. Counts are also kept per *category* (entity
/// type, party, …).
///
/// ```swift
/// let report = MatchScorer.score(
///   gold: goldRows, predicted: predictions,
///   goldKey: { .init(bucket: "\($0.file)|\($0.party)|\($0.topic)|\($0.stance)", category: $0.party) },
///   predictedKey: { .init(bucket: "\($0.file)|\($0.party)|\($0.topic)|\($0.stance)", category: $0.party) })
/// print(report.overall.f1)
/// ```
public enum MatchScorer {
  /// Where an item is compared (`bucket`) and counted (`category`).
  public struct Key: Sendable, Hashable {
    public var bucket: String
    public var category: String
    public init(bucket: String, category: String) {
      self.bucket = bucket
      self.category = category
    }
  }

  /// Scores `predicted` against `gold`. With no `matches`, items in the same bucket match.
  public static func score<Gold, Predicted>(
    gold: [Gold], predicted: [Predicted],
    goldKey: (Gold) -> Key, predictedKey: (Predicted) -> Key,
    matches: (Gold, Predicted) -> Bool = { _, _ in true }
  ) -> ScoreReport<Gold, Predicted> {
    var predictedByBucket: [String: [Int]] = [:]
    let predictedKeys = predicted.map(predictedKey)
    for (index, key) in predictedKeys.enumerated() { predictedByBucket[key.bucket, default: []].append(index) }
    var used = [Bool](repeating: false, count: predicted.count)
    var report = ScoreReport<Gold, Predicted>()
    for item in gold {
      let key = goldKey(item)
      var hit: Int?
      for index in predictedByBucket[key.bucket] ?? [] where !used[index] && matches(item, predicted[index]) {
        hit = index
        break
      }
      if let hit {
        used[hit] = true
        report.count(key.category) { $0.truePositives += 1 }
        report.matched.append(.init(gold: item, predicted: predicted[hit]))
      } else {
        report.count(key.category) { $0.falseNegatives += 1 }
        report.misses.append(item)
      }
    }
    for (index, item) in predicted.enumerated() where !used[index] {
      report.count(predictedKeys[index].category) { $0.falsePositives += 1 }
      report.falseAlarms.append(item)
    }
    return report
  }
}

/// The outcome of `MatchScorer.score`: counts overall and per category, and the unmatched items.
public struct ScoreReport<Gold, Predicted> {
  public var overall = ScoreCounts()
  /// Counts per category, e.g. per entity type.
  public var byCategory: [String: ScoreCounts] = [:]
  /// Gold items no prediction matched.
  public var misses: [Gold] = []
  /// Predictions that matched no gold item.
  public var falseAlarms: [Predicted] = []
  /// Matched pairs.
  public var matched: [Match] = []

  /// A gold item and the prediction that matched it.
  public struct Match {
    public var gold: Gold
    public var predicted: Predicted
  }

  public init() {}

  mutating func count(_ category: String, _ update: (inout ScoreCounts) -> Void) {
    update(&overall)
    update(&byCategory[category, default: ScoreCounts()])
  }
}

extension ScoreReport: Sendable where Gold: Sendable, Predicted: Sendable {}
extension ScoreReport.Match: Sendable where Gold: Sendable, Predicted: Sendable {}
