import ParleyCore
@testable import ParleySearch

/// A small index to run parsed queries against, so evaluation, highlighting, snippets and
/// suggestions are fuzzed too, not only the parser.
private let index: SearchIndex = {
  let builder = ArticleBuilder()
  let texts = [
    ("Kremlin rejects ceasefire", "Moscow said on Monday it rejected the ceasefire plan. Kyiv said talks go on.\nNATO officials in Brussels declined to comment."),
    ("Zelenskyy meets Trump", "The summit in Washington ended without a deal. Putin was not invited.\n“We want peace,” he said — but not at any price."),
  ]
  var articles: [Article] = []
  for (number, (title, body)) in texts.enumerated() {
    let draft = ArticleDraft(title: title, source: "wire", date: "2025-04-0\(number + 1)", lines: body.split(separator: "\n").map(String.init))
    if let article = builder.build(draft, id: "a\(number)", path: "a\(number).txt") { articles.append(article) }
  }
  return SearchIndex(store: DocumentStore(articles: articles), threads: 1)
}()

/// libFuzzer target: the query parser on arbitrary text (errors must be QueryErrors with a
/// column inside the query), then the parsed query through search with snippets.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzParseQuery(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
  do {
    let query = try QueryParser(filterFields: ["entity", "party", "topic"]).parse(text)
    let results = index.search(query, limit: 5, snippets: true)
    precondition(results.hits.count <= 5 && results.totalHits >= results.hits.count, "hit counts")
    for hit in results.hits {
      let article = index.store[hit.position]
      if let snippet = hit.snippet {
        precondition(snippet.range.end <= article.body.utf8.count, "snippet outside the body")
        for range in snippet.highlights { precondition(snippet.range.contains(range), "highlight outside the snippet") }
      }
      for range in hit.titleHighlights { precondition(range.end <= article.title.utf8.count, "highlight outside the title") }
    }
  } catch {
    precondition(error.column >= 1 && error.column <= text.unicodeScalars.count + 2, "error column outside the query")
  }
  return 0
}
