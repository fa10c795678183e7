import Foundation
import Testing

/// The real `parley` binary on the hostile corpus: what reaches stdout and stderr.
@Suite("CLI output carries no control sequences")
struct CLIOutputTests {
  let folder: TempFolder

  init() throws {
    folder = try TempFolder(prefix: "cli")
    for (name, text) in HostileArticles.files() { try folder.write(name, text) }
    try folder.write("nul.txt", Array("x".utf8) + [0] + Array("\u{1B}]0;t\u{07}".utf8))
    try folder.write("bad\u{1B}[2Jname.json", "{\"title\": \u{1B}[31m")
  }

  static let commands: [[String]] = [
    ["list"], ["list", "--verbose"], ["list", "--json"],
    ["search", "ceasefire"], ["search", "kremlin OR nato", "--limit", "50"], ["search", "title:ceasefire", "--json"],
    ["search", "\"ceasefire proposal\""], ["search", "zzzqqq"],
    ["entities"], ["entities", "--json"], ["stances"], ["stances", "--json"], ["compare"],
  ]

  @Test("Every subcommand's output bytes are free of escapes, C1 and bidi controls", arguments: commands)
  func subcommand(_ arguments: [String]) throws {
    let outcome = try ParleyProcess.run(arguments + [folder.path], timeout: 60)
    #expect(!outcome.signaled && !outcome.timedOut, "\(outcome.summary)")
    #expect(outcome.status == 0, "\(outcome.summary)")
    let stdoutProblem = ControlBytes.firstForbidden(in: outcome.stdout)
    #expect(stdoutProblem == nil, "stdout of \(arguments): \(stdoutProblem ?? "")")
    let stderrProblem = ControlBytes.firstForbidden(in: outcome.stderr)
    #expect(stderrProblem == nil, "stderr of \(arguments): \(stderrProblem ?? "")")
    if arguments[0] != "search" || arguments[1] != "zzzqqq" { #expect(!outcome.stdout.isEmpty, "\(arguments) printed nothing") }
  }

  @Test("show prints every hostile article (plain, JSON, numbered sentences) without control sequences")
  func showEveryArticle() throws {
    let list = try ParleyProcess.run(["list", "--json", folder.path])
    let items = try #require(try JSONSerialization.jsonObject(with: Data(list.stdout)) as? [[String: Any]])
    let ids = items.compactMap { $0["id"] as? String }
    #expect(ids.count == 8)
    for id in ids {
      for extra in [[], ["--json"], ["--sentences"]] {
        let outcome = try ParleyProcess.run(["show", id, folder.path] + extra)
        #expect(outcome.status == 0, "show \(id): \(outcome.summary)")
        let problem = ControlBytes.firstForbidden(in: outcome.stdout + outcome.stderr)
        #expect(problem == nil, "show \(extra) of \(id.debugDescription): \(problem ?? "")")
      }
    }
  }

  @Test("Errors that echo user input or file names carry no control sequences")
  func errorMessages() throws {
    let cases: [[String]] = [
      ["show", "\u{1B}]0;owned\u{07}nope", folder.path],
      ["list", folder.path + "/missing\u{1B}[2J"],
      ["search", "\"unclosed \u{1B}[31m", folder.path],
      ["search", "(\u{202E}", folder.path],
    ]
    for arguments in cases {
      let outcome = try ParleyProcess.run(arguments)
      #expect(outcome.status == 2 && !outcome.signaled, "\(arguments.map(\.debugDescription)): \(outcome.summary)")
      #expect(!outcome.stderr.isEmpty)
      let problem = ControlBytes.firstForbidden(in: outcome.stdout + outcome.stderr)
      #expect(problem == nil, "\(arguments.map(\.debugDescription)): \(problem ?? "")")
    }
  }
}
