import ParleyAnalysis
import ParleyCore

extension AppState {
  /// Carries out one action in the current mode.
  public mutating func apply(_ action: Action) {
    switch action {
    case .quit: shouldQuit = true
    case .toggleHelp: showHelp.toggle()
    case .moveDown: move(by: 1)
    case .moveUp: move(by: -1)
    case .pageDown: move(by: page)
    case .pageUp: move(by: -page)
    case .moveToTop: move(by: Int.min / 2)
    case .moveToBottom: move(by: Int.max / 2)
    case .moveLeft:
      if mode == .compare { moveColumn(by: -1) } else { focus = .left }
    case .moveRight:
      if mode == .compare { moveColumn(by: 1) } else { focus = .text }
    case .nextPane:
      if mode == .compare { moveColumn(by: 1) } else { focus = focus == .left ? .text : .left }
    case .previousPane:
      if mode == .compare { moveColumn(by: -1) } else { focus = focus == .left ? .text : .left }
    case .open: open()
    case .back: back()
    case .startSearch:
      var line = LineEditor(history: history)
      line.reset()
      editor = line
    case .nextHit: jumpToHit(forward: true)
    case .previousHit: jumpToHit(forward: false)
    case .toggleEntities:
      if corpus.directory.entryCount == 0, pendingAnalysis == nil {
        message = "no entities: entity recognition found none in this corpus"
      } else {
        mode = mode == .entities ? .browse : .entities
        focus = .left
        relayout()
        clampText()
        clampEntities()
      }
    case .nextMention: jumpToMention(forward: true)
    case .previousMention: jumpToMention(forward: false)
    case .toggleComparison:
      if corpus.comparison == nil, pendingAnalysis == nil {
        message = "no comparison: stance analysis is not available for this corpus"
      } else {
        mode = mode == .compare ? .browse : .compare
        showFraming = false
      }
    case .nextTopic:
      if let topics = corpus.comparison?.topics, !topics.isEmpty {
        topicIndex = (topicIndex + 1) % topics.count
        compareRow = 0
        compareColumn = 0
        compareOffset = 0
        if mode != .compare { mode = .compare }
      } else if pendingAnalysis != nil {
        mode = .compare
      }
    case .chooseTopic:
      if let topics = corpus.comparison?.topics, !topics.isEmpty {
        mode = .compare
        topicChooser = topicIndex % topics.count
      } else if pendingAnalysis != nil {
        mode = .compare
        message = waitingForAnalysis("topics can be chosen")
      } else {
        message = "no comparison: stance analysis is not available for this corpus"
      }
    case .toggleFraming:
      if mode == .compare {
        showFraming.toggle()
        framingTop = 0
      }
    }
  }

  private var page: Int {
    switch (mode, focus) {
    case (.compare, _): 3
    case (.entities, .left): max(1, layout.entityCapacity - 1)
    case (.browse, .left): max(1, layout.listCapacity - 1)
    case (_, .text): max(1, layout.textCapacity - 2)
    }
  }

  // MARK: - Moving

  mutating func move(by delta: Int) {
    switch (mode, focus) {
    case (.compare, _) where showFraming:
      guard let comparison = corpus.comparison else { return }
      let total = FramingView.lineCount(comparison)
      framingTop = clamp(framingTop.addingReportingOverflow(delta).partialValue, 0, total - (layout.main.height - 2))
    case (.compare, _):
      guard let topic else { return }
      compareRow = clamp(compareRow.addingReportingOverflow(delta).partialValue, 0, topic.parties.count - 1)
    case (.browse, .left): select(row: selectedRow.addingReportingOverflow(delta).partialValue)
    case (.entities, .left): selectEntity(stepping: delta)
    case (_, .text):
      textTop = textTop.addingReportingOverflow(delta).partialValue
      clampText()
    }
  }

  /// Selects a list row and shows its article.
  mutating func select(row: Int) {
    let previous = selectedPosition
    selectedRow = clamp(row, 0, rows.count - 1)
    clampList()
    if selectedPosition != previous {
      textTop = 0
      focusRange = nil
      hitIndex = nil
      mentionIndex = nil
      relayout()
    }
  }

  private mutating func selectEntity(stepping delta: Int) {
    guard !entityRows.isEmpty else { return }
    var target = clamp(entitySelected.addingReportingOverflow(delta).partialValue, 0, entityRows.count - 1)
    // Skip group headings in the direction of travel, else the other way.
    let step = delta >= 0 ? 1 : -1
    var probe = target
    while entityRows.indices.contains(probe), case .heading = entityRows[probe] { probe += step }
    if !entityRows.indices.contains(probe) {
      probe = target
      while entityRows.indices.contains(probe), case .heading = entityRows[probe] { probe -= step }
    }
    if entityRows.indices.contains(probe) { target = probe }
    entitySelected = target
    mentionIndex = nil
    clampEntities()
  }

  private mutating func moveColumn(by delta: Int) {
    guard let topic else { return }
    compareColumn = clamp(compareColumn + delta, 0, topic.sources.count - 1)
    let visible = ComparisonGeometry(width: layout.main.width, sources: topic.sources.count, measure: measure).visibleColumns
    if compareColumn < compareOffset { compareOffset = compareColumn }
    if compareColumn >= compareOffset + visible { compareOffset = compareColumn - visible + 1 }
  }

