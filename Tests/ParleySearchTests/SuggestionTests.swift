import Foundation
import ParleyCore
import Testing
@testable import ParleySearch

@Suite struct SuggestionTests {
  @Test("A misspelled word is respelled as the indexed word it was meant to be")
  func misspelledQuery() throws {
    let index = TestCorpus.index([
      TestCorpus.article("a", "Ceasefire holds", "The ceasefire held overnight. Envoys met again."),
      TestCorpus.article("b", "Talks resume", "A ceasefire was agreed after the talks. Negotiations go on."),
      TestCorpus.article("c", "Ceasefires elsewhere", "Earlier ceasefires failed within days."),
    ])
    let results = index.search(try index.parser.parse("ceasfire talks"))
    #expect(results.totalHits == 0)
    #expect(results.suggestion == "ceasefire talks")
    #expect(index.search(try index.parser.parse("negotiatons")).suggestion == "negotiations")
    #expect(index.search(try index.parser.parse("\"ceasfire held\"")).suggestion == "\"ceasefire held\"")
    #expect(index.search(try index.parser.parse("zyxwvut")).suggestion == nil)
  }

  @Test("Between two words one typo away, the one in more articles is suggested")
  func moreArticlesWins() throws {
    let index = TestCorpus.index([
      TestCorpus.article("a", "Walks", "They walks home."),
      TestCorpus.article("b", "Talks", "Talks went well."),
      TestCorpus.article("c", "More talks", "Further talks planned."),
    ])
    #expect(index.search(try index.parser.parse("yalks")).suggestion == "talks")
    #expect(index.search(try index.parser.parse("wapks")).suggestion == "walks")
  }

