import Foundation

/// How parties are shown: a short marker for the list and gutter (`UA`), a name for the
/// comparison rows (`Ukraine`), and a display order.
///
/// Story-specific, so it is data: markers come from `data/browser/party-markers.tsv`, names
/// and order from the lexicon's `parties.tsv`. Unknown ids fall back to their first letters.
public struct PartyLabels: Hashable, Sendable {
  public var markers: [String: String]
  public var names: [String: String]
  /// Party ids in display order; ids not listed sort after them, alphabetically.
  public var order: [String]

  public init(markers: [String: String] = [:], names: [String: String] = [:], order: [String] = []) {
    self.markers = markers
    self.names = names
    self.order = order
  }

  /// The short marker of a party id (`ukraine` → `UA`).
  public func marker(_ party: String) -> String {
    markers[party] ?? (party.count <= 3 ? party.uppercased() : String(party.prefix(2)).uppercased())
  }

  /// The display name of a party id (`ukraine` → `Ukraine`).
  public func name(_ party: String) -> String {
    names[party] ?? (party.prefix(1).uppercased() + party.dropFirst())
  }

  /// Whether the id names a side (not `none`/`other`/empty).
  public static func isParty(_ party: String) -> Bool {
    !party.isEmpty && party != "none" && party != "other"
  }

  /// The distinct real parties among `parties`, in display order.
  public func sorted<S: Sequence>(_ parties: S) -> [String] where S.Element == String {
    Set(parties).filter(Self.isParty).sorted { a, b in
      let ia = order.firstIndex(of: a) ?? Int.max
      let ib = order.firstIndex(of: b) ?? Int.max
      return ia != ib ? ia < ib : a < b
    }
  }

  /// Reads `id<TAB>marker` lines (`#` comments and a header line `id	marker` allowed).
  public static func readMarkers(path: String) -> [String: String] {
    guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return [:] }
    var markers: [String: String] = [:]
    for line in text.split(separator: "\n") where !line.hasPrefix("#") {
      let fields = line.split(separator: "\t").map { $0.trimmingCharacters(in: .whitespaces) }
      guard fields.count >= 2, fields[0] != "id", !fields[0].isEmpty, !fields[1].isEmpty else { continue }
      markers[fields[0]] = String(fields[1].prefix(3))
    }
    return markers
  }
}
