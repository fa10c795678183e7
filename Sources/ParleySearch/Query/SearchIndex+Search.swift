import ParleyCore

extension SearchIndex {
  /// Runs a query: the best `limit` articles by BM25, best first, with the total match count,
  /// and when `snippets` is true each hit's best passage and title highlights. When nothing
  /// matches, `suggestion` holds a respelled query that would match, if there is one.
  public func search(_ query: Query, limit: Int = 10, snippets: Bool = true) -> SearchResults {
    let plan = plan(query)
    var top = TopHits(limit: limit)
    var total = 0
    for s in segments.indices {
      if case .stems(let leaf) = plan, leaf.lists[s].count <= 16 {
        total += stream(leaf, in: s, into: &top)
        continue
      }
      let matches = evaluate(plan, in: s)
      segments[s].positions.withUnsafeBufferPointer { positions in
        for i in 0..<matches.count {
          let position = positions[Int(matches.documents[i])]
          if position < 0 { continue }
          total += 1
          top.consider(matches.scores[i], position, matches.hits[i])
        }
      }
    }
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

  /// Every hit of `query` in one article, for highlighting its full text.
  public func highlights(for query: Query, in position: DocumentStore.Index) -> ArticleHighlights {
    highlights(for: plan(query), in: position)
  }
}
