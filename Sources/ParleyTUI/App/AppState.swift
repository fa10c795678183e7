import ParleyAnalysis
import ParleyCore

/// Everything the browser shows, as a value: views render it, events change it.
///
/// `handle(_:)` turns a terminal event into changes (keys go through the `Keymap` to an
/// `Action`); it never draws. The article text is laid out into an `ArticleDocument` whenever
/// the article, the width, the query or the highlighted evidence changes.
public struct AppState: Sendable {
  /// Which view fills the screen.
  public enum Mode: Hashable, Sendable {
    case browse
    case entities
    case compare
  }

  /// Which of the two panes has the focus.
  public enum Pane: Hashable, Sendable {
    case left
    case text
  }

  /// A row of the entity pane: a group heading or an entity.
  public enum EntityRow: Hashable, Sendable {
    case heading(EntityType, Int)
    case entity(EntityDirectory.Entry)
  }

  /// What is shown; replaced once when the background analysis lands (`adoptAnalysedCorpus`).
  public internal(set) var corpus: Corpus
  /// The background analysis while it runs (stage and fraction done); nil once it landed or
  /// when there is none.
  public internal(set) var pendingAnalysis: LoadProgress.Snapshot?
  public let measure: DisplayWidth
  public let keymap: Keymap
  public private(set) var size: Size
  public internal(set) var mode: Mode = .browse
  public internal(set) var focus: Pane = .left
  public internal(set) var showHelp = false
  public internal(set) var shouldQuit = false
  /// A one-line message for the bottom line (errors, hints), cleared by the next key.
  public internal(set) var message: String?

  // MARK: List
  /// Store positions of the articles in the list, in order.
  public internal(set) var rows: [Int]
  public internal(set) var hits: [Int: ArticleHit] = [:]
  /// How many articles match the query in all (the list holds at most `searchLimit`).
  public internal(set) var searchTotal = 0
  /// The most articles a query lists.
  public static let searchLimit = 1000
  public internal(set) var selectedRow = 0
  public internal(set) var listTop = 0

  // MARK: Text
  public internal(set) var document: ArticleDocument?
  public internal(set) var textTop = 0
  /// The range drawn as the current hit or mention.
  public internal(set) var focusRange: (field: ArticleField, range: TextRange)?
  var hitIndex: Int?
  var mentionIndex: Int?
  /// The evidence sentence followed from the comparison, in the open article.
  public internal(set) var evidence: (position: Int, range: TextRange)?
  var returnToComparison = false

  // MARK: Search
  public internal(set) var query: String?
  /// The search line while it is being edited.
  public internal(set) var editor: LineEditor?
  var history: [String] = []

  // MARK: Entities
  public internal(set) var entityFilter: EntityDirectory.Entry?
  public internal(set) var entityRows: [EntityRow]
  public internal(set) var entitySelected = 0
  public internal(set) var entityTop = 0

  // MARK: Comparison
  public internal(set) var topicIndex = 0
  public internal(set) var compareRow = 0
  public internal(set) var compareColumn = 0
  public internal(set) var compareOffset = 0
  public internal(set) var showFraming = false
  /// The highlighted row of the topic chooser while it is open.
  public internal(set) var topicChooser: Int?
  /// First line shown of the framing summary.
  public internal(set) var framingTop = 0

  public init(corpus: Corpus, size: Size, measure: DisplayWidth = .unicode, keymap: Keymap = .standard) {
    self.corpus = corpus
    self.size = size
    self.measure = measure
    self.keymap = keymap
    rows = Array(0..<corpus.store.count)
    entityRows = Self.entityRows(corpus.directory)
    entitySelected = entityRows.firstIndex { if case .entity = $0 { true } else { false } } ?? 0
    message = corpus.notes.first
    relayout()
  }

