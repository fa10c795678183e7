import ParleyCore

/// The stance comparison as the browser shows it: per topic, a parties × sources grid.
///
/// Built from ParleyAnalysis's stance matrix by an adapter, or by hand in tests.
public struct Comparison: Hashable, Sendable {
  public var topics: [ComparisonTopic]
  /// Per source, a few lines on how it frames the story.
  public var framing: [FramingSummary]

  public init(topics: [ComparisonTopic], framing: [FramingSummary] = []) {
    self.topics = topics
    self.framing = framing
  }
}

/// One topic's grid.
public struct ComparisonTopic: Hashable, Sendable {
  public var id: String
  public var title: String
  /// Row labels: party ids.
  public var parties: [String]
  /// Column labels.
  public var sources: [String]
  /// `cells[party][source]`.
  public var cells: [[ComparisonCell]]
  /// Per party row: whether the sources disagree (some report support, others opposition).
  public var disagreement: [Bool]
  /// Claims behind all cells.
  public let claimCount: Int

  /// - Parameter disagreement: per row; nil works it out from the cells (support and oppose both present).
  public init(id: String, title: String, parties: [String], sources: [String], cells: [[ComparisonCell]], disagreement: [Bool]? = nil) {
    self.id = id
    self.title = title
    self.parties = parties
    self.sources = sources
    self.cells = cells
    claimCount = cells.reduce(0) { total, row in row.reduce(total) { $0 + $1.claimCount } }
    self.disagreement =
      disagreement
      ?? cells.map { row in
        let reported = Set(row.map(\.stance))
        return reported.contains(.support) && reported.contains(.oppose)
      }
  }

  /// Whether the sources that report a party's stance disagree on it.
  public func disagrees(row: Int) -> Bool { disagreement.indices.contains(row) && disagreement[row] }
}

/// The aggregated stance of a party on a topic as one source reports it.
public enum StanceMark: String, Hashable, Sendable, CaseIterable {
  case support, oppose, mixed, notReported

  public var glyph: String {
    switch self {
    case .support: "▲"
    case .oppose: "▼"
    case .mixed: "◆"
    case .notReported: "·"
    }
  }

  public var word: String {
    switch self {
    case .support: "support"
    case .oppose: "oppose"
    case .mixed: "mixed"
    case .notReported: "not reported"
    }
  }
}

/// One cell of the comparison grid.
public struct ComparisonCell: Hashable, Sendable {
  public var stance: StanceMark
  public var claimCount: Int
  /// Reporting verbs of the claims, strongest evidence first (`said`, `dismissed`).
  public var verbs: [String]
  /// Whether the strongest evidence is hedged ("sources said", "reportedly").
  public var hedged: Bool
  public var evidence: Evidence?

  public init(stance: StanceMark, claimCount: Int = 0, verbs: [String] = [], hedged: Bool = false, evidence: Evidence? = nil) {
    self.stance = stance
    self.claimCount = claimCount
    self.verbs = verbs
    self.hedged = hedged
    self.evidence = evidence
  }

  public static let empty = ComparisonCell(stance: .notReported)
}

/// The sentence a claim rests on.
public struct Evidence: Hashable, Sendable {
  /// Position of the article in the `DocumentStore`.
  public var position: Int
  /// Byte range of the sentence in the body.
  public var range: TextRange
  public var text: String

  public init(position: Int, range: TextRange, text: String) {
    self.position = position
    self.range = range
    self.text = text
  }
}

/// How one source frames the story, in a few lines.
public struct FramingSummary: Hashable, Sendable {
  public var source: String
  public var lines: [String]
  public init(source: String, lines: [String]) {
    self.source = source
    self.lines = lines
  }
}
