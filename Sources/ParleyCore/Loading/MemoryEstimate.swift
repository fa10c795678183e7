#if canImport(Glibc)
  import Glibc
#endif
import Foundation

/// How much memory a corpus will take once loaded, searched and analysed, estimated from
/// its files before reading them, so that a corpus too large for the machine fails at once
/// with a clear message instead of driving it into swap.
///
/// The factors are measured, not guessed (see `docs/benchmarks.md`, Scale): 1,000,000
/// articles in 851 MB of JSONL peaked at 2.45 GB loaded and indexed, 2.8 bytes per file byte.
/// The estimate uses 4 to leave room for the browser's entity and stance analyses; the
/// per-file constant covers each small file's `Article`, string headers and path.
public struct MemoryEstimate: Sendable, Equatable {
  /// Bytes of memory per byte of file.
  public static let bytesPerFileByte = 4
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
