/// A forward-only read position in one (stem, field) list of a `Segment` that can jump ahead
/// with the list's skip entries and read the positions of the document it stands on.
///
/// Positions of documents passed over are not decoded: their count is kept in `pending` and
/// skipped in one `VarInt.skip` when positions are next needed, or dropped by a jump.
/// `advance(to:)` costs O(skip entries passed + documents decoded), at most
/// `Segment.skipInterval` documents per call after the jump.
struct PositionalCursor {
  private let base: UnsafePointer<UInt8>
  private let positionBase: UnsafePointer<UInt8>
  private let skips: UnsafeBufferPointer<SkipEntry>
  private var skip = 0
  private var offset: Int
  private let end: Int
  private var positionOffset: Int
  /// Positions not yet read or skipped, up to and including the current document's.
  private var pending = 0
  /// The current document (-1 before the first, `Int32.max` after the last).
  private(set) var document: Int32 = -1
  /// The current document's term frequency.
  private(set) var frequency = 0

  /// A cursor before the first document of list `key`; the segment's arrays must outlive it.
  init(key: Int, in segment: Segment, postings: UnsafePointer<UInt8>, positions: UnsafePointer<UInt8>,
       skips: UnsafePointer<SkipEntry>?) {
    base = postings
    positionBase = positions
    let first = Int(segment.skipStarts[key])
    let count = Int(segment.skipStarts[key + 1]) - first
    self.skips = UnsafeBufferPointer(start: count > 0 ? skips! + first : nil, count: count)
    offset = Int(segment.postingStarts[key])
    end = Int(segment.postingStarts[key + 1])
    positionOffset = Int(segment.positionStarts[key])
  }

  /// Moves to the first document at or after `target`; false when there is none.
  @inline(__always)
  mutating func advance(to target: Int32) -> Bool {
    if document >= target { return document != Int32.max }
    while skip < skips.count && skips[skip].document < target {
      let entry = skips[skip]
      skip += 1
      if entry.document >= document {
        document = entry.document
        frequency = 0
        offset = Int(entry.offset)
        positionOffset = Int(entry.positionOffset)
        pending = 0
      }
    }
    while document < target {
      if offset >= end {
        document = Int32.max
        return false
      }
      document &+= Int32(truncatingIfNeeded: VarInt.read(base, &offset))
      frequency = Int(VarInt.read(base, &offset))
      pending += frequency
    }
    return true
  }

  /// Writes the current document's positions minus `shift` that are ≥ 0 to `output`, in
  /// increasing order, and returns how many it wrote (at most `frequency`). Call at most once
  /// per document.
  @inline(__always)
  mutating func readPositions(minus shift: Int32, into output: UnsafeMutablePointer<Int32>) -> Int {
    VarInt.skip(pending - frequency, in: positionBase, &positionOffset)
    var position: Int32 = 0
    var written = 0
    for _ in 0..<frequency {
      position &+= Int32(truncatingIfNeeded: VarInt.read(positionBase, &positionOffset))
      output[written] = position &- shift
      written &+= position >= shift ? 1 : 0
    }
    pending = 0
    return written
  }

  /// Writes to `output` each of the `count` sorted `anchors` that equals one of the current
  /// document's positions minus `shift`, and returns how many it wrote. Decodes positions only
  /// up to the last anchor; the rest are left for the next skip. O(positions decoded + anchors).
  /// Call at most once per document.
  @inline(__always)
  mutating func keep(
    _ anchors: UnsafePointer<Int32>, count: Int, minus shift: Int32, into output: UnsafeMutablePointer<Int32>
  ) -> Int {
    VarInt.skip(pending - frequency, in: positionBase, &positionOffset)
    var a = 0
    var written = 0
    var position: Int32 = 0
    var read = 0
    while a < count && read < frequency {
      position &+= Int32(truncatingIfNeeded: VarInt.read(positionBase, &positionOffset))
      read &+= 1
      let start = position &- shift
      while a < count && anchors[a] < start { a &+= 1 }
      if a < count && anchors[a] == start {
        output[written] = start
        written &+= 1
        a &+= 1
      }
    }
    pending = frequency - read
    return written
  }
}
