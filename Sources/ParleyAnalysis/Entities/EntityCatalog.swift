/// Corpus-level view of entities: each entity once, with mention and article counts.
public struct EntityCatalog: Sendable {
  /// One entity across the corpus.
  public struct Entry: Sendable, Hashable, Codable {
    public var entityID: String
    public var canonicalName: String
    public var type: EntityType
    public var party: String
    /// Mentions across all articles (title and body).
    public var mentionCount: Int
    /// Articles that mention it at least once.
    public var articleCount: Int
    /// Ids of those articles, in corpus order.
    public var articleIDs: [String]
    /// The spellings used in the corpus (`Zelenskyy`, `Zelensky`), sorted.
    public var surfaces: [String]
  }

  /// Entities, most mentioned first (ties by name).
  public private(set) var entries: [Entry]

  /// Aggregates per-article results.
  public init(_ articles: [ArticleEntities]) {
    var byID: [String: Entry] = [:]
    var surfaces: [String: Set<String>] = [:]
    var order: [String] = []
    for article in articles {
      var seen: Set<String> = []
      for mention in article.mentions {
        if byID[mention.entityID] == nil {
          order.append(mention.entityID)
          byID[mention.entityID] = Entry(
            entityID: mention.entityID, canonicalName: mention.canonicalName, type: mention.type, party: mention.party,
            mentionCount: 0, articleCount: 0, articleIDs: [], surfaces: [])
        }
        byID[mention.entityID]!.mentionCount += 1
        if seen.insert(mention.entityID).inserted {
          byID[mention.entityID]!.articleCount += 1
          byID[mention.entityID]!.articleIDs.append(article.articleID)
        }
        surfaces[mention.entityID, default: []].insert(mention.surface)
      }
    }
    entries = order.compactMap { id in
      guard var entry = byID[id] else { return nil }
      entry.surfaces = (surfaces[id] ?? []).sorted()
      return entry
    }
    entries.sort {
      $0.mentionCount != $1.mentionCount ? $0.mentionCount > $1.mentionCount : $0.canonicalName < $1.canonicalName
    }
  }

  /// The entry for an entity id.
  public func entry(id: String) -> Entry? { entries.first { $0.entityID == id } }
}
