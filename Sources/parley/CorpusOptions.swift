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

  @Option(
    name: .long,
    help: ArgumentHelp(
      "Refuse to load a corpus estimated to need more memory than this many megabytes (0: no limit).",
      discussion: "Default: 90% of the memory available when parley starts."))
  var memoryBudget: Int?

  @Flag(name: .long, help: "List every skipped or repaired file and why.")
  var verbose = false

  func validate() throws {
    guard maxFileMB > 0, maxFileMB <= 1_000_000 else {
      throw ValidationError("--max-file-mb must be more than 0 and at most 1000000")
    }
    if let memoryBudget, memoryBudget < 0 { throw ValidationError("--memory-budget must be 0 (no limit) or more") }
  }

  /// The budget in bytes: the flag, else 90% of available memory; nil for no limit.
  var memoryBudgetBytes: Int? {
    guard let memoryBudget else { return MemoryEstimate.availableBudget() }
    return memoryBudget == 0 ? nil : memoryBudget * 1_000_000
  }

  /// Loads the corpus. Tells one summary line of skipped/repaired files (every one with
  /// `--verbose`) to `messages`, by default stderr; throws `CLIError` (exit 2) when a given path
  /// is missing or unreadable.
  ///
  /// `progress` receives (files done, files in total) while reading, from any thread; without
  /// it, a progress line is drawn on stderr when stderr is a terminal. `isCancelled` is asked
  /// before each file; once it says true, reading stops with `CancellationError`. The browser
  /// passes all three: stderr is the screen it draws on.
  func loadStore(
    progress: (@Sendable (Int, Int) -> Void)? = nil, isCancelled: (@Sendable () -> Bool)? = nil,
    messages: (String) -> Void = { StandardError.print($0) }
  ) throws -> DocumentStore {
    let paths = self.paths.isEmpty ? [try DefaultCorpus.path()] : self.paths
    var options = CorpusLoader.Options()
    options.maxFileSize = Int(maxFileMB * 1_000_000)
    options.memoryBudget = memoryBudgetBytes
    options.isCancelled = isCancelled
    let line = progress == nil && isatty(STDERR_FILENO) == 1 ? ProgressLine() : nil
    if let progress {
      options.progress = progress
    } else if let line {
      options.progress = { @Sendable done, total in line.update(done, total) }
    }
    defer { line?.finish() }
    let report: LoadReport
    do {
      report = try CorpusLoader(options: options).load(paths: paths)
    } catch let error as LoadError {
      if case .overMemoryBudget = error {
        throw CLIError(message: error.description + "; load fewer files or raise --memory-budget (MB, 0 for no limit)")
      }
      throw CLIError(message: error.description)
    }
    if verbose { for line in report.details { messages(line) } }
    if let summary = report.summary { messages(summary) }
    if report.articles.isEmpty && report.summary == nil {
      messages(
        "no articles found in \(paths.joined(separator: " ")) (parley reads .txt .md .json .jsonl .xml .rss .atom .html .htm)")
    }
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
    // Shown in messages and `show`: relative to the working directory when inside it.
    let current = FileManager.default.currentDirectoryPath + "/"
    return path.hasPrefix(current) ? String(path.dropFirst(current.count)) : path
  }
}
