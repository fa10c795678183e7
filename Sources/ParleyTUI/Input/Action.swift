/// Something the user asked for, independent of the key that asked for it.
///
/// Each action carries the one-line description that the help overlay and docs/keys.md show.
public enum Action: String, Hashable, Sendable, CaseIterable {
  case moveDown, moveUp, pageDown, pageUp, moveToTop, moveToBottom
  case moveLeft, moveRight
  case nextPane, previousPane
  case open, back, quit
  case startSearch, nextHit, previousHit
  case toggleEntities, nextMention, previousMention
  case toggleComparison, nextTopic, toggleFraming
  case toggleHelp

  /// One line for the help overlay.
  public var description: String {
    switch self {
    case .moveDown: "move down a row or line"
    case .moveUp: "move up a row or line"
    case .pageDown: "page down"
    case .pageUp: "page up"
    case .moveToTop: "go to the first row or the top of the text"
    case .moveToBottom: "go to the last row or the end of the text"
    case .moveLeft: "focus the list; in the comparison, the column to the left"
    case .moveRight: "focus the text; in the comparison, the column to the right"
    case .nextPane: "next pane"
    case .previousPane: "previous pane"
    case .open: "open the article, filter by the entity, or follow the comparison cell"
    case .back: "go back: close the overlay or view, clear the filter, then the query"
    case .quit: "quit parley"
    case .startSearch: "search (Enter runs it, Esc cancels, ↑/↓ history)"
    case .nextHit: "next search hit in the text"
    case .previousHit: "previous search hit in the text"
    case .toggleEntities: "show or hide the entity pane"
    case .nextMention: "next mention of the chosen entity in the text"
    case .previousMention: "previous mention of the chosen entity in the text"
    case .toggleComparison: "show or hide the stance comparison"
    case .nextTopic: "next topic in the comparison"
    case .toggleFraming: "per-source framing summary in the comparison"
    case .toggleHelp: "this help"
    }
  }
}
