import Foundation
import Testing
@testable import ParleyCore

/// What users see for damaged input: a clear message, never a crash, nothing lost.
@Suite struct BadInputTests {
  let good = "Ports reopen after the strike\nThe ports reopened on Monday.\n"

  @Test("A path that does not exist stops loading with a message naming it")
  func missingPath() {
    #expect(throws: LoadError.notFound(path: "/no/such/folder")) { try Fixture.load("/no/such/folder") }
    #expect(LoadError.notFound(path: "/no/such/folder").description == "no such file or folder: /no/such/folder")
  }

  @Test("A binary file is skipped and named in the summary")
  func binary() throws {
    let scratch = ScratchFolder()
    scratch.write("good.txt", good)
    let bad = scratch.write("photo.txt", bytes: [0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0x1A, 0x0A])
    let report = try Fixture.load(scratch.path)
    #expect(report.articles.count == 1)
    #expect(report.summary == "loaded 1 article from 2 files; skipped 1: 1 binary (\(bad))")
  }

  @Test("A file over the size limit is skipped without being read")
  func tooLarge() throws {
    let scratch = ScratchFolder()
    scratch.write("good.txt", good)
    let big = scratch.write("big.txt", String(repeating: "Word. ", count: 400))
    let report = try Fixture.load(scratch.path, maxFileSize: 1_000)
    #expect(report.articles.count == 1)
    #expect(report.skipped == [LoadProblem(path: big, cause: .tooLarge, detail: "2.4 kB > 1 kB")])
    #expect(report.summary?.hasSuffix("skipped 1: 1 too large (\(big))") == true)
  }

  @Test("Invalid UTF-8 is decoded with replacement characters and reported as repaired")
  func invalidUTF8() throws {
    let scratch = ScratchFolder()
    let path = scratch.write("latin1.txt", bytes: Array("Caf".utf8) + [0xE9] + Array(" owners reopen\nThe caf".utf8) + [0xE9, 0xFF] + Array(" reopened today.\n".utf8))
    let report = try Fixture.load(scratch.path)
    #expect(report.articles.first?.title == "Caf\u{FFFD} owners reopen")
    #expect(report.articles.first?.body == "The caf\u{FFFD}\u{FFFD} reopened today.")
    #expect(report.summary == "loaded 1 article from 1 file; repaired 1: 1 invalid UTF-8 (\(path))")
  }

  @Test("Empty files, and files with only whitespace or debris, are skipped as empty")
  func empty() throws {
    let scratch = ScratchFolder()
    scratch.write("a.txt", "")
    scratch.write("b.txt", "  \n\n \t\n")
    scratch.write("c.txt", "Skip to content\n\nAdvertisement\n")
    scratch.write("d.txt", good)
    let report = try Fixture.load(scratch.path)
    #expect(report.articles.count == 1)
    #expect(report.skipped.map(\.cause) == [.empty, .empty, .empty])
    #expect(report.summary == "loaded 1 article from 4 files; skipped 3: 3 empty (\(scratch.path)/a.txt, …)")
    #expect(report.details.first == "skipped \(scratch.path)/a.txt: empty")
  }

  @Test("An unreadable entry (a dangling link) is skipped and named")
  func unreadable() throws {
    let scratch = ScratchFolder()
    scratch.write("good.txt", good)
    try FileManager.default.createSymbolicLink(atPath: scratch.path + "/gone.txt", withDestinationPath: scratch.path + "/nowhere.txt")
    let report = try Fixture.load(scratch.path)
    #expect(report.articles.count == 1)
    #expect(report.skipped.count == 1)
    #expect(report.skipped[0].cause == .unreadable)
    #expect(report.summary == "loaded 1 article from 1 file; skipped 1: 1 unreadable (\(scratch.path)/gone.txt)")
  }

  @Test("Malformed JSON is reported; the rest of the folder loads")
  func malformedJSON() throws {
    let scratch = ScratchFolder()
    let path = scratch.write("feed.json", "{\"title\": \"x\", \"body\": ")
    scratch.write("good.txt", good)
    let report = try Fixture.load(scratch.path)
    #expect(report.articles.count == 1)
    #expect(report.skipped.first?.cause == .malformedJSON)
    #expect(report.summary?.contains("1 malformed JSON (\(path)") == true)
  }

  @Test("Malformed XML: a truncated feed keeps its complete items and is reported as repaired")
  func truncatedFeed() throws {
    let scratch = ScratchFolder()
    let path = scratch.write("cut.rss", """
      <rss><channel><title>Cut Feed</title>
      <item><title>First story is complete</title><description>It has a body.</description></item>
      <item><title>Second story is cut</title><description>It stops in the mid
      """)
    let report = try Fixture.load(scratch.path)
    #expect(report.articles.map(\.title) == ["First story is complete", "Second story is cut"])
    #expect(report.repaired.map(\.cause) == [.malformedXML])
    #expect(report.summary == "loaded 2 articles from 1 file; repaired 1: 1 malformed XML (\(path):3)")
  }