  /// Keys while the topic chooser is open: move, Enter picks, Esc closes.
  mutating func chooseTopic(_ key: Key, current: Int) {
    let count = corpus.comparison?.topics.count ?? 0
    guard count > 0 else {
      topicChooser = nil
      return
    }
    switch keymap.action(for: key) {
    case .moveDown?, .nextTopic?: topicChooser = (current + 1) % count
    case .moveUp?: topicChooser = (current - 1 + count) % count
    case .moveToTop?: topicChooser = 0
    case .moveToBottom?: topicChooser = count - 1
    case .open?:
      topicIndex = current
      compareRow = 0
      compareColumn = 0
      compareOffset = 0
      showFraming = false
      topicChooser = nil
    case .quit? where key == .control("c"): shouldQuit = true
    default:
      if key == .escape || key == .character("T") || key == .character("q") { topicChooser = nil }
    }
  }

  // MARK: - Open and back

  private mutating func open() {
    switch (mode, focus) {
    case (.browse, .left):
      if selectedPosition != nil { focus = .text }
    case (.browse, .text), (.entities, .text): break
    case (.entities, .left):
      guard let entity = selectedEntity else { return }
      entityFilter = entity
      mode = .browse
      message = "\(entity.name): \(entity.articles.count) article\(entity.articles.count == 1 ? "" : "s") · ]/[ jump between mentions · Esc clears"
      focus = .left
      recomputeRows(keeping: nil)
    case (.compare, _): followEvidence()
    }
  }

  private mutating func back() {
    if showFraming {
      showFraming = false
      return
    }
    switch mode {
    case .compare:
      mode = .browse
    case .entities:
      mode = .browse
      relayout()
      clampText()
    case .browse:
      if returnToComparison {
        returnToComparison = false
        evidence = nil
        focusRange = nil
        relayout()
        mode = .compare
      } else if focus == .text {
        focus = .left
      } else if entityFilter != nil {
        entityFilter = nil
        recomputeRows(keeping: selectedPosition)
      } else if query != nil {
        clearSearch()
      }
    }
  }

  /// Opens the article of the comparison cell under the cursor at its evidence sentence.
  mutating func followEvidence() {
    guard let topic, topic.cells.indices.contains(compareRow), topic.cells[compareRow].indices.contains(compareColumn)
    else { return }
    guard let evidence = topic.cells[compareRow][compareColumn].evidence else {
      message = "no evidence: this source does not report the party's stance"
      return
    }
    if !rows.contains(evidence.position) {
      entityFilter = nil
      clearSearch()
    }
    self.evidence = (evidence.position, evidence.range)
    returnToComparison = true
    mode = .browse
    focus = .text
    let row = rows.firstIndex(of: evidence.position) ?? 0
    selectedRow = row
    clampList()
    relayout()
    focusRange = nil
    hitIndex = nil
    if let line = document?.line(for: .body, offset: evidence.range.start) {
      textTop = max(0, line - 2)
      clampText()
    }
  }

  // MARK: - Hits and mentions in the text

  private mutating func jumpToHit(forward: Bool) {
    guard let document, !document.hits.isEmpty else {
      message =
        query == nil ? "no active search: press / to search" : self.document == nil ? "no article open" : "no search hits in this article"
      return
    }
    let count = document.hits.count
    let next = hitIndex.map { forward ? ($0 + 1) % count : ($0 - 1 + count) % count } ?? (forward ? 0 : count - 1)
    hitIndex = next
    mentionIndex = nil
    let hit = document.hits[next]
    focusRange = (hit.field, hit.range)
    scrollTextToShow(line: hit.line)
    message = "hit \(next + 1) of \(count)"
  }

  private mutating func jumpToMention(forward: Bool) {
    guard let entity = (mode == .entities ? selectedEntity : nil) ?? entityFilter else {
      message = "choose an entity first: e, then move to it"
      return
    }
    guard let document, let entities = corpus.entities(at: document.position) else { return }
    let mentions = entities.mentions.filter { $0.entityID == entity.id }
    guard !mentions.isEmpty else {
      message = "\(entity.name) is not mentioned in this article"
      return
    }
    let count = mentions.count
    let next = mentionIndex.map { forward ? ($0 + 1) % count : ($0 - 1 + count) % count } ?? (forward ? 0 : count - 1)
    mentionIndex = next
    hitIndex = nil
    let mention = mentions[next]
    focusRange = (mention.field, mention.range)
    if let line = document.line(for: mention.field, offset: mention.range.start) { scrollTextToShow(line: line) }
    message = "\(entity.name): mention \(next + 1) of \(count)"
  }

  private mutating func scrollTextToShow(line: Int) {
    let capacity = layout.textCapacity
    if line < textTop || line >= textTop + capacity { textTop = max(0, line - capacity / 3) }
    clampText()
  }
}

func clamp(_ value: Int, _ low: Int, _ high: Int) -> Int { max(low, min(value, max(low, high))) }
