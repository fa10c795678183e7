#if canImport(Glibc)
  import Glibc
#endif
import Foundation
import ParleyCore
import Testing

/// The loader against files written to hurt it. Each case checks the user's message (the
/// summary line's cause and the `--verbose` detail) and that loading finishes.
@Suite("Hostile corpus, loaded in process")
struct HostileCorpusTests {
  func load(_ paths: [String], maxFileSize: Int? = nil) throws -> LoadReport {
    var options = CorpusLoader.Options()
    if let maxFileSize { options.maxFileSize = maxFileSize }
    return try CorpusLoader(options: options).load(paths: paths)
  }

  @Test("Invalid UTF-8 is repaired with U+FFFD and reported, the good text kept")
  func invalidUTF8() throws {
    let folder = try TempFolder(prefix: "utf8")
    try folder.write("broken.txt", Array("Harbour talks\n\nThe mayor said ".utf8) + [0xFF, 0xC3, 0x28, 0xED, 0xA0, 0x80] + Array(" the talks stalled.\n".utf8))
    let report = try load([folder.path])
    #expect(report.articles.count == 1)
    #expect(report.articles.first?.body.contains("\u{FFFD}") == true)
    #expect(report.articles.first?.body.contains("the talks stalled.") == true)
    #expect(report.summary?.contains("repaired 1: 1 invalid UTF-8") == true)
  }

  @Test("Files with NUL bytes are skipped as binary")
  func nulBytes() throws {
    let folder = try TempFolder(prefix: "nul")
    try folder.write("nul.txt", Array("Title\n\nText".utf8) + [0, 0, 0] + Array("more".utf8))
    try folder.write("ok.txt", "Fine\n\nA fine article.")
    let report = try load([folder.path])
    #expect(report.articles.map(\.id) == ["ok"])
    #expect(report.skipped.map(\.cause) == [.binary])
    #expect(report.details.contains { $0.hasSuffix("nul.txt: binary (contains NUL bytes)") })
  }

  @Test("Empty and blank files are skipped as empty, in every format")
  func emptyFiles() throws {
    let folder = try TempFolder(prefix: "empty")
    for name in ["a.txt", "b.md", "c.json", "d.jsonl", "e.rss", "f.html"] { try folder.write(name, "") }
    try folder.write("g.txt", "  \n\t\n\r\n   ")
    try folder.write("h.json", "{}")
    try folder.write("i.json", "[]")
    try folder.write("j.html", "<html><body></body></html>")
    let report = try load([folder.path])
    #expect(report.articles.isEmpty)
    #expect(report.skipped.count == 10)
    #expect(report.summary?.hasPrefix("loaded 0 articles from 10 files; skipped 10:") == true)
  }

  @Test("A 50 MB single line is skipped as too large by default; a long line loads when allowed (50 MB with PARLEY_HARDENING_FULL=1)")
  func fiftyMegabyteLine() throws {
    let folder = try TempFolder(prefix: "huge")
    try folder.write("huge.txt", Self.line(bytes: 50_000_000))
    let skipped = try load([folder.path])
    #expect(skipped.articles.isEmpty)
    #expect(skipped.details == ["skipped \(folder.path)/huge.txt: too large (50 MB > 20 MB)"])
    // The debug build reads about 1 MB/s of one line; the full size is an opt-in run.
    let size = HardeningScale.full ? 50_000_000 : 2_000_000
    let other = try TempFolder(prefix: "long")
    try other.write("long.txt", Self.line(bytes: size))
    let loaded = try load([other.path], maxFileSize: 60_000_000)
    let article = try #require(loaded.articles.first)
    #expect(article.body.utf8.count > size - 100)
    #expect(article.title.utf8.count < 1_000, "a derived headline is short, not the whole line")
  }

  static func line(bytes: Int) -> [UInt8] {
    let word = Array("ceasefire talks go on ".utf8)
    var line = [UInt8]()
    line.reserveCapacity(bytes)
    while line.count + word.count <= bytes { line += word }
    return line
  }

