import Foundation
import ParleyCore
import Testing
@testable import ParleySearch

/// The index against a naive scan, its invariants, sharding and incremental updates.
@Suite struct IndexConsistencyTests {
  /// A deterministic corpus of random sentences over a small vocabulary.
  static func corpus(count: Int, seed: UInt64) -> [Article] {
    let words = [
      "talks", "talk", "talked", "peace", "ceasefire", "kremlin", "kyiv", "Kyiv’s", "sanctions", "the", "of", "and",
      "security", "guarantees", "guarantee", "co-chair", "café", "NATO", "leaders", "summit", "zelensky", "putin",
    ]
    var state = seed
    func next() -> Int {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int(state >> 33)
    }
    return (0..<count).map { i in
      let title = (0..<3).map { _ in words[next() % words.count] }.joined(separator: " ")
      let body = (0..<(5 + next() % 40)).map { _ in words[next() % words.count] }.joined(separator: " ")
      return TestCorpus.article("a\(i)", title, body, source: i % 2 == 0 ? "Even Wire" : "Odd Post")
    }
  }

  /// Which articles hold every token sequence, found by re-tokenizing and stemming each article.
  static func naive(_ phrases: [[String]], in articles: [Article]) -> Set<String> {
    let stemmed = phrases.map { $0.map(EnglishStemmer.stem) }
    return Set(articles.filter { article in
      let fields = [article.title, article.body].map { Tokenizer.tokens($0).map(EnglishStemmer.stem) }
      return stemmed.allSatisfy { phrase in
        fields.contains { tokens in
          tokens.count >= phrase.count && (0...(tokens.count - phrase.count)).contains { Array(tokens[$0..<($0 + phrase.count)]) == phrase }
        }
      }
    }.map(\.id))
  }

  @Test("Words and phrases find exactly what a linear scan finds, on one core or two", arguments: [1, 2])
  func matchesLinearScan(threads: Int) throws {
    let articles = Self.corpus(count: 1200, seed: 7)
    let index = TestCorpus.index(articles, threads: threads)
    #expect(index.segments.count == threads)
    for query in [
      "talks", "kyiv", "guarantee", "security guarantees", "\"security guarantees\"", "\"co-chair\"", "cafe nato",
      "\"the kremlin\" summit", "\"peace talks ceasefire\"", "zelensky putin leaders",
    ] {
      let parsed = try QueryParser.parse(query)
      let phrases: [[String]]
      switch parsed {
      case .term(let w, _): phrases = [[w]]
      case .phrase(let ws, _): phrases = [ws]
      case .and(let parts):
        phrases = parts.map { part -> [String] in
          if case .phrase(let ws, _) = part { return ws }
          if case .term(let w, _) = part { return [w] }
          return []
        }
      default: phrases = []
      }
      let expected = Self.naive(phrases, in: articles)
      let results = index.search(parsed, limit: articles.count, snippets: false)
      #expect(Set(results.hits.map(\.articleID)) == expected, "\(query)")
      #expect(results.totalHits == expected.count, "\(query)")
    }
    #expect(index.checkInvariants() == nil)
  }

  @Test("Phrases that pair a rare word with a very common one jump through long lists correctly")
  func phrasesJumpWithSkipEntries() throws {
    // "the" is in every article (lists far longer than a skip interval); "zeppelin" in a few,
    // sometimes right after "the", sometimes not, so the common word's list is entered by jumps.
    var articles = Self.corpus(count: 3000, seed: 13)
    for i in stride(from: 17, to: articles.count, by: 211) {
      let body = i % 2 == 0 ? "the zeppelin of the summit " : "zeppelin the talks of "
      articles[i] = TestCorpus.article(articles[i].id, articles[i].title, body + articles[i].body)
    }
    let index = TestCorpus.index(articles, threads: 2)
    #expect(index.segments.allSatisfy { !$0.segment.skips.isEmpty })
    #expect(index.checkInvariants() == nil)
    for phrase in [["the", "zeppelin"], ["zeppelin", "the"], ["zeppelin", "of", "the"], ["of", "the", "summit"], ["the", "zeppelin", "of"]] {
      let expected = Self.naive([phrase], in: articles)
      let results = index.search(.phrase(phrase, field: nil), limit: articles.count, snippets: false)
      #expect(Set(results.hits.map(\.articleID)) == expected, "\(phrase)")
      #expect(results.totalHits == expected.count, "\(phrase)")
    }
    #expect(!Self.naive([["the", "zeppelin"]], in: articles).isEmpty)
  }

