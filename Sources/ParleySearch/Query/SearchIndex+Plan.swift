import Foundation
import ParleyCore

extension SearchIndex {
  /// The most stems a prefix or typo-tolerant word expands to (the most frequent are kept).
  static let expansionLimit = 128

  /// Resolves a query against the segments.
  func plan(_ query: Query) -> QueryPlan {
    switch query {
    case .term(let word, let field):
      let spellings = [word] + spellingVariants.variants(of: word)
      var stems: [[UInt8]] = []
      for spelling in spellings {
        let stem = EnglishStemmer.stem(Array(spelling.utf8))
        if !stems.contains(stem) { stems.append(stem) }
      }
      return .stems(stemLeaf(stems: stems, exact: word, field: field, variantFactor: 0.8))
    case .prefix(let prefix, let field):
      let bytes = Array(prefix.utf8)
      return .stems(stemLeaf(stems: expand { entry in
        entry.segment.forms(withPrefix: bytes).map { entry.segment.formStem[Int($0)] }
      }, exact: nil, field: field))
    case .fuzzy(let word, let field):
      return .stems(stemLeaf(stems: expand { entry in fuzzyStems(word, in: entry) }, exact: nil, field: field))
    case .phrase(let words, let field):
      return .phrase(phraseLeaf(words, field: field))
    case .source(let text):
      var cache: [String: Bool] = [:]
      return documents { position in
        let source = foldedSources[position]
        if let known = cache[source] { return known }
        let match = source.contains(text)
        cache[source] = match
        return match
      }
    case .dateRange(let from, let through):
      return documents { position in
        let date = Int(dates[position])
        return date != 0 && date >= from && date <= through
      }
    case .filter(let field, let value):
      guard let provider = filterProviders.first(where: { $0.filterFields.contains(field) }) else { return .nothing }
      var lists = segments.map { _ in [Int32]() }
      for position in provider.articles(matching: field, value: value, in: store)
      where position >= 0 && position < locations.count && locations[position] >= 0 {
        let location = locations[position]
        lists[Int(location >> 32)].append(Int32(location & 0xFFFF_FFFF))
      }
      return .documents(lists.map { Array(Set($0)).sorted() })
    case .and(let parts): return .and(parts.map(plan))
    case .or(let parts): return .or(parts.map(plan))
    case .not(let part): return .not(plan(part))
    }
  }

  func fields(_ field: ArticleField?) -> [Int] {
    switch field {
    case nil: [0, 1]
    case .title: [0]
    case .body: [1]
    }
  }

  /// Robertson–Spärck Jones idf as in Lucene's BM25.
  func idf(_ documentFrequency: Int) -> Float {
    let n = Float(max(liveCount, 1))
    let df = Float(documentFrequency)
    return logf(1 + (n - df + 0.5) / (df + 0.5))
  }

  /// Documents with `stem` in `field`, over all segments.
  func documentFrequency(of stem: [UInt8], field: Int) -> Int {
    stem.withUnsafeBufferPointer { key in
      segments.reduce(0) { total, entry in
        let id = entry.segment.stems.find(key)
        return id < 0 ? total : total + Int(entry.segment.documentFrequency[Segment.key(stem: id, field: field)])
      }
    }
  }

  /// Distinct stems (as bytes) produced by `stemsIn` over all segments, the most frequent first,
  /// at most `expansionLimit`.
  func expand(_ stemsIn: (IndexedSegment) -> [Int32]) -> [[UInt8]] {
    var seen = Set<[UInt8]>()
    for entry in segments {
      for stem in stemsIn(entry) { seen.insert(Array(entry.segment.stems.term(stem))) }
    }
    var all = Array(seen)
    if all.count > SearchIndex.expansionLimit {
      let frequency = Dictionary(uniqueKeysWithValues: all.map { ($0, documentFrequency(of: $0, field: 1) + documentFrequency(of: $0, field: 0)) })
      all.sort { frequency[$0]! > frequency[$1]! }
      all.removeLast(all.count - SearchIndex.expansionLimit)
    }
    return all.sorted { $0.lexicographicallyPrecedes($1) }
  }

