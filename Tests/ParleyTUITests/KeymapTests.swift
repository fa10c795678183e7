import Testing
@testable import ParleyTUI

@Suite struct KeymapTests {
  @Test("Every action has a key and a one-line description for the help")
  func everyActionBound() {
    for action in Action.allCases {
      #expect(!Keymap.standard.keyLabels(for: action).isEmpty, "\(action) has no key")
      #expect(!action.description.isEmpty && !action.description.contains("\n"))
    }
  }

  @Test("No key is bound to two actions")
  func noDuplicates() {
    var seen: [Key: Action] = [:]
    for binding in Keymap.standard.bindings {
      for key in binding.keys {
        #expect(seen[key] == nil, "\(key.label) bound to \(seen[key]!) and \(binding.action)")
        seen[key] = binding.action
      }
    }
  }

  @Test("The keys the issue names do what it says", arguments: [
    (Key.character("j"), Action.moveDown), (.down, .moveDown), (.character("k"), .moveUp), (.pageDown, .pageDown),
    (.character(" "), .pageDown), (.character("g"), .moveToTop), (.end, .moveToBottom), (.backTab, .previousPane),
    (.character("/"), .startSearch), (.character("N"), .previousHit), (.character("e"), .toggleEntities),
    (.character("c"), .toggleComparison), (.character("t"), .nextTopic), (.character("?"), .toggleHelp), (.character("q"), .quit),
  ])
  func standardBindings(key: Key, action: Action) {
    #expect(Keymap.standard.action(for: key) == action)
  }

  @Test("Control bytes from the terminal decode to named keys")
  func decoding() {
    #expect(Key.fromScalar("\u{15}") == .control("u"))
    #expect(Key.fromScalar("\u{17}") == .control("w"))
    #expect(Key.fromScalar("\r") == .enter)
    #expect(Key.fromScalar("\u{7F}") == .backspace)
    #expect(Key.fromScalar("\u{1B}") == .escape)
    #expect(Key.fromScalar("é") == .character("é"))
  }
}
