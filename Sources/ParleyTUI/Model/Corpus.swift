import ParleyAnalysis
import ParleyCore

/// Everything the browser shows: the articles plus what was computed from them.
///
/// Each analysis plugs in through a small adapter and may be missing (the view then says so).
public struct Corpus: Sendable {
  /// What the status bar calls the corpus (e.g. `data/articles`).
  public var name: String
  public var store: DocumentStore
  public var search: any ArticleSearch
  /// Entities per article, by store position; empty when recognition did not run.
  public var entities: [ArticleEntities]
  public var directory: EntityDirectory
  /// The stance comparison, nil when stance extraction did not run.
  public var comparison: Comparison?
  /// Byte ranges of the sentences that carry a stance claim, by store position.
  public var claimSentences: [[TextRange]]
  /// The parties each article gives voice to, in display order, by store position.
  public var voicedParties: [[String]]
  /// Markers, names and order of the parties.
  public var parties: PartyLabels
  /// Why an analysis is missing, shown once when the browser opens.
  public var notes: [String] = []

  public init(
    name: String, store: DocumentStore, search: (any ArticleSearch)? = nil, entities: [ArticleEntities] = [],
    comparison: Comparison? = nil, claimSentences: [[TextRange]] = [], voicedParties: [[String]]? = nil,
    parties: PartyLabels = PartyLabels()
  ) {
    self.parties = parties
    self.name = name
    self.store = store
    self.search = search ?? PlainTextSearch(store: store)
    self.entities = entities
    self.directory = EntityDirectory(entities: entities)
    self.comparison = comparison
    self.claimSentences = claimSentences
    self.voicedParties =
      voicedParties
      ?? (0..<store.count).map { position in
        guard position < entities.count else { return [] }
        let voices = entities[position].mentions.filter { $0.type != .place }.map(\.party)
        return parties.sorted(voices)
      }
  }

  /// Entities of an article (empty when none were recognised).
  public func entities(at position: Int) -> ArticleEntities? {
    position < entities.count ? entities[position] : nil
  }

  /// Claim sentence ranges of an article.
  public func claims(at position: Int) -> [TextRange] {
    position < claimSentences.count ? claimSentences[position] : []
  }
}
