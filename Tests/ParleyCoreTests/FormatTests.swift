import Testing
@testable import ParleyCore

/// One fixture per format, in Fixtures/formats.
@Suite struct FormatTests {
  @Test("An RSS 2.0 feed gives one article per item with the channel as source")
  func rss() throws {
    let report = try Fixture.load(Fixture.format("harbour-wire.rss"))
    #expect(report.articles.map(\.id) == ["harbour-wire#1", "harbour-wire#2"])
    let first = report.articles[0]
    #expect(first.title == "Envoys meet in Geneva as ceasefire talks resume")
    #expect(first.source == "Harbour Wire")
    #expect(first.author == "Mira Holm")
    #expect(first.date == "2025-05-13T06:30:00Z")
    #expect(first.url == "https://harbour-wire.example/2025/05/envoys-geneva")
    #expect(first.paragraphs.count == 3)
    #expect(!first.body.contains("trackVisit"))
    #expect(!first.body.contains("teaser"))
    #expect(first.body.contains("“We are ready to listen,” said the lead negotiator, according to Dr. Anna Berg of the U.N. mission."))
    #expect(first.sentences.count == 4)
    let second = report.articles[1]
    #expect(second.title == "Grain corridor & shipping insurance: what changes")
    #expect(second.author == "Tomas Lind")
    #expect(second.body == "Insurers cut premiums for ships using the corridor by 0.5 percentage points.\nPort officials welcomed the move.")
  }

  @Test("An Atom feed reads html and xhtml content, alternate links, and leaves DOCTYPE entities unexpanded")
  func atom() throws {
    let report = try Fixture.load(Fixture.format("north-desk.atom"))
    #expect(report.skipped.isEmpty && report.repaired.isEmpty)
    #expect(report.articles.count == 2)
    let first = report.articles[0]
    #expect(first.title == "Parliament backs new aid package")
    #expect(first.url == "https://north-desk.example/aid-package")
    #expect(first.author == "Lena Virtanen")
    #expect(first.date == "2025-06-02T06:15:00Z")
    #expect(first.body.contains("The vote follows weeks of debate & delay."))
    #expect(!first.body.contains("lollol"))
    #expect(report.articles[1].body == "Two crossings reopened at 6 a.m. local time.\nQueues were short, the agency said.")
    #expect(report.articles[1].source == "North Desk")
  }

