import ArgumentParser
import Foundation
import ParleyCore

/// The options every subcommand shares: which articles to read and how.
struct CorpusOptions: ParsableArguments {
  @Argument(
    help: "Files or folders of articles: .txt .md .json .jsonl .xml .rss .atom .html .htm (default: the bundled data/articles).",
    completion: .file())
  var paths: [String] = []

  @Option(name: .long, help: "Skip files larger than this many megabytes.")
  var maxFileMB: Double = 20

  @Flag(name: .long, help: "List every skipped or repaired file and why.")
  var verbose = false

  func validate() throws {
    guard maxFileMB > 0 else { throw ValidationError("--max-file-mb must be more than 0") }
  }

  /// Loads the corpus. Prints one summary line of skipped/repaired files to stderr (every
  /// one with `--verbose`); throws `CLIError` (exit 2) when a given path is missing or unreadable.
  func loadStore() throws -> DocumentStore {
    let paths = self.paths.isEmpty ? [try DefaultCorpus.path()] : self.paths
    var options = CorpusLoader.Options()
    options.maxFileSize = Int(maxFileMB * 1_000_000)
    let report: LoadReport
    do {
      report = try CorpusLoader(options: options).load(paths: paths)
    } catch let error as LoadError {
      throw CLIError(message: error.description)
    }
    if verbose { for line in report.details { StandardError.print(line) } }
    if let summary = report.summary { StandardError.print(summary) }
    return DocumentStore(articles: report.articles)
  }
}

/// Locates the bundled sample corpus (see `BundledData`).
enum DefaultCorpus {
  static func path() throws -> String {
    guard let path = BundledData.directory("articles") else {
      throw CLIError(
        message: "no articles given and the bundled data/articles was not found; pass a file or folder")
    }
    return path
  }
}
