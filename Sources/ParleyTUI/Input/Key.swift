/// A key press, decoded from the terminal.
public enum Key: Hashable, Sendable {
  /// A printable character.
  case character(Character)
  /// A control chord: `.control("u")` is Ctrl-U.
  case control(Character)
  case up, down, left, right
  case pageUp, pageDown, home, end
  case enter, escape, tab, backTab, backspace, delete

  /// How the key is written in the help overlay and docs/keys.md.
  public var label: String {
    switch self {
    case .character(" "): "Space"
    case .character(let c): String(c)
    case .control(let c): "Ctrl-\(c.uppercased())"
    case .up: "↑"
    case .down: "↓"
    case .left: "←"
    case .right: "→"
    case .pageUp: "PgUp"
    case .pageDown: "PgDn"
    case .home: "Home"
    case .end: "End"
    case .enter: "Enter"
    case .escape: "Esc"
    case .tab: "Tab"
    case .backTab: "Shift-Tab"
    case .backspace: "Backspace"
    case .delete: "Delete"
    }
  }

  /// Decodes a byte/scalar read from a terminal in cbreak mode (control codes become keys).
  public static func fromScalar(_ scalar: Unicode.Scalar) -> Key {
    switch scalar.value {
    case 0x0A, 0x0D: return .enter
    case 0x09: return .tab
    case 0x1B: return .escape
    case 0x08, 0x7F: return .backspace
    case 0x01...0x1A: return .control(Character(Unicode.Scalar(scalar.value + 0x60)!))
    default: return .character(Character(scalar))
    }
  }
}
