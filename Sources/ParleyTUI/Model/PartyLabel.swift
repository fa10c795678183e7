/// Short party markers for the list (`US`, `UA`, `RU`, `EU`).
///
/// Party ids come from data/lexicon; ids without a known short form use their first two letters.
public enum PartyLabel {
  static let known: [String: String] = ["us": "US", "ukraine": "UA", "russia": "RU", "europe": "EU"]
  /// The display order of the known parties; others follow alphabetically.
  static let order = ["us", "ukraine", "russia", "europe"]

  /// The two-letter marker of a party id.
  public static func short(_ party: String) -> String {
    known[party] ?? String(party.prefix(2)).uppercased()
  }

  /// Whether the id names a real party (not `none`/`other`/empty).
  public static func isParty(_ party: String) -> Bool {
    !party.isEmpty && party != "none" && party != "other"
  }

  /// Sorts party ids in display order.
  public static func sorted<S: Sequence>(_ parties: S) -> [String] where S.Element == String {
    Set(parties).filter(isParty).sorted { a, b in
      let ia = order.firstIndex(of: a) ?? Int.max
      let ib = order.firstIndex(of: b) ?? Int.max
      return ia != ib ? ia < ib : a < b
    }
  }
}
