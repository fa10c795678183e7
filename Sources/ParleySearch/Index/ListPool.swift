import Foundation

/// Growable byte lists for the postings under construction, one `realloc`ed buffer per list.
///
/// Swift arrays of arrays cost a uniqueness check and bookkeeping on every append; postings
/// are written a few bytes at a time, so the builder writes straight into raw buffers instead
/// and copies them into one flat array at the end.
final class ListPool {
  private var pointers = UnsafeMutablePointer<UnsafeMutablePointer<UInt8>?>.allocate(capacity: 1024)
  private var counts = UnsafeMutablePointer<Int>.allocate(capacity: 1024)
  private var capacities = UnsafeMutablePointer<Int>.allocate(capacity: 1024)
  private var slots = 1024
  private(set) var count = 0

  /// Adds an empty list; its index is the previous `count`.
  func addList() {
    if count == slots {
      let grown = slots * 2
      pointers = grow(pointers, to: grown)
      counts = grow(counts, to: grown)
      capacities = grow(capacities, to: grown)
      slots = grown
    }
    pointers[count] = nil
    counts[count] = 0
    capacities[count] = 0
    count += 1
  }

  private func grow<T>(_ old: UnsafeMutablePointer<T>, to size: Int) -> UnsafeMutablePointer<T> {
    let new = UnsafeMutablePointer<T>.allocate(capacity: size)
    new.moveInitialize(from: old, count: count)
    old.deallocate()
    return new
  }

  /// A pointer where `extra` more bytes of list `list` may be written; call `commit` after.
  @inline(__always)
  func writePointer(_ list: Int, room extra: Int) -> UnsafeMutablePointer<UInt8> {
    let needed = counts[list] + extra
    if needed > capacities[list] {
      let capacity = max(16, needed, capacities[list] * 2)
      pointers[list] = realloc(pointers[list], capacity)!.assumingMemoryBound(to: UInt8.self)
      capacities[list] = capacity
    }
    return pointers[list]! + counts[list]
  }

  /// Records `written` bytes after a `writePointer` call.
  @inline(__always)
  func commit(_ list: Int, _ written: Int) { counts[list] += written }

  /// The number of bytes written to list `list`.
  @inline(__always)
  func byteCount(_ list: Int) -> Int { counts[list] }

  /// The bytes of list `list`.
  func bytes(_ list: Int) -> UnsafeBufferPointer<UInt8> {
    UnsafeBufferPointer(start: pointers[list], count: counts[list])
  }

  /// Total bytes written.
  var totalBytes: Int { (0..<count).reduce(0) { $0 + counts[$1] } }

  /// Frees list `list` (after copying it out).
  func release(_ list: Int) {
    free(pointers[list])
    pointers[list] = nil
    counts[list] = 0
    capacities[list] = 0
  }

  deinit {
    for list in 0..<count { free(pointers[list]) }
    pointers.deallocate()
    counts.deallocate()
    capacities.deallocate()
  }
}
