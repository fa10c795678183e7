import ParleyCore
import ParleySearch

/// The browser's search over ParleySearch's index: the full query language, BM25 ranking,
/// and highlight ranges computed for the one article on screen.
public struct IndexedSearch: ArticleSearch {
  /// The index; its `filterProviders` answer `entity:`, `party:`, `voice:` and `topic:`.
  public var index: SearchIndex

  public init(index: SearchIndex) { self.index = index }

  public func search(_ query: String, limit: Int) throws -> SearchOutcome {
    let parsed: Query
    do {
      parsed = try index.parser.parse(query)
    } catch {
      throw SearchFailure("bad query: \(error)")
    }
    if index.filterProviders.contains(where: { $0 is PendingAnalysisFilters }), AnalysisFilters.isUsed(in: parsed) {
      throw AnalysisPendingFailure()
    }
    for case let filters as AnalysisFilters in index.filterProviders {
      do { try filters.validate(parsed) } catch { throw SearchFailure("bad query: \(error.message)") }
    }
    let results = index.search(parsed, limit: limit, snippets: false)
    return SearchOutcome(
      hits: results.hits.map { ArticleHit(position: $0.position, score: $0.score, count: $0.hitCount) }, total: results.totalHits,
      suggestion: results.suggestion)
  }

  public func highlights(for query: String, in position: Int) -> Highlights {
    guard let parsed = try? index.parser.parse(query) else { return Highlights() }
    let found = index.highlights(for: parsed, in: position)
    return Highlights(title: found.title, body: found.body)
  }
}
