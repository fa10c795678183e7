import Testing
@testable import ParleyAnalysis

@Suite struct EntityRobustnessTests {
  @Test("Odd text never crashes recognition and every range lies inside its field", arguments: [
    "", " ", "\n\n\n", "’s", "'", "U.", "U.S", "U.S.", "A.B.C.D.", "Trump’", "Zelensky’s’s", "—–…", "“”‘’",
    "President", "President ", "the Kremlin-", "-Kyiv", "in", "in Kyiv…", "Photo by", "By", "(Photo by X",
    "Mr.", "Ä Ö Ü ß", "🇺🇦 Ukraine 🇺🇦", "\u{200B}Putin\u{200B}", "ZELENSKYY SAYS KYIV WILL NOT CEDE DONBAS",
    String(repeating: "Aa ", count: 2000), String(repeating: "Ministry of ", count: 300),
  ])
  func oddText(_ text: String) {
    let found = TestLexicon.recognizer.recognize(title: text, body: text)
    let length = text.utf8.count
    for mention in found.mentions {
      #expect(mention.range.start >= 0 && mention.range.end <= length && mention.range.start < mention.range.end)
      #expect(text.slice(mention.range) == mention.surface)
    }
  }

  @Test("An all-capitals headline still yields its known names")
  func allCapitals() {
    let found = TestLexicon.recognizer.recognize(title: "ZELENSKYY SAYS KYIV WILL NOT CEDE DONBAS", body: "")
    #expect(found.mentions.map(\.canonicalName) == ["Volodymyr Zelensky", "Kyiv", "Donbas"])
  }
}
