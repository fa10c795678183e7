/// The outcome of loading: the articles, and what was skipped or repaired, and why.
public struct LoadReport: Sendable {
  public var articles: [Article] = []
  /// Files opened (supported types only).
  public var filesRead = 0
  /// Files or parts of files that were not loaded.
  public var skipped: [LoadProblem] = []
  /// Files that were loaded after a repair (e.g. invalid UTF-8 replaced).
  public var repaired: [LoadProblem] = []
  public init() {}

  /// The one-line summary for stderr, or nil when nothing was skipped or repaired:
  /// `loaded 512 articles from 498 files; skipped 3: 2 binary (a.bin, …), 1 malformed JSON (feeds/x.jsonl:14)`.
  public var summary: String? {
    guard !skipped.isEmpty || !repaired.isEmpty else { return nil }
    var line = "loaded \(Self.count(articles.count, "article")) from \(Self.count(filesRead, "file"))"
    if !skipped.isEmpty { line += "; skipped \(skipped.count): " + Self.causes(skipped) }
    if !repaired.isEmpty { line += "; repaired \(repaired.count): " + Self.causes(repaired) }
    return line
  }

  /// One line per problem, for `--verbose`: `skipped feeds/x.jsonl:14: malformed JSON (…)`.
  public var details: [String] {
    skipped.map { "skipped \($0.description)" } + repaired.map { "repaired \($0.description)" }
  }

  private static func causes(_ problems: [LoadProblem]) -> String {
    var order: [LoadProblem.Cause] = []
    var byCause: [LoadProblem.Cause: [LoadProblem]] = [:]
    for problem in problems {
      if byCause[problem.cause] == nil { order.append(problem.cause) }
      byCause[problem.cause, default: []].append(problem)
    }
    return order.map { cause in
      let group = byCause[cause]!
      let more = group.count > 1 ? ", …" : ""
      return "\(group.count) \(cause.rawValue) (\(group[0].location)\(more))"
    }.joined(separator: ", ")
  }

  private static func count(_ n: Int, _ noun: String) -> String { n == 1 ? "1 \(noun)" : "\(n) \(noun)s" }
}

/// A file, or a line or item inside one, that could not be loaded as it was.
public struct LoadProblem: Sendable, Hashable, CustomStringConvertible {
  /// Why. The raw value is what users read in the summary.
  public enum Cause: String, Sendable, Hashable, CaseIterable {
    case binary
    case tooLarge = "too large"
    case empty
    case unreadable
    case malformedJSON = "malformed JSON"
    case malformedXML = "malformed XML"
    case noArticles = "without articles"
    case unsupported = "unsupported type"
    case invalidUTF8 = "invalid UTF-8"
  }

  /// The path as shown to the user (as given on the command line, joined with the folder walk).
  public var path: String
  public var cause: Cause
  /// A 1-based line number (JSONL, XML) when the problem is local.
  public var line: Int?
  /// Extra detail for `--verbose` ("23.4 MB > 20 MB", "Permission denied").
  public var detail: String?

  public init(path: String, cause: Cause, line: Int? = nil, detail: String? = nil) {
    self.path = path
    self.cause = cause
    self.line = line
    self.detail = detail
  }

  /// `path` or `path:line`, with control characters in the path made visible (`\x1B`).
  public var location: String {
    let shown = TextSanitizer.visible(path)
    return line.map { "\(shown):\($0)" } ?? shown
  }

  public var description: String {
    "\(location): \(cause.rawValue)" + (detail.map { " (\($0))" } ?? "")
  }
}

/// Kept for callers written against the skeleton.
public typealias SkippedFile = LoadProblem

/// A problem that stops loading altogether: a path given on the command line.
public enum LoadError: Error, CustomStringConvertible, Sendable, Equatable {
  case notFound(path: String)
  case unreadable(path: String, reason: String)
  /// The files would need about `needed` bytes of memory once loaded and indexed, more than
  /// `budget`: nothing was read.
  case overMemoryBudget(needed: Int, budget: Int, files: Int, fileBytes: Int)

  public var description: String {
    switch self {
    case .notFound(let path): "no such file or folder: \(TextSanitizer.visible(path))"
    case .unreadable(let path, let reason): "cannot read \(TextSanitizer.visible(path)): \(reason)"
    case .overMemoryBudget(let needed, let budget, let files, let fileBytes):
      "\(files) files (\(FileReader.megabytes(fileBytes))) would need about \(FileReader.megabytes(needed)) of memory, more than the budget of \(FileReader.megabytes(budget))"
    }
  }
}
