import Foundation
import ParleyCore
import Testing

@Suite struct ParallelWorkTests {
  @Test("Results come back in item order whatever the chunk size and thread count", arguments: [1, 3, 16, 1000])
  func order(chunk: Int) {
    let squares = ParallelWork.map(count: 500, chunk: chunk) { $0 * $0 }
    #expect(squares == (0..<500).map { $0 * $0 })
    #expect(ParallelWork.map(count: 500, chunk: chunk, parallelism: 1) { $0 * $0 } == squares)
    #expect(ParallelWork.map(count: 0, chunk: chunk) { $0 }.isEmpty)
  }

  @Test("Progress rises to the total, one report per chunk")
  func progress() {
    let reports = Reports()
    _ = ParallelWork.map(count: 100, chunk: 7, progress: { done, total in reports.add(done, total) }) { $0 }
    let seen = reports.values
    #expect(seen.count == 15)  // 14 chunks of 7 and one of 2
    #expect(seen.map(\.1).allSatisfy { $0 == 100 })
    #expect(seen.map(\.0) == seen.map(\.0).sorted())
    #expect(seen.last?.0 == 100)
  }

  @Test("Once cancelled, no more chunks start and the call throws")
  func cancellation() {
    let started = Reports()
    #expect(throws: CancellationError.self) {
      _ = try ParallelWork.map(count: 10_000, chunk: 1, isCancelled: { started.count >= 50 }) { index in
        started.add(index, 0)
        return index
      }
    }
    // Each worker may finish the item it had already started.
    #expect(started.count < 60)
  }

  @Test("A cancellation check that never fires changes nothing")
  func notCancelled() throws {
    #expect(try ParallelWork.map(count: 300, isCancelled: { false }) { $0 + 1 } == Array(1...300))
  }
}

/// Records (done, total) pairs from any thread.
final class Reports: @unchecked Sendable {
  private let lock = NSLock()
  private var pairs: [(Int, Int)] = []
  func add(_ done: Int, _ total: Int) { lock.withLock { pairs.append((done, total)) } }
  var values: [(Int, Int)] { lock.withLock { pairs } }
  var count: Int { lock.withLock { pairs.count } }
}
