/// The search input line: editing keys and a history of earlier queries.
public struct LineEditor: Hashable, Sendable {
  /// What a key did to the line.
  public enum Outcome: Hashable, Sendable {
    case editing
    case submitted(String)
    case cancelled
  }

  public private(set) var characters: [Character] = []
  /// Cursor position as an index into `characters`.
  public private(set) var cursor = 0
  /// Earlier queries, oldest first.
  public private(set) var history: [String]
  private var historyIndex: Int?
  private var draft: [Character] = []

  public init(history: [String] = []) { self.history = history }

  public var text: String { String(characters) }

  /// Applies one key.
  public mutating func apply(_ key: Key) -> Outcome {
    switch key {
    case .enter:
      let line = text
      if !line.isEmpty, history.last != line { history.append(line) }
      return .submitted(line)
    case .escape, .control("c"), .control("g"):
      return .cancelled
    case .left, .control("b"): cursor = max(0, cursor - 1)
    case .right, .control("f"): cursor = min(characters.count, cursor + 1)
    case .home, .control("a"): cursor = 0
    case .end, .control("e"): cursor = characters.count
    case .backspace, .control("h"):
      if cursor > 0 {
        characters.remove(at: cursor - 1)
        cursor -= 1
      }
    case .delete, .control("d"):
      if cursor < characters.count { characters.remove(at: cursor) }
    case .control("u"):
      characters.removeSubrange(0..<cursor)
      cursor = 0
    case .control("k"):
      characters.removeSubrange(cursor...)
    case .control("w"):
      var start = cursor
      while start > 0, characters[start - 1] == " " { start -= 1 }
      while start > 0, characters[start - 1] != " " { start -= 1 }
      characters.removeSubrange(start..<cursor)
      cursor = start
    case .up: recall(older: true)
    case .down: recall(older: false)
    case .character(let c):
      characters.insert(c, at: cursor)
      cursor += 1
    default: break
    }
    return .editing
  }

  private mutating func recall(older: Bool) {
    guard !history.isEmpty else { return }
    if older {
      if historyIndex == nil {
        draft = characters
        historyIndex = history.count - 1
      } else if let index = historyIndex, index > 0 {
        historyIndex = index - 1
      }
    } else {
      guard let index = historyIndex else { return }
      historyIndex = index + 1 < history.count ? index + 1 : nil
    }
    characters = historyIndex.map { Array(history[$0]) } ?? draft
    cursor = characters.count
  }

  /// Starts a fresh line, keeping the history.
  public mutating func reset(to text: String = "") {
    characters = Array(text)
    cursor = characters.count
    historyIndex = nil
  }
}
