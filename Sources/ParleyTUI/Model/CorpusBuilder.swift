import Dispatch
import Foundation
import ParleyAnalysis
import ParleyCore
import ParleySearch

/// Builds the browser's `Corpus` from a document store in two phases.
///
/// 1. `buildSearchable(store:progress:)`: the search index (with the gazetteer's spelling
///    variants). The browser opens on this: list, text and keyword search work.
/// 2. `enrich(_:progress:)`: entities, stances, topics, the comparison and the framing
///    summaries. The browser runs it in the background and swaps the result in.
///
/// Both run off the input loop (see `BrowserApp`) and report to a `LoadProgress`.
/// An analysis whose lexicon cannot be read is left out with a note; the browser still opens.
public struct CorpusBuilder: Sendable {
  public var name: String
  /// Folder of the entity lexicon (nil: the bundled data/lexicon).
  public var lexiconFolder: String?

  /// The stage `enrich` reports while it analyses the articles.
  public static let analysingStage = "analysing entities and stances"

  public init(name: String, lexiconFolder: String? = nil) {
    self.name = name
    self.lexiconFolder = lexiconFolder
  }

  /// Entity and stance results, one per article in store order.
  public struct Analyses: Sendable {
    public var entities: [ArticleEntities]
    public var stances: [ArticleStances]
    public init(entities: [ArticleEntities], stances: [ArticleStances]) {
      self.entities = entities
      self.stances = stances
    }
  }

  /// Both phases one after the other: the corpus with every analysis.
  ///
  /// - Parameter precomputed: entity and stance results to use instead of running the
  ///   analyses (the benchmark copies the sample's results to its copies).
  public func build(store: DocumentStore, progress: LoadProgress? = nil, precomputed: Analyses? = nil) -> Corpus {
    enrich(buildSearchable(store: store, progress: progress), progress: progress, precomputed: precomputed)
  }

  /// Phase 1: the search index with the gazetteer's spelling variants, and the party labels.
  ///
  /// `entity:`, `party:`, `voice:` and `topic:` parse but fail with `AnalysisPendingFailure`
  /// until `enrich` has run: answering them now would analyse the whole corpus on the spot.
  /// With `progress`, indexing reports its fraction; after a quit (`progress.isCancelled`) the
  /// index is left out, since nobody will see the corpus.
  public func buildSearchable(store: DocumentStore, progress: LoadProgress? = nil) -> Corpus {
    let stage = "indexing \(store.count) articles"
    progress?.report(stage, nil)
    let lexicon = try? loadEntityLexicon()
    var index: SearchIndex
    if let progress {
      do {
        index = try SearchIndex(
          store: store, progress: { done, total in progress.report(stage, Double(done) / Double(total)) },
          isCancelled: { progress.isCancelled })
      } catch {
        return Corpus(name: name, store: store)  // The user quit while indexing; nobody will see it.
      }
    } else {
      index = SearchIndex(store: store)
    }
    index.spellingVariants = AliasVariants.spellingVariants(lexicon: lexicon)
    index.filterProviders = [PendingAnalysisFilters()]
    return Corpus(name: name, store: store, search: IndexedSearch(index: index), parties: partyLabels(lexicon))
  }

