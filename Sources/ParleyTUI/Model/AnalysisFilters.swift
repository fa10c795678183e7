import Foundation
import ParleyAnalysis
import ParleyCore
import ParleySearch

/// The search fields that need the analyses: `entity:"Donald Trump"`, `party:russia`,
/// `voice:russia` and `topic:ceasefire`. Plugs ParleyAnalysis into ParleySearch's `FilterProvider`.
///
/// Each analysis runs at most once per instance, and only the first time a query uses a field
/// that needs it: `entity:`/`party:` run entity recognition, `voice:` also stance extraction,
/// `topic:` the topic triggers. Results given to `init` (the browser's) are used as they are.
///
/// ```swift
/// let filters = AnalysisFilters(store: store)
/// index.filterProviders = [filters]
/// let query = try index.parser.parse("talks party:russia")
/// try filters.validate(query)          // unknown party / topic / entity → a clear message
/// let results = index.search(query)
/// ```
public final class AnalysisFilters: FilterProvider, @unchecked Sendable {
  /// The fields answered here.
  public static let fields: Set<String> = ["entity", "party", "voice", "topic"]
  public let filterFields: Set<String> = AnalysisFilters.fields

  private let store: DocumentStore
  private let lexiconFolder: String?
  private let lock = NSLock()
  private var lexicon: Lexicon?
  private var stanceLexicon: StanceLexicon?
  private var entities: [ArticleEntities]?
  private var stances: [ArticleStances]?
  private var byName: [String: Set<Int>]?
  private var byParty: [String: Set<Int>]?
  private var byVoice: [String: Set<Int>]?
  private var byTopic: [String: Set<Int>]?
  private var topics: [Set<String>]?
  private var finder: TopicFinder?

  /// - Parameters:
  ///   - lexiconFolder: the lexicon folder (nil: the bundled `data/lexicon`).
  ///   - lexicon, stanceLexicon, entities, stances, topics: already loaded or computed results to
  ///     reuse (one per article in store order; `topics` as `TopicFinder.topics(in:)` gives them);
  ///     missing ones are computed when first needed.
  public init(
    store: DocumentStore, lexiconFolder: String? = nil, lexicon: Lexicon? = nil, stanceLexicon: StanceLexicon? = nil,
    entities: [ArticleEntities]? = nil, stances: [ArticleStances]? = nil, topics: [Set<String>]? = nil
  ) {
    self.store = store
    self.lexiconFolder = lexiconFolder
    self.lexicon = lexicon
    self.stanceLexicon = stanceLexicon
    self.entities = entities?.count == store.count ? entities : nil
    self.stances = stances?.count == store.count ? stances : nil
    self.topics = topics?.count == store.count ? topics : nil
  }

  /// Whether the query uses any field answered here (so the caller can skip the analyses).
  public static func isUsed(in query: Query) -> Bool { !filters(in: query).isEmpty }

  /// Checks every `entity:`, `party:`, `voice:` and `topic:` value of the query, running the
  /// analyses it needs.
  ///
  /// - Throws: `AnalysisFilterError` naming the unknown value (with the valid choices for
  ///   parties and topics), or the lexicon file that could not be read.
  public func validate(_ query: Query) throws(AnalysisFilterError) {
    lock.lock()
    defer { lock.unlock() }
    for (field, value) in Self.filters(in: query) {
        switch field {
        case "party", "voice":
          let lexicon = try loadLexicon()
          guard resolveParty(value, lexicon: lexicon) != nil else {
            throw AnalysisFilterError(
              "unknown party '\(value)' in \(field):; choose from: \(lexicon.partyIDs.joined(separator: ", "))")
          }
        case "topic":
          let finder = try topicFinder()
          let topics = finder.extractor.lexicon.topics.topics
          guard finder.resolve(value) != nil else {
            throw AnalysisFilterError("unknown topic '\(value)' in topic:; choose from: \(topics.map(\.id).joined(separator: ", "))")
          }
        case "entity":
          let names = try nameIndex()
          let lexicon = try loadLexicon()
          let key = NameFolding.fold(value)
          guard names[key] != nil || !lexicon.entries(named: value).isEmpty else {
            throw AnalysisFilterError(
              "no entity named '\(value)' in these articles or the gazetteer (parley entities lists them)")
          }
        default: break
        }
    }
  }

  public func articles(matching field: String, value: String, in store: DocumentStore) -> [DocumentStore.Index] {
    let found: Set<Int>? = lock.withLock {
      switch field {
      case "entity": return (try? nameIndex())?[NameFolding.fold(value)]
      case "party":
        guard let lexicon = try? loadLexicon(), let party = resolveParty(value, lexicon: lexicon) else { return nil }
        return (try? partyIndex())?[party]
      case "voice":
        guard let lexicon = try? loadLexicon(), let party = resolveParty(value, lexicon: lexicon) else { return nil }
        return (try? voiceIndex())?[party]
      case "topic":
        guard let topic = (try? topicFinder())?.resolve(value) else { return nil }
        return (try? topicIndex())?[topic]
      default: return nil
      }
    }
    return found.map { Array($0).sorted() } ?? []
  }

