import ParleyCore

/// The stance an article reports for one party on one topic, aggregated from its claims.
public struct StancePosition: Sendable, Hashable, Codable {
  /// `support`, `oppose`, or nil when the article reports it both ways with neither dominant.
  public var stance: Stance?
  public var articleID: String
  public var fileName: String
  public var party: String
  public var topic: String
  /// The claims behind it, strongest first.
  public var claims: [StanceClaim]

  /// Whether the article reports the party both ways with neither dominant.
  public var isMixed: Bool { stance == nil }
}

/// Folds claims into one position per (article, party, topic).
public enum StanceAggregation {
  /// How much stronger the winning side must be (summed confidence) to count as dominant.
  public static let dominance = 1.5

  /// One position per (article, party, topic), in first-claim order.
  public static func positions(_ claims: [StanceClaim]) -> [StancePosition] {
    var order: [String] = []
    var groups: [String: [StanceClaim]] = [:]
    for claim in claims {
      let key = claim.articleID + "\u{1F}" + claim.party + "\u{1F}" + claim.topic
      if groups[key] == nil { order.append(key) }
      groups[key, default: []].append(claim)
    }
    return order.map { key in
      let group = groups[key]!.sorted { $0.confidence > $1.confidence }
      let support = group.filter { $0.stance == .support }.reduce(0) { $0 + $1.confidence }
      let oppose = group.filter { $0.stance == .oppose }.reduce(0) { $0 + $1.confidence }
      let stance: Stance? =
        oppose == 0 ? .support : support == 0 ? .oppose : support >= oppose * dominance ? .support
        : oppose >= support * dominance ? .oppose : nil
      let first = group[0]
      return StancePosition(
        stance: stance, articleID: first.articleID, fileName: first.fileName, party: first.party, topic: first.topic,
        claims: group)
    }
  }
}