  @Test("Many tiny files all load, in path order, with unique ids (100,000 with PARLEY_HARDENING_FULL=1)")
  func manyTinyFiles() throws {
    let count = HardeningScale.full ? 100_000 : 2_000
    let folder = try TempFolder(prefix: "tiny")
    for i in 0..<count {
      let name = String(format: "d%03d/f%06d.txt", i / 1000, i)
      try folder.write(name, "Note \(i)\n\nItem \(i) was filed.")
    }
    let clock = ContinuousClock()
    let start = clock.now
    let report = try load([folder.path])
    let elapsed = clock.now - start
    #expect(report.articles.count == count)
    #expect(Set(report.articles.map(\.id)).count == count)
    #expect(report.articles.map(\.path) == report.articles.map(\.path).sorted())
    #expect(report.skipped.isEmpty)
    print("loaded \(count) tiny files in \(elapsed)")
  }

  /// Makes `levels` nested folders named `name` under `root` with `openat`/`mkdirat` (paths
  /// past PATH_MAX cannot be made by path) and writes a small article at the bottom.
  func nest(_ root: String, levels: Int, name: String, article: String) {
    var descriptor = open(root, O_RDONLY | O_DIRECTORY)
    for _ in 0..<levels {
      mkdirat(descriptor, name, 0o755)
      let next = openat(descriptor, name, O_RDONLY | O_DIRECTORY)
      close(descriptor)
      descriptor = next
    }
    let file = openat(descriptor, "bottom.txt", O_WRONLY | O_CREAT, 0o644)
    _ = article.withCString { write(file, $0, strlen($0)) }
    close(file)
    close(descriptor)
  }

  @Test("Deep folders load; folders past PATH_MAX are reported, not fatal")
  func deepFolders() throws {
    let folder = try TempFolder(prefix: "deep")
    try FileManager.default.createDirectory(atPath: folder.file("deep"), withIntermediateDirectories: true)
    try FileManager.default.createDirectory(atPath: folder.file("long"), withIntermediateDirectories: true)
    nest(folder.file("deep"), levels: 400, name: "d", article: "Deep down\n\nA file 400 folders down.")
    // 25 levels of 200-byte names: the bottom is past PATH_MAX (4096).
    nest(folder.file("long"), levels: 25, name: String(repeating: "n", count: 200), article: "Too far\n\nUnreachable by path.")
    let report = try load([folder.path])
    #expect(report.articles.map(\.title) == ["Deep down"])
    #expect(report.skipped.count >= 1)
    #expect(report.skipped.allSatisfy { $0.cause == .unreadable })
    #expect(report.skipped.first?.detail == "File name too long", "\(report.details)")
  }

  @Test("Symbolic link loops end; self-links and dangling links are reported")
  func symlinkLoops() throws {
    let folder = try TempFolder(prefix: "links")
    try folder.write("a/story.txt", "Story\n\nThe one real article.")
    try FileManager.default.createSymbolicLink(atPath: folder.file("a/up"), withDestinationPath: "..")
    try FileManager.default.createSymbolicLink(atPath: folder.file("a/again"), withDestinationPath: folder.file("a"))
    try FileManager.default.createSymbolicLink(atPath: folder.file("self.txt"), withDestinationPath: "self.txt")
    try FileManager.default.createSymbolicLink(atPath: folder.file("ping.txt"), withDestinationPath: "pong.txt")
    try FileManager.default.createSymbolicLink(atPath: folder.file("pong.txt"), withDestinationPath: "ping.txt")
    try FileManager.default.createSymbolicLink(atPath: folder.file("gone.txt"), withDestinationPath: "/nonexistent/parley")
    let report = try load([folder.path])
    #expect(report.articles.map(\.title) == ["Story"])
    let details = report.details.sorted()
    #expect(details.count == 4)
    #expect(details.filter { $0.hasSuffix(": unreadable (Too many levels of symbolic links)") }.count == 3)
    #expect(details.contains { $0.hasSuffix("gone.txt: unreadable (No such file or directory)") })
  }

