import ParleyAnalysis
import ParleyCore

/// Builds the browser's `Corpus` from a document store: search index, entities, stances.
///
/// Each analysis is a step here; steps report progress so that a large corpus shows a
/// progress bar. Runs off the input loop (see `BrowserApp`).
public struct CorpusBuilder: Sendable {
  public var name: String

  public init(name: String) { self.name = name }

  /// Runs every analysis over the store.
  public func build(store: DocumentStore, progress: LoadProgress?) -> Corpus {
    progress?.report("indexing \(store.count) articles", 0)
    return Corpus(name: name, store: store)
  }
}