  /// Stems of the forms within the typo allowance of `word` in one segment, found through the
  /// segment's did-you-mean candidates (`SpellingCandidates`), which rule most forms out by
  /// their letters before any edit distance is computed.
  func fuzzyStems(_ word: String, in entry: IndexedSegment) -> [Int32] {
    let target = Array(word.utf8)
    let limit = EditDistance.allowance(forLength: target.count)
    let candidates = entry.spelling.candidates(of: entry.segment)
    var stems: [Int32] = []
    target.withUnsafeBufferPointer { target in
      candidates.forEachForm(near: target, limit: limit, in: entry.segment.forms) { form, _ in
        stems.append(entry.segment.formStem[Int(form)])
      }
    }
    return stems
  }

  func stemLeaf(stems: [[UInt8]], exact: String?, field: ArticleField?, variantFactor: Float = 1) -> StemLeaf {
    let fields = fields(field)
    var weights: [[Float]] = []
    for (index, stem) in stems.enumerated() {
      let factor = index == 0 ? 1 : variantFactor
      weights.append(fields.map { f in
        idf(documentFrequency(of: stem, field: f)) * (f == 0 ? ranking.titleBoost : 1) * factor
      })
    }
    let bodyIDF = stems.first.map { idf(documentFrequency(of: $0, field: 1)) } ?? 0
    var leaf = StemLeaf(lists: [], exactForms: [], exactWeight: ranking.exactFormBonus * bodyIDF, stems: [], fields: fields)
    for entry in segments {
      var lists: [WeightedList] = []
      var found = Set<Int32>()
      for (index, stem) in stems.enumerated() {
        let id = stem.withUnsafeBufferPointer { entry.segment.stems.find($0) }
        guard id >= 0 else { continue }
        found.insert(id)
        for (slot, f) in fields.enumerated() {
          let key = Segment.key(stem: id, field: f)
          if entry.segment.documentFrequency[key] > 0 { lists.append(WeightedList(key: key, weight: weights[index][slot])) }
        }
      }
      leaf.lists.append(lists)
      leaf.stems.append(found)
      leaf.exactForms.append(exact.map { entry.segment.forms.find($0) } ?? -1)
    }
    return leaf
  }

  func phraseLeaf(_ words: [String], field: ArticleField?) -> PhraseLeaf {
    let fields = fields(field)
    let stems = words.map { EnglishStemmer.stem(Array($0.utf8)) }
    let weights = fields.map { f in
      stems.reduce(Float(0)) { $0 + idf(documentFrequency(of: $1, field: f)) } * (f == 0 ? ranking.titleBoost : 1)
    }
    let slots: [[Int32]?] = segments.map { entry in
      var ids: [Int32] = []
      for stem in stems {
        let id = stem.withUnsafeBufferPointer { entry.segment.stems.find($0) }
        if id < 0 { return nil }
        ids.append(id)
      }
      return ids
    }
    let probes = zip(segments, slots).map { entry, ids in ids.flatMap { phraseProbes(stems, ids: $0, in: entry.segment) } }
    return PhraseLeaf(slots: slots, probes: probes, fields: fields, weights: weights)
  }

  /// The lists a phrase reads in one segment: a pair term for every two adjacent common words
  /// (`WordPairs`), and the word itself for every word in no pair. Nil when a pair term is
  /// missing, since then no article of the segment has the phrase.
  func phraseProbes(_ stems: [[UInt8]], ids: [Int32], in segment: Segment) -> [PhraseProbe]? {
    var probes: [PhraseProbe] = []
    var paired = [Bool](repeating: false, count: stems.count)
    for i in stems.indices.dropLast() where WordPairs.stems.contains(stems[i]) && WordPairs.stems.contains(stems[i + 1]) {
      let id = WordPairs.key(stems[i], stems[i + 1]).withUnsafeBufferPointer { segment.stems.find($0) }
      if id < 0 { return nil }
      probes.append(PhraseProbe(stem: id, offset: Int32(i)))
      paired[i] = true
      paired[i + 1] = true
    }
    for (i, id) in ids.enumerated() where !paired[i] { probes.append(PhraseProbe(stem: id, offset: Int32(i))) }
    return probes
  }

  /// A filter: the live documents of each segment whose store position passes `test`.
  func documents(_ test: (Int) -> Bool) -> QueryPlan {
    .documents(segments.map { entry in
      var list: [Int32] = []
      for (local, position) in entry.positions.enumerated() where position >= 0 && test(Int(position)) {
        list.append(Int32(local))
      }
      return list
    })
  }
}