  // MARK: - The analyses, each computed once (callers hold the lock)

  private static func filters(in query: Query) -> [(String, String)] {
    switch query {
    case .filter(let field, let value): fields.contains(field) ? [(field, value)] : []
    case .and(let parts), .or(let parts): parts.flatMap(filters)
    case .not(let part): filters(in: part)
    default: []
    }
  }

  private func loadLexicon() throws(AnalysisFilterError) -> Lexicon {
    if let lexicon { return lexicon }
    do {
      let loaded = try lexiconFolder.map { try Lexicon.load(directory: $0) } ?? Lexicon.bundled()
      lexicon = loaded
      return loaded
    } catch {
      throw AnalysisFilterError("entities unavailable: \(error)")
    }
  }

  private func loadStanceLexicon() throws(AnalysisFilterError) -> StanceLexicon {
    if let stanceLexicon { return stanceLexicon }
    do {
      let loaded = try lexiconFolder.map { try StanceLexicon.load(folder: $0) } ?? StanceLexicon.bundled()
      stanceLexicon = loaded
      return loaded
    } catch {
      throw AnalysisFilterError("topics unavailable: \(error)")
    }
  }

  private func topicFinder() throws(AnalysisFilterError) -> TopicFinder {
    if let finder { return finder }
    let made = TopicFinder(lexicon: try loadStanceLexicon())
    finder = made
    return made
  }

  private func recognised() throws(AnalysisFilterError) -> [ArticleEntities] {
    if let entities { return entities }
    let found = EntityRecognizer(lexicon: try loadLexicon()).recognize(store)
    entities = found
    return found
  }

  /// A party id from an id or a display name, any case.
  private func resolveParty(_ value: String, lexicon: Lexicon) -> String? {
    let wanted = NameFolding.fold(value)
    return lexicon.parties.first { $0.id == wanted || NameFolding.fold($0.name) == wanted }?.id
  }

  /// Folded name → articles: canonical names, spellings used, gazetteer aliases, surnames.
  private func nameIndex() throws(AnalysisFilterError) -> [String: Set<Int>] {
    if let byName { return byName }
    let lexicon = try loadLexicon()
    let all = try recognised()
    var index: [String: Set<Int>] = [:]
    var aliasCache: [String: [String]] = [:]
    for (position, article) in all.enumerated() {
      for mention in article.mentions {
        let names = aliasCache[mention.entityID] ?? {
          var names = [mention.entityID, NameFolding.fold(mention.canonicalName)]
          if let entry = lexicon.entry(id: mention.entityID) { names += entry.allNames.map(NameFolding.fold) }
          if mention.type == .person, let last = names[1].split(separator: " ").last, names[1].contains(" ") {
            names.append(String(last))
          }
          aliasCache[mention.entityID] = names
          return names
        }()
        for name in names { index[name, default: []].insert(position) }
        index[NameFolding.fold(mention.surface), default: []].insert(position)
      }
    }
    byName = index
    return index
  }

  /// Party id → articles that mention it: an entity of the party or a party mention (demonym).
  private func partyIndex() throws(AnalysisFilterError) -> [String: Set<Int>] {
    if let byParty { return byParty }
    var index: [String: Set<Int>] = [:]
    for (position, article) in try recognised().enumerated() {
      for mention in article.mentions { index[mention.party, default: []].insert(position) }
      for mention in article.partyMentions { index[mention.party, default: []].insert(position) }
    }
    byParty = index
    return index
  }

  /// Party id → articles that give it voice: a stance claim or a direct quote it holds.
  private func voiceIndex() throws(AnalysisFilterError) -> [String: Set<Int>] {
    if let byVoice { return byVoice }
    let claims: [ArticleStances]
    if let stances {
      claims = stances
    } else {
      let extractor = StanceExtractor(lexicon: try loadStanceLexicon())
      claims = extractor.analyze(store, entities: try recognised())
      stances = claims
    }
    var index: [String: Set<Int>] = [:]
    for (position, article) in claims.enumerated() {
      for party in article.claims.map(\.party) + article.quotes.map(\.party) { index[party, default: []].insert(position) }
    }
    byVoice = index
    return index
  }

  /// Topic id → articles whose sentences hold one of its trigger terms (see `TopicFinder`).
  private func topicIndex() throws(AnalysisFilterError) -> [String: Set<Int>] {
    if let byTopic { return byTopic }
    var index: [String: Set<Int>] = [:]
    if let topics {
      for (position, found) in topics.enumerated() {
        for topic in found { index[topic, default: []].insert(position) }
      }
    } else {
      index = try topicFinder().index(store)
    }
    byTopic = index
    return index
  }
}

/// An `entity:`, `party:`, `voice:` or `topic:` value that names nothing known, or a lexicon
/// that could not be read; one line for the terminal or the status bar.
public struct AnalysisFilterError: Error, Sendable, CustomStringConvertible {
  public var message: String
  public init(_ message: String) { self.message = message }
  public var description: String { message }
}
