import ParleyAnalysis
import ParleyCore

/// Turns ParleyAnalysis's stance matrices and framing into the browser's `Comparison`.
enum ComparisonAdapter {
  /// Nil when no topic has any claim.
  static func comparison(matrices: [StanceMatrix], framing: [SourceFraming], store: DocumentStore, labels: PartyLabels) -> Comparison? {
    let topics = matrices.filter { !$0.rows.isEmpty }.map { topic($0, store: store) }
    guard !topics.isEmpty else { return nil }
    let summaries = framing.filter { $0.claimCount > 0 || !$0.directQuotes.isEmpty }.map { summary($0, store: store, labels: labels) }
    return Comparison(topics: topics, framing: summaries)
  }

  static func topic(_ matrix: StanceMatrix, store: DocumentStore) -> ComparisonTopic {
    // An outlet that appears in more than one column gets the headline too, to tell them apart.
    var outletCounts: [String: Int] = [:]
    for column in matrix.columns { outletCounts[column.source, default: 0] += 1 }
    let sources = matrix.columns.map { column in
      if column.source == column.articleID || column.source.isEmpty {
        return shortID(column.articleID) + " " + column.title
      }
      return (outletCounts[column.source] ?? 0) > 1 ? column.source + " · " + column.title : column.source
    }
    let cells = matrix.rows.map { row in
      row.cells.map { cell in self.cell(cell, store: store) }
    }
    return ComparisonTopic(
      id: matrix.topic.id, title: matrix.topic.proposition, parties: matrix.rows.map(\.party), sources: sources, cells: cells,
      disagreement: matrix.rows.map(\.sourcesDisagree))
  }

  static func cell(_ cell: StanceMatrix.Cell, store: DocumentStore) -> ComparisonCell {
    let stance: StanceMark =
      switch cell.stance {
      case .support: .support
      case .oppose: .oppose
      case .mixed: .mixed
      case .notReported: .notReported
      }
    var verbs = cell.verbs
    if let kind = cell.evidence?.reportingKind, kind == .loaded || kind == .doubting, !verbs.isEmpty {
      verbs[0] += " (\(kind.rawValue))"
    }
    var evidence: Evidence?
    if let claim = cell.evidence, let position = store.position(of: claim.articleID) {
      evidence = Evidence(
        position: position, range: claim.sentenceRange, text: cell.evidenceText ?? store[position].body.slice(claim.sentenceRange))
    }
    return ComparisonCell(stance: stance, claimCount: cell.claimCount, verbs: verbs, hedged: !cell.hedges.isEmpty, evidence: evidence)
  }

  static func summary(_ framing: SourceFraming, store: DocumentStore, labels: PartyLabels) -> FramingSummary {
    let title = store.article(id: framing.articleID)?.title ?? framing.articleID
    let heading = framing.source == framing.articleID ? shortID(framing.articleID) + " " + title : framing.source + " · " + title
    var lines = [
      "\(framing.claimCount) stance claims · \(percent(framing.hedgedShare)) hedged · \(percent(framing.loadedShare)) loaded · "
        + "\(percent(framing.doubtingShare)) doubting"
    ]
    if !framing.directQuotes.isEmpty {
      lines.append("quotes: " + framing.directQuotes.map { "\(labels.name($0.party)) \($0.count)" }.joined(separator: ", "))
    }
    if !framing.topicsCovered.isEmpty { lines.append("covers: " + framing.topicsCovered.joined(separator: ", ")) }
    if !framing.topicsLeftOut.isEmpty { lines.append("leaves out: " + framing.topicsLeftOut.joined(separator: ", ")) }
    return FramingSummary(source: heading, lines: lines)
  }

  static func shortID(_ id: String) -> String {
    let stem = id.prefix { $0 != "_" }
    return String(stem.count < id.count && stem.count <= 8 ? stem : id.prefix(12))
  }

  static func percent(_ share: Double) -> String { "\(Int((share * 100).rounded()))%" }
}
