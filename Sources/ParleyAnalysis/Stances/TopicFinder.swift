import ParleyCore

/// Which articles touch a topic: for the search filter `topic:`.
///
/// An article matches when a sentence of its body holds one of the topic's trigger terms
/// (whether or not a stance claim could be attributed there). Needs no entity recognition.
///
/// ```swift
/// let finder = TopicFinder(lexicon: try StanceLexicon.bundled())
/// let positions = finder.positions(of: "ceasefire", in: store)   // Set<DocumentStore.Index>
/// ```
public struct TopicFinder: Sendable {
  public var extractor: StanceExtractor

  public init(lexicon: StanceLexicon) { extractor = StanceExtractor(lexicon: lexicon) }

  /// Topic ids whose triggers occur in the article's body or title.
  ///
  /// A trigger-only scan: tokens, clause breaks (only where a trigger pattern needs them) and the
  /// topic terms; the same answers as the full sentence reading's triggers at a fraction of the cost.
  public func topics(in article: Article) -> Set<String> {
    var found = Set<String>()
    let limit = StanceExtractor.reportingEnd(of: article)
    for sentence in article.sentences where sentence.range.start < limit {
      collectTopics(in: article.body, range: sentence.range, into: &found)
    }
    collectTopics(in: article.title, range: TextRange(0, article.title.utf8.count), into: &found)
    return found
  }

  /// Adds the topics of the triggers in one sentence (`range` of `text`) to `found`.
  private func collectTopics(in text: String, range: TextRange, into found: inout Set<String>) {
    let tokens = StanceTokenizer.tokens(in: text, range: range)
    var breaks: [Bool]? = nil
    let isBreak: (Int) -> Bool = { index in
      if breaks == nil { breaks = extractor.clauseBreaks(tokens) }
      return breaks![index]
    }
    let triggers = extractor.topicTriggers(tokens, isBreak: isBreak)
    for trigger in triggers { found.insert(trigger.term.topic) }
  }

  /// Store positions of the articles that touch `topic` (a topic id or its label, any case).
  public func positions(of topic: String, in store: DocumentStore) -> Set<DocumentStore.Index> {
    guard let id = resolve(topic) else { return [] }
    var result = Set<DocumentStore.Index>()
    for position in 0..<store.count where topics(in: store[position]).contains(id) { result.insert(position) }
    return result
  }

  /// Every topic id → the store positions that touch it, computed once (for a search index to keep).
  public func index(_ store: DocumentStore) -> [String: Set<DocumentStore.Index>] {
    let articles = store.articles
    let found = ParallelWork.map(count: articles.count) { topics(in: articles[$0]) }
    var result: [String: Set<DocumentStore.Index>] = [:]
    for (position, topics) in found.enumerated() {
      for topic in topics { result[topic, default: []].insert(position) }
    }
    return result
  }

  /// A topic id from an id, label or unambiguous id prefix ("crimea" → crimea_recognition).
  public func resolve(_ query: String) -> String? {
    let wanted = query.lowercased().replacingOccurrences(of: " ", with: "_")
    let topics = extractor.lexicon.topics.topics
    if let exact = topics.first(where: { $0.id == wanted || $0.label.lowercased().replacingOccurrences(of: " ", with: "_") == wanted }) {
      return exact.id
    }
    let prefixed = topics.filter { $0.id.hasPrefix(wanted) }
    return prefixed.count == 1 ? prefixed[0].id : nil
  }
}
