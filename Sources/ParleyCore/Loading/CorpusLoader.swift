import Dispatch
import Foundation

/// Reads files and folders of articles: walks them, reads every file in parallel, and
/// returns the articles in sorted path order with a report of what was skipped or repaired.
///
/// ```swift
/// let report = try CorpusLoader().load(paths: ["articles"])
/// let store = DocumentStore(articles: report.articles)
/// if let summary = report.summary { print(summary) }   // "loaded 5 articles from 6 files; skipped 1: 1 binary (…)"
/// ```
///
/// Throws `LoadError` only for a path given by the caller that is missing or unreadable;
/// every problem inside a folder is reported and loading goes on. Never writes anything.
public struct CorpusLoader: Sendable {
  public struct Options: Sendable {
    /// Files larger than this are skipped (bytes). Default 20 MB.
    public var maxFileSize: Int = 20_000_000
    /// How many files are read at once; default: one per processor core.
    public var parallelism: Int = ProcessInfo.processInfo.activeProcessorCount
    public init() {}
  }

  public var options: Options
  public var builder: ArticleBuilder

  public init(options: Options = Options(), builder: ArticleBuilder = ArticleBuilder()) {
    self.options = options
    self.builder = builder
  }

  /// Loads every supported file under the given paths.
  public func load(paths: [String]) throws -> LoadReport {
    var walker = CorpusWalker()
    try walker.walk(paths)
    let files = walker.files
    let results = ResultSlots(count: files.count)
    let reader = FileReader(maxFileSize: options.maxFileSize)
    let builder = self.builder
    let workers = max(1, min(options.parallelism, files.count))
    if workers <= 1 {
      for (index, file) in files.enumerated() { results.store(Self.load(file, reader: reader, builder: builder), at: index) }
    } else {
      // Files are handed out in strides, each result written to its own slot: output order
      // is the sorted file order whatever the thread timing.
      DispatchQueue.concurrentPerform(iterations: workers) { worker in
        var index = worker
        while index < files.count {
          results.store(Self.load(files[index], reader: reader, builder: builder), at: index)
          index += workers
        }
      }
    }
    var report = LoadReport()
    report.skipped = walker.problems
    report.filesRead = files.count
    for result in results.values {
      report.articles += result.articles
      report.skipped += result.skipped
      report.repaired += result.repaired
    }
    return report
  }

  /// What one file gave.
  struct FileResult: Sendable {
    var articles: [Article] = []
    var skipped: [LoadProblem] = []
    var repaired: [LoadProblem] = []
  }

  static func load(_ file: CorpusWalker.Entry, reader: FileReader, builder: ArticleBuilder) -> FileResult {
    var result = FileResult()
    let format = FormatRegistry.format(forExtension: file.ext) ?? PlainTextFormat()
    switch reader.read(file.path) {
    case .problem(let cause, let detail):
      result.skipped.append(LoadProblem(path: file.path, cause: cause, detail: detail))
    case .text(let text, let repairedUTF8):
      if repairedUTF8 {
        result.repaired.append(LoadProblem(path: file.path, cause: .invalidUTF8, detail: "replaced with U+FFFD"))
      }
      let output = format.read(text, path: file.path)
      result.skipped += output.skipped
      result.repaired += output.repaired
      let stem = ArticleBuilder.stem(of: file.path)
      for (index, draft) in output.drafts.enumerated() {
        let number = draft.itemNumber ?? index + 1
        let id = output.isCollection ? "\(stem)#\(number)" : stem
        if let article = builder.build(draft, id: id, path: file.path) {
          result.articles.append(article)
        } else if output.isCollection {
          result.skipped.append(LoadProblem(path: file.path, cause: .empty, detail: "item \(number) has no text"))
        }
      }
      if result.articles.isEmpty && output.skipped.isEmpty {
        result.skipped.append(
          LoadProblem(path: file.path, cause: output.drafts.isEmpty ? .noArticles : .empty,
            detail: output.drafts.isEmpty ? nil : "no text left after cleaning"))
      }
    }
    return result
  }
}

/// One slot per file, each written by exactly one worker, read after all have finished.
private final class ResultSlots: @unchecked Sendable {
  private var slots: [CorpusLoader.FileResult]
  init(count: Int) { slots = Array(repeating: CorpusLoader.FileResult(), count: count) }
  func store(_ result: CorpusLoader.FileResult, at index: Int) {
    slots.withUnsafeMutableBufferPointer { $0[index] = result }
  }
  var values: [CorpusLoader.FileResult] { slots }
}