  @Test("Phrases through runs of common words read the pair terms and still match exactly")
  func phrasesThroughCommonWordPairs() throws {
    // Mostly common words, so that pairs such as "of the" and runs such as "as of the" abound.
    let words = ["the", "of", "as", "a", "is", "it", "has", "coalition", "willing", "end", "talks", "was", "to"]
    var state: UInt64 = 21
    func next() -> Int {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int(state >> 33)
    }
    let articles = (0..<1500).map { i in
      let title = (0..<4).map { _ in words[next() % words.count] }.joined(separator: " ")
      let body = (0..<(5 + next() % 60)).map { _ in words[next() % words.count] }.joined(separator: " ")
      return TestCorpus.article("p\(i)", title, body)
    }
    let index = TestCorpus.index(articles, threads: 2)
    #expect(index.checkInvariants() == nil)
    for phrase in [
      ["coalition", "of", "the", "willing"], ["as", "of", "the", "end"], ["of", "the"], ["it", "has", "a"],
      ["the", "the"], ["talks", "to", "the"], ["the", "coalition", "of"], ["was", "it", "as", "is", "a"],
    ] {
      let expected = Self.naive([phrase], in: articles)
      let results = index.search(.phrase(phrase, field: nil), limit: articles.count, snippets: false)
      #expect(Set(results.hits.map(\.articleID)) == expected, "\(phrase)")
      #expect(results.totalHits == expected.count, "\(phrase)")
      let inTitles = Set(articles.filter { article in
        let tokens = Tokenizer.tokens(article.title)
        return tokens.count >= phrase.count && (0...(tokens.count - phrase.count)).contains { Array(tokens[$0..<($0 + phrase.count)]) == phrase }
      }.map(\.id))
      let titleResults = index.search(.phrase(phrase, field: .title), limit: articles.count, snippets: false)
      #expect(Set(titleResults.hits.map(\.articleID)) == inTitles, "title: \(phrase)")
    }
    // Pair terms are not words: prefixes, typos and suggestions never return them.
    let prefixed = index.search(try QueryParser.parse("th*"), limit: articles.count, snippets: false)
    #expect(prefixed.totalHits == index.search(.term("the", field: nil), limit: articles.count, snippets: false).totalHits)
    #expect(index.suggestion(for: .term("ofthe", field: nil)) != "\"of the\"")
  }

  @Test("Searching segments side by side gives the same hits, order and counts as one by one")
  func parallelSegmentsMatchSequential() throws {
    var parallel = TestCorpus.index(Self.corpus(count: 900, seed: 17), threads: 2)
    var sequential = parallel
    parallel.queryThreads = 2
    parallel.parallelWork = 0
    sequential.queryThreads = 1
    for query in ["talks", "security guarantees", "\"the kremlin\"", "kyiv OR nato -summit", "secur*", "putin~", "title:summit"] {
      let parsed = try QueryParser.parse(query)
      let a = parallel.search(parsed, limit: 25, snippets: false)
      let b = sequential.search(parsed, limit: 25, snippets: false)
      #expect(a.totalHits == b.totalHits && a.totalHits > 0, "\(query)")
      #expect(a.hits.map(\.articleID) == b.hits.map(\.articleID), "\(query)")
      #expect(a.hits.map(\.score) == b.hits.map(\.score), "\(query)")
    }
  }

