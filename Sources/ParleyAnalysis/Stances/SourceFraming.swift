import ParleyCore

/// How one source reports the story: whom it quotes, how much it hedges or loads its
/// reporting, which topics it covers and which it leaves out.
public struct SourceFraming: Sendable, Hashable, Codable {
  public var articleID: String
  public var source: String
  public var fileName: String
  /// Direct quotes per party, most quoted first.
  public var directQuotes: [PartyCount]
  public var claimCount: Int
  /// Share of claims reported with a hedge (0…1).
  public var hedgedShare: Double
  /// Share of claims reported with a loaded verb (0…1).
  public var loadedShare: Double
  /// Share of claims reported with a doubting verb (0…1).
  public var doubtingShare: Double
  /// Topics with at least one claim, in lexicon order.
  public var topicsCovered: [String]
  /// Topics of the lexicon the source reports no stance on.
  public var topicsLeftOut: [String]

  public struct PartyCount: Sendable, Hashable, Codable {
    public var party: String
    public var count: Int
  }

  /// Summarises one article's extraction result.
  public init(article: Article, stances: ArticleStances, topics: [TopicDefinition]) {
    articleID = article.id
    source = article.source
    fileName = article.fileName
    var quotes: [String: Int] = [:]
    for quote in stances.quotes { quotes[quote.party, default: 0] += 1 }
    directQuotes = quotes.map { PartyCount(party: $0.key, count: $0.value) }
      .sorted { $0.count != $1.count ? $0.count > $1.count : $0.party < $1.party }
    let claims = stances.claims
    claimCount = claims.count
    let total = Double(max(1, claims.count))
    hedgedShare = Double(claims.filter(\.isHedged).count) / total
    loadedShare = Double(claims.filter(\.isLoaded).count) / total
    doubtingShare = Double(claims.filter { $0.reportingKind == .doubting }.count) / total
    let covered = Set(claims.map(\.topic))
    topicsCovered = topics.map(\.id).filter(covered.contains)
    topicsLeftOut = topics.map(\.id).filter { !covered.contains($0) }
  }
}