  @Test("Markdown front matter gives the metadata; markup is removed from the body")
  func markdown() throws {
    let article = try #require(try Fixture.load(Fixture.format("council-notes.md")).articles.first)
    #expect(article.id == "council-notes")
    #expect(article.title == "Council agrees on a monitoring mission")
    #expect(article.source == "The Lakeside Courier")
    #expect(article.date == "2025-07-01")
    #expect(article.author == "Jon Åberg")
    #expect(article.url == "https://lakeside-courier.example/monitoring-mission")
    #expect(article.paragraphs.map { article.body.slice($0) } == [
      "The council agreed on Friday to send a monitoring mission, a step that officials had sought for months.",
      "What happens next",
      "The mission starts in August.",
      "It will report to the council every 30 days.",
      "\"This is a start,\" said Sen. Maria Cole.",
    ])
  }

  @Test("JSONL loads every good line, keeps ids stable past a broken line, and reports it with its line number")
  func jsonl() throws {
    let path = Fixture.format("valley-post.jsonl")
    let report = try Fixture.load(path)
    #expect(report.articles.map(\.id) == ["valley-post#1", "valley-post#2", "valley-post#4"])
    #expect(report.skipped.count == 1)
    #expect(report.skipped[0].cause == .malformedJSON)
    #expect(report.skipped[0].line == 3)
    #expect(report.summary == "loaded 3 articles from 1 file; skipped 1: 1 malformed JSON (\(path):3)")
    let bridge = report.articles[1]
    #expect(bridge.source == "Valley Post")
    #expect(bridge.author == "Ada Kim, Rui Sá")
    #expect(bridge.date == "2025-03-05T12:00:00Z")
    #expect(bridge.sentences.count == 2)
    let school = report.articles[2]
    #expect(school.body == "Schools open a week early this year.\nParents were told by letter.")
    #expect(school.comments == ["Great news!", "About time."])
    #expect(school.source == "valley-post")
    #expect(report.articles[0].body == "The rail link will reopen in April, the operator said.\nRepairs cost 2.5 million euros.")
  }

  @Test("A single JSON object with capitalised keys and a written date is one article")
  func json() throws {
    let article = try #require(try Fixture.load(Fixture.format("lone-report.json")).articles.first)
    #expect(article.id == "lone-report")
    #expect(article.title == "Ferry strike ends after two days")
    #expect(article.source == "Coastal Times")
    #expect(article.author == "Pia Moreau")
    #expect(article.date == "2025-06-05")
    #expect(article.paragraphs.count == 2)
  }

  @Test("A saved HTML page gives the article's paragraphs without navigation, scripts, ads or footer; comments apart")
  func html() throws {
    let article = try #require(try Fixture.load(Fixture.format("saved-page.html")).articles.first)
    #expect(article.title == "Drone factory opens near the border")
    #expect(article.source == "The Meridian")
    #expect(article.author == "Ivo Petrov")
    #expect(article.date == "2025-08-19T14:05:00Z")
    #expect(article.url == "https://meridian.example/news/drone-factory")
    #expect(article.paragraphs.map { article.body.slice($0) } == [
      "A new factory producing reconnaissance drones opened on Tuesday, the regional governor said.",
      "The factory floor on opening day.",
      "The plant will employ about 400 people — most of them engineers.",
      "Production starts in September.",
      "First deliveries are due in December.",
    ])
    #expect(article.comments == ["Good to see jobs coming to the region.", "Who pays for all of this?"])
  }

  @Test("A folder of mixed formats loads in sorted file order")
  func folder() throws {
    let report = try Fixture.load(Fixture.folder.appendingPathComponent("Fixtures/formats").path)
    #expect(report.filesRead == 6)
    #expect(report.articles.map(\.id) == [
      "council-notes", "harbour-wire#1", "harbour-wire#2", "lone-report", "north-desk#1", "north-desk#2",
      "saved-page", "valley-post#1", "valley-post#2", "valley-post#4",
    ])
  }

  @Test("Plain text with front matter, CRLF line ends and a byte-order mark")
  func textVariants() throws {
    let scratch = ScratchFolder()
    scratch.write("a.txt", bytes: [0xEF, 0xBB, 0xBF] + Array("Ports reopen after the strike\r\nThe ports reopened on Monday.\r\n".utf8))
    scratch.write("b.txt", "---\ntitle: Given title\nsource: Example Daily\ndate: 2025-02-03\n---\nBody line one. Body line two.\n")
    let report = try Fixture.load(scratch.path)
    #expect(report.articles[0].title == "Ports reopen after the strike")
    #expect(report.articles[0].body == "The ports reopened on Monday.")
    #expect(report.articles[1].title == "Given title")
    #expect(report.articles[1].source == "Example Daily")
    #expect(report.articles[1].date == "2025-02-03")
    #expect(report.articles[1].sentences.count == 2)
  }

  @Test("Hard-wrapped plain text is unwrapped into paragraphs")
  func hardWrapped() throws {
    let scratch = ScratchFolder()
    scratch.write("wrapped.txt", """
      Harbour cranes return to service

      The first of the harbour cranes returned to service on Monday after
      a month of repairs, the port authority said in a statement issued
      late in the evening.

      Workers had replaced the main cables and the control cabins of all
      four cranes, which date from the 1980s.
      """)
    let article = try #require(try Fixture.load(scratch.path).articles.first)
    #expect(article.title == "Harbour cranes return to service")
    #expect(article.paragraphs.count == 2)
    #expect(article.sentences.count == 2)
  }

  @Test("A large JSONL file is built in parallel and keeps its item order")
  func largeJSONL() throws {
    let scratch = ScratchFolder()
    let lines = (1...300).map { #"{"title": "Story \#($0) of the day", "body": "Body of story \#($0). It ends here."}"# }
    scratch.write("many.jsonl", lines.joined(separator: "\n"))
    let articles = try Fixture.load(scratch.path).articles
    #expect(articles.map(\.id) == (1...300).map { "many#\($0)" })
    #expect(articles.map(\.title) == (1...300).map { "Story \($0) of the day" })
    #expect(articles.allSatisfy { $0.sentences.count == 2 })
  }

  @Test("Without a named source, the URL's host is the source, else the file name")
  func sourceFallbacks() throws {
    let scratch = ScratchFolder()
    scratch.write("links.jsonl", """
      {"title": "Story with a link only", "body": "Text one.", "url": "https://www.river-news.example/a/b?c=1"}
      {"title": "Story with nothing", "body": "Text two."}
      """)
    let articles = try Fixture.load(scratch.path).articles
    #expect(articles.map(\.source) == ["river-news.example", "links"])
    #expect(ArticleBuilder.host(of: "http://user@Example.ORG:8080/x") == "example.org")
    #expect(ArticleBuilder.host(of: "not a url") == nil)
  }
}
