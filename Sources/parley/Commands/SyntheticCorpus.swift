import Foundation
import ParleyCore

/// A deterministic synthetic news corpus built from the bundled sample's sentences.
///
/// Article `i` is the same for any corpus size: sentences are drawn with a SplitMix64
/// generator seeded by `i`, grouped into 3–5-sentence paragraphs, and each article gets a
/// few made-up surnames (syllable combinations) so the vocabulary grows with the corpus.
enum SyntheticCorpus {
  static func make(articles count: Int) throws -> DocumentStore {
    let folder = try DefaultCorpus.path()
    let sample = try CorpusLoader().load(paths: [folder]).articles
    let sentences = sample.flatMap { article in article.sentences.map { article.text(of: $0) } }
      .filter { $0.utf8.count > 30 }
    guard !sentences.isEmpty else { throw CLIError(message: "the bundled sample has no sentences to build a corpus from") }
    let sources = ["Reuters", "BBC News", "The Guardian", "AP News", "Kyiv Independent", "Politico Europe"]
    let syllables = ["ka", "lo", "vin", "dra", "mes", "tor", "bel", "si", "nu", "rok", "ane", "zel", "pol", "ich", "ova"]
    var articles: [Article] = []
    articles.reserveCapacity(count)
    for i in 0..<count {
      var random = SplitMix64(seed: UInt64(i) &* 0x9E37_79B9_7F4A_7C15 &+ 1)
      func name() -> String {
        let parts = 2 + Int(random.next() % 2)
        let word = (0..<parts).map { _ in syllables[Int(random.next() % UInt64(syllables.count))] }.joined()
        return word.prefix(1).uppercased() + word.dropFirst()
      }
      let people = (0..<3).map { _ in name() }
      var paragraphs: [String] = []
      let paragraphCount = 4 + Int(random.next() % 8)
      for p in 0..<paragraphCount {
        var sentencesHere: [String] = []
        for _ in 0..<(3 + Int(random.next() % 3)) {
          sentencesHere.append(sentences[Int(random.next() % UInt64(sentences.count))])
        }
        if p % 3 == 0 { sentencesHere.append("\(people[p % 3]) said the talks would continue.") }
        paragraphs.append(sentencesHere.joined(separator: " "))
      }
      let titleWords = sentences[Int(random.next() % UInt64(sentences.count))].split(separator: " ").prefix(12)
      let body = paragraphs.joined(separator: "\n")
      var ranges: [TextRange] = []
      var offset = 0
      for paragraph in paragraphs {
        ranges.append(TextRange(offset, offset + paragraph.utf8.count))
        offset += paragraph.utf8.count + 1
      }
      let month = 1 + i % 12
      let day = 1 + i % 28
      articles.append(
        Article(
          id: String(format: "syn%06d", i), title: titleWords.joined(separator: " "),
          source: sources[i % sources.count], date: "2025-\(month < 10 ? "0" : "")\(month)-\(day < 10 ? "0" : "")\(day)",
          path: "synthetic/\(i)", body: body, paragraphs: ranges,
          sentences: ranges.enumerated().map { Sentence(range: $1, paragraph: $0) }))
    }
    return DocumentStore(articles: articles)
  }
}
