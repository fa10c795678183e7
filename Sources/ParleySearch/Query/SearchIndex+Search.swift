import Foundation
import ParleyCore

extension SearchIndex {
  /// Runs a query: the best `limit` articles by BM25, best first, with the total match count,
  /// and when `snippets` is true each hit's best passage and title highlights. When nothing
  /// matches, `suggestion` holds a respelled query that would match, if there is one.
  public func search(_ query: Query, limit: Int = 10, snippets: Bool = true) -> SearchResults {
    let plan = plan(query)
    let (top, total) = collect(plan, limit: limit)
    let hits = top.entries.map { entry -> SearchHit in
      let position = Int(entry.position)
      var hit = SearchHit(
        position: position, articleID: store[position].id, score: Double(entry.score), hitCount: Int(entry.hits),
        snippet: nil, titleHighlights: [])
      if snippets {
        let highlights = highlights(for: plan, in: position)
        hit.titleHighlights = highlights.title
        hit.snippet = Snippet.best(in: store[position].body, highlights: highlights.body)
      }
      return hit
    }
    return SearchResults(hits: hits, totalHits: total, suggestion: total == 0 ? suggestion(for: query) : nil)
  }

  /// The best `limit` matches of `plan` and the number of live matches, over all segments:
  /// side by side on up to `queryThreads` cores when the plan reads at least `parallelWork`
  /// postings (handing a segment to a second thread costs about 0.1 ms here, the time to read
  /// some 25,000 postings), in turn otherwise. Both ways give the same hits in the same order.
  func collect(_ plan: QueryPlan, limit: Int) -> (top: TopHits, total: Int) {
    let threads = min(queryThreads, segments.count)
    guard threads > 1, work(plan) >= parallelWork else {
      var top = TopHits(limit: limit)
      var total = 0
      for s in segments.indices { total += collect(plan, in: s, into: &top) }
      return (top, total)
    }
    // One task per segment, on its own core.
    let parts = ParallelWork.map(count: segments.count, chunk: 1, parallelism: threads) { s -> (top: TopHits, total: Int) in
      var top = TopHits(limit: limit)
      let total = collect(plan, in: s, into: &top)
      return (top, total)
    }
    var top = TopHits(limit: limit)
    var total = 0
    for part in parts {
      total += part.total
      for entry in part.top.entries { top.consider(entry.score, entry.position, entry.hits) }
    }
    return (top, total)
  }

  /// Adds segment `s`'s live matches of `plan` to `top`; returns how many there were.
  func collect(_ plan: QueryPlan, in s: Int, into top: inout TopHits) -> Int {
    if case .stems(let leaf) = plan, leaf.lists[s].count <= 16 {
      return stream(leaf, in: s, into: &top)
    }
    let matches = evaluate(plan, in: s)
    var total = 0
    segments[s].positions.withUnsafeBufferPointer { positions in
      for i in 0..<matches.count {
        let position = positions[Int(matches.documents[i])]
        if position < 0 { continue }
        total += 1
        top.consider(matches.scores[i], position, matches.hits[i])
      }
    }
    return total
  }

  /// Postings the plan reads, summed over segments: its lists' document frequencies.
  func work(_ plan: QueryPlan) -> Int {
    var total = 0
    for (s, entry) in segments.enumerated() {
      let frequency = entry.segment.documentFrequency
      func add(_ plan: QueryPlan) {
        switch plan {
        case .stems(let leaf): for list in leaf.lists[s] { total += Int(frequency[list.key]) }
        case .phrase(let leaf):
          for probe in leaf.probes[s] ?? [] {
            for field in leaf.fields { total += Int(frequency[Segment.key(stem: probe.stem, field: field)]) }
          }
        case .documents(let lists): total += lists[s].count
        case .and(let parts), .or(let parts): parts.forEach(add)
        case .not(let inner): total += entry.segment.documentCount; add(inner)
        case .nothing: break
        }
      }
      add(plan)
    }
    return total
  }

  /// Every hit of `query` in one article, for highlighting its full text.
  public func highlights(for query: Query, in position: DocumentStore.Index) -> ArticleHighlights {
    highlights(for: plan(query), in: position)
  }
}
