/// One party of the story (from `data/lexicon/parties.tsv`): `us`, `ukraine`, `russia`, …
public struct PartyDefinition: Sendable, Hashable, Codable {
  /// The short id used in the gazetteer, gold files and `--party`.
  public var id: String
  public var name: String
  public var description: String

  public init(id: String, name: String, description: String = "") {
    self.id = id
    self.name = name
    self.description = description
  }
}
