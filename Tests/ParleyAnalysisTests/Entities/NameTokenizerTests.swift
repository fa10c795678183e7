import Testing
@testable import ParleyAnalysis

@Suite struct NameTokenizerTests {
  @Test("U.S. and U.K. stay one token each")
  func initialisms() {
    let tokens = NameTokenizer.tokenize("The U.S. and U.K. agreed.").filter(\.isWord)
    #expect(tokens.map(\.key) == ["the", "u.s.", "and", "u.k.", "agreed"])
    #expect(tokens[1].isAllCaps)
  }

  @Test("Possessive endings, straight or curly, are cut off and flagged")
  func possessives() {
    let text = "Zelensky’s plan and Trump's envoy met the Ukrainians’ allies"
    let tokens = NameTokenizer.tokenize(text).filter(\.isWord)
    #expect(tokens.map(\.key) == ["zelensky", "plan", "and", "trump", "envoy", "met", "the", "ukrainians", "allies"])
    #expect(tokens[0].isPossessive && tokens[3].isPossessive && tokens[7].isPossessive)
    #expect(text.slice(.init(tokens[0].start, tokens[0].end)) == "Zelensky")
  }

  @Test("Apostrophes inside words keep the word whole")
  func innerApostrophes() {
    #expect(NameTokenizer.tokenize("O'Brien didn't").filter(\.isWord).map(\.key) == ["o'brien", "didn't"])
  }

  @Test("Sentence starts are marked after full stops, newlines and opening quotes, not after Mr.")
  func sentenceStarts() {
    let tokens = NameTokenizer.tokenize("Talks ended. Later Mr. Hale spoke.\n“Never,” he said").filter(\.isWord)
    let starts = tokens.filter(\.isSentenceStart).map(\.key)
    #expect(starts == ["talks", "later", "never"])
  }

  @Test("Diacritics and case fold away in keys")
  func folding() {
    #expect(NameTokenizer.tokenize("Orbán ZELENSKYY").map(\.key) == ["orban", "zelenskyy"])
    #expect(NameFolding.fold("  Ursula  von der LEYEN ") == "ursula von der leyen")
  }
}
