import ArgumentParser
import Foundation
import ParleyCore

/// `parley list`: one line per article.
struct ListCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "list",
    abstract: "List the articles: id, date, source, sentence count and title.",
    discussion: """
      Columns are aligned; on a terminal long titles are cut to fit the width. With --json, \
      prints an array of {id, title, source, date, url, author, path, sentences, comments}.
      """)

  @OptionGroup var corpus: CorpusOptions
  @Flag(name: .long, help: "Print JSON instead of a table.") var json = false

  func run() throws {
    let store = try corpus.loadStore()
    if json {
      try JSONOutput.print(store.articles.map(ArticleSummaryJSON.init))
      return
    }
    let style = TerminalStyle.standardOutput
    for line in Self.table(store.articles).render(style: style) { print(line) }
  }

  /// The list as a table: ID, DATE (day only), SOURCE, SENTENCES, TITLE.
  static func table(_ articles: [Article]) -> TextTable {
    var table = TextTable(header: ["ID", "DATE", "SOURCE", "SENT", "TITLE"])
    for article in articles {
      table.append([
        article.id, article.date.map { String($0.prefix(10)) } ?? "-", DisplayWidth.truncate(article.source, to: 24),
        String(article.sentences.count), article.title,
      ])
    }
    return table
  }
}
