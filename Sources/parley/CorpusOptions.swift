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

/// Locates the bundled sample corpus relative to the package, so `swift run parley` works
/// from the repository root and from anywhere inside it.
enum DefaultCorpus {
  static func path() throws -> String {
    var candidates: [URL] = []
    if let env = ProcessInfo.processInfo.environment["PARLEY_DATA"] {
      candidates.append(URL(fileURLWithPath: env).appendingPathComponent("articles"))
    }
    // The source file lives at <package>/Sources/parley/CorpusOptions.swift.
    let package = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent()
    candidates.append(package.appendingPathComponent("data/articles"))
    var directory = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
    for _ in 0..<6 {
      candidates.append(directory.appendingPathComponent("data/articles"))
      directory.deleteLastPathComponent()
    }
    for candidate in candidates {
      var isDirectory: ObjCBool = false
      if FileManager.default.fileExists(atPath: candidate.path, isDirectory: &isDirectory),
        isDirectory.boolValue
      {
        return candidate.path
      }
    }
    throw CLIError(
      message: "no articles given and the bundled data/articles was not found; pass a file or folder")
  }
}
