import ArgumentParser
import Foundation
import ParleyCore

/// `parley list`: one line per article.
struct ListCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "list", abstract: "List the articles: id, date, source, title, sentence count.")

  @OptionGroup var corpus: CorpusOptions
  @Flag(name: .long, help: "Print JSON.") var json = false

  func run() throws {
    let store = try corpus.loadStore()
    for article in store.articles {
      print("\(article.id)  \(article.date ?? "-")  \(article.source)  \(article.title)  (\(article.sentences.count))")
    }
  }
}
