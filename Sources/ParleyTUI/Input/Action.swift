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
  case toggleComparison, nextTopic, chooseTopic, toggleFraming
  case toggleHelp

  /// One line for the help overlay.
  public var description: String {
    switch self {
    case .moveDown: "down a row or line"
    case .moveUp: "up a row or line"
    case .pageDown: "page down"
    case .pageUp: "page up"
    case .moveToTop: "first row / top of the text"
    case .moveToBottom: "last row / end of the text"
    case .moveLeft: "focus list · compare: column left"
    case .moveRight: "focus text · compare: column right"
    case .nextPane: "next pane"
    case .previousPane: "previous pane"
    case .open: "open · filter by entity · follow cell"
    case .back: "back: overlay, view, filter, query"
    case .quit: "quit"
    case .startSearch: "search (Enter runs, Esc cancels)"
    case .nextHit: "next search hit in the text"
    case .previousHit: "previous search hit"
    case .toggleEntities: "entity pane on/off"
    case .nextMention: "next mention of the entity"
    case .previousMention: "previous mention of the entity"
    case .toggleComparison: "stance comparison on/off"
    case .nextTopic: "next comparison topic"
    case .chooseTopic: "choose the comparison topic from a list"
    case .toggleFraming: "framing per source (compare)"
    case .toggleHelp: "this help"
    }
  }
}
