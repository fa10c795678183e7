import ParleyCore
@testable import ParleySearch

/// Hand-made articles for search tests.
enum TestCorpus {
  static func article(
    _ id: String, _ title: String, _ body: String, source: String = "Test Wire", date: String? = "2025-04-10"
  ) -> Article {
    var paragraphs: [TextRange] = []
    var offset = 0
    for line in body.split(separator: "\n", omittingEmptySubsequences: false) {
      paragraphs.append(TextRange(offset, offset + line.utf8.count))
      offset += line.utf8.count + 1
    }
    return Article(
      id: id, title: title, source: source, date: date, path: "/fixture/\(id).txt", body: body,
      paragraphs: paragraphs, sentences: paragraphs.enumerated().map { Sentence(range: $1, paragraph: $0) })
  }

  /// Five short news items: every party, a few spellings and dates.
  static let news: [Article] = [
    article(
      "kyiv", "Kyiv rejects Crimea recognition",
      "President Zelenskyy said Ukraine’s position on Crimea would not change.\nKYIV officials called the US proposal a concession to the Kremlin.",
      source: "Kyiv Independent", date: "2025-04-23"),
    article(
      "london", "London talks collapse",
      "The planned talks in London collapsed after the US delegation withdrew. European ministers met without them.",
      source: "BBC News", date: "2025-04-24"),
    article(
      "moscow", "Kremlin welcomes US plan",
      "The Kremlin said the American plan reflected reality. Putin's spokesman praised the talks on security guarantees.",
      source: "Reuters", date: "2025-04-25"),
    article(
      "paris", "Coalition of the willing meets in Paris",
      "Leaders discussed security guarantees for Ukraine and a co-chair for the coalition. Zelensky attended; Macron hosted the café meeting.",
      source: "AP News", date: "2025-03-30"),
    article(
      "washington", "White House weighs sanctions",
      "The White House is weighing new sanctions. Officials said sanctioning banks would add pressure, and negotiators negotiated late.",
      source: "Reuters", date: "2025-05-02"),
  ]

  static func index(_ articles: [Article] = news, threads: Int = 1) -> SearchIndex {
    SearchIndex(store: DocumentStore(articles: articles), threads: threads)
  }
}

extension SearchIndex {
  /// Ids of the hits of a query string, best first.
  func ids(_ text: String, limit: Int = 10) throws -> [String] {
    search(try parser.parse(text), limit: limit).hits.map(\.articleID)
  }
}