  @Test("Suggestions equal a plain scan of every form, over random words with typos and several segments")
  func matchesBruteForce() {
    var random = SplitMix64(seed: 20_251_125)
    var vocabulary = Self.vocabulary(&random)
    // Clusters of words differing in one letter, and queries with another letter there: every
    // member is one edit away, so only article counts and scan order can choose.
    var queries = vocabulary.map { Self.misspell($0, &random) }
    for word in vocabulary.prefix(120) where word.unicodeScalars.allSatisfy({ $0.isASCII }) && word.count >= 4 {
      let at = random.below(word.count)
      func replaced(_ letter: Unicode.Scalar) -> String {
        var scalars = Array(word.unicodeScalars)
        scalars[at] = letter
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars)
        return String(view)
      }
      for _ in 0..<3 { vocabulary.append(replaced(Self.latin[random.below(Self.latin.count)])) }
      queries.append(replaced(Self.latin[random.below(Self.latin.count)]))
    }
    // Zipf-like frequencies, so that ties on distance are broken by article counts.
    var articles: [Article] = []
    for number in 0..<1_500 {
      var words: [String] = []
      for _ in 0..<12 {
        let rank = Int(Double(vocabulary.count) * pow(random.unit(), 3))
        words.append(vocabulary[min(rank, vocabulary.count - 1)])
      }
      articles.append(TestCorpus.article("n\(number)", words[0], words.joined(separator: " ")))
    }
    let index = TestCorpus.index(articles, threads: 3)
    #expect(index.segments.count == 3)
    let forms = Self.scanOrder(of: index)
    var suggested = 0
    var asked = 0
    for typo in queries where Tokenizer.tokens(typo) == [typo] {
      asked += 1
      let expected = Self.referenceSuggestion(for: typo, in: index, forms: forms)
      let actual = index.suggestion(for: .term(typo, field: nil))
      #expect(actual == expected, "query \(typo)")
      if actual != nil { suggested += 1 }
    }
    // The test means something only if most typos do get a suggestion.
    #expect(asked > 450)
    #expect(suggested * 2 > asked)
  }

  // MARK: - Reference

  /// Every form of every segment in scan order (segments in order, form ids in order), with
  /// its article count in that segment (title and body).
  static func scanOrder(of index: SearchIndex) -> [(bytes: [UInt8], frequency: Int)] {
    index.segments.flatMap { entry in
      let segment = entry.segment
      return (0..<Int32(segment.forms.count)).map { form in
        let stem = segment.formStem[Int(form)]
        let frequency = Int(segment.documentFrequency[Segment.key(stem: stem, field: 0)])
          + Int(segment.documentFrequency[Segment.key(stem: stem, field: 1)])
        return (Array(segment.forms.term(form)), frequency)
      }
    }
  }

  /// The did-you-mean rule as a plain scan of `forms` (see `scanOrder(of:)`): full Levenshtein
  /// distance, a form replaced only by a strictly closer or strictly more frequent one.
  static func referenceSuggestion(
    for word: String, in index: SearchIndex, forms: [(bytes: [UInt8], frequency: Int)]
  ) -> String? {
    let stem = EnglishStemmer.stem(Array(word.utf8))
    if index.documentFrequency(of: stem, field: 0) + index.documentFrequency(of: stem, field: 1) > 0 { return nil }
    let target = Array(word.utf8)
    let limit = EditDistance.allowance(forLength: target.count)
    guard limit > 0 else { return nil }
    var best: (bytes: [UInt8], distance: Int, frequency: Int)?
    for (candidate, frequency) in forms {
      // The distance is at least the length difference: skipping those only saves time.
      if abs(candidate.count - target.count) > limit { continue }
      let distance = levenshtein(target, candidate)
      guard distance <= limit else { continue }
      if best == nil || distance < best!.distance || distance == best!.distance && frequency > best!.frequency {
        best = (candidate, distance, frequency)
      }
    }
    return best.map { String(decoding: $0.bytes, as: UTF8.self) }
  }

  /// Full Levenshtein distance between byte strings (two rows, no early exit).
  static func levenshtein(_ a: [UInt8], _ b: [UInt8]) -> Int {
    if a.isEmpty || b.isEmpty { return max(a.count, b.count) }
    let width = b.count + 1
    var rows = [Int](repeating: 0, count: 2 * width)
    return rows.withUnsafeMutableBufferPointer { rows in
      a.withUnsafeBufferPointer { a in
        b.withUnsafeBufferPointer { b in
          var previous = rows.baseAddress!
          var current = previous + width
          for j in 0..<width { previous[j] = j }
          for i in 1...a.count {
            current[0] = i
            for j in 1..<width {
              var value = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
              if previous[j] + 1 < value { value = previous[j] + 1 }
              if current[j - 1] + 1 < value { value = current[j - 1] + 1 }
              current[j] = value
            }
            swap(&previous, &current)
          }
          return previous[b.count]
        }
      }
    }
  }

  // MARK: - Generated words

  /// Letters weighted like English text (so that words have near neighbours), plus some
  /// Cyrillic and CJK words whose characters take two and three bytes.
  static let latin = Array("eeeeaaatttoooiiinnnsssrrrhhlldcumfpgwybvkxjqz".unicodeScalars)
  static let cyrillic = Array("абвгдежзиклмнопрстуфхцчшщыэюя".unicodeScalars)
  static let cjk = Array("和平谈判停火协议安全保障领土乌克兰俄罗斯".unicodeScalars)

  static func vocabulary(_ random: inout SplitMix64) -> [String] {
    var words = Set<String>()
    while words.count < 420 {
      let alphabet: [Unicode.Scalar]
      let length: Int
      switch random.below(10) {
      case 0: (alphabet, length) = (cyrillic, 3 + random.below(7))
      case 1: (alphabet, length) = (cjk, 2 + random.below(3))
      default: (alphabet, length) = (latin, 3 + random.below(10))
      }
      var word = String.UnicodeScalarView()
      for _ in 0..<length { word.append(alphabet[random.below(alphabet.count)]) }
      let text = String(word)
      if Tokenizer.tokens(text) == [text] { words.insert(text) }
    }
    // Near neighbours of some words: one or two edits away, also indexed.
    var list = words.sorted()
    for word in list.prefix(150) { list.append(misspell(word, &random)) }
    return list.filter { Tokenizer.tokens($0) == [$0] }
  }

  /// `word` with one or two random edits: substitution, deletion, insertion or an
  /// adjacent transposition (two edits), on Unicode scalars.
  static func misspell(_ word: String, _ random: inout SplitMix64) -> String {
    var scalars = Array(word.unicodeScalars)
    let pool = scalars.allSatisfy { $0.isASCII } ? latin : (scalars.first!.value >= 0x4E00 ? cjk : cyrillic)
    for _ in 0..<(1 + random.below(4) / 3) {
      let at = random.below(scalars.count)
      switch random.below(4) {
      case 0: scalars[at] = pool[random.below(pool.count)]
      case 1 where scalars.count > 2: scalars.remove(at: at)
      case 2: scalars.insert(pool[random.below(pool.count)], at: at)
      default:
        if at + 1 < scalars.count { scalars.swapAt(at, at + 1) } else { scalars[at] = pool[random.below(pool.count)] }
      }
    }
    var view = String.UnicodeScalarView()
    view.append(contentsOf: scalars)
    return String(view)
  }
}
