import Foundation

/// Reads files and folders of articles into a `DocumentStore`.
///
/// SKELETON: only `.txt` is read yet, with a naive sentence split; the foundation issue
/// replaces this with the full set of formats, cleaning and bad-input handling.
public struct CorpusLoader: Sendable {
  public struct Options: Sendable {
    /// Files larger than this are skipped (bytes).
    public var maxFileSize: Int = 20_000_000
    public init() {}
  }

  public var options: Options
  public init(options: Options = Options()) { self.options = options }

  /// Loads every supported file under the given paths.
  public func load(paths: [String]) throws -> LoadReport {
    var report = LoadReport()
    for path in paths {
      var isDirectory: ObjCBool = false
      guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
        throw LoadError.notFound(path: path)
      }
      let files = isDirectory.boolValue ? try listFiles(in: path) : [path]
      for file in files {
        report.filesRead += 1
        guard let data = FileManager.default.contents(atPath: file) else {
          report.skipped.append(SkippedFile(path: file, reason: .unreadable))
          continue
        }
        let text = String(decoding: data, as: UTF8.self)
        let lines = text.split(separator: "\n").map { String($0).trimmingCharacters(in: .whitespaces) }
          .filter { !$0.isEmpty }
        guard let first = lines.first else {
          report.skipped.append(SkippedFile(path: file, reason: .empty))
          continue
        }
        let stem = URL(fileURLWithPath: file).deletingPathExtension().lastPathComponent
        let body = lines.dropFirst().joined(separator: "\n")
        var paragraphs: [TextRange] = []
        var sentences: [Sentence] = []
        var offset = 0
        for (index, line) in lines.dropFirst().enumerated() {
          let length = line.utf8.count
          paragraphs.append(TextRange(offset, offset + length))
          sentences.append(Sentence(range: TextRange(offset, offset + length), paragraph: index))
          offset += length + 1
        }
        report.articles.append(
          Article(
            id: stem, title: first, source: stem, path: file, body: body,
            paragraphs: paragraphs, sentences: sentences))
      }
    }
    return report
  }

  private func listFiles(in folder: String) throws -> [String] {
    guard let enumerator = FileManager.default.enumerator(atPath: folder) else {
      throw LoadError.unreadable(path: folder)
    }
    var files: [String] = []
    while let relative = enumerator.nextObject() as? String {
      if relative.split(separator: "/").contains(where: { $0.hasPrefix(".") }) { continue }
      if relative.hasSuffix(".txt") { files.append(folder + "/" + relative) }
    }
    return files.sorted()
  }
}

/// The outcome of loading: the articles, and what was skipped and why.
public struct LoadReport: Sendable {
  public var articles: [Article] = []
  public var filesRead = 0
  public var skipped: [SkippedFile] = []
  public init() {}
}

/// A file (or part of one) that could not be loaded.
public struct SkippedFile: Sendable, Hashable {
  public enum Reason: String, Sendable, Hashable {
    case binary, tooLarge = "too large", empty, unreadable, invalidJSON = "malformed JSON"
    case invalidXML = "malformed XML", unsupported = "unsupported type"
  }
  public var path: String
  public var reason: Reason
  /// A line number or item inside the file, when the problem is local.
  public var line: Int?
  public init(path: String, reason: Reason, line: Int? = nil) {
    self.path = path
    self.reason = reason
    self.line = line
  }
}

/// A problem that stops loading altogether.
public enum LoadError: Error, CustomStringConvertible, Sendable {
  case notFound(path: String)
  case unreadable(path: String)

  public var description: String {
    switch self {
    case .notFound(let path): "no such file or folder: \(path)"
    case .unreadable(let path): "cannot read \(path)"
    }
  }
}
