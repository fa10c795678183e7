import Dispatch

/// Runs one job per article on every core, each result written into its own preallocated
/// slot, so the answer keeps store order and does not depend on scheduling.
enum ParallelSlots {
  /// `transform(0) … transform(count - 1)`, computed in chunks of `chunk` across the cores.
  static func map<T: Sendable>(count: Int, chunk: Int = 16, _ transform: @Sendable (Int) -> T) -> [T] {
    guard count > 1 else { return (0..<count).map(transform) }
    let slots = UnsafeMutableBufferPointer<T?>.allocate(capacity: count)
    slots.initialize(repeating: nil)
    defer { slots.deinitialize().deallocate() }
    nonisolated(unsafe) let out = slots
    DispatchQueue.concurrentPerform(iterations: (count + chunk - 1) / chunk) { part in
      for index in part * chunk..<min(count, part * chunk + chunk) { out[index] = transform(index) }
    }
    return slots.map { $0! }
  }
}
