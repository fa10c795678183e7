import Testing
@testable import ParleyTUI

@Suite struct ScreenBufferTests {
  let measure = DisplayWidth.unicode

  @Test("A wide character takes two cells and the text still reads back whole")
  func wideCharacters() {
    var buffer = ScreenBuffer(size: Size(width: 10, height: 1))
    let end = buffer.write("東京 ok", row: 0, column: 0, measure: measure)
    #expect(end == 7)
    #expect(buffer[0, 0].character == "東")
    #expect(buffer[0, 1].isContinuation)
    #expect(buffer[0, 2].character == "京")
    #expect(buffer.text == "東京 ok")
  }

  @Test("A wide character that does not fit at the edge is left out, not split")
  func wideCharacterAtEdge() {
    var buffer = ScreenBuffer(size: Size(width: 3, height: 1))
    buffer.write("a東京", row: 0, column: 0, measure: measure)
    #expect(buffer.text == "a東")
    #expect(!buffer[0, 2].isContinuation || buffer[0, 1].character == "東")
  }

  @Test("Combining marks join the character before them")
  func combiningMarks() {
    var buffer = ScreenBuffer(size: Size(width: 10, height: 1))
    let end = buffer.write("cafe\u{301}!", row: 0, column: 0, measure: measure)
    #expect(end == 5)
    #expect(buffer[0, 3].character == "e\u{301}")
    #expect(buffer[0, 4].character == "!")
  }

  @Test("Text that does not fit ends with an ellipsis in the last column")
  func truncation() {
    var buffer = ScreenBuffer(size: Size(width: 12, height: 1))
    buffer.writeTruncated("Zelenskyy’s refusal", row: 0, column: 0, width: 10, measure: measure)
    #expect(buffer.text == "Zelenskyy…")
    var fits = ScreenBuffer(size: Size(width: 12, height: 1))
    fits.writeTruncated("short", row: 0, column: 0, width: 10, measure: measure)
    #expect(fits.text == "short")
  }

  @Test("Truncating before a wide character leaves no half character behind")
  func truncationWithWideCharacters() {
    var buffer = ScreenBuffer(size: Size(width: 8, height: 1))
    buffer.writeTruncated("日本語のニュース", row: 0, column: 0, width: 6, measure: measure)
    #expect(buffer.text == "日本…")
  }

  @Test("Control characters and escape sequences never reach the screen")
  func controlCharacters() {
    var buffer = ScreenBuffer(size: Size(width: 20, height: 1))
    buffer.write("a\u{1B}[31mb\u{07}c\u{9B}d", row: 0, column: 0, measure: measure)
    #expect(buffer.text == "a[31mbcd")
    #expect(!buffer.cells.contains { $0.character.unicodeScalars.contains { $0.value < 0x20 || (0x7F..<0xA0).contains($0.value) } })
  }

  @Test("Overwriting half of a wide character blanks the other half")
  func overwriteHalf() {
    var buffer = ScreenBuffer(size: Size(width: 4, height: 1))
    buffer.write("東", row: 0, column: 0, measure: measure)
    buffer.write("x", row: 0, column: 1, measure: measure)
    #expect(buffer.text == " x")
    #expect(!buffer[0, 1].isContinuation)
  }

  @Test("Styled output marks runs of non-plain cells")
  func styledMarkup() {
    var buffer = ScreenBuffer(size: Size(width: 12, height: 1))
    let end = buffer.write("see ", row: 0, column: 0, measure: measure)
    buffer.write("Crimea", row: 0, column: end, style: Theme.searchHit, measure: measure)
    #expect(buffer.styled() == "see «reverse fg=yellow|Crimea»")
  }
}
