import ArgumentParser
import Foundation
import ParleyCore

/// `parley show ID`: one cleaned article with its metadata.
struct ShowCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "show",
    abstract: "Show one cleaned article with its metadata.",
    discussion: """
      ID is an id from `parley list` (a unique prefix is enough, e.g. `002`), or a file name. \
      Reader comments are shown apart, after the article. With --json, prints the article with \
      its paragraphs and its sentences with their UTF-8 byte ranges in the body.
      """)

  @Argument(help: "The article id (or a unique prefix of it, or its file name).") var id: String
  @OptionGroup var corpus: CorpusOptions
  @Flag(name: .long, help: "Print JSON.") var json = false
  @Flag(name: .long, help: "Print one numbered sentence a line instead of paragraphs.") var sentences = false

  func run() throws {
    let store = try corpus.loadStore()
    let article = try Self.find(id, in: store)
    if json {
      try JSONOutput.print(ArticleDetailJSON(article))
      return
    }
    for line in Self.render(article, style: TerminalStyle.standardOutput, numberedSentences: sentences) { print(line) }
  }

  /// The article with the given id, unique id prefix, or file name; a `CLIError` otherwise.
  static func find(_ id: String, in store: DocumentStore) throws -> Article {
    if let article = store.article(id: id) { return article }
    let byName = store.articles.filter { $0.fileName == id || $0.path == id }
    if byName.count == 1 { return byName[0] }
    let byPrefix = store.articles.filter { $0.id.hasPrefix(id) }
    if byPrefix.count == 1 { return byPrefix[0] }
    if byPrefix.count > 1 {
      let some = byPrefix.prefix(3).map(\.id).joined(separator: ", ")
      throw CLIError(message: "'\(id)' matches \(byPrefix.count) articles (\(some)\(byPrefix.count > 3 ? ", …" : "")); give more of the id")
    }
    throw CLIError(message: "no article with id '\(id)' among \(store.count) articles; `parley list` shows the ids")
  }

  /// The article as lines of text.
  static func render(_ article: Article, style: TerminalStyle, numberedSentences: Bool) -> [String] {
    var lines = [style.bold(article.title)]
    let byline = [article.source, article.date, article.author.map { "by \($0)" }].compactMap { $0 }
    lines.append(style.dim(byline.joined(separator: " · ")))
    if let url = article.url { lines.append(style.dim(url)) }
    lines.append(style.dim("\(article.id) · \(article.path) · \(article.sentences.count) sentences"))
    lines.append("")
    if numberedSentences {
      let digits = String(article.sentences.count).count
      for (index, sentence) in article.sentences.enumerated() {
        let number = String(index + 1)
        lines.append(String(repeating: " ", count: digits - number.count) + style.dim(number) + "  " + article.text(of: sentence))
      }
    } else {
      for (index, paragraph) in article.paragraphs.enumerated() {
        if index > 0 { lines.append("") }
        lines.append(article.body.slice(paragraph))
      }
    }
    if !article.comments.isEmpty {
      lines.append("")
      lines.append(style.dim("Reader comments (\(article.comments.count)), not part of the article:"))
      for comment in article.comments { lines.append(style.dim("  > " + comment)) }
    }
    return lines
  }
}
