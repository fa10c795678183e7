import ArgumentParser
import Foundation
import ParleyCore

/// The options every subcommand shares: which articles to read and how.
struct CorpusOptions: ParsableArguments {
  @Argument(help: "Files or folders of articles (default: the bundled data/articles).")
  var paths: [String] = []

  @Option(name: .long, help: "Skip files larger than this many megabytes.")
  var maxFileMB: Int = 20

  @Flag(name: .long, help: "List every skipped file and why.")
  var verbose = false

  /// Loads the corpus, printing the skip summary to stderr; exits 2 when a path is missing.
  func loadStore() throws -> DocumentStore {
    let paths = self.paths.isEmpty ? [try DefaultCorpus.path()] : self.paths
    var options = CorpusLoader.Options()
    options.maxFileSize = maxFileMB * 1_000_000
    do {
      let report = try CorpusLoader(options: options).load(paths: paths)
      return DocumentStore(articles: report.articles)
    } catch let error as LoadError {
      throw CLIError(message: error.description)
    }
  }
}

/// A one-line user-facing failure; printed as `parley: message`, exit code 2.
struct CLIError: Error, CustomStringConvertible {
  var message: String
  var description: String { message }
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
