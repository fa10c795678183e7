import Foundation

/// A fresh folder under the temporary directory, removed when the value is released.
final class TempFolder {
  let path: String

  init(prefix: String) throws {
    let base = FileManager.default.temporaryDirectory.appendingPathComponent("parley-hardening", isDirectory: true)
    let url = base.appendingPathComponent("\(prefix)-\(UUID().uuidString.prefix(8))", isDirectory: true)
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    path = url.path
  }

  deinit {
    // Deep trees (beyond PATH_MAX) cannot be removed by path; `rm -rf` walks with openat.
    if (try? FileManager.default.removeItem(atPath: path)) == nil || FileManager.default.fileExists(atPath: path) {
      let rm = Process()
      rm.executableURL = URL(fileURLWithPath: "/bin/rm")
      rm.arguments = ["-rf", path]
      try? rm.run()
      rm.waitUntilExit()
    }
  }

  /// Writes `bytes` to `name` (folders created as needed) and returns the full path.
  @discardableResult
  func write(_ name: String, _ bytes: [UInt8]) throws -> String {
    let url = URL(fileURLWithPath: path).appendingPathComponent(name)
    try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    try Data(bytes).write(to: url)
    return url.path
  }

  @discardableResult
  func write(_ name: String, _ text: String) throws -> String { try write(name, Array(text.utf8)) }

  func file(_ name: String) -> String { path + "/" + name }
}
