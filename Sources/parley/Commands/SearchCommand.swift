import ArgumentParser
import Foundation
import ParleyCore
import ParleySearch
import ParleyTUI

/// `parley search QUERY [PATH...]`: ranked articles with highlighted snippets.
struct SearchCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "search",
    abstract: "Search the articles: ranked hits with highlighted snippets.",
    discussion: """
      Query language:
        security guarantees     every word must match, ranked by BM25
                                (stems: talks = talk = talked)
        "security guarantees"   exact phrase (words at consecutive positions)
        putin OR kremlin        either word; (putin OR kremlin) summit groups
        -trump   NOT trump      exclude articles with the word
        ceasef*                 prefix
        zelenskyy~              typo tolerance: 1 edit, 2 for 8+ letters
        title:summit            only in the headline (also body:)
        source:reuters          source name contains the words
        date:2025-04-01..2025-04-30   date:2025-04   date:..2025-03   date:2025..
        entity:"Donald Trump"   naming the entity, any spelling
        party:russia            mentioning the party (people, bodies, demonyms)
        voice:russia            giving the party voice (stances, quotes)
        topic:ceasefire         touching the topic (data/lexicon/topics.tsv)

      A name finds its other gazetteer spellings (zelenskyy = Zelensky). Case, \
      accents and apostrophes are folded (KYIV = Kyiv, café = cafe, Ukraine’s = \
      Ukraine's); hyphenated words are phrases (co-chair = "co chair"). When \
      nothing matches, a respelled query is suggested. A query that starts with \
      '-' needs '--' first: parley search -- '-trump putin'. See docs/search.md.
      """)

  @Argument(help: "The query (quote it for the shell).") var query: String
  @OptionGroup var corpus: CorpusOptions
  @Option(name: .long, help: "Show at most this many articles.") var limit = 10
  @Flag(name: .long, help: "Print JSON with byte ranges of the hits.") var json = false

  func run() throws {
    let parsed: Query
    do {
      parsed = try QueryParser(filterFields: AnalysisFilters.fields).parse(query)
    } catch {
      throw CLIError(message: "bad query: \(error)\n\(error.pointer(in: query))")
    }
    guard limit >= 0 else { throw ValidationError("--limit must be 0 or more") }
    let store = try corpus.loadStore()
    var index = SearchIndex(store: store)
    index.spellingVariants = AliasVariants.spellingVariants()
    if AnalysisFilters.isUsed(in: parsed) {
      let filters = AnalysisFilters(store: store)
      do { try filters.validate(parsed) } catch { throw CLIError(message: "bad query: \(error.message)") }
      index.filterProviders = [filters]
    }
    let results = index.search(parsed, limit: limit)
    if json {
      try printJSON(results, store: store, parsed: parsed)
    } else {
      printText(results, store: store, parsed: parsed)
    }
  }

  private func printText(_ results: SearchResults, store: DocumentStore, parsed: Query) {
    let style = TerminalStyle.standardOutput
    var out = ""
    out += "\(results.totalHits) of \(store.count) articles match \(Printable.clean(parsed.description))\n"
    if let suggestion = results.suggestion {
      out += "Nothing found. Did you mean: \(Printable.clean(suggestion))\n"
    }
    for (rank, hit) in results.hits.enumerated() {
      let article = store[hit.position]
      let meta = [article.source == article.id ? nil : article.source, article.date].compactMap { $0 }.map(Printable.clean).joined(separator: " · ")
      out += "\n\(style.dim("\(rank + 1).")) \(Printable.clean(article.id))  score \(String(format: "%.2f", hit.score))"
      out += "  \(hit.hitCount) hit\(hit.hitCount == 1 ? "" : "s")\(meta.isEmpty ? "" : "  " + style.dim(meta))\n"
      out += "   " + Printable.highlighted(article.title, hit.titleHighlights, style: style) + "\n"
      if let snippet = hit.snippet, !snippet.text.isEmpty {
        let shifted = snippet.highlights.map { TextRange($0.start - snippet.range.start, $0.end - snippet.range.start) }
        let text = Printable.highlighted(snippet.text, shifted, style: style)
        out += "   \(snippet.isCutAtStart ? "…" : "")\(text)\(snippet.isCutAtEnd ? "…" : "")\n"
      }
    }
    print(out, terminator: "")
  }

  private func printJSON(_ results: SearchResults, store: DocumentStore, parsed: Query) throws {
    struct Output: Encodable {
      var query: String
      var total: Int
      var suggestion: String?
      var hits: [Hit]
    }
    struct Hit: Encodable {
      var id: String
      var position: Int
      var score: Double
      var hits: Int
      var title: String
      var source: String
      var date: String?
      var titleHighlights: [[Int]]
      var snippet: SnippetOut?
    }
    struct SnippetOut: Encodable {
      var text: String
      var start: Int
      var end: Int
      var highlights: [[Int]]
    }
    let output = Output(
      query: parsed.description, total: results.totalHits, suggestion: results.suggestion,
      hits: results.hits.map { hit in
        let article = store[hit.position]
        return Hit(
          id: article.id, position: hit.position, score: (hit.score * 1000).rounded() / 1000, hits: hit.hitCount,
          title: article.title, source: article.source, date: article.date,
          titleHighlights: hit.titleHighlights.map { [$0.start, $0.end] },
          snippet: hit.snippet.map {
            SnippetOut(
              text: $0.text, start: $0.range.start, end: $0.range.end, highlights: $0.highlights.map { [$0.start, $0.end] })
          })
      })
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    print(String(decoding: try encoder.encode(output), as: UTF8.self))
  }
}

/// Article text made safe for a terminal.
enum Printable {
  /// Replaces control characters (C0, DEL, C1) with spaces.
  static func clean(_ text: String) -> String {
    String(String.UnicodeScalarView(text.unicodeScalars.map { s in
      s.value < 0x20 || (0x7F...0x9F).contains(s.value) ? " " : s
    }))
  }

  /// `text` with the byte ranges styled as hits.
  static func highlighted(_ text: String, _ ranges: [TextRange], style: TerminalStyle) -> String {
    var out = ""
    var cursor = 0
    let count = text.utf8.count
    for range in ranges where range.start >= cursor && range.end <= count {
      out += clean(text.slice(TextRange(cursor, range.start)))
      out += style.bold(style.yellow(clean(text.slice(range))))
      cursor = range.end
    }
    out += clean(text.slice(TextRange(cursor, count)))
    return out
  }
}
