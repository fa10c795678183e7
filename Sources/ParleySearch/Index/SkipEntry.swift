/// A jump point in one (stem, field) postings list, written after every
/// `Segment.skipInterval`-th document of the list.
///
/// Reading may resume right after the entry: the next document is `document` plus the next
/// delta at `offset` in `Segment.postings`, and its positions start at `positionOffset` in
/// `Segment.positions`. Entries of a list have increasing `document`s and offsets.
struct SkipEntry: Sendable {
  /// The last document before the jump point.
  var document: Int32
  /// Byte offset in `Segment.postings` of the next document's delta.
  var offset: UInt32
  /// Byte offset in `Segment.positions` of the next document's positions.
  var positionOffset: UInt32
}
