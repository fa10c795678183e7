import Foundation
import ParleyCore
import Testing

@testable import ParleyAnalysis

/// The trigger-only topic scan must give exactly the topics the full stance sentence reading
/// finds (the reading `TopicFinder` used before it became a light scan).
@Suite("Topic finder's light scan")
struct TopicFinderEquivalenceTests {
  /// Topics by the full sentence reading: every sentence before the reporting end, then the title.
  static func topicsByFullReading(_ article: Article, extractor: StanceExtractor) -> Set<String> {
    var found = Set<String>()
    var state = ArticleState()
    let limit = StanceExtractor.reportingEnd(of: article)
    for sentence in article.sentences where sentence.range.start < limit {
      let reading = extractor.read(article: article, sentence: sentence, mentions: [], state: &state)
      for trigger in reading.triggers { found.insert(trigger.term.topic) }
    }
    let titleRange = TextRange(0, article.title.utf8.count)
    let title = Article(
      id: article.id, title: "", source: "", path: "", body: article.title, paragraphs: [titleRange],
      sentences: [Sentence(range: titleRange, paragraph: 0)])
    let reading = extractor.read(article: title, sentence: title.sentences[0], mentions: [], state: &state)
    for trigger in reading.triggers { found.insert(trigger.term.topic) }
    return found
  }

  /// Every sentence the stance suites feed the extractor (`article("…")`, `claims("…")`) and
  /// every evidence span of the stance gold fixture, one article each.
  static func fixtureArticles() throws -> [Article] {
    let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    var texts: [String] = []
    let literal = try NSRegularExpression(pattern: #"(?:article|claims)\("((?:[^"\\]|\\.)*)""#)
    for name in ["StanceExtractorTests.swift", "StanceBroaderCoverageTests.swift", "StanceLexiconTests.swift"] {
      let source = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
      for match in literal.matches(in: source, range: NSRange(source.startIndex..., in: source)) {
        guard let range = Range(match.range(at: 1), in: source) else { continue }
        texts.append(source[range].replacingOccurrences(of: "\\n", with: "\n").replacingOccurrences(of: "\\\"", with: "\""))
      }
    }
    let gold = try String(contentsOfFile: StanceFixtures.fixturePath("stances-gold.tsv"), encoding: .utf8)
    for line in gold.split(separator: "\n").dropFirst() {
      if let evidence = line.split(separator: "\t", omittingEmptySubsequences: false).last { texts.append(String(evidence)) }
    }
    return texts.enumerated().map { StanceFixtures.article($0.element, id: "f\($0.offset)") }
  }

  @Test("The light scan finds the same topics as the full reading on the stance fixtures")
  func fixtures() throws {
    let lexicon = try StanceFixtures.lexicon()
    let finder = TopicFinder(lexicon: lexicon)
    let articles = try Self.fixtureArticles()
    #expect(articles.count > 100)
    var withTopics = 0
    for article in articles {
      let expected = Self.topicsByFullReading(article, extractor: finder.extractor)
      if !expected.isEmpty { withTopics += 1 }
      #expect(finder.topics(in: article) == expected, "\(article.body)")
    }
    #expect(withTopics > 50)
  }

  @Test("The light scan reads the title as the full reading does: a topic named only in the title counts")
  func titles() throws {
    let finder = TopicFinder(lexicon: try StanceFixtures.lexicon())
    var withTopics = 0
    for (offset, fixture) in try Self.fixtureArticles().enumerated() {
      var article = StanceFixtures.article("Markets rose.", id: "t\(offset)")
      article.title = fixture.body
      let expected = Self.topicsByFullReading(article, extractor: finder.extractor)
      if !expected.isEmpty { withTopics += 1 }
      #expect(finder.topics(in: article) == expected, "\(article.title)")
    }
    #expect(withTopics > 50)
  }

  @Test("The light scan finds the same topics as the full reading on the bundled sample, titles included")
  func sample() throws {
    let folder = try #require(BundledData.directory("articles"))
    let store = DocumentStore(articles: try CorpusLoader().load(paths: [folder]).articles)
    let finder = TopicFinder(lexicon: try StanceFixtures.lexicon())
    #expect(store.count >= 5)
    for article in store.articles {
      let expected = Self.topicsByFullReading(article, extractor: finder.extractor)
      #expect(!expected.isEmpty)
      #expect(finder.topics(in: article) == expected, "\(article.id)")
    }
    // The corpus index (computed on every core) agrees with the article-by-article answer.
    let index = finder.index(store)
    for position in 0..<store.count {
      let topics = Set(index.filter { $0.value.contains(position) }.keys)
      #expect(topics == finder.topics(in: store[position]))
    }
  }
}
