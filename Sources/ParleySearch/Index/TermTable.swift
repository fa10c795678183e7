import Foundation

/// An open-addressing hash table from byte strings (terms) to dense ids `0..<count`.
///
/// Terms live back to back in one byte arena; `starts[id]..<starts[id + 1]` is term `id`.
/// No per-term objects, so a 100k-term dictionary costs about two arrays of integers plus
/// the term bytes. Lookups hash with FNV-1a and compare bytes in an inline loop.
///
/// # Invariants
/// `starts.count == count + 1`, `starts` is non-decreasing, every id appears in exactly one
/// slot, and the slot array is a power of two at most 70% full.
struct TermTable: Sendable {
  private(set) var bytes: [UInt8] = []
  private(set) var starts: [UInt32] = [0]
  private var hashes: [UInt32] = []
  private var slots: [Int32]
  private var mask: Int

  init(capacity: Int = 1024) {
    var size = 16
    while size < capacity * 2 { size <<= 1 }
    slots = [Int32](repeating: -1, count: size)
    mask = size - 1
  }

  var count: Int { starts.count - 1 }

  /// The FNV-1a hash of some bytes.
  @inline(__always)
  static func hash(_ key: UnsafeBufferPointer<UInt8>) -> UInt32 {
    var h: UInt32 = 2_166_136_261
    for byte in key { h = (h ^ UInt32(byte)) &* 16_777_619 }
    return h
  }

  /// The id of `key`, or -1.
  @inline(__always)
  func find(_ key: UnsafeBufferPointer<UInt8>) -> Int32 {
    find(key, hash: TermTable.hash(key))
  }

  @inline(__always)
  func find(_ key: UnsafeBufferPointer<UInt8>, hash: UInt32) -> Int32 {
    slots.withUnsafeBufferPointer { slots in
      bytes.withUnsafeBufferPointer { arena in
        starts.withUnsafeBufferPointer { starts in
          hashes.withUnsafeBufferPointer { hashes in
            var slot = Int(hash) & mask
            while true {
              let id = slots[slot]
              if id < 0 { return -1 }
              if hashes[Int(id)] == hash {
                let start = Int(starts[Int(id)])
                let length = Int(starts[Int(id) + 1]) - start
                if length == key.count {
                  // Terms are short and the hashes already match: an inline loop beats a
                  // call to `memcmp`.
                  if length == 0 { return id }
                  let stored = arena.baseAddress! + start
                  let wanted = key.baseAddress!
                  var i = 0
                  while i < length && stored[i] == wanted[i] { i += 1 }
                  if i == length { return id }
                }
              }
              slot = (slot + 1) & mask
            }
          }
        }
      }
    }
  }

  /// The id of `key`, adding it first when absent; `isNew` tells which happened.
  @inline(__always)
  mutating func insert(_ key: UnsafeBufferPointer<UInt8>) -> (id: Int32, isNew: Bool) {
    let h = TermTable.hash(key)
    let found = find(key, hash: h)
    if found >= 0 { return (found, false) }
    let id = Int32(count)
    bytes.append(contentsOf: key)
    starts.append(UInt32(bytes.count))
    hashes.append(h)
    place(id, hash: h)
    if count * 10 > slots.count * 7 { grow() }
    return (id, true)
  }

  /// Adds a term given as an array.
  mutating func insert(_ key: [UInt8]) -> (id: Int32, isNew: Bool) {
    key.withUnsafeBufferPointer { insert($0) }
  }

  /// The id of a term given as a string, or -1.
  func find(_ key: String) -> Int32 {
    var key = key
    return key.withUTF8 { find($0) }
  }

  private mutating func place(_ id: Int32, hash: UInt32) {
    var slot = Int(hash) & mask
    while slots[slot] >= 0 { slot = (slot + 1) & mask }
    slots[slot] = id
  }

  private mutating func grow() {
    let size = slots.count * 2
    slots = [Int32](repeating: -1, count: size)
    mask = size - 1
    for id in 0..<count { place(Int32(id), hash: hashes[id]) }
  }

  /// The bytes of term `id`.
  func term(_ id: Int32) -> ArraySlice<UInt8> {
    bytes[Int(starts[Int(id)])..<Int(starts[Int(id) + 1])]
  }

  /// Term `id` as a string.
  func string(_ id: Int32) -> String { String(decoding: term(id), as: UTF8.self) }

  /// Bytes held by the table's arrays.
  var memoryBytes: Int {
    bytes.capacity + starts.capacity * 4 + hashes.capacity * 4 + slots.capacity * 4
  }

  /// Drops spare array capacity once the table is complete.
  mutating func shrink() {
    bytes = bytes.compacted()
    starts = starts.compacted()
    hashes = hashes.compacted()
  }
}
