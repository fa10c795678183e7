import ParleyCore
import ParleySearch

/// Stands in for `AnalysisFilters` while the analysis runs in the background: the parser
/// accepts `entity:`, `party:`, `voice:` and `topic:`, and `IndexedSearch` answers a query
/// that uses them with `AnalysisPendingFailure` instead of analysing the corpus on the spot.
struct PendingAnalysisFilters: FilterProvider {
  let filterFields: Set<String> = AnalysisFilters.fields

  func articles(matching field: String, value: String, in store: DocumentStore) -> [DocumentStore.Index] { [] }
}

/// A query used `entity:`, `party:`, `voice:` or `topic:` before the analysis finished.
public struct AnalysisPendingFailure: Error, Hashable, Sendable {
  public init() {}
}
