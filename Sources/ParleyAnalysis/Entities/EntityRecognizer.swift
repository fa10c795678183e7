import ParleyCore

/// Finds people, places and organisations in an article and ties each to a party.
///
/// ```swift
/// let recognizer = EntityRecognizer(lexicon: try Lexicon.bundled())
/// let found = recognizer.recognize(article)   // title and body; comments are never read
/// for mention in found.mentions { print(mention.canonicalName, mention.party) }
/// ```
///
/// # How
/// 1. Gazetteer: aliases from `data/lexicon/gazetteer` are matched as token sequences
///    (longest first), with case rules so that `us` is not `US`.
/// 2. Unknown names: capitalised runs typed by context — a title before them (`Deputy Prime
///    Minister`), an organisation word in them (`Ministry`), a place cue around them (`in …`,
///    `… region`), a given name or a reporting verb after a two-word name. The party of an
///    unknown name comes from a demonym or known entity just before its title.
/// 3. Linking: a later surname-only mention (`Lammy`) links to the full name in the same
///    article; headline words link to names found in the body.
/// Capitalised words at sentence starts and in title-case lines are not names by themselves.
///
/// # Performance
/// Work is per token (one hash lookup per token for the gazetteer), over UTF-8 bytes.
public struct EntityRecognizer: Sendable {
  public let lexicon: Lexicon

  public init(lexicon: Lexicon) { self.lexicon = lexicon }

  /// The entities and party mentions in the article's title and body.
  public func recognize(_ article: Article) -> ArticleEntities {
    recognize(title: article.title, body: article.body, articleID: article.id)
  }

  /// The entities and party mentions in a title and body given as text.
  public func recognize(title: String, body: String, articleID: String = "") -> ArticleEntities {
    var scans = [
      FieldScan(field: .title, text: title, lexicon: lexicon),
      FieldScan(field: .body, text: body, lexicon: lexicon),
    ]
    var lowercaseWords: Set<String> = []
    for scan in scans {
      for token in scan.tokens where token.isWord && !token.isCapitalized { lowercaseWords.insert(token.key) }
    }
    for index in scans.indices { scans[index].findCandidates(lowercaseWords: lowercaseWords) }
    let links = ArticleLinks(candidates: scans.flatMap(\.candidates), lexicon: lexicon)
    var mentions: [EntityMention] = []
    var partyMentions: [PartyMention] = []
    for scan in scans {
      mentions += scan.mentions(links: links, lexicon: lexicon)
      partyMentions += scan.partyMentions
    }
    mentions.sort { ($0.field == .title ? 0 : 1, $0.range) < ($1.field == .title ? 0 : 1, $1.range) }
    partyMentions.sort { ($0.field == .title ? 0 : 1, $0.range) < ($1.field == .title ? 0 : 1, $1.range) }
    return ArticleEntities(articleID: articleID, mentions: mentions, partyMentions: partyMentions)
  }

  /// Recognises every article of a store, in store order, on every core.
  public func recognize(_ store: DocumentStore) -> [ArticleEntities] {
    let articles = store.articles
    return ParallelWork.map(count: articles.count) { recognize(articles[$0]) }
  }
}
