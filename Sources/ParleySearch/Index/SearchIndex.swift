import Foundation
import ParleyCore

/// A positional inverted index over a `DocumentStore`, searched with BM25.
///
/// ```swift
/// let index = SearchIndex(store: store)
/// let results = index.search(try QueryParser.parse("\"security guarantees\" -trump"), limit: 10)
/// for hit in results.hits { print(hit.articleID, hit.score, hit.snippet?.text ?? "") }
/// ```
///
/// # Segments and updates
/// The index is a list of immutable `Segment`s, each covering some articles. Building splits
/// the store into one segment per core and builds them in parallel. `update(to:)` compares a
/// reloaded store with the indexed one by id and content: unchanged articles keep their
/// postings (only their store positions are remapped), removed or changed ones become
/// tombstones in their segment, and new or changed ones go into a fresh segment. When
/// tombstones pass a quarter of the indexed articles, or there are more than eight segments,
/// everything is rebuilt. Statistics (document count, average lengths, document frequencies)
/// are summed over segments; document frequencies still count tombstoned articles until the
/// next rebuild, as in Lucene.
///
/// # Performance
/// Memory: under half the raw text (varint postings, byte-arena dictionaries). Search
/// decodes the postings of each query word once per segment; phrases decode positions only
/// for documents that still hold the rarer words, and read two adjacent common words as one
/// pair term (`WordPairs`). A heavy query searches its segments on several cores.
public struct SearchIndex: Sendable {
  /// The indexed articles.
  public private(set) var store: DocumentStore
  /// Answer extra query fields (`entity:`, `party:`, `topic:`).
  public var filterProviders: [any FilterProvider] = []
  /// Other spellings a query word also matches (see `SpellingVariants`).
  public var spellingVariants = SpellingVariants()
  /// BM25 settings.
  public var ranking = RankingParameters() {
    didSet { refreshStatistics() }
  }
  /// Cores one query may use: segments are searched side by side when a query reads at
  /// least `parallelWork` postings; 1 searches them in turn.
  public var queryThreads = ProcessInfo.processInfo.activeProcessorCount
  /// Postings a query must read before its segments are searched on separate cores.
  var parallelWork = 100_000

  var segments: [IndexedSegment] = []
  /// Per store position: segment index << 32 | local document.
  var locations: [Int64] = []
  /// Per store position: folded source name and date (`yyyymmdd`, 0 if unknown).
  var foldedSources: [String] = []
  var dates: [Int32] = []
  /// Live articles and total field lengths over them.
  var liveCount = 0
  var averageLength: [Float] = [1, 1]

  /// A segment with its per-index state.
  struct IndexedSegment: Sendable {
    let segment: Segment
    /// Local document → store position, or -1 once deleted.
    var positions: [Int32]
    var deletedCount = 0
    /// BM25 length norms `k1 * (1 - b + b * length / average)` per field.
    var norms: [[Float]] = [[], []]
    /// Did-you-mean candidates, built on the first query that finds nothing.
    let spelling = SpellingCandidates.Lazy()
  }

  /// Indexes every article of `store`, on `threads` cores.
  public init(store: DocumentStore, threads: Int = ProcessInfo.processInfo.activeProcessorCount) {
    self.store = store
    segments = SearchIndex.buildSegments(for: Array(0..<store.count), in: store, threads: threads)!
    refreshMetadata()
    refreshStatistics()
  }

  /// Indexes every article of `store` like `init(store:threads:)`, reporting (articles indexed,
  /// articles in total) about every thousand articles, and throwing `CancellationError` soon
  /// after `isCancelled` returns true (a user who quit while a large folder was indexed).
  public init(
    store: DocumentStore, threads: Int = ProcessInfo.processInfo.activeProcessorCount,
    progress: @escaping ParallelWork.Progress, isCancelled: @escaping @Sendable () -> Bool = { false }
  ) throws(CancellationError) {
    self.store = store
    let tracker = BuildTracker(total: store.count, progress: progress, isCancelled: isCancelled)
    guard let built = SearchIndex.buildSegments(for: Array(0..<store.count), in: store, threads: threads, tracker: tracker)
    else { throw CancellationError() }
    segments = built
    refreshMetadata()
    refreshStatistics()
  }

