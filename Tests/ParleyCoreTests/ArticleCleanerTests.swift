import Testing
@testable import ParleyCore

/// Debris rules on hand-made pages (the seeds are covered in SeedArticlesTests).
@Suite struct ArticleCleanerTests {
  func clean(_ text: String) -> ArticleCleaner.Result? {
    ArticleCleaner().clean(ArticleDraft(lines: text.split(separator: "\n").map(String.init), detectHeadline: true))
  }

  let paragraph = "The harbour authority said on Monday that the cranes, idle since the storm in March, would return to full service within two weeks of the repairs."

  @Test("Menus, breadcrumbs, time stamps, credits and bylines around the headline are removed")
  func pageChrome() throws {
    let result = try #require(clean("""
      Accessibility links
      Home News World Business Sport
      World
      Harbour cranes return to service after storm
      By Jane Roe
      UPDATED 2 HOURS AGO
      Reuters
      \(paragraph)
      """))
    #expect(result.title == "Harbour cranes return to service after storm")
    #expect(result.author == "Jane Roe")
    #expect(result.paragraphs == [paragraph])
  }

  @Test("A caption keeps its text but loses the credit; bare names beside debris go")
  func captionsAndNames() throws {
    let result = try #require(clean("""
      Harbour cranes return to service after storm
      A crane at the port on Monday. Jane Roe/AFP via Getty Images
      Jane Roe
      Tom Poe
      Updated:
      \(paragraph)
      Next Steps
      The work continues next month.
      """))
    #expect(result.paragraphs == ["A crane at the port on Monday.", paragraph, "Next Steps", "The work continues next month."])
  }

  @Test("Reader appeals are removed; sentences that merely start alike stay")
  func appeals() throws {
    let result = try #require(clean("""
      Cranes back at work today
      Support The Harbour Gazette!
      \(paragraph)
      Sign up for our morning newsletter
      Support the crane operators' union grew after the storm, a survey of port workers in the region showed last week.
      """))
    #expect(result.paragraphs.count == 2)
    #expect(result.paragraphs[1].hasPrefix("Support the crane operators"))
  }

  @Test("Credits in brackets at the end of a caption are removed; other brackets stay")
  func bracketedCredits() {
    let cleaner = ArticleCleaner()
    #expect(cleaner.removingParenthesizedCredits("Dock workers repair a crane in the harbour (Getty Images)") == "Dock workers repair a crane in the harbour")
    #expect(cleaner.removingParenthesizedCredits("The mayor (L) and the harbour master (R) talk on Friday (JANE ROE/AFP via Getty Images)") == "The mayor (L) and the harbour master (R) talk on Friday")
    #expect(cleaner.removingParenthesizedCredits("The ferry company (Northline) said the route would reopen") == "The ferry company (Northline) said the route would reopen")
    #expect(cleaner.removingParenthesizedCredits("(Photo by Jane Roe/AFP)") == "(Photo by Jane Roe/AFP)")
  }

  @Test("Debris glued after the last sentence without a space is cut; abbreviations and names stay")
  func gluedDebris() {
    let cleaner = ArticleCleaner()
    #expect(cleaner.removingGluedDebris("The mayor said the repairs cost more than expected.Advertisement") == "The mayor said the repairs cost more than expected.")
    #expect(cleaner.removingGluedDebris("Cranes stand idle in the harbour on Monday.Getty Images") == "Cranes stand idle in the harbour on Monday.")
    #expect(cleaner.removingGluedDebris("The ferry left for the U.S.Virgin Islands on a windy Monday") == "The ferry left for the U.S.Virgin Islands on a windy Monday")
    #expect(cleaner.removingGluedDebris("The port reopened, said the harbour master.Jane Roe") == "The port reopened, said the harbour master.Jane Roe")
  }

  @Test("A caption printed twice in a row is kept once")
  func duplicateCaption() throws {
    let result = try #require(clean("Cranes back at work today\nThe crane on Monday.\nThe crane on Monday.\n\(paragraph)"))
    #expect(result.paragraphs == ["The crane on Monday.", paragraph])
  }

  @Test("One-line related links and lists of related titles are removed")
  func relatedLinks() throws {
    let result = try #require(clean("""
      Cranes back at work today
      \(paragraph)
      READ MORE: Storm damage bill tops one million
      The port reopens on Friday.
      Related articles
      Storm hits the coast
      Ferries cancelled for a second day
      """))
    #expect(result.paragraphs == [paragraph, "The port reopens on Friday."])
  }

  @Test("A comments tail with a count, separators and several comments is kept apart")
  func commentsTail() throws {
    let result = try #require(clean("""
      Cranes back at work today
      \(paragraph)
      12 comments
      Anonymous said: Finally!
      Reply
      Sam: Took them long enough.
      """))
    #expect(result.paragraphs == [paragraph])
    #expect(result.comments == ["Anonymous said: Finally!", "Sam: Took them long enough."])
  }

  @Test("Lines that only mention comments or replies inside the text are not a comments tail")
  func notComments() throws {
    let result = try #require(clean("Cranes back at work today\n\(paragraph)\nReplies to the survey were mixed.\nComments from the mayor followed."))
    #expect(result.paragraphs.count == 3)
    #expect(result.comments.isEmpty)
  }

  @Test("A short question as the first line is a headline; a long sentence is not")
  func headlineShapes() {
    #expect(Headline.isHeadlineLike("Will the cranes be back by spring?"))
    #expect(!Headline.isHeadlineLike("The cranes are back."))
    #expect(!Headline.isHeadlineLike("He called it “unacceptable.”"))
    #expect(!Headline.isHeadlineLike("Read also:"))
    #expect(Headline.derive(fromSentence: paragraph).hasSuffix("…"))
    #expect(Headline.derive(fromSentence: "Short one.") == "Short one")
    let quoted = "Harbour officials and the regional governor held what both sides called a “very productive discussion about the cranes” on Monday."
    #expect(Headline.derive(fromSentence: quoted) == "Harbour officials and the regional governor held what both sides called a…")
  }
}
