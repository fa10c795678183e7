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
  public func topics(in article: Article) -> Set<String> {
    var found = Set<String>()
    var state = ArticleState()
    let limit = StanceExtractor.reportingEnd(of: article)
    for sentence in article.sentences where sentence.range.start < limit {
      let reading = extractor.read(article: article, sentence: sentence, mentions: [], state: &state)
      for trigger in reading.triggers { found.insert(trigger.term.topic) }
    }
    let titleArticle = Article(
      id: article.id, title: "", source: "", path: "", body: article.title,
      paragraphs: [TextRange(0, article.title.utf8.count)], sentences: [Sentence(range: TextRange(0, article.title.utf8.count), paragraph: 0)])
    let reading = extractor.read(article: titleArticle, sentence: titleArticle.sentences[0], mentions: [], state: &state)
    for trigger in reading.triggers { found.insert(trigger.term.topic) }
    return found
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
    var result: [String: Set<DocumentStore.Index>] = [:]
    for position in 0..<store.count {
      for topic in topics(in: store[position]) { result[topic, default: []].insert(position) }
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
