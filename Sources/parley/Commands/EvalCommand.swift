import ArgumentParser

/// `parley eval`: measure analysis quality against gold annotations.
///
/// A command group; each analysis adds its own subcommand file and registers it in
/// `EvalSubcommands.swift`.
struct EvalCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "eval",
    abstract: "Score entity recognition or stance extraction against a gold file.",
    subcommands: EvalCommand.allSubcommands)
}
