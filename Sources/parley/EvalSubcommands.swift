import ArgumentParser

extension EvalCommand {
  /// The `parley eval` subcommands, in the order `--help` lists them. Add new ones here.
  static let allSubcommands: [any ParsableCommand.Type] = [
    EvalEntitiesCommand.self,
    EvalStancesCommand.self,
  ]
}
