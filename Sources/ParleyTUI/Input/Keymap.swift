/// Which keys trigger which actions: the one place key bindings live.
///
/// Kept as data so that bindings can later be read from a file; the help overlay and
/// docs/keys.md list `bindings` in order.
public struct Keymap: Sendable {
  /// One action and the keys bound to it.
  public struct Binding: Sendable {
    public var action: Action
    public var keys: [Key]
    public init(_ action: Action, _ keys: [Key]) {
      self.action = action
      self.keys = keys
    }
  }

  public var bindings: [Binding]
  private var actionByKey: [Key: Action]

  public init(bindings: [Binding]) {
    self.bindings = bindings
    var map: [Key: Action] = [:]
    for binding in bindings {
      for key in binding.keys where map[key] == nil { map[key] = binding.action }
    }
    actionByKey = map
  }

  /// The action bound to a key, if any.
  public func action(for key: Key) -> Action? { actionByKey[key] }

  /// The keys bound to an action, as the help shows them (`j ↓`).
  public func keyLabels(for action: Action) -> String {
    bindings.first { $0.action == action }.map { $0.keys.map(\.label).joined(separator: " ") } ?? ""
  }

  /// parley's bindings.
  public static let standard = Keymap(bindings: [
    Binding(.moveDown, [.character("j"), .down]),
    Binding(.moveUp, [.character("k"), .up]),
    Binding(.pageDown, [.pageDown, .character(" "), .control("f")]),
    Binding(.pageUp, [.pageUp, .control("b")]),
    Binding(.moveToTop, [.character("g"), .home]),
    Binding(.moveToBottom, [.character("G"), .end]),
    Binding(.moveLeft, [.character("h"), .left]),
    Binding(.moveRight, [.character("l"), .right]),
    Binding(.nextPane, [.tab]),
    Binding(.previousPane, [.backTab]),
    Binding(.open, [.enter]),
    Binding(.back, [.escape]),
    Binding(.startSearch, [.character("/")]),
    Binding(.nextHit, [.character("n")]),
    Binding(.previousHit, [.character("N")]),
    Binding(.toggleEntities, [.character("e")]),
    Binding(.nextMention, [.character("]")]),
    Binding(.previousMention, [.character("[")]),
    Binding(.toggleComparison, [.character("c")]),
    Binding(.nextTopic, [.character("t")]),
    Binding(.chooseTopic, [.character("T")]),
    Binding(.toggleFraming, [.character("f")]),
    Binding(.toggleHelp, [.character("?")]),
    Binding(.quit, [.character("q"), .control("c")]),
  ])
}
