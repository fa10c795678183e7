import ArgumentParser
import Foundation
import ParleyAnalysis
import ParleyCore

/// `parley eval entities --gold FILE [PATH...]`: precision, recall and F1 of entity recognition.
struct EvalEntitiesCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "entities",
    abstract: "Score entity recognition against a gold entities.tsv.",
    discussion: """
      Precision / recall / F1 over (file, entity, type), overall and per type. A predicted entity \
      matches a gold line of the same file and type when one of its names equals the gold canonical \
      name or a gold surface form, ignoring case and diacritics. --verbose lists misses and false alarms.
      """)

  @Option(name: .long, help: "The gold file (tab-separated: file, canonical_name, type, party, surface_forms).")
  var gold: String
  @OptionGroup var corpus: CorpusOptions
  @Flag(name: .long, help: "Print JSON.") var json = false

  func run() throws {
    let goldLines: [GoldEntity]
    do { goldLines = try GoldEntity.read(path: gold) } catch let error as LexiconError {
      throw CLIError(message: error.description)
    }
    let store = try corpus.loadStore()
    let recognizer = EntityRecognizer(lexicon: try LexiconLoading.bundled())
    let evaluation = EntityEvaluation(gold: goldLines, articles: store.articles, recognizer: recognizer)
    if evaluation.scoredFiles.isEmpty {
      throw CLIError(message: "none of the \(Set(goldLines.map(\.file)).count) files in \(gold) is in the corpus")
    }
    if !evaluation.missingFiles.isEmpty {
      StandardError.print(
        "\(evaluation.missingFiles.count) gold file(s) not in the corpus, not scored: "
          + evaluation.missingFiles.prefix(5).joined(separator: ", ") + (evaluation.missingFiles.count > 5 ? ", …" : ""))
    }
    let report = evaluation.report
    if json {
      try printJSON(evaluation)
      return
    }
    print("entities: \(evaluation.scoredFiles.count) files scored against \(gold)")
    var table = TextTable(header: ["", "PRECISION", "RECALL", "F1", "GOLD", "FOUND", "MATCHED"])
    var rows: [(String, ScoreCounts)] = [("overall", report.overall)]
    for type in EntityType.allCases { if let counts = report.byCategory[type.rawValue] { rows.append((type.rawValue, counts)) } }
    for (name, counts) in rows {
      table.append([
        name, format(counts.precision), format(counts.recall), format(counts.f1),
        "\(counts.truePositives + counts.falseNegatives)", "\(counts.truePositives + counts.falsePositives)",
        "\(counts.truePositives)",
      ])
    }
    for line in table.render(style: TerminalStyle.standardOutput) { print(line) }
    if corpus.verbose {
      print("\nmisses (\(report.misses.count)):")
      for miss in report.misses {
        print("  \(miss.file)  \(miss.canonicalName)  (\(miss.type.rawValue))  \(miss.surfaceForms.joined(separator: "|"))")
      }
      print("\nfalse alarms (\(report.falseAlarms.count)):")
      for alarm in report.falseAlarms {
        print("  \(alarm.file)  \(alarm.canonicalName)  (\(alarm.type.rawValue), \(alarm.party))  \(alarm.names.dropFirst().joined(separator: "|"))")
      }
    }
  }

  private func printJSON(_ evaluation: EntityEvaluation) throws {
    struct Counts: Encodable {
      var precision, recall, f1: Double
      var truePositives, falsePositives, falseNegatives: Int
      init(_ c: ScoreCounts) {
        precision = c.precision
        recall = c.recall
        f1 = c.f1
        truePositives = c.truePositives
        falsePositives = c.falsePositives
        falseNegatives = c.falseNegatives
      }
    }
    struct Output: Encodable {
      var gold: String
      var scoredFiles: [String]
      var missingFiles: [String]
      var overall: Counts
      var byType: [String: Counts]
      var misses: [GoldEntity]
      var falseAlarms: [EntityEvaluation.Prediction]
    }
    let report = evaluation.report
    let output = Output(
      gold: gold, scoredFiles: evaluation.scoredFiles, missingFiles: evaluation.missingFiles, overall: Counts(report.overall),
      byType: report.byCategory.mapValues(Counts.init), misses: report.misses, falseAlarms: report.falseAlarms)
    try JSONOutput.print(output)
  }

  private func format(_ value: Double) -> String { String(format: "%.3f", value) }
}