  /// A parser that accepts the built-in fields and those of `filterProviders`.
  public var parser: QueryParser {
    QueryParser(filterFields: filterProviders.reduce(into: Set<String>()) { $0.formUnion($1.filterFields) })
  }

  /// The number of indexed articles.
  public var count: Int { liveCount }

  /// Bytes held by the index structures (not the articles).
  public var memoryBytes: Int {
    let spelling: Int = segments.reduce(0) { $0 + $1.spelling.memoryBytes }
    return segments.reduce(0) { total, entry in
      total + entry.segment.memoryBytes + entry.positions.capacity * 4 + entry.norms.reduce(0) { $0 + $1.capacity * 4 }
    } + locations.capacity * 8 + dates.capacity * 4 + foldedSources.count * 16 + spelling
  }

  /// Bytes by part, summed over segments (for `parley bench`).
  public var memoryBreakdown: [(part: String, bytes: Int)] {
    var totals: [(String, Int)] = []
    for entry in segments {
      for (index, (name, bytes)) in entry.segment.memoryBreakdown.enumerated() {
        if totals.count <= index { totals.append((name, 0)) }
        totals[index].1 += bytes
      }
    }
    let perDocument = segments.reduce(0) { $0 + $1.positions.capacity * 4 + $1.norms.reduce(0) { $0 + $1.capacity * 4 } }
      + locations.capacity * 8 + dates.capacity * 4 + foldedSources.count * 16
    let spelling: Int = segments.reduce(0) { $0 + $1.spelling.memoryBytes }
    return totals.map { (part: $0.0, bytes: $0.1) } + [(part: "norms, maps, filters", bytes: perDocument)]
      + (spelling > 0 ? [(part: "did-you-mean index", bytes: spelling)] : [])
  }

  /// Checks every segment's postings (see `Segment.checkInvariants()`).
  func checkInvariants() -> String? {
    for entry in segments { if let problem = entry.segment.checkInvariants() { return problem } }
    return nil
  }

  // MARK: - Building

  /// One segment per thread over contiguous shares of `positions`; nil when `tracker` says
  /// the build was cancelled.
  static func buildSegments(
    for positions: [Int], in store: DocumentStore, threads: Int, tracker: BuildTracker? = nil
  ) -> [IndexedSegment]? {
    guard !positions.isEmpty else { return [] }
    let shards = max(1, min(threads, positions.count / 500))
    let chunk = (positions.count + shards - 1) / shards
    let built = ParallelWork.map(count: shards, chunk: 1, parallelism: shards) { shard -> IndexedSegment? in
      let part = positions[(shard * chunk)..<min(positions.count, (shard + 1) * chunk)]
      var builder = SegmentBuilder()
      var sinceReport = 0
      for position in part {
        let article = store[position]
        builder.add(title: article.title, body: article.body)
        sinceReport += 1
        if sinceReport == BuildTracker.interval, let tracker {
          if !tracker.indexed(sinceReport) { return nil }
          sinceReport = 0
        }
      }
      if let tracker, !tracker.indexed(sinceReport) { return nil }
      return IndexedSegment(segment: builder.finish(), positions: part.map { Int32($0) })
    }
    let segments = built.compactMap { $0 }
    return segments.count == built.count ? segments : nil
  }

  // MARK: - Updating

