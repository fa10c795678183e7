import Foundation
import Testing

/// The `parley` executable as a user runs it: messages on stderr and exit codes.
@Suite struct CommandLineTests {
  /// The built `parley` next to the test bundle (`swift test` builds it), with its output.
  func run(
    _ arguments: [String], executable: String = binary, environment: [String: String] = [:]
  ) throws -> (out: String, err: String, status: Int32) {
    try #require(FileManager.default.isExecutableFile(atPath: executable), "not built or missing: \(executable)")
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    var env = ProcessInfo.processInfo.environment
    for (key, value) in environment { env[key] = value }
    process.environment = env
    let out = Pipe()
    let err = Pipe()
    process.standardOutput = out
    process.standardError = err
    try process.run()
    let outData = out.fileHandleForReading.readDataToEndOfFile()
    let errData = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (String(decoding: outData, as: UTF8.self), String(decoding: errData, as: UTF8.self), process.terminationStatus)
  }

  static var binary: String {
    // The test runner lives in .build/<config>/ (or inside an .xctest bundle there).
    var folder = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
    for _ in 0..<4 {
      let candidate = folder.appendingPathComponent("parley").path
      if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
      folder.deleteLastPathComponent()
    }
    return Fixture.folder.deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent(".build/debug/parley").path
  }

  @Test("A missing path prints one line naming it and exits with 2")
  func missingPath() throws {
    let result = try run(["list", "/no/such/folder"])
    #expect(result.status == 2)
    #expect(result.err == "parley: no such file or folder: /no/such/folder\n")
    #expect(result.out.isEmpty)
  }

  @Test("A folder without articles says so on stderr")
  func emptyFolder() throws {
    let scratch = ScratchFolder()
    scratch.write("notes.csv", "a,b\n")
    let result = try run(["list", scratch.path])
    #expect(result.status == 0)
    #expect(result.err == "parley: no articles found in \(scratch.path) (parley reads .txt .md .json .jsonl .xml .rss .atom .html .htm)\n")
  }

  @Test("An unknown id prints one line and exits with 2")
  func unknownID() throws {
    let result = try run(["show", "zzz", Fixture.seeds])
    #expect(result.status == 2)
    #expect(result.err == "parley: no article with id 'zzz' among 5 articles; `parley list` shows the ids\n")
  }

  @Test("list prints an aligned table without colour when piped, even without NO_COLOR")
  func listPiped() throws {
    let result = try run(["list", Fixture.seeds])
    #expect(result.status == 0)
    let lines = result.out.split(separator: "\n")
    #expect(lines.count == 6)
    #expect(lines[0].hasPrefix("ID"))
    #expect(!result.out.contains("\u{1B}"))
    #expect(lines[4].hasSuffix("Leaders from Europe affirm their participation in a meeting with Zelenskyy at the White House"))
    let titleColumn = lines[0].range(of: "TITLE")!.lowerBound.utf16Offset(in: lines[0])
    #expect(lines[3].dropFirst(titleColumn).hasPrefix("US Secy of State"))
    #expect(result.err.isEmpty)
  }

  @Test("list --json gives every article's id, title and sentence count")
  func listJSON() throws {
    let result = try run(["list", "--json", Fixture.format("valley-post.jsonl")])
    let items = try #require(try JSONSerialization.jsonObject(with: Data(result.out.utf8)) as? [[String: Any]])
    #expect(items.map { $0["id"] as? String } == ["valley-post#1", "valley-post#2", "valley-post#4"])
    #expect(items[0]["sentences"] as? Int == 2)
    #expect(result.err.contains("skipped 1: 1 malformed JSON"))
  }

  @Test("show finds an article by id prefix and keeps reader comments apart")
  func show() throws {
    let result = try run(["show", "004", Fixture.seeds], environment: ["NO_COLOR": "1"])
    #expect(result.status == 0)
    #expect(result.out.hasPrefix("President Donald Trump’s latest meeting"))
    #expect(result.out.contains("Reader comments (2), not part of the article:\n  > I agree with the European leaders"))
  }

  @Test("show --json gives sentences with byte ranges into the body")
  func showJSON() throws {
    let result = try run(["show", "--json", "002", Fixture.seeds])
    let object = try #require(try JSONSerialization.jsonObject(with: Data(result.out.utf8)) as? [String: Any])
    let body = try #require(object["body"] as? String)
    let sentences = try #require(object["sentences"] as? [[String: Any]])
    let third = sentences[2]
    let bytes = Array(body.utf8)
    let start = try #require(third["start"] as? Int)
    let end = try #require(third["end"] as? Int)
    #expect(String(decoding: bytes[start..<end], as: UTF8.self) == third["text"] as? String)
  }

  @Test("--verbose lists each skipped file")
  func verbose() throws {
    let scratch = ScratchFolder()
    scratch.write("a.txt", "")
    scratch.write("b.txt", bytes: [0, 0, 0])
    scratch.write("c.txt", "A story headline here\nWith a body.\n")
    let result = try run(["list", "--verbose", scratch.path])
    #expect(result.err == """
      parley: skipped \(scratch.path)/a.txt: empty
      parley: skipped \(scratch.path)/b.txt: binary (contains NUL bytes)
      parley: loaded 1 article from 3 files; skipped 2: 1 empty (\(scratch.path)/a.txt), 1 binary (\(scratch.path)/b.txt)

      """)
  }

  /// Runs parley under a pseudo-terminal (util-linux `script`), as a user at a terminal sees it.
  func runOnTerminal(_ arguments: String, environment: [String: String]) throws -> String {
    var env = ["NO_COLOR": "", "TERM": "xterm"]
    for (key, value) in environment { env[key] = value }
    let command = ([Self.binary] + [arguments]).joined(separator: " ")
    let result = try run(["-qec", command, "/dev/null"], executable: "/usr/bin/script", environment: env)
    return result.out.replacingOccurrences(of: "\r", with: "")
  }

  static let hasScript = FileManager.default.isExecutableFile(atPath: "/usr/bin/script")

  @Test("On a terminal the header is bold and titles are cut to the width; NO_COLOR turns colour off", .enabled(if: hasScript))
  func terminalOutput() throws {
    let coloured = try runOnTerminal("list \(Fixture.seeds)", environment: ["COLUMNS": "80"])
    #expect(coloured.hasPrefix("\u{1B}[1mID"))
    let lines = coloured.split(separator: "\n").dropFirst()
    #expect(lines.count == 5)
    #expect(lines.allSatisfy { $0.count <= 80 })
    #expect(lines.contains { $0.hasSuffix("…") })
    let plain = try runOnTerminal("list \(Fixture.seeds)", environment: ["COLUMNS": "80", "NO_COLOR": "1"])
    #expect(!plain.contains("\u{1B}"))
    #expect(plain.hasPrefix("ID"))
  }
}
