import Foundation

/// One line of a stance gold file: the stance an article reports for a party on a topic.
public struct GoldStance: Sendable, Hashable, Codable {
  public var file: String
  public var party: String
  public var topic: String
  public var stance: Stance
  /// A few words of evidence (for people; not scored).
  public var evidence: String

  var key: StanceKey { StanceKey(file: file, party: party, topic: topic, stance: stance) }
}

/// The scored unit: (article file, party, topic, stance).
public struct StanceKey: Sendable, Hashable, Codable, Comparable {
  public var file: String
  public var party: String
  public var topic: String
  public var stance: Stance

  public static func < (a: StanceKey, b: StanceKey) -> Bool {
    (a.file, a.party, a.topic, a.stance.rawValue) < (b.file, b.party, b.topic, b.stance.rawValue)
  }
}

/// Precision, recall and F1 over a set of keys.
public struct StanceScore: Sendable, Hashable, Codable {
  public var truePositives: Int
  public var falsePositives: Int
  public var falseNegatives: Int

  public var precision: Double {
    truePositives + falsePositives == 0 ? 0 : Double(truePositives) / Double(truePositives + falsePositives)
  }
  public var recall: Double {
    truePositives + falseNegatives == 0 ? 0 : Double(truePositives) / Double(truePositives + falseNegatives)
  }
  public var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }
}

/// The outcome of comparing predicted positions with gold.
public struct StanceEvaluation: Sendable, Codable {
  public var overall: StanceScore
  public var byTopic: [String: StanceScore]
  public var byParty: [String: StanceScore]
  /// Gold keys not predicted.
  public var misses: [StanceKey]
  /// Predicted keys not in gold, with the evidence sentence that produced them.
  public var falseAlarms: [StanceKey]
  /// Evidence sentences for false alarms, keyed like `falseAlarms`.
  public var falseAlarmEvidence: [String]

  /// Scores predictions against gold; only files present in `files` (the evaluated corpus) count from gold.
  public static func evaluate(predicted: [StanceKey], gold: [GoldStance], files: Set<String>) -> StanceEvaluation {
    let goldKeys = Set(gold.map(\.key).filter { files.contains($0.file) })
    let predictedKeys = Set(predicted)
    let hits = goldKeys.intersection(predictedKeys)
    let misses = goldKeys.subtracting(predictedKeys).sorted()
    let falseAlarms = predictedKeys.subtracting(goldKeys).sorted()
    func score(_ filter: (StanceKey) -> Bool) -> StanceScore {
      StanceScore(
        truePositives: hits.filter(filter).count, falsePositives: falseAlarms.filter(filter).count,
        falseNegatives: misses.filter(filter).count)
    }
    var byTopic: [String: StanceScore] = [:]
    for topic in Set(goldKeys.map(\.topic)).union(predictedKeys.map(\.topic)) { byTopic[topic] = score { $0.topic == topic } }
    var byParty: [String: StanceScore] = [:]
    for party in Set(goldKeys.map(\.party)).union(predictedKeys.map(\.party)) { byParty[party] = score { $0.party == party } }
    return StanceEvaluation(
      overall: score { _ in true }, byTopic: byTopic, byParty: byParty, misses: misses, falseAlarms: falseAlarms,
      falseAlarmEvidence: [])
  }

  /// The keys positions count for: decided positions only (mixed ones are left out).
  public static func keys(of positions: [StancePosition]) -> [StanceKey] {
    positions.compactMap { position in
      position.stance.map { StanceKey(file: position.fileName, party: position.party, topic: position.topic, stance: $0) }
    }
  }
}

/// Reads stance gold files (`file  party  topic  stance  evidence`, tab-separated, header, `#` comments).
public enum GoldStanceFile {
  public static func load(path: String) throws -> [GoldStance] {
    let rows = try StanceLexiconFile.rows(path: path)
    var result: [GoldStance] = []
    for (line, fields) in rows {
      if fields.first == "file" { continue }  // header
      guard fields.count >= 4 else {
        throw StanceLexiconError(path: path, line: line, message: "expected: file, party, topic, stance[, evidence]")
      }
      guard let stance = Stance(rawValue: fields[3]) else {
        throw StanceLexiconError(path: path, line: line, message: "stance must be support or oppose, got '\(fields[3])'")
      }
      result.append(
        GoldStance(file: fields[0], party: fields[1], topic: fields[2], stance: stance, evidence: fields.count > 4 ? fields[4] : ""))
    }
    return result
  }
}
