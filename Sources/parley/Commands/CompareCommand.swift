import ArgumentParser
import Foundation
import ParleyAnalysis
import ParleyCore

/// `parley compare`: a topic's stance matrix, parties × sources, with evidence and framing.
struct CompareCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "compare",
    abstract: "Compare how sources report each party's stance on a topic (parties × sources).",
    discussion: "Cells: SUPPORT / OPPOSE / MIXED / - (not reported), with the claim count. A row marked ! has "
      + "sources that disagree; a cell marked ~ rests only on hedged or loaded reporting. Without --topic, "
      + "every topic with claims is shown. Also prints each source's framing summary.")

  enum Format: String, ExpressibleByArgument, CaseIterable { case table, markdown, json, csv }

  @OptionGroup var corpus: CorpusOptions
  @Option(name: .long, help: "The topic (id from data/lexicon/topics.tsv, or an unambiguous prefix).") var topic: String?
  @Option(name: .long, help: "Only this party's row.") var party: String?
  @Option(name: .long, help: "Output format: table, markdown, json or csv.") var format: Format = .table

  func run() throws {
    let store = try corpus.loadStore()
    let analysis = try StanceCorpus(store: store)
    let stances = analysis.allStances()
    let topics: [TopicDefinition]
    if let topic {
      let id = try analysis.topicID(topic)
      topics = analysis.lexicon.topics.topics.filter { $0.id == id }
    } else {
      topics = analysis.lexicon.topics.topics
    }
    if let party, !analysis.parties.contains(party) {
      throw CLIError(message: "unknown party '\(party)' (known: \(analysis.parties.joined(separator: ", ")))")
    }
    var matrices = topics.map { StanceMatrix(topic: $0, articles: store.articles, stances: stances, parties: analysis.parties) }
    if let party { for i in matrices.indices { matrices[i].rows.removeAll { $0.party != party } } }
    if topic == nil { matrices.removeAll { $0.rows.isEmpty } }
    let framing = zip(store.articles, stances).map {
      SourceFraming(article: $0, stances: $1, topics: analysis.lexicon.topics.topics)
    }
    switch format {
    case .json:
      struct Output: Encodable {
        var matrices: [StanceMatrix]
        var framing: [SourceFraming]
      }
      let encoder = JSONEncoder()
      encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
      print(String(decoding: try encoder.encode(Output(matrices: matrices, framing: framing)), as: UTF8.self))
    case .csv:
      print(StanceReport.csv(matrices))
    case .markdown:
      print(StanceReport.markdown(matrices, framing: framing))
    case .table:
      print(StanceReport.table(matrices, framing: framing))
    }
  }
}

/// Renders stance matrices and framing summaries as text.
enum StanceReport {
  static func label(_ stance: StanceMatrix.CellStance) -> String {
    switch stance {
    case .support: "SUPPORT"
    case .oppose: "OPPOSE"
    case .mixed: "MIXED"
    case .notReported: "-"
    }
  }

  static func cellText(_ cell: StanceMatrix.Cell) -> String {
    guard cell.stance != .notReported else { return "-" }
    return label(cell.stance) + " (\(cell.claimCount))" + (cell.onlyHedgedOrLoaded ? " ~" : "")
  }

  static func pad(_ text: String, _ width: Int) -> String {
    text.count >= width ? text + " " : text + String(repeating: " ", count: width - text.count)
  }

  static func shortID(_ id: String) -> String { id.count > 12 ? String(id.prefix(12)) : id }

  static func table(_ matrices: [StanceMatrix], framing: [SourceFraming]) -> String {
    var lines: [String] = []
    if matrices.isEmpty || matrices.allSatisfy({ $0.rows.isEmpty }) { lines.append("no stance claims found for this selection") }
    for matrix in matrices {
      lines.append("\(matrix.topic.id): \(matrix.topic.proposition)")
      guard !matrix.rows.isEmpty else {
        lines.append("  no source reports a stance on it\n")
        continue
      }
      let width = 20
      lines.append(pad("  PARTY", 12) + matrix.columns.map { pad(shortID($0.articleID), width) }.joined())
      if matrix.columns.contains(where: { $0.source != $0.articleID }) {
        lines.append(pad("", 12) + matrix.columns.map { pad(TextSanitizer.clean(String($0.source.prefix(width - 2))), width) }.joined())
      }
      for row in matrix.rows {
        lines.append(pad((row.sourcesDisagree ? "! " : "  ") + row.party, 12) + row.cells.map { pad(cellText($0), width) }.joined())
      }
      lines.append("  evidence:")
      for row in matrix.rows {
        for (column, cell) in zip(matrix.columns, row.cells) where cell.stance != .notReported {
          var how: [String] = []
          if !cell.verbs.isEmpty { how.append("verbs: " + cell.verbs.joined(separator: ", ")) }
          if !cell.hedges.isEmpty { how.append("hedges: " + cell.hedges.joined(separator: ", ")) }
          if cell.hasDirectQuote { how.append("direct quote") }
          lines.append(
            "  \(row.party) @ \(shortID(column.articleID)) \(label(cell.stance))"
              + (how.isEmpty ? "" : " — " + how.joined(separator: "; ")))
          if let text = cell.evidenceText { lines.append("      “\(TextSanitizer.clean(text))”") }
        }
      }
      lines.append("")
    }
    lines.append(contentsOf: framingTable(framing))
    return lines.joined(separator: "\n")
  }