  /// Phase 2: entities, stances, topics, the comparison and the framing summaries of a
  /// corpus from `buildSearchable`, in parallel, reporting to `progress`.
  ///
  /// Returns `corpus` unchanged when the user quit meanwhile (`progress.isCancelled`).
  public func enrich(_ corpus: Corpus, progress: LoadProgress? = nil, precomputed: Analyses? = nil) -> Corpus {
    let store = corpus.store
    var notes: [String] = []
    let entityLexicon: Lexicon?
    do {
      entityLexicon = try loadEntityLexicon()
    } catch {
      entityLexicon = nil
      notes.append("entities unavailable: \(error)")
    }
    var stanceLexicon: StanceLexicon?
    if entityLexicon != nil {
      do {
        stanceLexicon = try lexiconFolder.map { try StanceLexicon.load(folder: $0) } ?? StanceLexicon.bundled()
      } catch {
        notes.append("stances unavailable: \(error)")
      }
    }
    let labels = partyLabels(entityLexicon)

    var entities: [ArticleEntities] = []
    var stances: [ArticleStances] = []
    var topics: [Set<String>]?
    if let precomputed {
      (entities, stances) = (precomputed.entities, precomputed.stances)
    } else if let entityLexicon {
      guard let found = analyse(store: store, lexicon: entityLexicon, stanceLexicon: stanceLexicon, progress: progress) else {
        return corpus  // The user quit; nobody will see the result.
      }
      (entities, stances, topics) = found
    }

    var search = corpus.search
    if var indexed = search as? IndexedSearch {
      indexed.index.filterProviders = [
        AnalysisFilters(
          store: store, lexiconFolder: lexiconFolder, lexicon: entityLexicon, stanceLexicon: stanceLexicon,
          entities: entities.isEmpty ? nil : entities, stances: stances.isEmpty ? nil : stances, topics: topics)
      ]
      search = indexed
    }

    var comparison: Comparison?
    var claims: [[TextRange]] = []
    var voiced: [[String]]?
    if let stanceLexicon, !stances.isEmpty {
      progress?.report("comparing sources", nil)
      let parties = labels.order.filter(PartyLabels.isParty)
      let topicDefinitions = stanceLexicon.topics.topics
      let matrices = topicDefinitions.map { StanceMatrix(topic: $0, articles: store.articles, stances: stances, parties: parties) }
      let framing = zip(store.articles, stances).map { SourceFraming(article: $0, stances: $1, topics: topicDefinitions) }
      comparison = ComparisonAdapter.comparison(matrices: matrices, framing: framing, store: store, labels: labels)
      if comparison == nil { notes.append("no stance claims found in this corpus") }
      claims = stances.map { Array(Set($0.claims.map(\.sentenceRange))).sorted() }
      voiced = zip(stances, entities).map { stance, entity in
        let fromClaims = stance.claims.map(\.party) + stance.quotes.map(\.party)
        let fallback = entity.mentions.filter { $0.type != .place }.map(\.party)
        return labels.sorted(fromClaims.isEmpty ? fallback : fromClaims)
      }
    }
    var enriched = Corpus(
      name: corpus.name, store: store, search: search, entities: entities, comparison: comparison,
      claimSentences: claims, voicedParties: voiced, parties: labels)
    // Notes from loading (files skipped) stay first: they are what the user most needs to see
    // again when the analysis lands.
    enriched.notes = corpus.notes + notes
    return enriched
  }

  /// Runs entity recognition and stance extraction alone (nil when the lexicons cannot be read).
  public func analyse(store: DocumentStore) -> Analyses? {
    guard let lexicon = try? loadEntityLexicon(),
      let stanceLexicon = try? (lexiconFolder.map { try StanceLexicon.load(folder: $0) } ?? StanceLexicon.bundled()),
      let found = analyse(store: store, lexicon: lexicon, stanceLexicon: stanceLexicon, progress: nil)
    else { return nil }
    return Analyses(entities: found.0, stances: found.1)
  }

  /// Only the search index: for a quick start or a benchmark of the browser alone.
  public func buildIndexOnly(store: DocumentStore) -> Corpus {
    Corpus(name: name, store: store, search: IndexedSearch(index: SearchIndex(store: store)))
  }

  private func loadEntityLexicon() throws -> Lexicon {
    try lexiconFolder.map { try Lexicon.load(directory: $0) } ?? Lexicon.bundled()
  }

  /// Party markers, names and order from the lexicon and `data/browser/party-markers.tsv`.
  private func partyLabels(_ lexicon: Lexicon?) -> PartyLabels {
    var labels = PartyLabels()
    if let lexicon {
      labels.order = lexicon.parties.map(\.id)
      labels.names = Dictionary(lexicon.parties.map { ($0.id, $0.id.count <= 3 ? $0.id.uppercased() : $0.name) }, uniquingKeysWith: { a, _ in a })
    }
    if let folder = BundledData.directory("browser") {
      labels.markers = PartyLabels.readMarkers(path: folder + "/party-markers.tsv")
    }
    return labels
  }

  /// Entities, stances and topics (for `topic:`) of every article, in parallel chunks,
  /// reporting progress; nil when cancelled.
  private func analyse(store: DocumentStore, lexicon: Lexicon, stanceLexicon: StanceLexicon?, progress: LoadProgress?)
    -> ([ArticleEntities], [ArticleStances], [Set<String>]?)?
  {
    let articles = store.articles
    let count = articles.count
    guard count > 0 else { return ([], [], nil) }
    let recognizer = EntityRecognizer(lexicon: lexicon)
    let extractor = stanceLexicon.map { StanceExtractor(lexicon: $0) }
    let finder = stanceLexicon.map { TopicFinder(lexicon: $0) }
    let stage = extractor == nil ? "analysing entities" : Self.analysingStage
    progress?.report(stage, 0)
    let results: [(ArticleEntities, ArticleStances?, Set<String>?)]
    do {
      results = try ParallelWork.map(
        count: count, progress: { done, total in progress?.report(stage, Double(done) / Double(total)) },
        isCancelled: { progress?.isCancelled ?? false }
      ) { index in
        let article = articles[index]
        let found = recognizer.recognize(article)
        return (found, extractor?.analyze(article, entities: found), finder?.topics(in: article))
      }
    } catch {
      return nil
    }
    let stances = results.compactMap(\.1)
    let topics = results.compactMap(\.2)
    return (results.map(\.0), stances.count == count ? stances : [], topics.count == count ? topics : nil)
  }
}
