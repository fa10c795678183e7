import ArgumentParser

/// The `parley` command: a terminal browser for a folder of news articles.
@main
struct Parley: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "parley",
    abstract: "Browse, search and compare news articles in the terminal.",
    discussion: "With no subcommand, opens the browser on PATH (default: the bundled data/articles).",
    subcommands: Parley.allSubcommands,
    defaultSubcommand: BrowseCommand.self)
}
