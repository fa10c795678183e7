import ArgumentParser
import Foundation
import ParleyCore
import ParleyNcurses
import ParleyTUI

/// `parley` with no subcommand: the full-screen terminal browser.
struct BrowseCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "browse", abstract: "Open the terminal browser (the default).",
    discussion: "Needs a terminal. For scripts and pipes use the other subcommands (parley list, …).")

  @OptionGroup var corpus: CorpusOptions

  func run() throws {
    let environment = ProcessInfo.processInfo.environment
    let paths = corpus.paths.isEmpty ? [try DefaultCorpus.path()] : corpus.paths
    for path in paths where !FileManager.default.fileExists(atPath: path) {
      throw CLIError(message: "no such file or folder: \(path)")
    }
    let name = paths.count == 1 ? Self.displayName(paths[0]) : "\(paths.count) paths"
    let options = UncheckedSendable(corpus)
    let exit: BrowserApp.Exit = try MainActor.assumeIsolated {
      let terminal: NcursesTerminal
      do {
        terminal = try NcursesTerminal.open(environment: environment)
      } catch let unavailable as TerminalUnavailable {
        FileHandle.standardError.write(
          Data("parley: the browser needs a terminal (\(unavailable.reason)); use the subcommands instead, e.g. `parley list` (see `parley --help`)\n".utf8))
        throw ExitCode(2)
      }
      defer { terminal.close() }
      let builder = CorpusBuilder(name: name)
      return BrowserApp(terminal: terminal).run(
        name: name,
        load: { progress in
          // The loader's summary (files skipped or repaired) goes to the status bar: stderr is
          // the screen.
          var messages: [String] = []
          let store = try options.value.loadStore(
            progress: { progress.reportReading(done: $0, total: $1) }, isCancelled: { progress.isCancelled },
            messages: { messages.append($0) })
          var corpus = builder.buildSearchable(store: store, progress: progress)
          corpus.notes = messages + corpus.notes
          return corpus
        },
        analyse: { corpus, progress in builder.enrich(corpus, progress: progress) })
    }
    switch exit {
    case .quit: return
    case .interrupted(let signal): throw ExitCode(128 + signal)
    case .failed(let message): throw CLIError(message: message)
    }
  }

  /// The corpus name for the status bar: the path relative to the working directory when inside it.
  static func displayName(_ path: String) -> String {
    let cwd = FileManager.default.currentDirectoryPath + "/"
    var name = path.hasPrefix(cwd) ? String(path.dropFirst(cwd.count)) : path
    if let range = name.range(of: "/data/articles", options: .backwards), range.upperBound == name.endIndex { name = "data/articles" }
    while name.count > 1, name.hasSuffix("/") { name.removeLast() }
    return name
  }
}

/// Carries a value that is only read (never mutated) across to the loading task.
struct UncheckedSendable<Value>: @unchecked Sendable {
  let value: Value
  init(_ value: Value) { self.value = value }
}
