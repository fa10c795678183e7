extension AppState {
  /// Shows how far the background analysis got (status bar, entity pane, comparison).
  public mutating func showAnalysisProgress(_ progress: LoadProgress.Snapshot) {
    pendingAnalysis = progress
  }

  /// Swaps in the corpus the background analysis built, keeping the user's place: the
  /// selected article and both scroll positions, the focus, the open view, and the query
  /// (run again on the new corpus).
  public mutating func adoptAnalysedCorpus(_ analysed: Corpus) {
    let position = selectedPosition
    let rowOnScreen = selectedRow - listTop
    let kept = (textTop: textTop, focusRange: focusRange, hitIndex: hitIndex)
    corpus = analysed
    pendingAnalysis = nil
    entityRows = Self.entityRows(analysed.directory)
    entitySelected = entityRows.firstIndex { if case .entity = $0 { true } else { false } } ?? 0
    entityTop = 0
    message = nil
    if let query {
      runSearch(query)
    } else {
      recomputeRows(keeping: position)
    }
    if let position, let row = rows.firstIndex(of: position) {
      selectedRow = row
      listTop = max(0, row - rowOnScreen)
      clampList()
      relayout()
      textTop = kept.textTop
      clampText()
      focusRange = kept.focusRange
      hitIndex = kept.hitIndex
    }
    clampEntities()
    if mode == .entities, analysed.directory.entryCount == 0 { mode = .browse }
    if mode == .compare, analysed.comparison == nil { mode = .browse }
    message = analysed.notes.first ?? message ?? "analysis finished: entities, stances and their filters are ready"
  }

  /// The status-bar message for a view or filter that waits for the background analysis.
  func waitingForAnalysis(_ what: String) -> String {
    let done = pendingAnalysis?.percent.map { " (\($0)% done)" } ?? ""
    return "\(what) once the analysis finishes\(done)"
  }
}
