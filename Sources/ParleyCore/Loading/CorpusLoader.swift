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
/// Throws `LoadError` for a path given by the caller that is missing or unreadable, and
/// before reading anything when the files would not fit the memory budget; every problem
/// inside a folder is reported and loading goes on. Never writes anything.
public struct CorpusLoader: Sendable {
  public struct Options: Sendable {
    /// Files larger than this are skipped (bytes). Default 20 MB.
    public var maxFileSize: Int = 20_000_000
    /// How many files are read at once; default: one per processor core.
    public var parallelism: Int = ProcessInfo.processInfo.activeProcessorCount
    /// Refuse to load (throw `LoadError.overMemoryBudget`) when `MemoryEstimate` says the
    /// files would need more than this many bytes. Nil: no limit.
    public var memoryBudget: Int?
    /// Called as files finish, with (files done, files in total), from any reading thread;
    /// for a progress bar. Keep it cheap and thread-safe.
    public var progress: (@Sendable (_ done: Int, _ total: Int) -> Void)?
    /// Asked before each file is read; once it returns true, `load` reads no more files and
    /// throws `CancellationError` (for a browser whose user quit while loading).
    public var isCancelled: (@Sendable () -> Bool)?
    public init() {}
  }

  public var options: Options
  public var builder: ArticleBuilder

  public init(options: Options = Options(), builder: ArticleBuilder = ArticleBuilder()) {
    self.options = options
    self.builder = builder
  }

  /// Loads every supported file under the given paths.
  ///
  /// Throws `LoadError` for an unreadable path or an over-budget corpus, and
  /// `CancellationError` when `options.isCancelled` said stop.
  public func load(paths: [String]) throws -> LoadReport {
    var walker = CorpusWalker()
    try walker.walk(paths)
    let files = walker.files
    if let budget = options.memoryBudget {
      let estimate = MemoryEstimate(files: files.count, bytes: files.reduce(0) { $0 + min($1.size, options.maxFileSize) })
      if estimate.bytes > budget {
        throw LoadError.overMemoryBudget(needed: estimate.bytes, budget: budget, files: files.count, fileBytes: estimate.fileBytes)
      }
    }
    let reader = FileReader(maxFileSize: options.maxFileSize)
    let builder = self.builder
    options.progress?(0, files.count)
    // One file a chunk: a few big files still spread over the cores. Results come back in the
    // sorted file order whatever the thread timing.
    let results = try ParallelWork.map(
      count: files.count, chunk: 1, parallelism: options.parallelism, progress: options.progress,
      isCancelled: options.isCancelled ?? { false }
    ) { Self.load(files[$0], reader: reader, builder: builder) }
    var report = LoadReport()
    report.skipped = walker.problems
    report.filesRead = files.count
    for result in results {
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
      let drafts = output.drafts
      @Sendable func build(_ index: Int) -> Article? {
        let number = drafts[index].itemNumber ?? index + 1
        return builder.build(drafts[index], id: output.isCollection ? "\(stem)#\(number)" : stem, path: file.path)
      }
      // A big feed or JSONL file is one file but many articles: build them on every core.
      let built = ParallelWork.map(count: drafts.count, parallelism: drafts.count >= 64 ? .max : 1, build)
      for (index, article) in built.enumerated() {
        if let article {
          result.articles.append(article)
        } else if output.isCollection {
          let number = drafts[index].itemNumber ?? index + 1
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