  /// Brings the index up to date with a reloaded store without rebuilding unchanged articles.
  ///
  /// Articles are matched by id; one whose title, body, source or date changed is re-indexed.
  public mutating func update(to newStore: DocumentStore) {
    var newPositions = segments.map { [Int32](repeating: -1, count: $0.positions.count) }
    var added: [Int] = []
    for position in 0..<newStore.count {
      let article = newStore[position]
      if let old = store.position(of: article.id), old < locations.count, locations[old] >= 0 {
        let previous = store[old]
        if previous.title == article.title && previous.body == article.body && previous.source == article.source
          && previous.date == article.date
        {
          let location = locations[old]
          newPositions[Int(location >> 32)][Int(location & 0xFFFF_FFFF)] = Int32(position)
          continue
        }
      }
      added.append(position)
    }
    store = newStore
    var kept: [IndexedSegment] = []
    var indexed = 0
    var deleted = 0
    for (index, var entry) in segments.enumerated() {
      entry.positions = newPositions[index]
      entry.deletedCount = entry.positions.reduce(0) { $0 + ($1 < 0 ? 1 : 0) }
      indexed += entry.positions.count
      deleted += entry.deletedCount
      if entry.deletedCount < entry.positions.count { kept.append(entry) } else { deleted -= entry.deletedCount; indexed -= entry.positions.count }
    }
    if deleted * 4 > indexed + added.count || kept.count + 1 > 8 {
      segments = SearchIndex.buildSegments(for: Array(0..<newStore.count), in: newStore, threads: ProcessInfo.processInfo.activeProcessorCount)!
    } else {
      segments = kept + SearchIndex.buildSegments(for: added, in: newStore, threads: ProcessInfo.processInfo.activeProcessorCount)!
    }
    refreshMetadata()
    refreshStatistics()
  }

  /// Recomputes the position → segment map and the filter fields.
  mutating func refreshMetadata() {
    locations = [Int64](repeating: -1, count: store.count)
    for (index, entry) in segments.enumerated() {
      for (local, position) in entry.positions.enumerated() where position >= 0 {
        locations[Int(position)] = Int64(index) << 32 | Int64(local)
      }
    }
    foldedSources = store.articles.map { Tokenizer.tokens($0.source).joined(separator: " ") }
    dates = store.articles.map { article in
      guard let date = article.date, let value = DateBound.parse(Substring(date), upper: false) else { return 0 }
      return Int32(value)
    }
  }

  /// Recomputes live counts, average field lengths and BM25 norms.
  mutating func refreshStatistics() {
    var totals: [Double] = [0, 0]
    liveCount = 0
    for entry in segments {
      for (local, position) in entry.positions.enumerated() where position >= 0 {
        liveCount += 1
        totals[0] += Double(entry.segment.fieldLengths[0][local])
        totals[1] += Double(entry.segment.fieldLengths[1][local])
      }
    }
    averageLength = totals.map { Float(max(1, $0 / Double(max(1, liveCount)))) }
    let k1 = ranking.k1
    let b = ranking.b
    let averages = averageLength
    for index in segments.indices {
      let lengths = segments[index].segment.fieldLengths
      segments[index].norms = (0..<2).map { field in
        lengths[field].map { k1 * (1 - b + b * Float($0) / averages[field]) }
      }
    }
  }
}

/// Counts articles indexed by all segment builders for a progress callback, and relays
/// cancellation to them.
final class BuildTracker: @unchecked Sendable {
  /// Articles a builder indexes between two reports.
  static let interval = 1024
  private let lock = NSLock()
  private let total: Int
  private let progress: ParallelWork.Progress
  private let isCancelled: @Sendable () -> Bool
  private var done = 0

  init(total: Int, progress: @escaping ParallelWork.Progress, isCancelled: @escaping @Sendable () -> Bool) {
    self.total = total
    self.progress = progress
    self.isCancelled = isCancelled
  }

  /// Counts `count` more articles indexed; false when the build should stop.
  func indexed(_ count: Int) -> Bool {
    lock.withLock {
      done += count
      progress(done, total)
    }
    return !isCancelled()
  }
}
