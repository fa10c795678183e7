import Dispatch
import Foundation

/// Runs one job per item on every core and returns the results in item order, with optional
/// progress reports and cancellation.
///
/// ```swift
/// let lengths = ParallelWork.map(count: articles.count) { articles[$0].body.utf8.count }
/// ```
///
/// Workers take the next chunk of `chunk` items as they finish the last one, so a slow item
/// does not hold up a whole share of the work. Each result is written into its own
/// preallocated slot (a fixed buffer, not an `Array`: writing array elements from several
/// threads also writes the array itself, which ThreadSanitizer reports as a race), so the
/// answer never depends on thread timing.
///
/// # Choosing `chunk`
/// Items that take milliseconds (reading a file) want `chunk: 1`, so two big files still use
/// two cores; items that take microseconds (analysing one article) want the default 16, so
/// handing out work costs little next to the work.
public enum ParallelWork {
  /// Called with (items done, items in total) after each chunk, one call at a time, with
  /// `done` rising; from any worker thread. Keep it cheap.
  public typealias Progress = @Sendable (_ done: Int, _ total: Int) -> Void

  /// `transform(0) … transform(count - 1)` on up to `parallelism` threads, in item order.
  public static func map<T: Sendable>(
    count: Int, chunk: Int = 16, parallelism: Int = ProcessInfo.processInfo.activeProcessorCount,
    progress: Progress? = nil, _ transform: @Sendable (Int) -> T
  ) -> [T] {
    run(count: count, chunk: chunk, parallelism: parallelism, progress: progress, isCancelled: nil, transform)!
  }

  /// Like `map`, but stops handing out work once `isCancelled` returns true (checked before
  /// each chunk) and then throws `CancellationError`; chunks already started finish first.
  public static func map<T: Sendable>(
    count: Int, chunk: Int = 16, parallelism: Int = ProcessInfo.processInfo.activeProcessorCount,
    progress: Progress? = nil, isCancelled: @escaping @Sendable () -> Bool, _ transform: @Sendable (Int) -> T
  ) throws(CancellationError) -> [T] {
    guard let results = run(count: count, chunk: chunk, parallelism: parallelism, progress: progress, isCancelled: isCancelled, transform)
    else { throw CancellationError() }
    return results
  }

  /// The shared loop: nil when cancelled.
  private static func run<T: Sendable>(
    count: Int, chunk: Int, parallelism: Int, progress: Progress?, isCancelled: (@Sendable () -> Bool)?,
    _ transform: @Sendable (Int) -> T
  ) -> [T]? {
    guard count > 0 else { return [] }
    let chunk = max(1, chunk)
    let chunks = (count + chunk - 1) / chunk
    let schedule = ChunkSchedule(chunks: chunks, isCancelled: isCancelled)
    let slots = UnsafeMutableBufferPointer<T?>.allocate(capacity: count)
    slots.initialize(repeating: nil)
    defer { slots.deinitialize().deallocate() }
    nonisolated(unsafe) let out = slots
    @Sendable func work(_ worker: Int) {
      while let part = schedule.next() {
        let lower = part * chunk
        let upper = min(count, lower + chunk)
        for index in lower..<upper { out[index] = transform(index) }
        schedule.finished(upper - lower, of: count, progress: progress)
      }
    }
    let workers = max(1, min(parallelism, chunks))
    if workers == 1 {
      work(0)
    } else {
      DispatchQueue.concurrentPerform(iterations: workers) { work($0) }
    }
    return schedule.wasCancelled ? nil : slots.map { $0! }
  }
}

/// Hands out chunk numbers to workers and counts finished items, under one lock.
private final class ChunkSchedule: @unchecked Sendable {
  private let lock = NSLock()
  private let chunks: Int
  private let isCancelled: (@Sendable () -> Bool)?
  private var nextChunk = 0
  private var done = 0
  private var cancelled = false

  init(chunks: Int, isCancelled: (@Sendable () -> Bool)?) {
    self.chunks = chunks
    self.isCancelled = isCancelled
  }

  /// The next chunk to work on; nil when all are handed out or the work was cancelled.
  func next() -> Int? {
    let stop = isCancelled?() ?? false
    return lock.withLock {
      if stop && nextChunk < chunks { cancelled = true }
      guard !cancelled, nextChunk < chunks else { return nil }
      defer { nextChunk += 1 }
      return nextChunk
    }
  }

  /// Counts `items` more as done and reports the new total while holding the lock, so
  /// reports arrive in order.
  func finished(_ items: Int, of total: Int, progress: ParallelWork.Progress?) {
    guard let progress else { return }
    lock.withLock {
      done += items
      progress(done, total)
    }
  }

  var wasCancelled: Bool { lock.withLock { cancelled } }
}
