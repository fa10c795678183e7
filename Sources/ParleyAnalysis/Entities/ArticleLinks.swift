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
    var weakSurnames: [(String, Target)] = []
    for candidate in candidates {
      switch candidate.resolution {
      case .known(let position):
        let entry = lexicon.entries[position]
        let target = Target(id: entry.id, canonicalName: entry.canonicalName, type: entry.type, party: entry.party)
        for key in lexicon.surnameKeys[position] { addSurname(key: key, target) }
        if entry.type == .organization { addShortForm(of: entry.canonicalName, target, lexicon: lexicon) }
      case .unknown(let name, let type, let party):
        let target = Target(id: NameFolding.fold(name), canonicalName: name, type: type, party: party)
        if byName[target.id].map({ $0.party == "none" }) ?? true { byName[target.id] = target }
        if type == .person { addSurname(of: name, target) }
        if type == .organization { addShortForm(of: name, target, lexicon: lexicon) }
      case .pending(let words, let name, let fallback):
        // "Recep Tayyip Erdogan" with no cue of its own is still the full name behind "Mr Erdogan".
        if fallback == .person, words.count >= 2 {
          let target = Target(id: NameFolding.fold(name), canonicalName: name, type: .person, party: "none")
          weakSurnames.append((name, target))
        }
      }
    }
    for (name, target) in weakSurnames {
      guard let last = name.split(separator: " ").last else { continue }
      if bySurname[NameFolding.fold(String(last))] == nil { addSurname(of: name, target) }
    }
  }

  /// "Russian Defense Ministry" is later "the Defense Ministry".
  private mutating func addShortForm(of name: String, _ target: Target, lexicon: Lexicon) {
    let words = name.split(separator: " ")
    guard words.count >= 3, lexicon.demonyms.matches(NameTokenizer.tokenize(String(words[0])), at: 0) else { return }
    let short = NameFolding.fold(words.dropFirst().joined(separator: " "))
    if byName[short] == nil { byName[short] = target }
  }

  private mutating func addSurname(of name: String, _ target: Target) {
    let words = name.split(separator: " ")
    guard words.count >= 2, let last = words.last else { return }
    // "O.V. Marchenko" is a short form itself, not a full name that owns the surname.
    if words.dropLast().allSatisfy({ $0.contains(".") || $0.count == 1 }) { return }
    addSurname(key: NameFolding.fold(String(last)), target)
  }

  private mutating func addSurname(key: String, _ target: Target) {
    if let existing = bySurname[key], existing?.id != target.id {
      bySurname[key] = .some(nil)
    } else {
      bySurname[key] = target
    }
  }

  /// Whether a one-word span is the surname of some person in the article (even an ambiguous one):
  /// then it is no place, whatever cue stands before it.
  func isSurname(_ words: [String]) -> Bool {
    words.count == 1 && bySurname[words[0]] != nil
  }

  /// The entity that a pending span stands for, if the article names it elsewhere.
  func target(forWords words: [String]) -> Target? {
    let folded = words.joined(separator: " ")
    // A one-word name is a surname first: "Tusk" after "Donald Tusk".
    if words.count == 1, !folded.contains(" "), let entry = bySurname[folded], let entry { return entry }
    // "V.R. Medinsky", "J. Roe": initials before a known surname.
    if words.count >= 2, let last = words.last, words.dropLast().allSatisfy({ $0.contains(".") || $0.count == 1 }),
      let entry = bySurname[last], let entry, entry.id != folded
    {
      return entry
    }
    return byName[folded]
  }
}
