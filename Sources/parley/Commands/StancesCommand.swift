import ArgumentParser
import Foundation
import ParleyAnalysis
import ParleyCore

/// `parley stances`: the stance claims each article reports, with their evidence.
struct StancesCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "stances",
    abstract: "List stance claims: who stands where on which topic, as each article reports it.",
    discussion: "Each claim shows the party, topic, stance, the holder it was read from, the reporting verb, "
      + "quote or paraphrase, hedges, confidence and the evidence sentence.")

  @OptionGroup var corpus: CorpusOptions
  @Option(name: .long, help: "Only this article (its id, as `parley list` shows).") var article: String?
  @Option(name: .long, help: "Only this topic (id from data/lexicon/topics.tsv).") var topic: String?
  @Option(name: .long, help: "Only this party.") var party: String?
  @Flag(name: .long, help: "Print JSON.") var json = false

  func run() throws {
    let store = try corpus.loadStore()
    let analysis = try StanceCorpus(store: store)
    let topicID = try topic.map { try analysis.topicID($0) }
    var articles = store.articles
    if let id = article {
      guard let found = store.article(id: id) else { throw CLIError(message: "no article with id '\(id)'") }
      articles = [found]
    }
    var output: [ClaimOutput] = []
    for article in articles {
      for claim in analysis.stances(of: article).claims
      where (topicID == nil || claim.topic == topicID) && (party == nil || claim.party == party) {
        output.append(ClaimOutput(claim: claim, evidence: TextSanitizer.clean(article.body.slice(claim.sentenceRange))))
      }
    }
    if json {
      let encoder = JSONEncoder()
      encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
      print(String(decoding: try encoder.encode(output), as: UTF8.self))
      return
    }
    if output.isEmpty { print("no stance claims found") }
    var lastArticle = ""
    for item in output {
      let claim = item.claim
      if claim.articleID != lastArticle {
        print("\n\(TextSanitizer.clean(claim.articleID))  (\(TextSanitizer.clean(claim.source)))")
        lastArticle = claim.articleID
      }
      var how: [String] = []
      if let verb = claim.reportingVerb { how.append("\(verb) (\(claim.reportingKind?.rawValue ?? "neutral"))") }
      how.append(claim.isDirectQuote ? "quote" : "paraphrase")
      if !claim.hedges.isEmpty { how.append("hedged: " + claim.hedges.joined(separator: ", ")) }
      print(
        "  \(claim.party) \(claim.topic) \(claim.stance.rawValue.uppercased())  holder: \(TextSanitizer.clean(claim.holder.name)) "
          + "[\(claim.holder.route.rawValue)]  \(how.joined(separator: "; "))  conf \(String(format: "%.2f", claim.confidence))")
      print("    cues: \(claim.cues.isEmpty ? "(action)" : claim.cues.joined(separator: " < "))  trigger: \(TextSanitizer.clean(claim.trigger))")
      print("    “\(item.evidence)”")
    }
  }
}

/// A claim with its evidence sentence, for JSON output.
struct ClaimOutput: Encodable {
  var claim: StanceClaim
  var evidence: String
}

/// Loads the stance and entity lexicons once and analyses articles on demand.
struct StanceCorpus {
  let store: DocumentStore
  let lexicon: StanceLexicon
  let recognizer: EntityRecognizer
  let extractor: StanceExtractor
  let parties: [String]

  init(store: DocumentStore, lexiconFolder: String? = nil) throws {
    self.store = store
    do {
      lexicon = try lexiconFolder.map { try StanceLexicon.load(folder: $0) } ?? StanceLexicon.bundled()
    } catch let error as StanceLexiconError {
      throw CLIError(message: error.description)
    }
    let entityLexicon = try LexiconLoading.bundled()
    recognizer = EntityRecognizer(lexicon: entityLexicon)
    extractor = StanceExtractor(lexicon: lexicon)
    parties = entityLexicon.parties.map(\.id).filter { $0 != "other" && $0 != "none" }
  }

  func stances(of article: Article) -> ArticleStances {
    extractor.analyze(article, entities: recognizer.recognize(article))
  }

  /// Every article's result, in store order (articles analysed in parallel).
  func allStances() -> [ArticleStances] {
    extractor.analyze(store, entities: recognizer.recognize(store))
  }

  /// A topic id from what the user typed, or a one-line error listing the topics.
  func topicID(_ typed: String) throws -> String {
    if let id = TopicFinder(lexicon: lexicon).resolve(typed) { return id }
    throw CLIError(message: "unknown topic '\(typed)' (known: \(lexicon.topics.topics.map(\.id).joined(separator: ", ")))")
  }
}
