import ParleyCore

/// Answers query fields the index does not know itself, such as `entity:"Donald Trump"`,
/// `party:russia` or `topic:ceasefire`.
///
/// The analysis library conforms to this once entities and stances exist; give the
/// provider to `SearchIndex.filterProviders`, and parse with `SearchIndex.parser` so the
/// fields are accepted.
///
/// ```swift
/// struct PartyFilter: FilterProvider {
///   let filterFields: Set<String> = ["party"]
///   func articles(matching field: String, value: String, in store: DocumentStore) -> [Int] { … }
/// }
/// index.filterProviders.append(PartyFilter())
/// let hits = try index.search(index.parser.parse("ceasefire party:russia"))
/// ```
public protocol FilterProvider: Sendable {
  /// The lowercase field names this provider answers.
  var filterFields: Set<String> { get }
  /// The store positions of the articles matching `field:value` (any order; unknown values
  /// match nothing).
  func articles(matching field: String, value: String, in store: DocumentStore) -> [DocumentStore.Index]
}