  @Test("Building reports articles indexed up to the total, and stops when cancelled")
  func buildProgressAndCancellation() throws {
    let articles = Self.corpus(count: 5000, seed: 23)
    let store = DocumentStore(articles: articles)
    let reports = Reports()
    let index = try SearchIndex(store: store, threads: 2, progress: { done, total in reports.add(done, total) })
    #expect(reports.values.last.map { $0 == (5000, 5000) } == true)
    #expect(reports.values.count >= 4)
    #expect(zip(reports.values, reports.values.dropFirst()).allSatisfy { $0.0 < $1.0 })
    #expect(try index.ids("summit", limit: 5000).count == TestCorpus.index(articles, threads: 2).ids("summit", limit: 5000).count)
    let stopped = Reports()
    #expect(throws: CancellationError.self) {
      _ = try SearchIndex(store: store, threads: 2, progress: { done, total in stopped.add(done, total) }, isCancelled: { !stopped.values.isEmpty })
    }
    #expect(stopped.values.last.map { $0.0 < 5000 } == true)
  }

  @Test("The streaming path for single words scores exactly like the set path")
  func streamingMatchesSetPath() throws {
    let index = TestCorpus.index(Self.corpus(count: 600, seed: 9), threads: 2)
    for word in ["talks", "talk", "kyiv", "guarantee", "title:summit", "secur*", "cafe"] {
      let single = try QueryParser.parse(word)
      let viaSets = Query.or([single])  // an OR of one goes through the set evaluation
      let a = index.search(single, limit: 600, snippets: false)
      let b = index.search(viaSets, limit: 600, snippets: false)
      #expect(a.totalHits == b.totalHits, "\(word)")
      #expect(a.hits.map(\.articleID) == b.hits.map(\.articleID), "\(word)")
      #expect(zip(a.hits, b.hits).allSatisfy { abs($0.score - $1.score) < 1e-4 && $0.hitCount == $1.hitCount }, "\(word)")
    }
  }

  @Test("Results are ranked by non-increasing score")
  func ranked() throws {
    let index = TestCorpus.index(Self.corpus(count: 300, seed: 3))
    let scores = index.search(try QueryParser.parse("talks OR kremlin"), limit: 300, snippets: false).hits.map(\.score)
    #expect(scores == scores.sorted(by: >))
  }

  @Test("Reloading updates the index without rebuilding unchanged articles")
  func incrementalUpdate() throws {
    var articles = Self.corpus(count: 400, seed: 11)
    var index = TestCorpus.index(articles, threads: 1)
    let before = index.segments.count
    // Change one article, remove one, add one.
    articles[5] = TestCorpus.article("a5", "brand new", "a zeppelin over the summit")
    articles.remove(at: 9)
    articles.append(TestCorpus.article("added", "another zeppelin", "zeppelin talks"))
    index.update(to: DocumentStore(articles: articles))
    #expect(index.segments.count == before + 1)
    #expect(index.segments[0].deletedCount == 2)
    #expect(try Set(index.ids("zeppelin")) == ["a5", "added"])
    #expect(try !index.ids("talks", limit: 1000).contains("a9"))
    #expect(index.count == articles.count)
    // Same answers as a fresh build.
    let fresh = TestCorpus.index(articles, threads: 1)
    for query in ["talks", "\"security guarantees\"", "kyiv -nato", "summit"] {
      let parsed = try QueryParser.parse(query)
      #expect(
        Set(index.search(parsed, limit: 1000).hits.map(\.articleID)) == Set(fresh.search(parsed, limit: 1000).hits.map(\.articleID)),
        "\(query)")
    }
  }

  @Test("Many removals trigger a full rebuild")
  func compaction() throws {
    let articles = Self.corpus(count: 400, seed: 5)
    var index = TestCorpus.index(articles, threads: 1)
    index.update(to: DocumentStore(articles: Array(articles.prefix(100))))
    #expect(index.segments.allSatisfy { $0.deletedCount == 0 })
    #expect(index.count == 100)
    #expect(index.checkInvariants() == nil)
  }

  @Test("Index memory stays well under the raw text")
  func memory() {
    let articles = Self.corpus(count: 2000, seed: 1)
    let index = TestCorpus.index(articles)
    let raw = articles.reduce(0) { $0 + $1.title.utf8.count + $1.body.utf8.count }
    #expect(index.memoryBytes > 0)
    #expect(Double(index.memoryBytes) < Double(raw) * 1.5)
  }
}

/// Progress reports collected from any thread.
private final class Reports: @unchecked Sendable {
  private let lock = NSLock()
  private var list: [(Int, Int)] = []
  func add(_ done: Int, _ total: Int) { lock.withLock { list.append((done, total)) } }
  var values: [(Int, Int)] { lock.withLock { list } }
}