  /// The entity pane's rows: each group's heading followed by its entities.
  static func entityRows(_ directory: EntityDirectory) -> [EntityRow] {
    var rows: [EntityRow] = []
    for group in directory.groups {
      rows.append(.heading(group.type, group.entries.count))
      rows += group.entries.map { .entity($0) }
    }
    return rows
  }

  public var layout: Layout { Layout(size: size, wideLeft: mode == .entities) }

  /// The store position of the selected article, if the list is not empty.
  public var selectedPosition: Int? { rows.indices.contains(selectedRow) ? rows[selectedRow] : nil }

  /// The entity under the cursor in the entity pane.
  public var selectedEntity: EntityDirectory.Entry? {
    guard entityRows.indices.contains(entitySelected), case .entity(let entry) = entityRows[entitySelected] else { return nil }
    return entry
  }

  /// The topic shown in the comparison.
  public var topic: ComparisonTopic? {
    guard let topics = corpus.comparison?.topics, !topics.isEmpty else { return nil }
    return topics[topicIndex % topics.count]
  }

  /// Total search hits over the listed articles.
  public var hitCount: Int { hits.values.reduce(0) { $0 + $1.count } }

  // MARK: - Events

  /// Applies one terminal event.
  public mutating func handle(_ event: TerminalEvent) {
    switch event {
    case .key(let key): handle(key)
    case .mouse(let mouse): handle(mouse)
    case .resize(let newSize): resize(to: newSize)
    case .interrupt: shouldQuit = true
    case .redraw: break
    }
  }

  /// Changes the screen size and lays the text out again.
  public mutating func resize(to newSize: Size) {
    size = newSize
    relayout()
    clampList()
    clampText()
    clampEntities()
  }

  mutating func handle(_ key: Key) {
    message = nil
    if var editing = editor {
      switch editing.apply(key) {
      case .editing: editor = editing
      case .cancelled:
        history = editing.history
        editor = nil
      case .submitted(let text):
        history = editing.history
        editor = nil
        runSearch(text)
      }
      return
    }
    if let chosen = topicChooser {
      chooseTopic(key, current: chosen)
      return
    }
    if showHelp {
      if key == .character("q") || key == .control("c") { shouldQuit = true }
      showHelp = false
      return
    }
    guard let action = keymap.action(for: key) else { return }
    apply(action)
  }

  // MARK: - Layout of the text

  /// Rebuilds the article document when the article, width, query or evidence changed.
  mutating func relayout() {
    guard let position = selectedPosition else {
      document = nil
      return
    }
    let width = layout.rightPane.inset(by: 1).width
    let evidenceRange = evidence.flatMap { $0.position == position ? $0.range : nil }
    document = ArticleDocument(
      corpus: corpus, position: position, width: width, highlights: query.map { corpus.search.highlights(for: $0, in: position) },
      evidence: evidenceRange, measure: measure)
  }

  mutating func clampList() {
    selectedRow = max(0, min(selectedRow, rows.count - 1))
    let capacity = layout.listCapacity
    if selectedRow < listTop { listTop = selectedRow }
    if selectedRow >= listTop + capacity { listTop = selectedRow - capacity + 1 }
    listTop = max(0, min(listTop, max(0, rows.count - capacity)))
  }

  mutating func clampText() {
    let count = document?.lines.count ?? 0
    textTop = max(0, min(textTop, max(0, count - layout.textCapacity)))
  }

  mutating func clampEntities() {
    entitySelected = max(0, min(entitySelected, entityRows.count - 1))
    let capacity = layout.entityCapacity
    if entitySelected < entityTop { entityTop = entitySelected }
    if entitySelected >= entityTop + capacity { entityTop = entitySelected - capacity + 1 }
    // Keep the group heading visible above its first entity.
    if entityTop == entitySelected, entityTop > 0, case .heading = entityRows[entityTop - 1] { entityTop -= 1 }
    entityTop = max(0, min(entityTop, max(0, entityRows.count - capacity)))
  }
}
