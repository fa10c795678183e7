import ParleyCore

/// One topic compared across sources: parties as rows, articles (sources) as columns.
///
/// A plain value built from claims; views (CLI tables, the TUI) only read it.
///
/// ```swift
/// let matrix = StanceMatrix(topic: topic, articles: store.articles, stances: analyses)
/// for row in matrix.rows where row.sourcesDisagree { … }
/// ```
public struct StanceMatrix: Sendable, Hashable, Codable {
  /// A column: one article and its outlet.
  public struct Column: Sendable, Hashable, Codable {
    public var articleID: String
    public var fileName: String
    public var source: String
    public var title: String
  }

  /// What a cell says about a party's stance in one source.
  public enum CellStance: String, Sendable, Hashable, Codable {
    case support
    case oppose
    /// Reported both ways with neither dominant.
    case mixed
    case notReported = "not reported"
  }

  /// One party in one source.
  public struct Cell: Sendable, Hashable, Codable {
    public var stance: CellStance
    public var claimCount: Int
    /// The strongest claim behind the cell, if any.
    public var evidence: StanceClaim?
    /// The evidence sentence's text.
    public var evidenceText: String?
    /// Reporting verbs used for this party on this topic, most frequent first.
    public var verbs: [String]
    /// Hedges used ("reportedly", "sources said").
    public var hedges: [String]
    /// The source reports the stance only through hedged or loaded reporting.
    public var onlyHedgedOrLoaded: Bool
    /// At least one claim is a direct quote.
    public var hasDirectQuote: Bool

    static let empty = Cell(
      stance: .notReported, claimCount: 0, evidence: nil, evidenceText: nil, verbs: [], hedges: [],
      onlyHedgedOrLoaded: false, hasDirectQuote: false)
  }

  /// One party across the sources.
  public struct Row: Sendable, Hashable, Codable {
    public var party: String
    /// One cell per column, in column order.
    public var cells: [Cell]
    /// Some sources report support and others opposition.
    public var sourcesDisagree: Bool
  }

  public var topic: TopicDefinition
  public var columns: [Column]
  public var rows: [Row]

  /// Builds the matrix of one topic.
  ///
  /// - Parameters:
  ///   - articles: the columns, in order (every article, or only those reporting the topic
  ///     when `onlyReporting` is true).
  ///   - stances: extraction results, matched to articles by id.
  ///   - parties: row order; parties with claims but not listed are appended.
  public init(
    topic: TopicDefinition, articles: [Article], stances: [ArticleStances], parties: [String] = [],
    onlyReporting: Bool = true
  ) {
    self.topic = topic
    let byArticle = Dictionary(stances.map { ($0.articleID, $0.claims.filter { $0.topic == topic.id }) }, uniquingKeysWith: { a, _ in a })
    let shown = articles.filter { !onlyReporting || !(byArticle[$0.id] ?? []).isEmpty }
    columns = shown.map { Column(articleID: $0.id, fileName: $0.fileName, source: $0.source, title: $0.title) }
    var partyOrder = parties
    for article in shown {
      for claim in byArticle[article.id] ?? [] where !partyOrder.contains(claim.party) { partyOrder.append(claim.party) }
    }
    let withClaims = Set(shown.flatMap { byArticle[$0.id] ?? [] }.map(\.party))
    rows = partyOrder.filter(withClaims.contains).map { party in
      let cells = shown.map { article -> Cell in
        let claims = (byArticle[article.id] ?? []).filter { $0.party == party }
        return Self.cell(claims, article: article)
      }
      let stances = Set(cells.map(\.stance))
      return Row(party: party, cells: cells, sourcesDisagree: stances.contains(.support) && stances.contains(.oppose))
    }
  }

  static func cell(_ claims: [StanceClaim], article: Article) -> Cell {
    guard !claims.isEmpty else { return .empty }
    let position = StanceAggregation.positions(claims)[0]
    let stance: CellStance = position.stance.map { $0 == .support ? .support : .oppose } ?? .mixed
    // The strongest claim that agrees with the cell's stance.
    let evidence = position.claims.first { position.stance == nil || $0.stance == position.stance } ?? position.claims[0]
    var verbCounts: [String: Int] = [:]
    for claim in claims { if let verb = claim.reportingVerb { verbCounts[verb, default: 0] += 1 } }
    let verbs = verbCounts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.map(\.key)
    var hedges: [String] = []
    for claim in claims { for hedge in claim.hedges where !hedges.contains(hedge) { hedges.append(hedge) } }
    return Cell(
      stance: stance, claimCount: claims.count, evidence: evidence, evidenceText: article.body.slice(evidence.sentenceRange),
      verbs: verbs, hedges: hedges, onlyHedgedOrLoaded: claims.allSatisfy { $0.isHedged || $0.isLoaded },
      hasDirectQuote: claims.contains { $0.isDirectQuote })
  }

  /// The cell of a party in a column, if the party has a row.
  public func cell(party: String, column: Int) -> Cell? {
    rows.first { $0.party == party }.map { $0.cells[column] }
  }
}
