import Testing
@testable import ParleySearch

@Suite struct TokenizerTests {
  @Test("Case and diacritics fold to plain lowercase letters", arguments: [
    ("KYIV Kyiv kyiv", ["kyiv", "kyiv", "kyiv"]),
    ("café CAFÉ cafe", ["cafe", "cafe", "cafe"]),
    ("Straße Łódź Œuvre", ["strasse", "lodz", "oeuvre"]),
    ("Ștefan Dvořák", ["stefan", "dvorak"]),
    ("МОСКВА Москва", ["москва", "москва"]),
  ])
  func folding(text: String, expected: [String]) {
    #expect(Tokenizer.tokens(text) == expected)
  }

  @Test("Curly and straight apostrophes are one, and a possessive s finds the bare word")
  func apostrophes() {
    #expect(Tokenizer.tokens("Ukraine’s army") == ["ukraine", "army"])
    #expect(Tokenizer.tokens("Ukraine's army") == ["ukraine", "army"])
    #expect(Tokenizer.tokens("don't") == ["don", "t"])
    #expect(Tokenizer.tokens("the leaders’ summit") == ["the", "leaders", "summit"])
  }

  @Test("Hyphens and dashes split words")
  func dashes() {
    #expect(Tokenizer.tokens("Zelensky–Putin co-chair a—b") == ["zelensky", "putin", "co", "chair", "a", "b"])
    #expect(Tokenizer.tokens("“on the wrong path”—a remark") == ["on", "the", "wrong", "path", "a", "remark"])
  }

  @Test("Token ranges are byte offsets of the original text")
  func ranges() {
    var ranges: [Range<Int>] = []
    Tokenizer.forEachToken(in: "Café – Ukraine’s") { _, range in ranges.append(range) }
    #expect(ranges == [0..<5, 10..<17])
  }

  @Test("Punctuation-only text has no tokens; digits are tokens")
  func punctuation() {
    #expect(Tokenizer.tokens("— … !!! «»").isEmpty)
    #expect(Tokenizer.tokens("2025-04-23, 3.5%") == ["2025", "04", "23", "3", "5"])
  }
}