  @Test("A FIFO or device, in a folder or named explicitly, never blocks loading")
  func fifosAndDevices() throws {
    let folder = try TempFolder(prefix: "fifo")
    #expect(mkfifo(folder.file("pipe.txt"), 0o644) == 0)
    try FileManager.default.createSymbolicLink(atPath: folder.file("zero.txt"), withDestinationPath: "/dev/zero")
    try folder.write("ok.txt", "Fine\n\nA fine article.")
    let inFolder = try load([folder.path])
    #expect(inFolder.articles.map(\.id) == ["ok"])
    let explicit = try load([folder.file("pipe.txt"), folder.file("zero.txt"), folder.file("ok.txt")])
    #expect(explicit.articles.map(\.id) == ["ok"])
    #expect(explicit.skipped.map(\.cause) == [.unsupported, .unsupported])
    #expect(explicit.details.first == "skipped \(folder.file("pipe.txt")): unsupported type (not a regular file)")
  }

  @Test("Unreadable files are reported (as root, permissions do not block reads: see the CLI test)")
  func unreadableFiles() throws {
    let folder = try TempFolder(prefix: "perm")
    try folder.write("locked.txt", "Locked\n\nSecret article.")
    try folder.write("ok.txt", "Fine\n\nA fine article.")
    chmod(folder.file("locked.txt"), 0)
    defer { chmod(folder.file("locked.txt"), 0o644) }
    let report = try load([folder.path])
    if geteuid() == 0 {
      // root reads mode-000 files; ProcessTests runs the binary as `nobody` to cover this.
      #expect(report.articles.count == 2)
    } else {
      #expect(report.articles.map(\.id) == ["ok"])
      #expect(report.details == ["skipped \(folder.file("locked.txt")): unreadable (Permission denied)"])
    }
  }

  @Test("Escape sequences and bidi overrides never survive into titles, metadata or bodies")
  func escapesInEveryFormat() throws {
    let folder = try TempFolder(prefix: "escapes")
    for (name, text) in HostileArticles.files() { try folder.write(name, text) }
    let report = try load([folder.path])
    #expect(report.articles.count == 8, "\(report.details)")
    for article in report.articles {
      for (field, value) in [("title", article.title), ("source", article.source), ("author", article.author ?? ""), ("body", article.body), ("comments", article.comments.joined(separator: "\n"))] {
        let problem = ControlBytes.firstForbidden(in: Array(value.utf8))
        #expect(problem == nil, "\(article.id) \(field): \(problem ?? "")")
      }
      #expect(article.title.contains("Ceasefire talks"))
      #expect(article.body.contains("Kyiv"))
    }
  }

  @Test("JSON nested 10,000 deep is reported as malformed JSON, without a stack overflow")
  func deepJSON() throws {
    let folder = try TempFolder(prefix: "deepjson")
    try folder.write("deep.json", String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000))
    try folder.write("deepobject.json", String(repeating: "{\"a\":", count: 10_000) + "1" + String(repeating: "}", count: 10_000))
    try folder.write("deep.jsonl", String(repeating: "{\"title\":", count: 10_000) + "\"x\"" + String(repeating: "}", count: 10_000) + "\n{\"title\":\"Fine\",\"body\":\"A fine line.\"}\n")
    let report = try load([folder.path])
    #expect(report.articles.map(\.title) == ["Fine"])
    #expect(report.skipped.count == 3)
    #expect(report.skipped.allSatisfy { $0.cause == .malformedJSON }, "\(report.details)")
  }

  @Test("An XML entity-expansion bomb in a feed is not expanded and loads at once")
  func entityBomb() throws {
    let folder = try TempFolder(prefix: "bomb")
    var doctype = "<!DOCTYPE lolz [\n<!ENTITY lol0 \"lol\">\n"
    for level in 1...12 { doctype += "<!ENTITY lol\(level) \"" + String(repeating: "&lol\(level - 1);", count: 10) + "\">\n" }
    doctype += "]>\n"
    try folder.write(
      "bomb.rss",
      "<?xml version=\"1.0\"?>\n\(doctype)<rss><channel><item><title>Bomb &lol12;</title><description>Kyiv said &lol12; talks go on.</description></item></channel></rss>")
    let clock = ContinuousClock()
    let start = clock.now
    let report = try load([folder.path])
    #expect(clock.now - start < .seconds(5))
    let article = try #require(report.articles.first)
    #expect(article.title.utf8.count < 100)
    #expect(article.body.utf8.count < 200)
    #expect(!article.body.contains("lollol"))
  }
}
