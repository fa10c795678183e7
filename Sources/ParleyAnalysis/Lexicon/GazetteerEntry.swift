/// A known entity: canonical name, type, party and the other names it goes by.
public struct GazetteerEntry: Sendable, Hashable, Codable {
  /// Stable id: the canonical name folded to lower case without diacritics.
  public var id: String
  public var canonicalName: String
  public var type: EntityType
  public var party: String
  /// Other spellings, short forms and metonyms (`Zelenskyy`, `U.S.`, `the Kremlin`).
  public var aliases: [String]

  public init(canonicalName: String, type: EntityType, party: String, aliases: [String] = []) {
    self.id = NameFolding.fold(canonicalName)
    self.canonicalName = canonicalName
    self.type = type
    self.party = party
    self.aliases = aliases
  }

  /// The canonical name followed by the aliases.
  public var allNames: [String] { [canonicalName] + aliases }
}
