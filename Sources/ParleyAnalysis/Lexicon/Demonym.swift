/// A word that signals a party without naming an entity: `Ukrainian`, `the Russians`.
public struct Demonym: Sendable, Hashable {
  public enum Kind: String, Sendable, Hashable {
    /// `Ukrainian officials`, `Russian President …`
    case adjective
    /// `the Russians`, `Europeans`
    case plural
  }

  public var form: String
  public var party: String
  /// The canonical name of the place it derives from (`Russia`).
  public var place: String
  public var kind: Kind
}
