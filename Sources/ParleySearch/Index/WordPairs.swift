/// Adjacent pairs of very common words ("of the", "in a", "has been") indexed as one extra
/// term, so that a phrase through them reads a short list instead of the two longest ones.
///
/// A phrase such as "coalition of the willing" must check `of` and `the` in every candidate
/// article, and those two words fill the most positions of any list (about 60 an article in
/// news). The pair `of the` occurs a few times an article. The index therefore adds, for every
/// two consecutive tokens of a field whose stems are both in `words`, a posting of the pair
/// term at the first token's position; a phrase reads the pair instead of its two words (the
/// idea of Lucene's CommonGrams, restricted to pairs of the 20 commonest words to keep the index
/// small: about 4% more positions). Pair terms live in the stem dictionary under a key no token can
/// have (the stems joined by a space) and have no written forms, so word, prefix and typo
/// queries never see them. The list is English and general, not tied to any story.
enum WordPairs {
  /// The common words whose adjacent pairs are indexed (as written; stemmed when used).
  static let words = [
    "the", "of", "a", "an", "and", "to", "in", "on", "for", "at", "by", "with", "from", "as", "is", "was",
    "be", "that", "it", "has",
  ]

  /// The stems of `words`, without repeats, in a fixed order (a stem's index is its pair slot).
  static let stems: [[UInt8]] = {
    var result: [[UInt8]] = []
    for word in words {
      let stem = EnglishStemmer.stem(Array(word.utf8))
      if !result.contains(stem) { result.append(stem) }
    }
    return result
  }()

  /// The dictionary key of the pair (`first`, `second`): both stems joined by a space.
  static func key(_ first: [UInt8], _ second: [UInt8]) -> [UInt8] {
    first + [0x20] + second
  }
}
