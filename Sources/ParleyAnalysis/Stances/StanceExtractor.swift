import ParleyCore

/// Finds the stances an article reports: who stands where on which topic, and how the
/// source reports it.
///
/// Rule- and lexicon-based and explainable: every `StanceClaim` names its trigger, the
/// cues that set its polarity and the route by which its holder was found.
///
/// ```swift
/// let extractor = StanceExtractor(lexicon: try StanceLexicon.bundled())
/// let claims = extractor.claims(in: article, entities: recognizer.recognize(article))
/// ```
///
/// # How it reads a sentence
/// 1. Topic triggers (`topics.tsv`) find what the sentence is about.
/// 2. Stance cues (`stance-cues.tsv`) to the left of a trigger in the same clause, and
///    predicates to its right ("… were unacceptable to Ukraine"), form a chain from the
///    innermost to the outermost; negations flip the cue they precede; a condition
///    ("until", "without") makes what follows something the holder wants.
/// 3. Each cue can carry its own holder (a possessive, `by`/`from` agent, `to`/`for`
///    experiencer); the clause holder (subject, speaker, pronoun, quote speaker) takes the
///    polarity at the innermost cue without one.
/// Only the article body is read: reader comments (`Article.comments`) and related-article
/// lists after a "Read also" line are not the source's reporting.
public struct StanceExtractor: Sendable {
  public let lexicon: StanceLexicon
  let termIndex: TermPatternIndex
  let cueIndex: TermPatternIndex
  let verbIndex: TermPatternIndex
  let hedgeIndex: TermPatternIndex

  public init(lexicon: StanceLexicon) {
    self.lexicon = lexicon
    termIndex = TermPatternIndex(lexicon.topics.terms.map(\.pattern))
    cueIndex = TermPatternIndex(lexicon.cues.cues.map(\.pattern))
    verbIndex = TermPatternIndex(lexicon.cues.reportingVerbs.map(\.pattern))
    hedgeIndex = TermPatternIndex(lexicon.cues.hedges)
  }

  /// Party ids that never hold a stance (entities of no side).
  static let neutralParties: Set<String> = ["", "other", "none"]

  /// The claims an article reports, in sentence order.
  public func claims(in article: Article, entities: ArticleEntities) -> [StanceClaim] {
    analyze(article, entities: entities).claims
  }

  /// Claims and quote attributions of one article.
  public func analyze(_ article: Article, entities: ArticleEntities) -> ArticleStances {
    let mentions = bodyMentions(article: article, entities: entities)
    var state = ArticleState()
    var claims: [StanceClaim] = []
    let limit = StanceExtractor.reportingEnd(of: article)
    var previousParagraph = -1
    for (index, sentence) in article.sentences.enumerated() where sentence.range.start < limit {
      if sentence.paragraph != previousParagraph {
        state.openQuote = false
        previousParagraph = sentence.paragraph
      }
      var reading = read(article: article, sentence: sentence, mentions: mentions, state: &state)
      claims.append(
        contentsOf: claimsOf(reading: &reading, article: article, sentenceIndex: index, sentence: sentence, state: &state))
    }
    return ArticleStances(articleID: article.id, claims: claims, quotes: state.quotes)
  }

  /// Stances and quotes of every article of a store, in store order, on every core;
  /// `entities[i]` are the entities of `store[i]` (as `EntityRecognizer.recognize(store)` gives them).
  public func analyze(_ store: DocumentStore, entities: [ArticleEntities]) -> [ArticleStances] {
    let articles = store.articles
    return ParallelWork.map(count: articles.count) { analyze(articles[$0], entities: entities[$0]) }
  }

  /// The claims of a whole corpus, one entry per article in store order, on every core
  /// (`entities` is called from several threads at once).
  public func claims(in store: DocumentStore, entities: @Sendable (Article) -> ArticleEntities) -> [[StanceClaim]] {
    let articles = store.articles
    return ParallelWork.map(count: articles.count) { claims(in: articles[$0], entities: entities(articles[$0])) }
  }

  /// Where the source's own reporting ends: before a "Read also"/"Related" list or a
  /// "N Comments" block that a loader left in the body.
  static func reportingEnd(of article: Article) -> Int {
    for paragraph in article.paragraphs {
      let text = article.body.slice(paragraph).trimmingCharacters(in: .whitespaces).lowercased()
      if text.hasPrefix("read also") || text.hasPrefix("related articles") || text == "related"
        || text.hasPrefix("read more:")
      {
        return paragraph.start
      }
      let words = text.split(separator: " ")
      if words.count == 2, Int(words[0]) != nil, words[1] == "comments" || words[1] == "comment" {
        return paragraph.start
      }
    }
    return Int.max
  }

  /// Party-bearing mentions in the body, sorted by position.
  func bodyMentions(article: Article, entities: ArticleEntities) -> [SentenceReading.Mention] {
    var result: [SentenceReading.Mention] = []
    for mention in entities.mentions where mention.field == .body && !Self.neutralParties.contains(mention.party) {
      result.append(
        .init(party: mention.party, name: mention.canonicalName, tokens: 0..<0, range: mention.range, isPerson: mention.type == .person))
    }
    for mention in entities.partyMentions where mention.field == .body && !Self.neutralParties.contains(mention.party) {
      // A party mention inside an entity mention (the "US" of "US President") adds nothing.
      if result.contains(where: { $0.range.overlaps(mention.range) && $0.party == mention.party }) { continue }
      result.append(.init(party: mention.party, name: mention.surface, tokens: 0..<0, range: mention.range))
    }
    return result.sorted { $0.range < $1.range }
  }
}

/// What the extractor remembers from one sentence to the next.
struct ArticleState {
  /// The main holders of the previous sentences (for "He …", "They …"): the last person, and
  /// the last group, country or organisation.
  var lastPerson: StanceHolder?
  var lastGroup: StanceHolder?
  /// The speaker of the last reporting verb (for quotes that stand alone).
  var lastSpeaker: StanceHolder?
  var lastSpeakerSentence = -10
  var sentenceIndex = 0
  /// Whether a quote opened in an earlier sentence of the paragraph is still open.
  var openQuote = false
  /// "Russian proposals" → russia, for a later "These proposals …".
  var proposalHolder: StanceHolder?
  var proposalSentence = -10
  var quotes: [QuoteAttribution] = []
  /// The last topic trigger of the previous sentence (for "Kyiv rejected it").
  var lastTriggerTerm: TopicTerm?
}

/// A sentence holding a direct quote, and the party of its speaker.
public struct QuoteAttribution: Sendable, Hashable, Codable {
  public var sentenceIndex: Int
  public var party: String
  public var speaker: String
}

/// What stance extraction found in one article.
public struct ArticleStances: Sendable, Hashable, Codable {
  public var articleID: String
  /// Claims in sentence order.
  public var claims: [StanceClaim]
  /// Direct quotes with a resolved speaker, in sentence order.
  public var quotes: [QuoteAttribution]
}
