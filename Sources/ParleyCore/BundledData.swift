import Foundation

/// Finds parley's bundled `data/` folder (sample articles, lexicon).
///
/// Looked up in order: `$PARLEY_DATA`, the package that this file was compiled from
/// (so `swift run parley` works from any directory), then the working directory and its
/// parents. Returns nil when none has the requested sub-folder.
public enum BundledData {
  /// The path of `data/<name>` (e.g. `articles`, `lexicon`), if found.
  public static func directory(_ name: String) -> String? {
    var candidates: [URL] = []
    if let env = ProcessInfo.processInfo.environment["PARLEY_DATA"], !env.isEmpty {
      candidates.append(URL(fileURLWithPath: env))
    }
    // This file lives at <package>/Sources/ParleyCore/BundledData.swift.
    candidates.append(
      URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("data"))
    var directory = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
    for _ in 0..<8 {
      candidates.append(directory.appendingPathComponent("data"))
      directory.deleteLastPathComponent()
    }
    for base in candidates {
      let candidate = base.appendingPathComponent(name)
      var isDirectory: ObjCBool = false
      if FileManager.default.fileExists(atPath: candidate.path, isDirectory: &isDirectory),
        isDirectory.boolValue
      {
        return candidate.path
      }
    }
    return nil
  }
}
