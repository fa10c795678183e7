import ArgumentParser
import Foundation
import ParleyAnalysis
import ParleyCore

/// `parley eval stances`: precision, recall and F1 of stance extraction against a gold file.
struct EvalStancesCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "stances",
    abstract: "Score stance extraction against gold: P/R/F1 over (file, party, topic, stance).",
    discussion: "Gold format: file, party, topic, stance, evidence (tab-separated, header line, # comments). "
      + "Only gold lines whose file is among the loaded articles count. A (file, party, topic) reported both "
      + "ways with neither side dominant is left out of the predictions.")

  @OptionGroup var corpus: CorpusOptions
  @Option(name: .long, help: "The gold stance file (TSV).", completion: .file()) var gold: String
  @Flag(name: .long, help: "Print JSON.") var json = false

  func run() throws {
    let goldLines: [GoldStance]
    do { goldLines = try GoldStanceFile.load(path: gold) } catch let error as StanceLexiconError {
      throw CLIError(message: error.description)
    }
    let store = try corpus.loadStore()
    let analysis = try StanceCorpus(store: store)
    let stances = analysis.allStances()
    let claims = stances.flatMap(\.claims)
    let positions = StanceAggregation.positions(claims)
    let files = Set(store.articles.map(\.fileName))
    let unmatched = Set(goldLines.map(\.file)).subtracting(files)
    if !unmatched.isEmpty {
      StandardError.print("\(unmatched.count) gold file(s) not among the loaded articles, ignored: \(unmatched.sorted().prefix(5).joined(separator: ", "))")
    }
    let evaluation = StanceEvaluation.evaluate(predicted: StanceEvaluation.keys(of: positions), gold: goldLines, files: files)
    if json {
      let encoder = JSONEncoder()
      encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
      print(String(decoding: try encoder.encode(evaluation), as: UTF8.self))
      return
    }
    func line(_ name: String, _ score: StanceScore) -> String {
      StanceReport.pad(name, 26)
        + String(format: "P %.3f  R %.3f  F1 %.3f  (tp %d, fp %d, fn %d)", score.precision, score.recall, score.f1,
          score.truePositives, score.falsePositives, score.falseNegatives)
    }
    print(line("overall", evaluation.overall))
    print("by topic:")
    for (topic, score) in evaluation.byTopic.sorted(by: { $0.key < $1.key }) { print(line("  " + topic, score)) }
    print("by party:")
    for (party, score) in evaluation.byParty.sorted(by: { $0.key < $1.key }) { print(line("  " + party, score)) }
    guard corpus.verbose else { return }
    let goldByKey = Dictionary(goldLines.map { ("\($0.file) \($0.party) \($0.topic)", $0.evidence) }, uniquingKeysWith: { a, _ in a })
    print("misses (in gold, not found):")
    for key in evaluation.misses {
      print("  \(key.file)  \(key.party) \(key.topic) \(key.stance.rawValue)  — gold: \(goldByKey["\(key.file) \(key.party) \(key.topic)"] ?? "")")
    }
    print("false alarms (found, not in gold):")
    for key in evaluation.falseAlarms {
      print("  \(key.file)  \(key.party) \(key.topic) \(key.stance.rawValue)")
      if let position = positions.first(where: { $0.fileName == key.file && $0.party == key.party && $0.topic == key.topic }),
        let claim = position.claims.first(where: { $0.stance == key.stance }),
        let article = store.articles.first(where: { $0.id == claim.articleID })
      {
        print("      holder \(TextSanitizer.clean(claim.holder.name)) [\(claim.holder.route.rawValue)], cues: \(claim.cues.joined(separator: " < "))")
        print("      “\(TextSanitizer.clean(article.body.slice(claim.sentenceRange)))”")
      }
    }
  }
}
