#if canImport(Glibc)
  import Glibc
#endif
import Foundation

/// A one-line progress bar on stderr while files load: `reading  412,000 / 1,000,000 files  41%`.
///
/// Shown only on a terminal, only after half a second (small corpora never see it), redrawn at
/// most ten times a second, and erased when loading ends. Thread-safe: loaders call `update`
/// from their worker threads.
final class ProgressLine: @unchecked Sendable {
  private let lock = NSLock()
  private let start = Date()
  private var lastDraw = Date.distantPast
  private var drawn = false

  func update(_ done: Int, _ total: Int) {
    lock.withLock {
      let now = Date()
      guard now.timeIntervalSince(start) > 0.5, now.timeIntervalSince(lastDraw) > 0.1 || done == total else { return }
      lastDraw = now
      drawn = true
      let percent = total > 0 ? done * 100 / total : 100
      let width = 20
      let filled = total > 0 ? done * width / total : width
      let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
      write("\r\u{1B}[2Kreading \(bar) \(done.formatted()) / \(total.formatted()) files  \(percent)%")
    }
  }

  /// Erases the line, if it was drawn.
  func finish() {
    lock.withLock { if drawn { write("\r\u{1B}[2K") } }
  }

  private func write(_ text: String) {
    FileHandle.standardError.write(Data(text.utf8))
  }
}
