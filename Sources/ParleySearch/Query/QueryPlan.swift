/// A query resolved against the index's segments: each word's postings lists and weights.
indirect enum QueryPlan: Sendable {
  case stems(StemLeaf)
  case phrase(PhraseLeaf)
  /// Filter results: sorted local documents per segment, unscored.
  case documents([[Int32]])
  case and([QueryPlan])
  case or([QueryPlan])
  case not(QueryPlan)
  case nothing
}

/// One postings list (`stem * 2 + field`) and its weight (idf × field boost).
struct WeightedList: Sendable {
  var key: Int
  var weight: Float
}

/// A word, prefix or typo-tolerant word: the union of some stems' lists.
struct StemLeaf: Sendable {
  /// Per segment, the lists to merge.
  var lists: [[WeightedList]]
  /// Per segment, the exact form typed (-1 when absent), for the exact-form bonus.
  var exactForms: [Int32]
  /// Weight of the exact-form bonus (bonus × body idf).
  var exactWeight: Float
  /// Per segment, the stems matched (for highlighting).
  var stems: [Set<Int32>]
  /// Which fields count (0 title, 1 body).
  var fields: [Int]
}

/// Words at consecutive positions.
struct PhraseLeaf: Sendable {
  /// Per segment, the stem of each word, or nil when one is missing from the segment.
  var slots: [[Int32]?]
  /// Per segment, the lists to intersect: each word's stem, except that two adjacent common
  /// words are read as their pair term (`WordPairs`); nil when the phrase cannot match there.
  var probes: [[PhraseProbe]?]
  var fields: [Int]
  /// Per field, the weight (sum of the words' idf × field boost).
  var weights: [Float]
}

/// One list of a phrase: a stem (or pair term) expected `offset` tokens after the phrase start.
struct PhraseProbe: Sendable {
  var stem: Int32
  var offset: Int32
}
