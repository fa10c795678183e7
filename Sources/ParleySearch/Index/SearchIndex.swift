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
  var parallelWork = 50_000

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
  }

  /// Indexes every article of `store`, on `threads` cores.
  public init(store: DocumentStore, threads: Int = ProcessInfo.processInfo.activeProcessorCount) {
    self.store = store
    let positions = Array(0..<store.count)
    segments = SearchIndex.buildSegments(for: positions, in: store, threads: threads)
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
    segments.reduce(0) { total, entry in
      total + entry.segment.memoryBytes + entry.positions.capacity * 4 + entry.norms.reduce(0) { $0 + $1.capacity * 4 }
    } + locations.capacity * 8 + dates.capacity * 4 + foldedSources.count * 16
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
    return totals.map { (part: $0.0, bytes: $0.1) } + [(part: "norms, maps, filters", bytes: perDocument)]
  }

  /// Checks every segment's postings (see `Segment.checkInvariants()`).
  func checkInvariants() -> String? {
    for entry in segments { if let problem = entry.segment.checkInvariants() { return problem } }
    return nil
  }

  // MARK: - Building

  static func buildSegments(for positions: [Int], in store: DocumentStore, threads: Int) -> [IndexedSegment] {
    guard !positions.isEmpty else { return [] }
    let shards = max(1, min(threads, positions.count / 500))
    let chunk = (positions.count + shards - 1) / shards
    let results = SegmentSlots(count: shards)
    DispatchQueue.concurrentPerform(iterations: shards) { shard in
      let part = positions[(shard * chunk)..<min(positions.count, (shard + 1) * chunk)]
      var builder = SegmentBuilder()
      for position in part {
        let article = store[position]
        builder.add(title: article.title, body: article.body)
      }
      results.set(shard, IndexedSegment(segment: builder.finish(), positions: part.map { Int32($0) }))
    }
    return results.values
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
      segments = SearchIndex.buildSegments(for: Array(0..<newStore.count), in: newStore, threads: ProcessInfo.processInfo.activeProcessorCount)
    } else {
      segments = kept + SearchIndex.buildSegments(for: added, in: newStore, threads: ProcessInfo.processInfo.activeProcessorCount)
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

/// Collects one result per parallel task.
private final class SegmentSlots: @unchecked Sendable {
  private var slots: [SearchIndex.IndexedSegment?]
  private let lock = NSLock()
  init(count: Int) { slots = Array(repeating: nil, count: count) }
  func set(_ index: Int, _ value: SearchIndex.IndexedSegment) {
    lock.lock()
    slots[index] = value
    lock.unlock()
  }
  var values: [SearchIndex.IndexedSegment] { slots.compactMap { $0 } }
}
