#if canImport(Glibc)
  import Glibc
#endif
import Foundation

/// How much memory a corpus will take once loaded, searched and analysed, estimated from
/// its files before reading them, so that a corpus too large for the machine fails at once
/// with a clear message instead of driving it into swap.
///
/// The factors are measured, not guessed: see `docs/reliability.md` (Scale) for the runs.
/// A loaded article keeps its cleaned body, title and metadata (about the file's size
/// again), sentence and paragraph ranges, and the search index adds postings; the
/// per-file constant covers the `Article` value, its strings' headers and the path.
public struct MemoryEstimate: Sendable, Equatable {
  /// Bytes of memory per byte of file.
  public static let bytesPerFileByte = 6
  /// Bytes of memory per file, whatever its size.
  public static let bytesPerFile = 4_096
  /// Resident memory of parley before loading (code, bundled lexicons).
  public static let baseline = 64_000_000

  /// Total size of the files.
  public var fileBytes: Int
  /// The estimated resident memory after loading and indexing.
  public var bytes: Int

  public init(files: Int, bytes fileBytes: Int) {
    self.fileBytes = fileBytes
    self.bytes = Self.baseline + fileBytes * Self.bytesPerFileByte + files * Self.bytesPerFile
  }

  /// The default budget: 90% of the memory the kernel reports available now (`MemAvailable`
  /// in /proc/meminfo, which counts reclaimable cache), or nil where that is unknown.
  public static func availableBudget() -> Int? {
    guard let text = try? String(contentsOfFile: "/proc/meminfo", encoding: .utf8) else { return nil }
    for line in text.split(separator: "\n") where line.hasPrefix("MemAvailable:") {
      let fields = line.split(separator: " ")
      guard fields.count >= 2, let kilobytes = Int(fields[1]) else { return nil }
      return kilobytes * 1024 / 10 * 9
    }
    return nil
  }
}
