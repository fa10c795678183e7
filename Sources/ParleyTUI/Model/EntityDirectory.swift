import ParleyAnalysis
import ParleyCore

/// The corpus's entities aggregated for the entity pane: counts, party, articles.
public struct EntityDirectory: Hashable, Sendable {
  /// One entity across the corpus.
  public struct Entry: Hashable, Sendable {
    public var id: String
    public var name: String
    public var type: EntityType
    public var party: String
    public var mentionCount: Int
    /// Store positions of the articles that mention it, ascending.
    public var articles: [Int]
  }

  /// Entries grouped by type (people, places, organisations), most mentioned first.
  public private(set) var groups: [(type: EntityType, entries: [Entry])]

  public init(entities: [ArticleEntities]) {
    // Entries are updated in place (an index per id), so each append is amortised O(1).
    var all: [Entry] = []
    var indexByID: [String: Int] = [:]
    for (position, article) in entities.enumerated() {
      for mention in article.mentions {
        if let index = indexByID[mention.entityID] {
          all[index].mentionCount += 1
          if all[index].articles.last != position { all[index].articles.append(position) }
        } else {
          indexByID[mention.entityID] = all.count
          all.append(
            Entry(
              id: mention.entityID, name: mention.canonicalName, type: mention.type, party: mention.party,
              mentionCount: 1, articles: [position]))
        }
      }
    }
    groups = EntityType.allCases.compactMap { type in
      let entries = all.filter { $0.type == type }.sorted {
        $0.mentionCount != $1.mentionCount ? $0.mentionCount > $1.mentionCount : $0.name < $1.name
      }
      return entries.isEmpty ? nil : (type, entries)
    }
  }

  public var entryCount: Int { groups.reduce(0) { $0 + $1.entries.count } }

  public static func == (a: EntityDirectory, b: EntityDirectory) -> Bool {
    a.groups.map(\.entries) == b.groups.map(\.entries)
  }

  public func hash(into hasher: inout Hasher) { hasher.combine(groups.map(\.entries)) }
}

extension EntityType {
  /// The heading of the group in the entity pane.
  public var plural: String {
    switch self {
    case .person: "People"
    case .place: "Places"
    case .organization: "Organisations"
    }
  }
}
