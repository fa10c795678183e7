import ParleyAnalysis
import ParleyCore
import ParleyTUI

/// A tiny hand-made corpus for unit tests: five articles from four sources, every party,
/// two topics, reader comments, curly quotes, a wide-character line and a combining mark.
public enum FixtureCorpus {
  struct Draft {
    var id: String
    var title: String
    var source: String
    var date: String
    var paragraphs: [String]
    var comments: [String] = []
  }

  static let drafts: [Draft] = [
    Draft(
      id: "a1", title: "Kyiv rejects plan to recognise Crimea annexation", source: "Reuters", date: "2025-04-23",
      paragraphs: [
        "Ukrainian President Volodymyr Zelensky said Kyiv would never recognise Russia’s annexation of Crimea.",
        "Donald Trump said a deal was “very close” — but gave no details. The White House declined to comment.",
      ],
      comments: ["Great reporting, thanks.", "Crimea is Ukraine."]),
    Draft(
      id: "a2", title: "Kremlin welcomes US proposal on Crimea", source: "TASS", date: "2025-04-24",
      paragraphs: [
        "The Kremlin said Vladimir Putin was open to talks on Crimea. Moscow reportedly wants sanctions lifted.",
        "European leaders in Brussels called the plan a reward for aggression.",
      ]),
    Draft(
      id: "a3", title: "Europe affirms support for Ukraine", source: "BBC", date: "2025-04-24",
      paragraphs: [
        "NATO allies met in Brussels. Emmanuel Macron said Europe stood with Kyiv and rejected any recognition of Crimea as Russian.",
        "東京の記者 watched the talks closely.",
      ]),
    Draft(
      id: "a4", title: "Ceasefire talks stall in London", source: "Reuters", date: "2025-04-25",
      paragraphs: [
        "Marco Rubio skipped the London meeting. Keir Starmer said the talks on a ceasefire would go on.",
        (1...12).map { "Diplomats met again on day \($0) and said little about the ceasefire." }.joined(separator: " "),
        "Volodymyr Zelensky said a full ceasefire must come first.",
      ]),
    Draft(
      id: "a5", title: "Cafe\u{301} owners in Kyiv weigh the news", source: "Kyiv Independent", date: "2025-04-26",
      paragraphs: ["Owners of a cafe\u{301} near the Maidan said they feared a deal over Crimea."]),
  ]

  /// Entities the fixture recognises: surface → (canonical name, type, party).
  static let gazetteer: [(surface: String, name: String, type: EntityType, party: String)] = [
    ("Volodymyr Zelensky", "Volodymyr Zelensky", .person, "ukraine"),
    ("Donald Trump", "Donald Trump", .person, "us"),
    ("Vladimir Putin", "Vladimir Putin", .person, "russia"),
    ("Emmanuel Macron", "Emmanuel Macron", .person, "europe"),
    ("Marco Rubio", "Marco Rubio", .person, "us"),
    ("Keir Starmer", "Keir Starmer", .person, "europe"),
    ("White House", "White House", .organization, "us"),
    ("Kremlin", "Kremlin", .organization, "russia"),
    ("NATO", "NATO", .organization, "none"),
    ("Kyiv", "Kyiv", .place, "ukraine"),
    ("Crimea", "Crimea", .place, "ukraine"),
    ("Moscow", "Moscow", .place, "russia"),
    ("Brussels", "Brussels", .place, "europe"),
    ("London", "London", .place, "europe"),
  ]

  /// How the fixture shows its parties.
  public static let parties = PartyLabels(
    markers: ["us": "US", "ukraine": "UA", "russia": "RU", "europe": "EU"],
    names: ["us": "US", "ukraine": "Ukraine", "russia": "Russia", "europe": "Europe"],
    order: ["us", "ukraine", "russia", "europe", "other", "none"])

  /// The articles, without analyses.
  public static func store() -> DocumentStore {
    DocumentStore(articles: drafts.map(article))
  }

  /// The full fixture: articles, plain search, entities, claim sentences and a comparison.
  public static func corpus(withAnalyses: Bool = true) -> Corpus {
    let store = store()
    guard withAnalyses else { return Corpus(name: "fixture", store: store, parties: parties) }
    let entities = store.articles.map(recognise)
    let claims = store.articles.map { article in
      article.sentences.filter { article.text(of: $0).contains(" said ") }.map(\.range)
    }
    return Corpus(
      name: "fixture", store: store, entities: entities, comparison: comparison(store), claimSentences: claims, parties: parties)
  }

