import ArgumentParser
import ParleyCore

/// `parley` with no subcommand: the terminal browser. Until the TUI lands it prints the list.
struct BrowseCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "browse", abstract: "Open the terminal browser (the default).")

  @OptionGroup var corpus: CorpusOptions

  func run() throws {
    var list = ListCommand()
    list.corpus = corpus
    try list.run()
  }
}
