import Foundation
import ParleyCore

/// Everything entity recognition knows in advance, read from `data/lexicon/`.
///
/// ```swift
/// let lexicon = try Lexicon.bundled()          // or Lexicon.load(directory: "data/lexicon")
/// let recognizer = EntityRecognizer(lexicon: lexicon)
/// ```
///
/// Files (documented in `data/lexicon/README.md`): `parties.tsv`, every `gazetteer/*.tsv`,
/// `demonyms.tsv`, `name-cues.tsv`, `common-words.txt`, `given-names.txt`. Other files in the
/// folder (topic and stance cues) belong to other loaders and are ignored here.
public struct Lexicon: Sendable {
  public private(set) var parties: [PartyDefinition] = []
  /// Known entities, in file order.
  public private(set) var entries: [GazetteerEntry] = []
  /// Every alias and canonical name → entry position.
  public private(set) var names = PhraseIndex<Int>()
  public private(set) var demonyms = PhraseIndex<Demonym>()
  public private(set) var cues = NameCues()
  /// Folded words that are capitalised anyway and are not names on their own.
  public private(set) var commonWords: Set<String> = []
  /// Folded given names (`kimberly`).
  public private(set) var givenNames: Set<String> = []
  /// Per entry: folded last words of its multi-word person names (for surname linking).
  public private(set) var surnameKeys: [[String]] = []
  private var positionByID: [String: Int] = [:]
  private var positionsByName: [String: [Int]] = [:]
  private var adjectiveByPlace: [String: String] = [:]

  public init() {}

  /// The lexicon in parley's bundled `data/lexicon`.
  public static func bundled() throws -> Lexicon {
    guard let directory = BundledData.directory("lexicon") else {
      throw LexiconError(path: "data/lexicon", line: nil, message: "bundled lexicon not found (set PARLEY_DATA)")
    }
    return try load(directory: directory)
  }

  /// Reads a lexicon folder.
  public static func load(directory: String) throws -> Lexicon {
    var lexicon = Lexicon()
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue else {
      throw LexiconError(path: directory, line: nil, message: "no such lexicon folder")
    }
    let url = URL(fileURLWithPath: directory)
    try lexicon.loadParties(url.appendingPathComponent("parties.tsv").path)
    let gazetteer = url.appendingPathComponent("gazetteer")
    let files = (try? FileManager.default.contentsOfDirectory(atPath: gazetteer.path)) ?? []
    let tsvFiles = files.filter { $0.hasSuffix(".tsv") && !$0.hasPrefix(".") }.sorted()
    if tsvFiles.isEmpty {
      throw LexiconError(path: gazetteer.path, line: nil, message: "no gazetteer *.tsv files")
    }
    for file in tsvFiles { try lexicon.loadGazetteer(gazetteer.appendingPathComponent(file).path) }
    try lexicon.loadDemonyms(url.appendingPathComponent("demonyms.tsv").path)
    try lexicon.loadCues(url.appendingPathComponent("name-cues.tsv").path)
    lexicon.commonWords = try wordList(url.appendingPathComponent("common-words.txt").path)
    lexicon.givenNames = try wordList(url.appendingPathComponent("given-names.txt").path)
    return lexicon
  }

  // MARK: - Lookups

  /// The party ids, in file order.
  public var partyIDs: [String] { parties.map(\.id) }

  /// The entry with the given id (folded canonical name).
  public func entry(id: String) -> GazetteerEntry? { positionByID[id].map { entries[$0] } }

  /// Entries one of whose names folds to the same text as `name` (`zelenskyy` → Volodymyr Zelensky).
  public func entries(named name: String) -> [GazetteerEntry] {
    (positionsByName[NameFolding.fold(name)] ?? []).map { entries[$0] }
  }

  /// The adjective used to name a place's bodies (`Russia` → `Russian`), if known.
  public func adjective(forPlace canonicalName: String) -> String? { adjectiveByPlace[canonicalName] }

  // MARK: - Loading

