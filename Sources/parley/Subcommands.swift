extension Parley {
  /// Every subcommand, in the order `--help` lists them. Add new ones here.
  static let allSubcommands: [any ParsableCommand.Type] = [
    BrowseCommand.self,
    ListCommand.self,
    ShowCommand.self,
    SearchCommand.self,
    EntitiesCommand.self,
    StancesCommand.self,
    CompareCommand.self,
    EvalCommand.self,
    BenchCommand.self,
    BenchTUICommand.self,
  ]
}

import ArgumentParser
