import ArgumentParser
import Foundation
import ParleyAnalysis
import ParleyCore

/// `parley entities`: the people, places and organisations in the corpus, with their parties.
struct EntitiesCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "entities",
    abstract: "List people, places and organisations with their party and mention counts.",
    discussion: "With --article, lists that article's mentions in text order instead.")

  @OptionGroup var corpus: CorpusOptions
  @Option(name: .long, help: "Only this article (its id, as `parley list` shows).") var article: String?
  @Option(name: .long, help: "Only this type: person, place or organization.") var type: EntityType?
  @Option(name: .long, help: "Only entities of this party (a party id from data/lexicon/parties.tsv).") var party: String?
  @Flag(name: .long, help: "Print JSON.") var json = false

  func run() throws {
    let store = try corpus.loadStore()
    let lexicon = try LexiconLoading.bundled()
    if let party, !lexicon.partyIDs.contains(party) {
      throw CLIError(message: "unknown party '\(party)' (known: \(lexicon.partyIDs.joined(separator: ", ")))")
    }
    let recognizer = EntityRecognizer(lexicon: lexicon)
    if let id = article {
      guard let found = store.article(id: id) else { throw CLIError(message: "no article with id '\(id)'") }
      let mentions = recognizer.recognize(found).mentions.filter(keep)
      if json {
        try printJSON(mentions)
      } else {
        for mention in mentions {
          let place = "\(mention.field.rawValue):\(mention.range.start)-\(mention.range.end)"
          print(row([place, mention.canonicalName, mention.type.rawValue, mention.party, TerminalText.safe(mention.surface)]))
        }
      }
      return
    }
    let catalog = EntityCatalog(recognizer.recognize(store))
    let entries = catalog.entries.filter { (type == nil || $0.type == type) && (party == nil || $0.party == party) }
    if json {
      try printJSON(entries)
    } else {
      print(row(["ENTITY", "TYPE", "PARTY", "MENTIONS", "ARTICLES"]))
      for entry in entries {
        print(row([TerminalText.safe(entry.canonicalName), entry.type.rawValue, entry.party, "\(entry.mentionCount)", "\(entry.articleCount)"]))
      }
    }
  }

  private func keep(_ mention: EntityMention) -> Bool {
    (type == nil || mention.type == type) && (party == nil || mention.party == party)
  }

  private func row(_ fields: [String]) -> String {
    let widths = [28, 13, 8, 9, 8]
    return fields.enumerated().map { index, field in
      index < fields.count - 1 && index < widths.count ? field.padding(toLength: max(widths[index], field.count + 1), withPad: " ", startingAt: 0) : field
    }.joined()
  }

  private func printJSON<T: Encodable>(_ value: T) throws {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    print(String(decoding: try encoder.encode(value), as: UTF8.self))
  }
}

extension EntityType: ExpressibleByArgument {}

/// Loads the bundled lexicon, turning data-file problems into a one-line CLI error.
enum LexiconLoading {
  static func bundled() throws -> Lexicon {
    do { return try Lexicon.bundled() } catch let error as LexiconError { throw CLIError(message: error.description) }
  }
}

/// Article text made safe for the terminal: control characters become spaces.
enum TerminalText {
  static func safe(_ text: String) -> String {
    String(String.UnicodeScalarView(text.unicodeScalars.map { scalar in
      scalar.properties.generalCategory == .control || scalar.properties.generalCategory == .format ? " " : scalar
    }))
  }
}