  private mutating func loadParties(_ path: String) throws {
    let table = try TSVTable(contentsOf: path, requiredColumns: ["id", "name"])
    for row in table.rows {
      let id = table.value("id", in: row)
      guard !id.isEmpty else { throw LexiconError(path: path, line: row.line, message: "empty party id") }
      parties.append(PartyDefinition(id: id, name: table.value("name", in: row), description: table.value("description", in: row)))
    }
  }

  private mutating func loadGazetteer(_ path: String) throws {
    let table = try TSVTable(contentsOf: path, requiredColumns: ["canonical_name", "type", "party"])
    let known = Set(partyIDs)
    for row in table.rows {
      let name = table.value("canonical_name", in: row)
      guard !name.isEmpty else { throw LexiconError(path: path, line: row.line, message: "empty canonical_name") }
      guard let type = EntityType(rawValue: table.value("type", in: row)) else {
        throw LexiconError(
          path: path, line: row.line,
          message: "type '\(table.value("type", in: row))' is not person, place or organization")
      }
      let party = table.value("party", in: row)
      guard known.contains(party) else {
        throw LexiconError(path: path, line: row.line, message: "party '\(party)' is not in parties.tsv")
      }
      // A leading lower-case "the" adds nothing: "Kremlin" matches in "the Kremlin" anyway.
      let aliases = table.value("aliases", in: row).split(separator: "|").map { alias -> String in
        let trimmed = alias.trimmingCharacters(in: .whitespaces)
        return trimmed.hasPrefix("the ") ? String(trimmed.dropFirst(4)) : trimmed
      }.filter { !$0.isEmpty && $0 != name }
      let entry = GazetteerEntry(canonicalName: name, type: type, party: party, aliases: aliases)
      if let existing = positionByID[entry.id] {
        throw LexiconError(
          path: path, line: row.line, message: "duplicate entity '\(name)' (already defined as '\(entries[existing].canonicalName)')")
      }
      let position = entries.count
      entries.append(entry)
      var surnames: [String] = []
      if type == .person {
        for name in entry.allNames {
          let words = name.split(separator: " ")
          if words.count >= 2, let last = words.last {
            let key = NameFolding.fold(String(last))
            if !surnames.contains(key) { surnames.append(key) }
          }
        }
      }
      surnameKeys.append(surnames)
      positionByID[entry.id] = position
      for alias in entry.allNames {
        names.insert(alias, value: position)
        positionsByName[NameFolding.fold(alias), default: []].append(position)
      }
    }
  }

  private mutating func loadDemonyms(_ path: String) throws {
    let table = try TSVTable(contentsOf: path, requiredColumns: ["form", "party", "place", "kind"])
    for row in table.rows {
      guard let kind = Demonym.Kind(rawValue: table.value("kind", in: row)) else {
        throw LexiconError(path: path, line: row.line, message: "kind must be adjective or plural")
      }
      let demonym = Demonym(
        form: table.value("form", in: row), party: table.value("party", in: row),
        place: table.value("place", in: row), kind: kind)
      demonyms.insert(demonym.form, value: demonym)
      if kind == .adjective, adjectiveByPlace[demonym.place] == nil, demonym.form.contains(where: \.isLowercase) {
        adjectiveByPlace[demonym.place] = demonym.form
      }
    }
  }

  private mutating func loadCues(_ path: String) throws {
    let table = try TSVTable(contentsOf: path, requiredColumns: ["kind", "phrase"])
    for row in table.rows {
      let kind = table.value("kind", in: row)
      if !cues.add(kind: kind, phrase: table.value("phrase", in: row)) {
        throw LexiconError(path: path, line: row.line, message: "unknown cue kind '\(kind)'")
      }
    }
  }

  private static func wordList(_ path: String) throws -> Set<String> {
    guard let data = FileManager.default.contents(atPath: path) else {
      throw LexiconError(path: path, line: nil, message: "cannot read file")
    }
    var words: Set<String> = []
    for line in String(decoding: data, as: UTF8.self).split(separator: "\n") {
      let word = line.trimmingCharacters(in: .whitespaces)
      if word.isEmpty || word.hasPrefix("#") { continue }
      words.insert(NameFolding.fold(word))
    }
    return words
  }
}
