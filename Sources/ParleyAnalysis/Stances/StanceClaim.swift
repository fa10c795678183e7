import ParleyCore

/// A party's position toward a topic's proposition.
public enum Stance: String, Sendable, Hashable, Codable, CaseIterable {
  case support
  case oppose

  /// The opposite stance.
  public var flipped: Stance { self == .support ? .oppose : .support }
}

/// How the extractor found whose stance a claim reports.
public enum HolderRoute: String, Sendable, Hashable, Codable {
  /// The subject of the clause ("Kyiv would not recognise …").
  case subject
  /// A possessive or party adjective on the cue ("Witkoff’s proposals", "Russian demands").
  case possessive
  /// An agent after `by`/`from` ("rejected by Kyiv", "a demand from Russia").
  case agent
  /// Whom a predicate is (un)acceptable to ("unacceptable to Ukraine", "a non-starter for Europe").
  case experiencer
  /// The speaker of a reporting verb ("X said", "according to X").
  case speaker
  /// A pronoun resolved to the previous sentence's holder ("They also rejected …").
  case pronoun
  /// A direct quote whose speaker is named in the sentence before or after.
  case quoteSpeaker
  /// "These proposals" resolved to an earlier sentence's proposals of a party.
  case antecedent
}

/// Whose stance a claim reports: the party and the mention it was read from.
public struct StanceHolder: Sendable, Hashable, Codable {
  /// Party id (`us`, `ukraine`, …).
  public var party: String
  /// The entity's canonical name, or the party mention as written ("European officials").
  public var name: String
  /// Where the mention is in the body (may lie in another sentence for pronouns and quotes).
  public var range: TextRange
  public var route: HolderRoute

  public init(party: String, name: String, range: TextRange, route: HolderRoute) {
    self.party = party
    self.name = name
    self.range = range
    self.route = route
  }
}

/// One stance a source reports: who, on what, which way, and how it is reported.
public struct StanceClaim: Sendable, Hashable, Codable {
  public var articleID: String
  /// The article's file name (what gold annotations key on).
  public var fileName: String
  /// The outlet.
  public var source: String
  /// Index into `Article.sentences`.
  public var sentenceIndex: Int
  /// The evidence sentence's byte range in `Article.body`.
  public var sentenceRange: TextRange
  public var party: String
  public var topic: String
  public var stance: Stance
  public var holder: StanceHolder
  /// The topic trigger as written, and where.
  public var trigger: String
  public var triggerRange: TextRange
  /// The stance cues that set the polarity, innermost first ("ruling out", "included", "proposals").
  public var cues: [String]
  /// The reporting verb that introduces the claim, if any ("said", "insisted", "dismissed").
  public var reportingVerb: String?
  public var reportingKind: ReportingKind?
  /// Whether the trigger or cue sits inside a direct quote.
  public var isDirectQuote: Bool
  /// Hedges in the sentence ("reportedly", "sources said").
  public var hedges: [String]
  /// 0…1: lower for hedged, indirect or long-chain readings.
  public var confidence: Double

  /// Whether the source reports it only at second hand or with uncertainty.
  public var isHedged: Bool { !hedges.isEmpty }
  /// Whether the reporting verb judges or dramatises.
  public var isLoaded: Bool { reportingKind == .loaded }
}
