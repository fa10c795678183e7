import ArgumentParser
import Foundation
import ParleyAnalysis
import ParleyCore

/// `parley entities`: the people, places and organisations in the corpus, with their parties.
struct EntitiesCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "entities",
    abstract: "List people, places and organisations with their party and mention counts.",
    discussion: """
      Each entity is listed once, whatever spelling the articles use (Zelensky, Zelenskyy, …), \
      most mentioned first. With --article, lists that article's mentions in text order instead \
      (field:start-end are UTF-8 byte offsets). Reader comments are never annotated.
      """)

  @OptionGroup var corpus: CorpusOptions
  @Option(name: .long, help: "Only this article (its id, a unique prefix of it, or its file name).") var article: String?
  @Option(name: .long, help: "Only this type: person, place or organization.") var type: EntityType?
  @Option(name: .long, help: "Only this party (an id from data/lexicon/parties.tsv, e.g. us, ukraine).") var party: String?
  @Flag(name: .long, help: "Print JSON instead of a table.") var json = false

  func run() throws {
    let store = try corpus.loadStore()
    let lexicon = try LexiconLoading.bundled()
    if let party, !lexicon.partyIDs.contains(party) {
      throw CLIError(message: "unknown party '\(party)' (known: \(lexicon.partyIDs.joined(separator: ", ")))")
    }
    let recognizer = EntityRecognizer(lexicon: lexicon)
    let style = TerminalStyle.standardOutput
    if let id = article {
      let found = try ShowCommand.find(id, in: store)
      let mentions = recognizer.recognize(found).mentions.filter {
        (type == nil || $0.type == type) && (party == nil || $0.party == party)
      }
      if json { return try JSONOutput.print(mentions) }
      var table = TextTable(header: ["AT", "ENTITY", "TYPE", "PARTY", "TEXT"])
      for mention in mentions {
        table.append([
          "\(mention.field.rawValue):\(mention.range.start)-\(mention.range.end)", mention.canonicalName,
          mention.type.rawValue, mention.party, mention.surface,
        ])
      }
      for line in table.render(style: style) { print(line) }
      return
    }
    let catalog = EntityCatalog(recognizer.recognize(store))
    let entries = catalog.entries.filter { (type == nil || $0.type == type) && (party == nil || $0.party == party) }
    if json { return try JSONOutput.print(entries) }
    var table = TextTable(header: ["ENTITY", "TYPE", "PARTY", "MENTIONS", "ARTICLES", "SPELLINGS"])
    for entry in entries {
      table.append([
        entry.canonicalName, entry.type.rawValue, entry.party, "\(entry.mentionCount)", "\(entry.articleCount)",
        entry.surfaces.joined(separator: ", "),
      ])
    }
    for line in table.render(style: style) { print(line) }
  }
}

extension EntityType: ExpressibleByArgument {}

/// Loads the bundled lexicon, turning data-file problems into a one-line CLI error.
enum LexiconLoading {
  static func bundled() throws -> Lexicon {
    do { return try Lexicon.bundled() } catch let error as LexiconError { throw CLIError(message: error.description) }
  }
}
