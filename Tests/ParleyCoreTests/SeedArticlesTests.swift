import Testing
@testable import ParleyCore

/// The debris cases of the five sample articles in data/articles.
@Suite struct SeedArticlesTests {
  @Test("All five seeds load with sensible headlines, none of them page debris")
  func headlines() {
    let titles = Fixture.seedReport.articles.map(\.title)
    #expect(titles.count == 5)
    #expect(Fixture.seedReport.skipped.isEmpty)
    #expect(titles[1].hasPrefix("The Trump Administration’s Implications for the Stability of Peace Negotiations"))
    #expect(titles[2] == "US Secy of State skips key London meet, Ukraine peace talks come to standstill")
    #expect(titles[3] == "Leaders from Europe affirm their participation in a meeting with Zelenskyy at the White House")
    for title in titles {
      #expect(!title.hasPrefix("Skip to content"))
      #expect(title.count <= 160)
    }
  }

  @Test("A seed whose first line is a sentence gets a headline derived from it, cut at a word")
  func derivedHeadline() {
    let article = Fixture.seed("000")
    #expect(article.title.hasPrefix("A diplomatic rupture emerged after a planned high-level meeting in London"))
    #expect(article.title.hasSuffix("…"))
    #expect(!article.title.hasSuffix(" …"))
    // The first line stays in the body: it is the article's first paragraph.
    #expect(article.body.hasPrefix("A diplomatic rupture emerged"))
  }

  @Test("“Skip to content”, repeated headlines and variant headlines are removed from 003")
  func repeatedHeadlines() {
    let article = Fixture.seed("003")
    #expect(!article.body.contains("Skip to content"))
    #expect(!article.body.contains("World leaders affirm their attendance"))
    #expect(!article.body.contains("Leaders from Europe affirm their participation"))
    #expect(article.body.hasPrefix("Persistent rejection of a truce"))
    #expect(!article.body.contains("Read also"))
    #expect(!article.body.hasSuffix("Latest"))
  }

  @Test("“Read also:” and the other article's title after it are removed from 000")
  func readAlso() {
    let article = Fixture.seed("000")
    #expect(!article.body.contains("Read also"))
    #expect(!article.body.contains("Ukraine Rejects U.S. Peace Proposal"))
    #expect(article.body.hasSuffix("retain the fruits of military conquest."))
  }

  @Test("A trailing section word is removed from 002, subheadings stay")
  func sectionWord() {
    let article = Fixture.seed("002")
    #expect(article.body.hasSuffix("Russia also want lifting of EU sanctions."))
    #expect(article.body.contains("Say yes or we walk away: Vance"))
  }

  @Test("Reader comments of 004 are kept apart from the article")
  func comments() {
    let article = Fixture.seed("004")
    #expect(article.comments.count == 2)
    #expect(article.comments[0] == "I agree with the European leaders")
    #expect(article.comments[1].hasPrefix("There has to be 100% unity"))
    #expect(!article.body.contains("Comments"))
    #expect(!article.body.contains("ReplyDelete"))
    #expect(!article.body.contains("I agree with the European leaders"))
    #expect(article.body.hasSuffix("with or without Moscow’s blessing."))
  }

  @Test("Sentences and paragraphs point into the body in order")
  func ranges() {
    for article in Fixture.seedReport.articles {
      var previousEnd = 0
      for sentence in article.sentences {
        #expect(sentence.range.start >= previousEnd)
        #expect(article.paragraphs[sentence.paragraph].contains(sentence.range))
        previousEnd = sentence.range.end
      }
      #expect(article.sentenceIndex(containing: article.sentences[3].range.start + 2) == 3)
    }
    let article = Fixture.seed("002")
    let quote = article.sentences.map { article.text(of: $0) }
    #expect(quote.contains("“Ukraine is ready to negotiate — but not to surrender,” Svyrydenko wrote on X."))
    #expect(quote.contains("“A full ceasefire — on land, in the air, and at sea — is the necessary first step.”"))
  }
}
