/// Article-level name links: surnames and repeated names → the entity they stand for.
struct ArticleLinks: Sendable {
  struct Target: Sendable, Hashable {
    var id: String
    var canonicalName: String
    var type: EntityType
    var party: String
  }

  /// Folded surname → person (nil when two persons share it).
  private(set) var bySurname: [String: Target?] = [:]
  /// Folded full name or short form → entity.
  private(set) var byName: [String: Target] = [:]

  init(candidates: [EntityCandidate], lexicon: Lexicon) {
    for candidate in candidates {
      switch candidate.resolution {
      case .known(let position):
        let entry = lexicon.entries[position]
        let target = Target(id: entry.id, canonicalName: entry.canonicalName, type: entry.type, party: entry.party)
        if entry.type == .person {
          for name in entry.allNames { addSurname(of: name, target) }
        }
      case .unknown(let name, let type, let party):
        let target = Target(id: NameFolding.fold(name), canonicalName: name, type: type, party: party)
        if byName[target.id].map({ $0.party == "none" }) ?? true { byName[target.id] = target }
        if type == .person { addSurname(of: name, target) }
        if type == .organization {
          // "Russian Defense Ministry" is later "the Defense Ministry".
          let words = name.split(separator: " ")
          if words.count >= 3, lexicon.demonyms.longestMatch(in: NameTokenizer.tokenize(String(words[0])), at: 0) != nil {
            byName[NameFolding.fold(words.dropFirst().joined(separator: " "))] = target
          }
        }
      case .pending: break
      }
    }
  }

  private mutating func addSurname(of name: String, _ target: Target) {
    let words = name.split(separator: " ")
    guard words.count >= 2, let last = words.last else { return }
    let key = NameFolding.fold(String(last))
    if let existing = bySurname[key], existing?.id != target.id {
      bySurname[key] = .some(nil)
    } else {
      bySurname[key] = target
    }
  }

  /// The entity that a pending span stands for, if the article names it elsewhere.
  func target(forWords words: [String]) -> Target? {
    let folded = words.joined(separator: " ")
    if let target = byName[folded] { return target }
    if words.count == 1, let entry = bySurname[folded] { return entry }
    return nil
  }
}
