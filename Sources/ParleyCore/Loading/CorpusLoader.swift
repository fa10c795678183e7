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
    if let budget = options.memoryBudget {
      let estimate = MemoryEstimate(files: files.count, bytes: files.reduce(0) { $0 + min($1.size, options.maxFileSize) })
      if estimate.bytes > budget {
        throw LoadError.overMemoryBudget(needed: estimate.bytes, budget: budget, files: files.count, fileBytes: estimate.fileBytes)
      }
    }
    let results = Slots(count: files.count, initial: FileResult(), progress: options.progress)
    let reader = FileReader(maxFileSize: options.maxFileSize)
    let builder = self.builder
    let workers = max(1, min(options.parallelism, files.count))
    options.progress?(0, files.count)
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
      let drafts = output.drafts
      @Sendable func build(_ index: Int) -> Article? {
        let number = drafts[index].itemNumber ?? index + 1
        return builder.build(drafts[index], id: output.isCollection ? "\(stem)#\(number)" : stem, path: file.path)
      }
      // A big feed or JSONL file is one file but many articles: build them on every core.
      let built = Slots<Article?>(count: drafts.count, initial: nil)
      if drafts.count >= 64 {
        DispatchQueue.concurrentPerform(iterations: drafts.count) { built.store(build($0), at: $0) }
      } else {
        for index in drafts.indices { built.store(build(index), at: index) }
      }
      for (index, article) in built.values.enumerated() {
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

/// One slot per work item, each written by exactly one worker, read after all have finished.
/// Optionally counts finished items for a progress callback.
///
/// The slots are a fixed buffer, not an `Array`: writing array elements from several threads
/// goes through `withUnsafeMutableBufferPointer`, which also writes the array itself
/// (ThreadSanitizer reported it as a race).
private final class Slots<Value>: @unchecked Sendable {
  private let slots: UnsafeMutableBufferPointer<Value>
  private let progress: (@Sendable (Int, Int) -> Void)?
  private let lock = NSLock()
  private var done = 0
  init(count: Int, initial: Value, progress: (@Sendable (Int, Int) -> Void)? = nil) {
    slots = .allocate(capacity: count)
    slots.initialize(repeating: initial)
    self.progress = progress
  }
  deinit {
    _ = slots.deinitialize()
    slots.deallocate()
  }
  func store(_ value: Value, at index: Int) {
    slots[index] = value
    guard let progress else { return }
    let finished = lock.withLock {
      done += 1
      return done
    }
    progress(finished, slots.count)
  }
  var values: [Value] { Array(slots) }
}
