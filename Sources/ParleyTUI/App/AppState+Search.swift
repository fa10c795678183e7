import ParleyCore

extension AppState {
  /// Runs a query and shows the matching articles, best first; an empty query clears the search.
  mutating func runSearch(_ text: String) {
    let trimmed = text.trimmingSpaces
    guard !trimmed.isEmpty else {
      clearSearch()
      return
    }
    do {
      let outcome = try corpus.search.search(trimmed, limit: Self.searchLimit)
      query = trimmed
      searchTotal = outcome.total
      hits = Dictionary(outcome.hits.map { ($0.position, $0) }, uniquingKeysWith: { first, _ in first })
      recomputeRows(keeping: nil, order: outcome.hits.map(\.position))
      if rows.isEmpty {
        message = "no articles match “\(trimmed)”" + (outcome.suggestion.map { " · did you mean: \($0)" } ?? "")
      }
    } catch is AnalysisPendingFailure {
      message = waitingForAnalysis("entity:, party:, voice: and topic: work")
    } catch let failure as SearchFailure {
      message = "search: \(failure.message)"
    } catch {
      message = "search: \(error)"
    }
  }

  /// Drops the active query and lists every article again.
  mutating func clearSearch() {
    query = nil
    hits = [:]
    searchTotal = 0
    recomputeRows(keeping: selectedPosition)
  }

  /// Rebuilds the list from the query order (or store order) and the entity filter.
  mutating func recomputeRows(keeping position: Int?, order: [Int]? = nil) {
    var base: [Int]
    if let order {
      base = order
    } else if query != nil {
      base = hits.values.sorted { $0.score != $1.score ? $0.score > $1.score : $0.position < $1.position }.map(\.position)
    } else {
      base = Array(0..<corpus.store.count)
    }
    if let entityFilter {
      if order == nil, query == nil {
        base = entityFilter.articles  // already in store order
      } else {
        let allowed = Set(entityFilter.articles)
        base = base.filter { allowed.contains($0) }
      }
    }
    rows = base
    let row = position.flatMap { rows.firstIndex(of: $0) } ?? 0
    selectedRow = -1  // force a fresh selection
    listTop = 0
    select(row: row)
    textTop = 0
    relayout()
  }
}

extension String {
  var trimmingSpaces: String {
    var scalars = Substring(self)
    while scalars.first?.isWhitespace == true { scalars.removeFirst() }
    while scalars.last?.isWhitespace == true { scalars.removeLast() }
    return String(scalars)
  }
}