  static func article(_ draft: Draft) -> Article {
    var body = ""
    var paragraphs: [TextRange] = []
    var sentences: [Sentence] = []
    for (index, paragraph) in draft.paragraphs.enumerated() {
      if index > 0 { body += "\n" }
      let start = body.utf8.count
      body += paragraph
      paragraphs.append(TextRange(start, body.utf8.count))
      var sentenceStart = start
      let bytes = Array(paragraph.utf8)
      for (offset, byte) in bytes.enumerated() where byte == UInt8(ascii: ".") {
        let end = start + offset + 1
        sentences.append(Sentence(range: TextRange(sentenceStart, end), paragraph: index))
        sentenceStart = end + 1
      }
      if sentenceStart < body.utf8.count { sentences.append(Sentence(range: TextRange(sentenceStart, body.utf8.count), paragraph: index)) }
    }
    return Article(
      id: draft.id, title: draft.title, source: draft.source, date: draft.date, path: "/fixture/\(draft.id).txt", body: body,
      paragraphs: paragraphs, sentences: sentences, comments: draft.comments)
  }

  static func recognise(_ article: Article) -> ArticleEntities {
    var mentions: [EntityMention] = []
    for (field, text) in [(ArticleField.title, article.title), (.body, article.body)] {
      for entry in gazetteer {
        for range in ranges(of: entry.surface, in: text) {
          mentions.append(
            EntityMention(
              entityID: entry.name.lowercased(), canonicalName: entry.name, type: entry.type, party: entry.party, field: field,
              range: range, surface: entry.surface))
        }
      }
    }
    mentions.sort { $0.field != $1.field ? $0.field == .title : $0.range < $1.range }
    return ArticleEntities(articleID: article.id, mentions: mentions)
  }

  /// Byte ranges of every occurrence of `needle` in `text`.
  public static func ranges(of needle: String, in text: String) -> [TextRange] {
    let haystack = Array(text.utf8)
    let pattern = Array(needle.utf8)
    guard !pattern.isEmpty, haystack.count >= pattern.count else { return [] }
    var found: [TextRange] = []
    for start in 0...(haystack.count - pattern.count) where Array(haystack[start..<(start + pattern.count)]) == pattern {
      found.append(TextRange(start, start + pattern.count))
    }
    return found
  }

  static func evidence(_ store: DocumentStore, _ id: String, containing phrase: String) -> Evidence {
    let position = store.position(of: id)!
    let article = store[position]
    let offset = ranges(of: phrase, in: article.body)[0].start
    let sentence = article.sentences[article.sentenceIndex(containing: offset)!]
    return Evidence(position: position, range: sentence.range, text: article.text(of: sentence))
  }

  static func comparison(_ store: DocumentStore) -> Comparison {
    let sources = ["BBC", "Kyiv Independent", "Reuters", "TASS"]
    let none = ComparisonCell.empty
    let crimea = ComparisonTopic(
      id: "crimea_recognition", title: "recognising Russia’s annexation of Crimea", parties: ["us", "ukraine", "russia", "europe"],
      sources: sources,
      cells: [
        [none, none, ComparisonCell(stance: .support, claimCount: 1, verbs: ["said"], evidence: evidence(store, "a1", containing: "Donald Trump said")), none],
        [
          none, ComparisonCell(stance: .oppose, claimCount: 1, verbs: ["said"], evidence: evidence(store, "a5", containing: "feared")),
          ComparisonCell(stance: .oppose, claimCount: 1, verbs: ["said"], evidence: evidence(store, "a1", containing: "never recognise")), none,
        ],
        [none, none, none, ComparisonCell(stance: .support, claimCount: 1, verbs: ["said"], hedged: true, evidence: evidence(store, "a2", containing: "open to talks"))],
        [
          ComparisonCell(stance: .oppose, claimCount: 1, verbs: ["said"], evidence: evidence(store, "a3", containing: "Macron said")), none, none,
          ComparisonCell(stance: .support, claimCount: 1, verbs: ["called"], evidence: evidence(store, "a2", containing: "European leaders")),
        ],
      ])
    let ceasefire = ComparisonTopic(
      id: "ceasefire", title: "a full ceasefire first", parties: ["us", "ukraine", "russia", "europe"], sources: sources,
      cells: [
        [none, none, none, none],
        [none, none, ComparisonCell(stance: .support, claimCount: 1, verbs: ["said"], evidence: evidence(store, "a4", containing: "full ceasefire")), none],
        [none, none, none, none],
        [none, none, ComparisonCell(stance: .mixed, claimCount: 1, verbs: ["said"], evidence: evidence(store, "a4", containing: "Keir Starmer")), none],
      ])
    return Comparison(
      topics: [crimea, ceasefire],
      framing: [
        FramingSummary(source: "Reuters", lines: ["Leads with Kyiv’s refusal; quotes Trump on a close deal."]),
        FramingSummary(source: "TASS", lines: ["Leads with the Kremlin’s openness; Europe’s objection comes last."]),
      ])
  }
}
