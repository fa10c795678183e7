import ParleyCore

/// The kind of a named entity.
public enum EntityType: String, Sendable, Hashable, Codable, CaseIterable {
  case person
  case place
  case organization
}

/// One occurrence of a named entity in an article's title or body.
public struct EntityMention: Sendable, Hashable, Codable {
  /// Stable id of the entity (its canonical name, lower-cased).
  public var entityID: String
  /// The entity's canonical name, e.g. `Volodymyr Zelensky`.
  public var canonicalName: String
  public var type: EntityType
  /// The party the entity belongs to or speaks for (a party id from `data/lexicon`, or `other`/`none`).
  public var party: String
  public var field: ArticleField
  /// Byte range of the surface form in the field.
  public var range: TextRange
  /// The text as written (`Zelenskyy’s` → `Zelenskyy`).
  public var surface: String

  public init(
    entityID: String, canonicalName: String, type: EntityType, party: String, field: ArticleField,
    range: TextRange, surface: String
  ) {
    self.entityID = entityID
    self.canonicalName = canonicalName
    self.type = type
    self.party = party
    self.field = field
    self.range = range
    self.surface = surface
  }
}

/// A mention that signals a party without being a named entity:
/// demonyms and collective forms ("Ukrainian officials", "the Russians", "European leaders").
public struct PartyMention: Sendable, Hashable, Codable {
  public var party: String
  public var field: ArticleField
  public var range: TextRange
  public var surface: String

  public init(party: String, field: ArticleField, range: TextRange, surface: String) {
    self.party = party
    self.field = field
    self.range = range
    self.surface = surface
  }
}

/// Everything entity recognition found in one article, sorted by field then range.
public struct ArticleEntities: Sendable, Hashable {
  public var articleID: String
  public var mentions: [EntityMention]
  public var partyMentions: [PartyMention]

  public init(articleID: String, mentions: [EntityMention] = [], partyMentions: [PartyMention] = []) {
    self.articleID = articleID
    self.mentions = mentions
    self.partyMentions = partyMentions
  }
}
