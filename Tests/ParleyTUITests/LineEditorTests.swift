import Testing
@testable import ParleyTUI

@Suite struct LineEditorTests {
  func type(_ text: String, into editor: inout LineEditor) {
    for character in text { _ = editor.apply(.character(character)) }
  }

  @Test("Left arrow moves the cursor so typing inserts in the middle")
  func insertInMiddle() {
    var editor = LineEditor()
    type("Crmea", into: &editor)
    for _ in 0..<3 { _ = editor.apply(.left) }
    type("i", into: &editor)
    #expect(editor.text == "Crimea")
    #expect(editor.cursor == 3)
  }

  @Test("Backspace, Ctrl-W and Ctrl-U delete a character, a word and the line start")
  func deletions() {
    var editor = LineEditor()
    type("peace talks crimeax", into: &editor)
    _ = editor.apply(.backspace)
    #expect(editor.text == "peace talks crimea")
    _ = editor.apply(.control("w"))
    #expect(editor.text == "peace talks ")
    _ = editor.apply(.control("w"))
    #expect(editor.text == "peace ")
    type("deal", into: &editor)
    _ = editor.apply(.left)
    _ = editor.apply(.control("u"))
    #expect(editor.text == "l")
    #expect(editor.cursor == 0)
  }

  @Test("Up and down walk through earlier queries and back to the draft")
  func history() {
    var editor = LineEditor(history: ["crimea", "nato"])
    type("dra", into: &editor)
    _ = editor.apply(.up)
    #expect(editor.text == "nato")
    _ = editor.apply(.up)
    #expect(editor.text == "crimea")
    _ = editor.apply(.up)
    #expect(editor.text == "crimea")
    _ = editor.apply(.down)
    #expect(editor.text == "nato")
    _ = editor.apply(.down)
    #expect(editor.text == "dra")
  }

  @Test("Enter submits and remembers the query; Esc cancels")
  func submitAndCancel() {
    var editor = LineEditor()
    type("ceasefire", into: &editor)
    #expect(editor.apply(.enter) == .submitted("ceasefire"))
    #expect(editor.history == ["ceasefire"])
    #expect(editor.apply(.escape) == .cancelled)
  }
}
