import Testing
@testable import ParleyCore

@Suite struct SentenceSplitterTests {
  func sentences(_ text: String) -> [String] {
    SentenceSplitter().split(text).map { text.slice($0) }
  }

  @Test(
    "Abbreviations, titles, initials and decimals do not end a sentence",
    arguments: [
      "The U.S. and the U.K. agreed on a plan with Mr. Smith and Dr. Jones.",
      "Gen. Lt. Col. Ray Park met Sen. Ada Burns at St. Mark's at 9 a.m. on Monday.",
      "U.S. Vice President J. D. Vance spoke after George W. Bush.",
      "The deficit grew 2.5 percent to $1.75 billion in No. 10 Downing Street's estimate.",
      "Talks resume on Jan. 5 in Geneva, e.g. Ukraine and others, vs. the old format.",
      "The U.N. Security Council met at 10 a.m. GMT to vote.",
      "He said “we will see…” and left.",
      "KYIV. Air raid sirens sounded across the capital overnight.",
    ])
  func oneSentence(_ text: String) {
    #expect(sentences(text) == [text])
  }

  @Test("A full stop followed by a capitalised word ends the sentence")
  func plainSplit() {
    #expect(sentences("Talks failed. Both sides left.  A third one?") == ["Talks failed.", "Both sides left.", "A third one?"])
  }

  @Test("A quote or bracket after the full stop stays with its sentence")
  func closingQuotes() {
    #expect(
      sentences("He called it “unacceptable.” The Kremlin disagreed. (It was late.) Then “No,” he said.")
        == ["He called it “unacceptable.”", "The Kremlin disagreed.", "(It was late.)", "Then “No,” he said."])
    #expect(sentences("\"It ended.\" \"Or not?\" she asked.") == ["\"It ended.\"", "\"Or not?\" she asked."])
  }

  @Test("A dotted abbreviation at the end of a sentence still splits before a new subject")
  func abbreviationAtEnd() {
    #expect(
      sentences("They want guarantees that include the U.S. Zelenskyy has said so.")
        == ["They want guarantees that include the U.S.", "Zelenskyy has said so."])
    #expect(sentences("The deal was signed at 9 a.m. Officials cheered.") == ["The deal was signed at 9 a.m.", "Officials cheered."])
  }

  @Test("A single capital after a lower-case word is a word, not an initial")
  func letterAtEnd() {
    #expect(sentences("She wrote on X. “A ceasefire first.”") == ["She wrote on X.", "“A ceasefire first.”"])
  }

  @Test("Ellipses end a sentence only before a capital")
  func ellipses() {
    #expect(sentences("We waited... Nothing came. Then … nothing.") == ["We waited...", "Nothing came.", "Then … nothing."])
    #expect(sentences("We waited… Nothing came.") == ["We waited…", "Nothing came."])
  }

  @Test("A headline without a full stop is one sentence, and ranges are byte offsets")
  func headlineAndRanges() {
    let text = "Zelensky–Putin talks: “no” for now"
    #expect(SentenceSplitter().split(text) == [TextRange(0, text.utf8.count)])
    let two = "Ünter sagte nein. Ärger folgte."
    #expect(sentences(two) == ["Ünter sagte nein.", "Ärger folgte."])
  }

  @Test("Sentences of the seed articles never start with a lower-case letter")
  func seedSentenceStarts() {
    for article in Fixture.seedReport.articles {
      for sentence in article.sentences {
        let text = article.text(of: sentence)
        #expect(text.first?.isLowercase == false, "\(article.id): \(text)")
      }
    }
  }
}
