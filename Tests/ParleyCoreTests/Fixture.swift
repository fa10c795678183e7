import Foundation
@testable import ParleyCore

/// Paths of test fixtures and of the bundled sample, and a scratch folder per test.
enum Fixture {
  /// This test folder (`Tests/ParleyCoreTests`).
  static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()

  /// `Fixtures/formats/<name>`.
  static func format(_ name: String) -> String { folder.appendingPathComponent("Fixtures/formats/\(name)").path }

  /// The bundled sample corpus, `data/articles`.
  static let seeds = folder.deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("data/articles").path

  /// Loads paths with default options.
  static func load(_ paths: String..., maxFileSize: Int? = nil) throws -> LoadReport {
    var options = CorpusLoader.Options()
    if let maxFileSize { options.maxFileSize = maxFileSize }
    return try CorpusLoader(options: options).load(paths: paths)
  }

  /// The seeds, loaded once.
  static let seedReport: LoadReport = try! load(seeds)

  /// The seed whose file name starts with `prefix` ("003").
  static func seed(_ prefix: String) -> Article {
    seedReport.articles.first { $0.fileName.hasPrefix(prefix) }!
  }
}

/// A fresh temporary folder, removed when the value is released.
final class ScratchFolder {
  let path: String

  init() {
    path = NSTemporaryDirectory() + "parley-core-tests-" + UUID().uuidString
    try! FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
  }

  deinit { try? FileManager.default.removeItem(atPath: path) }

  /// Writes bytes to `name` (folders created as needed) and returns the full path.
  @discardableResult
  func write(_ name: String, bytes: [UInt8]) -> String {
    let full = path + "/" + name
    try! FileManager.default.createDirectory(
      atPath: (full as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
    FileManager.default.createFile(atPath: full, contents: Data(bytes))
    return full
  }

  @discardableResult
  func write(_ name: String, _ text: String) -> String { write(name, bytes: Array(text.utf8)) }
}
