import ParleyCore
import Testing
@testable import ParleyTUI

@Suite struct TextWrapperTests {
  func lines(_ text: String, width: Int) -> [String] {
    TextWrapper(width: width, measure: .unicode).wrap(text).map { text.slice($0) }
  }

  @Test("Lines break at spaces and never exceed the width", arguments: [14, 17, 25, 40])
  func breaksAtSpaces(width: Int) {
    let text = "US, Ukrainian and European officials held “substantive” meetings on Wednesday — again."
    let wrapped = lines(text, width: width)
    for line in wrapped { #expect(DisplayWidth.unicode.of(line) <= width, "\(line)") }
    #expect(wrapped.joined(separator: " ") == text)
  }

  @Test("Width is measured in columns: wide characters count two, combining marks none")
  func displayWidth() {
    #expect(lines("日本語 日本語", width: 7) == ["日本語", "日本語"])
    #expect(lines("cafe\u{301} cafe\u{301}", width: 9) == ["cafe\u{301} cafe\u{301}"])
    #expect(lines("abc def", width: 6) == ["abc", "def"])
  }

  @Test("A word longer than the line is broken between characters")
  func longWord() {
    #expect(lines("Zelenskyy", width: 4) == ["Zele", "nsky", "y"])
    #expect(lines("日本語日本語", width: 5) == ["日本", "語日", "本語"])
  }

  @Test("Ranges point into the original text so highlights can be mapped")
  func rangesAreBytes() {
    let text = "“Crimea” is Ukraine, said Kyiv"
    let ranges = TextWrapper(width: 12, measure: .unicode).wrap(text)
    #expect(ranges.first?.start == 0)
    #expect(text.slice(ranges[0]) == "“Crimea” is")
    #expect(ranges.last?.end == text.utf8.count)
  }

  @Test("Wrapping a sub-range of a paragraph stays inside it")
  func subRange() {
    let text = "first paragraph\nsecond paragraph here"
    let range = TextRange(16, text.utf8.count)
    let wrapped = TextWrapper(width: 10, measure: .unicode).wrap(text, range: range)
    #expect(wrapped.map { text.slice($0) } == ["second", "paragraph", "here"])
  }
}