  @Test("Malformed XML without any item is skipped with its line")
  func brokenXML() throws {
    let scratch = ScratchFolder()
    let path = scratch.write("junk.xml", "<rss><channel>\n<title>Nothing</titel>\n")
    let report = try Fixture.load(scratch.path)
    #expect(report.articles.isEmpty)
    #expect(report.skipped.map(\.cause) == [.malformedXML])
    #expect(report.skipped[0].location == "\(path):2")
  }

  @Test("Well-formed XML that is not a feed is reported as without articles")
  func notAFeed() throws {
    let scratch = ScratchFolder()
    let path = scratch.write("sitemap.xml", "<urlset><url><loc>https://example.org/</loc></url></urlset>")
    let report = try Fixture.load(scratch.path)
    #expect(report.summary == "loaded 0 articles from 1 file; skipped 1: 1 without articles (\(path))")
  }

  @Test("Absurdly deep nesting neither crashes nor hangs: deep JSON is malformed, deep HTML loads")
  func deepNesting() throws {
    let scratch = ScratchFolder()
    let json = scratch.write("deep.json", String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000))
    scratch.write("deep.html", String(repeating: "<div>", count: 20_000) + "<p>Deep text here for the test.</p>" + String(repeating: "</div>", count: 20_000))
    let report = try Fixture.load(scratch.path)
    #expect(report.articles.map(\.title) == ["Deep text here for the test"])
    #expect(report.skipped.map(\.location) == [json])
  }

  @Test("A billion-laughs DOCTYPE stays inert and loads quickly")
  func entityBomb() throws {
    var doctype = "<!DOCTYPE rss [\n<!ENTITY a \"aaaaaaaaaa\">\n"
    var previous = "a"
    for level in 1...12 {
      let name = "l\(level)"
      doctype += "<!ENTITY \(name) \"" + String(repeating: "&\(previous);", count: 10) + "\">\n"
      previous = name
    }
    doctype += "]>\n"
    let scratch = ScratchFolder()
    scratch.write("bomb.rss", doctype + "<rss><channel><title>B</title><item><title>Bomb test</title><description>Text &\(previous); here.</description></item></channel></rss>")
    let article = try #require(try Fixture.load(scratch.path).articles.first)
    #expect(article.body == "Text &l12; here.")
  }

  @Test("Escape sequences in a file never reach the article text")
  func escapesInFile() throws {
    let scratch = ScratchFolder()
    scratch.write("evil.txt", "Headline \u{1B}[2J\u{1B}]0;pwned\u{07}here\nBody \u{9B}31mtext\u{202E} done.\n")
    scratch.write("evil.json", #"{"title": "JSON \u001b[31mred", "body": "Numeric &#27;[2J escape. <p>x</p>"}"#)
    let report = try Fixture.load(scratch.path)
    for article in report.articles {
      for text in [article.title, article.body] {
        #expect(!text.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" || (0x7F...0x9F).contains($0.value) || $0 == "\u{202E}" })
      }
    }
    #expect(report.articles.map(\.title).contains("Headline here"))
  }

  @Test("A FIFO named on the command line is reported, never waited on")
  func fifo() throws {
    let scratch = ScratchFolder()
    let path = scratch.path + "/pipe.txt"
    #expect(mkfifo(path, 0o600) == 0)
    let report = try Fixture.load(path)
    #expect(report.articles.isEmpty)
    #expect(report.skipped == [LoadProblem(path: path, cause: .unsupported, detail: "not a regular file")])
  }

  @Test("Symbolic link loops end; each real file loads once")
  func symlinkLoop() throws {
    let scratch = ScratchFolder()
    scratch.write("sub/story.txt", good)
    try FileManager.default.createSymbolicLink(atPath: scratch.path + "/sub/loop", withDestinationPath: scratch.path)
    try FileManager.default.createSymbolicLink(atPath: scratch.path + "/again.txt", withDestinationPath: scratch.path + "/sub/story.txt")
    let report = try Fixture.load(scratch.path)
    #expect(report.articles.count == 1)
  }

  @Test("Hidden files and unknown types inside folders are ignored; nothing is written")
  func ignoredAndReadOnly() throws {
    let scratch = ScratchFolder()
    scratch.write(".hidden.txt", good)
    scratch.write(".git/x.txt", good)
    scratch.write("image.png", bytes: [0, 1, 2])
    scratch.write("story.txt", good)
    let before = try FileManager.default.subpathsOfDirectory(atPath: scratch.path).sorted()
    let report = try Fixture.load(scratch.path)
    #expect(report.articles.count == 1)
    #expect(report.summary == nil)
    #expect(try FileManager.default.subpathsOfDirectory(atPath: scratch.path).sorted() == before)
  }

  @Test("Loading in parallel gives the same articles in the same order every time")
  func deterministic() throws {
    let scratch = ScratchFolder()
    for index in 0..<60 {
      scratch.write(String(format: "d%02d/s%03d.txt", index % 7, index), "Story number \(index) here\nBody of story \(index).\n")
    }
    var options = CorpusLoader.Options()
    options.parallelism = 1
    let serial = try CorpusLoader(options: options).load(paths: [scratch.path]).articles.map(\.id)
    options.parallelism = 4
    for _ in 0..<3 {
      #expect(try CorpusLoader(options: options).load(paths: [scratch.path]).articles.map(\.id) == serial)
    }
    #expect(serial.count == 60)
  }
}
