import ParleyCore
import Testing
@testable import ParleySearch

@Suite struct SnippetTests {
  /// The text with each range wrapped in «…», the marked-text style of highlight tests.
  static func marked(_ text: String, _ ranges: [TextRange], offset: Int = 0) -> String {
    var bytes = Array(text.utf8)
    for range in ranges.reversed() {
      bytes.insert(contentsOf: Array("»".utf8), at: range.end - offset)
      bytes.insert(contentsOf: Array("«".utf8), at: range.start - offset)
    }
    return String(decoding: bytes, as: UTF8.self)
  }

  let index = TestCorpus.index()

  @Test("Highlights cover word forms, prefixes and whole phrases in title and body")
  func highlights() throws {
    let moscow = index.store.position(of: "moscow")!
    let h = index.highlights(for: try QueryParser.parse("\"security guarantees\" kremlin"), in: moscow)
    #expect(Self.marked(index.store[moscow].title, h.title) == "«Kremlin» welcomes US plan")
    #expect(
      Self.marked(index.store[moscow].body, h.body)
        == "The «Kremlin» said the American plan reflected reality. Putin's spokesman praised the talks on «security guarantees».")
    let washington = index.store.position(of: "washington")!
    let w = index.highlights(for: try QueryParser.parse("sanction* negotiate -white"), in: washington)
    #expect(
      Self.marked(index.store[washington].body, w.body)
        == "The White House is weighing new «sanctions». Officials said «sanctioning» banks would add pressure, and «negotiators» «negotiated» late.")
  }

  @Test("Highlights are byte ranges even after accented letters")
  func byteRanges() throws {
    let paris = index.store.position(of: "paris")!
    let h = index.highlights(for: try QueryParser.parse("cafe co-chair"), in: paris)
    #expect(Self.marked(index.store[paris].body, h.body).contains("a «co-chair» for"))
    #expect(Self.marked(index.store[paris].body, h.body).contains("the «café» meeting"))
  }

  @Test("The snippet is the densest cluster of hits, cut at word boundaries")
  func densest() {
    let filler = String(repeating: "filler words go here and there. ", count: 12)
    let body = "A lone ceasefire mention. " + filler + "Then ceasefire talks, ceasefire lines and a ceasefire deal. " + filler
    let article = TestCorpus.article("x", "Report", body)
    let index = TestCorpus.index([article])
    let hit = index.search(try! QueryParser.parse("ceasefire"), limit: 1).hits[0]
    let snippet = hit.snippet!
    #expect(snippet.highlights.count == 3)
    #expect(snippet.text.contains("Then ceasefire talks, ceasefire lines and a ceasefire deal."))
    #expect(snippet.isCutAtStart && snippet.isCutAtEnd)
    #expect(!snippet.text.hasPrefix(" ") && !snippet.text.hasSuffix(" "))
    // Starts and ends on whole words.
    let bytes = Array(body.utf8)
    #expect(bytes[snippet.range.start - 1] == 0x20)
    #expect(bytes[snippet.range.end] == 0x20)
    #expect(Self.marked(snippet.text, snippet.highlights, offset: snippet.range.start).contains("Then «ceasefire» talks"))
  }

  @Test("Without body hits the snippet is the start of the body")
  func titleOnly() throws {
    let hit = index.search(try QueryParser.parse("title:coalition"), limit: 1).hits[0]
    #expect(hit.articleID == "paris")
    #expect(hit.snippet?.range.start == 0)
    #expect(hit.snippet?.highlights.isEmpty == true)
    #expect(Self.marked(index.store[hit.position].title, hit.titleHighlights) == "«Coalition» of the willing meets in Paris")
  }
}
