/// LEB128-style variable-length integers: 7 bits a byte, high bit set on all but the last.
enum VarInt {
  /// Appends `value` to `bytes`.
  @inline(__always)
  static func append(_ value: UInt32, to bytes: inout [UInt8]) {
    var value = value
    while value >= 0x80 {
      bytes.append(UInt8(truncatingIfNeeded: value) | 0x80)
      value >>= 7
    }
    bytes.append(UInt8(value))
  }

  /// Writes `value` at `offset` of a buffer with room for 5 bytes; returns the offset after it.
  @inline(__always)
  static func write(_ value: UInt32, to bytes: UnsafeMutablePointer<UInt8>, at offset: Int) -> Int {
    var value = value
    var offset = offset
    while value >= 0x80 {
      bytes[offset] = UInt8(truncatingIfNeeded: value) | 0x80
      value >>= 7
      offset += 1
    }
    bytes[offset] = UInt8(value)
    return offset + 1
  }

  /// Reads one integer at `offset` and moves `offset` past it.
  @inline(__always)
  static func read(_ bytes: UnsafePointer<UInt8>, _ offset: inout Int) -> UInt32 {
    var byte = bytes[offset]
    offset += 1
    if byte < 0x80 { return UInt32(byte) }
    var value = UInt32(byte & 0x7F)
    var shift: UInt32 = 7
    repeat {
      byte = bytes[offset]
      offset += 1
      value |= UInt32(byte & 0x7F) << shift
      shift += 7
    } while byte >= 0x80
    return value
  }

  /// Moves `offset` past `count` integers without decoding them.
  ///
  /// Reads 8 bytes at a time and counts the terminating bytes (high bit clear), so the
  /// buffer must have 8 readable bytes past the last list (`SegmentBuilder` pads it).
  @inline(__always)
  static func skip(_ count: Int, in bytes: UnsafePointer<UInt8>, _ offset: inout Int) {
    var remaining = count
    while remaining > 8 {
      let word = UnsafeRawPointer(bytes + offset).loadUnaligned(as: UInt64.self)
      let ends = (~word & 0x8080_8080_8080_8080).nonzeroBitCount
      if ends >= remaining { break }
      remaining -= ends
      offset += 8
    }
    while remaining > 0 {
      if bytes[offset] < 0x80 { remaining -= 1 }
      offset += 1
    }
  }
}

extension Array {
  /// A copy whose capacity equals its count (plain `Array(self)` shares the buffer).
  func compacted() -> [Element] {
    withUnsafeBufferPointer { Array($0) }
  }
}