  static func framingTable(_ framing: [SourceFraming]) -> [String] {
    if framing.isEmpty { return [] }
    var lines = ["framing by source:"]
    lines.append(pad("  ARTICLE", 16) + pad("CLAIMS", 8) + pad("HEDGED", 8) + pad("LOADED", 8) + pad("QUOTES", 24) + "TOPICS COVERED")
    for item in framing {
      let quotes = item.directQuotes.map { "\($0.party) \($0.count)" }.joined(separator: ", ")
      lines.append(
        pad("  " + shortID(item.articleID), 16) + pad("\(item.claimCount)", 8) + pad(percent(item.hedgedShare), 8)
          + pad(percent(item.loadedShare), 8) + pad(quotes.isEmpty ? "-" : quotes, 24)
          + (item.topicsCovered.isEmpty ? "-" : item.topicsCovered.joined(separator: ", ")))
    }
    return lines
  }

  static func percent(_ share: Double) -> String { "\(Int((share * 100).rounded()))%" }

  static func markdownEscape(_ text: String) -> String {
    TextSanitizer.clean(text).replacingOccurrences(of: "|", with: "\\|")
  }

  static func markdown(_ matrices: [StanceMatrix], framing: [SourceFraming]) -> String {
    var lines: [String] = ["# Stance comparison", ""]
    for matrix in matrices {
      lines.append("## \(matrix.topic.label)")
      lines.append("")
      lines.append("*Proposition:* \(matrix.topic.proposition). *Support* means the party is for it.")
      lines.append("")
      guard !matrix.rows.isEmpty else {
        lines.append("No source reports a stance on this topic.")
        lines.append("")
        continue
      }
      lines.append("| Party | " + matrix.columns.map { markdownEscape($0.source == $0.articleID ? $0.articleID : "\($0.source) (\(shortID($0.articleID)))") }.joined(separator: " | ") + " |")
      lines.append("|---|" + matrix.columns.map { _ in "---" }.joined(separator: "|") + "|")
      for row in matrix.rows {
        let name = row.sourcesDisagree ? "\(row.party) ⚠ sources disagree" : row.party
        lines.append("| \(name) | " + row.cells.map { cell in
          cell.stance == .notReported ? "—" : "**\(cell.stance.rawValue)** (\(cell.claimCount))" + (cell.onlyHedgedOrLoaded ? " *hedged/loaded only*" : "")
        }.joined(separator: " | ") + " |")
      }
      lines.append("")
      lines.append("### Evidence")
      lines.append("")
      for row in matrix.rows {
        for (column, cell) in zip(matrix.columns, row.cells) where cell.stance != .notReported {
          var how: [String] = []
          if !cell.verbs.isEmpty { how.append("reported with *\(cell.verbs.joined(separator: ", "))*") }
          if !cell.hedges.isEmpty { how.append("hedged: *\(cell.hedges.joined(separator: ", "))*") }
          if cell.hasDirectQuote { how.append("direct quote") }
          lines.append(
            "- **\(row.party)** — \(cell.stance.rawValue) — \(markdownEscape(column.source)) (`\(column.fileName)`)"
              + (how.isEmpty ? "" : "; " + how.joined(separator: "; ")))
          if let text = cell.evidenceText { lines.append("  > \(markdownEscape(text))") }
        }
      }
      lines.append("")
    }
    lines.append("## Framing by source")
    lines.append("")
    lines.append("| Source | Claims | Hedged | Loaded | Quoted directly | Topics covered | Left out |")
    lines.append("|---|---|---|---|---|---|---|")
    for item in framing {
      let quotes = item.directQuotes.map { "\($0.party) \($0.count)" }.joined(separator: ", ")
      lines.append(
        "| \(markdownEscape(item.source)) (`\(item.fileName)`) | \(item.claimCount) | \(percent(item.hedgedShare)) | "
          + "\(percent(item.loadedShare)) | \(quotes.isEmpty ? "—" : quotes) | \(item.topicsCovered.joined(separator: ", ")) | "
          + "\(item.topicsLeftOut.joined(separator: ", ")) |")
    }
    return lines.joined(separator: "\n")
  }

  static func csvField(_ text: String) -> String {
    let safe = TextSanitizer.clean(text)
    return safe.contains(",") || safe.contains("\"") || safe.contains("\n") ? "\"" + safe.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : safe
  }

  static func csv(_ matrices: [StanceMatrix]) -> String {
    var lines = ["topic,party,article,file,source,stance,claims,verbs,hedges,only_hedged_or_loaded,sources_disagree,evidence"]
    for matrix in matrices {
      for row in matrix.rows {
        for (column, cell) in zip(matrix.columns, row.cells) {
          lines.append(
            [
              matrix.topic.id, row.party, column.articleID, column.fileName, column.source, cell.stance.rawValue,
              "\(cell.claimCount)", cell.verbs.joined(separator: ";"), cell.hedges.joined(separator: ";"),
              "\(cell.onlyHedgedOrLoaded)", "\(row.sourcesDisagree)", cell.evidenceText ?? "",
            ].map(csvField).joined(separator: ","))
        }
      }
    }
    return lines.joined(separator: "\n")
  }
}
