/// The Porter2 (Snowball English) stemmer, as in Snowball 3.1.
///
/// Works on folded lowercase ASCII words; a word holding any other byte, or shorter than
/// three letters, is returned unchanged. Checked against PyPI `snowballstemmer` 3.1.1 on
/// about 4,000 words (`Tests/ParleySearchTests/Fixtures/porter2-english.tsv`).
///
/// ```swift
/// EnglishStemmer.stem("negotiations")  // "negoti"
/// ```
public enum EnglishStemmer {
  /// The stem of a folded word.
  public static func stem(_ word: String) -> String {
    String(decoding: stem(Array(word.utf8)), as: UTF8.self)
  }

  /// The stem of a folded word given as bytes.
  public static func stem(_ word: [UInt8]) -> [UInt8] {
    guard word.count >= 3, word.allSatisfy({ $0 >= 0x61 && $0 <= 0x7A || $0 >= 0x30 && $0 <= 0x39 }) else {
      return word
    }
    if let exception = exceptions[word] { return exception }
    var state = Word(word)
    state.run()
    return state.letters
  }

  private static let exceptions: [[UInt8]: [UInt8]] = {
    let pairs: [(String, String)] = [
      ("skis", "ski"), ("skies", "sky"), ("idly", "idl"), ("gently", "gentl"), ("ugly", "ugli"),
      ("early", "earli"), ("only", "onli"), ("singly", "singl"), ("sky", "sky"), ("news", "news"),
      ("howe", "howe"), ("atlas", "atlas"), ("cosmos", "cosmos"), ("bias", "bias"), ("andes", "andes"),
    ]
    var map: [[UInt8]: [UInt8]] = [:]
    for (word, stem) in pairs { map[Array(word.utf8)] = Array(stem.utf8) }
    return map
  }()
}

// MARK: - The algorithm

/// One word being stemmed: its letters (with `Y` marking a consonant y) and regions R1, R2.
private struct Word {
  var letters: [UInt8]
  var r1 = 0
  var r2 = 0

  private static let upperY = UInt8(ascii: "Y")

  init(_ word: [UInt8]) { letters = word }

  static func isVowel(_ c: UInt8) -> Bool {
    switch c {
    case UInt8(ascii: "a"), UInt8(ascii: "e"), UInt8(ascii: "i"), UInt8(ascii: "o"), UInt8(ascii: "u"),
      UInt8(ascii: "y"):
      return true
    default: return false
    }
  }

  func vowel(at i: Int) -> Bool { Word.isVowel(letters[i]) }

  func ends(with suffix: String) -> Bool {
    let s = suffix.utf8
    guard s.count <= letters.count else { return false }
    var i = letters.count - s.count
    for c in s {
      if letters[i] != c { return false }
      i += 1
    }
    return true
  }

  func starts(with prefix: String) -> Bool {
    let p = prefix.utf8
    guard p.count <= letters.count else { return false }
    return zip(letters, p).allSatisfy { $0 == $1 }
  }

  /// The first of `suffixes` (ordered longest first) that the word ends with.
  func longest(_ suffixes: [String]) -> String? { suffixes.first(where: ends(with:)) }

  mutating func replace(suffixLength: Int, with replacement: String) {
    letters.removeLast(suffixLength)
    letters.append(contentsOf: replacement.utf8)
  }

  /// Whether the letters before `end` hold a vowel.
  func hasVowel(before end: Int) -> Bool { (0..<end).contains { vowel(at: $0) } }

  /// A short syllable ends at `end` (exclusive): non-vowel, vowel, non-vowel other than
  /// w, x or Y; or vowel, non-vowel at the start of the word; or the word part ends in "past".
  func endsInShortSyllable(_ end: Int) -> Bool {
    if end >= 3 {
      let c = letters[end - 1]
      if !vowel(at: end - 3) && vowel(at: end - 2) && !Word.isVowel(c) && c != UInt8(ascii: "w")
        && c != UInt8(ascii: "x") && c != Word.upperY
      {
        return true
      }
    }
    if end == 2 && vowel(at: 0) && !vowel(at: 1) { return true }
    if end >= 4 && Array(letters[(end - 4)..<end]) == Array("past".utf8) { return true }
    return false
  }

  /// Start of the region after the first non-vowel that follows a vowel, from `from`.
  func regionStart(from: Int) -> Int {
    var i = from
    while i < letters.count && !vowel(at: i) { i += 1 }
    while i < letters.count && vowel(at: i) { i += 1 }
    return min(i + 1, letters.count)
  }

  mutating func markRegions() {
    let prefixes = ["arsen", "commun", "emerg", "gener", "inter", "later", "organ", "past", "univers"]
    if let prefix = prefixes.first(where: starts(with:)) {
      r1 = prefix.utf8.count
    } else {
      r1 = regionStart(from: 0)
    }
    r2 = r1 < letters.count ? regionStart(from: r1) : letters.count
  }

  mutating func run() {
    // Prelude: y at the start or after a vowel is a consonant.
    if letters[0] == UInt8(ascii: "y") { letters[0] = Word.upperY }
    for i in 1..<letters.count where letters[i] == UInt8(ascii: "y") && vowel(at: i - 1) {
      letters[i] = Word.upperY
    }
    markRegions()
    step1a()
    step1b()
    step1c()
    step2()
    step3()
    step4()
    step5()
    for i in letters.indices where letters[i] == Word.upperY { letters[i] = UInt8(ascii: "y") }
  }

  mutating func step1a() {
    guard let suffix = longest(["sses", "ied", "ies", "ss", "us", "s"]) else { return }
    switch suffix {
    case "sses": replace(suffixLength: 4, with: "ss")
    case "ied", "ies": replace(suffixLength: 3, with: letters.count > 4 ? "i" : "ie")
    case "s":
      // Delete if the part before the letter preceding the s holds a vowel.
      if letters.count >= 3 && hasVowel(before: letters.count - 2) { letters.removeLast() }
    default: break
    }
  }

  mutating func step1b() {
    guard let suffix = longest(["eedly", "ingly", "edly", "eed", "ing", "ed"]) else { return }
    let stemEnd = letters.count - suffix.utf8.count
    switch suffix {
    case "eed", "eedly":
      guard stemEnd >= r1 else { return }
      let head = Array(letters[0..<stemEnd])
      if ["succ", "proc", "exc"].contains(where: { Array($0.utf8) == head }) { return }
      replace(suffixLength: suffix.utf8.count, with: "ee")
      return
    case "ing":
      let head = Array(letters[0..<stemEnd])
      if ["even", "cann", "inn", "earr", "herr", "out"].contains(where: { Array($0.utf8) == head }) { return }
      if stemEnd == 2 && head[1] == UInt8(ascii: "y") && !Word.isVowel(head[0]) {
        replace(suffixLength: 4, with: "ie")  // dying → die
        return
      }
    default: break
    }
    guard hasVowel(before: stemEnd) else { return }
    letters.removeLast(suffix.utf8.count)
    if ends(with: "at") || ends(with: "bl") || ends(with: "iz") {
      letters.append(UInt8(ascii: "e"))
      return
    }
    for double in ["bb", "dd", "ff", "gg", "mm", "nn", "pp", "rr", "tt"] where ends(with: double) {
      // Keep the double in a three-letter word starting with a, e or o (add, egg, odd).
      if letters.count == 3 && [UInt8(ascii: "a"), UInt8(ascii: "e"), UInt8(ascii: "o")].contains(letters[0]) {
        return
      }
      letters.removeLast()
      return
    }
    if r1 == letters.count && endsInShortSyllable(letters.count) {
      letters.append(UInt8(ascii: "e"))
    }
  }

  mutating func step1c() {
    let n = letters.count
    guard n >= 3, letters[n - 1] == UInt8(ascii: "y") || letters[n - 1] == Word.upperY, !vowel(at: n - 2)
    else { return }
    letters[n - 1] = UInt8(ascii: "i")
  }

  private static let step2Rules: [(String, String)] = [
    ("ational", "ate"), ("tional", "tion"), ("enci", "ence"), ("anci", "ance"), ("abli", "able"),
    ("entli", "ent"), ("ization", "ize"), ("izer", "ize"), ("ation", "ate"), ("ator", "ate"),
    ("alism", "al"), ("aliti", "al"), ("alli", "al"), ("fulness", "ful"), ("ousli", "ous"),
    ("ousness", "ous"), ("iveness", "ive"), ("iviti", "ive"), ("biliti", "ble"), ("bli", "ble"),
    ("ogist", "og"), ("ogi", "og"), ("fulli", "ful"), ("lessli", "less"), ("li", ""),
  ]

  mutating func step2() {
    // The longest matching suffix decides; it applies only inside R1.
    guard
      let rule = Word.step2Rules.filter({ ends(with: $0.0) }).max(by: { $0.0.utf8.count < $1.0.utf8.count })
    else { return }
    let suffixLength = rule.0.utf8.count
    let start = letters.count - suffixLength
    guard start >= r1 else { return }
    switch rule.0 {
    case "ogi":
      guard start >= 1, letters[start - 1] == UInt8(ascii: "l") else { return }
    case "li":
      guard start >= 1, "cdeghkmnrt".utf8.contains(letters[start - 1]) else { return }
    default: break
    }
    replace(suffixLength: suffixLength, with: rule.1)
  }

  private static let step3Rules: [(String, String)] = [
    ("ational", "ate"), ("tional", "tion"), ("alize", "al"), ("icate", "ic"), ("iciti", "ic"),
    ("ative", ""), ("ical", "ic"), ("ness", ""), ("ful", ""),
  ]

  mutating func step3() {
    guard
      let rule = Word.step3Rules.filter({ ends(with: $0.0) }).max(by: { $0.0.utf8.count < $1.0.utf8.count })
    else { return }
    let suffixLength = rule.0.utf8.count
    let start = letters.count - suffixLength
    guard start >= r1 else { return }
    if rule.0 == "ative" && start < r2 { return }
    replace(suffixLength: suffixLength, with: rule.1)
  }

  private static let step4Suffixes = [
    "ement", "ance", "ence", "able", "ible", "ment", "ant", "ent", "ism", "ate", "iti", "ous", "ive", "ize",
    "ion", "al", "er", "ic",
  ]

  mutating func step4() {
    guard let suffix = Word.step4Suffixes.first(where: ends(with:)) else { return }
    let start = letters.count - suffix.utf8.count
    guard start >= r2 else { return }
    if suffix == "ion" {
      guard start >= 1, letters[start - 1] == UInt8(ascii: "s") || letters[start - 1] == UInt8(ascii: "t") else {
        return
      }
    }
    letters.removeLast(suffix.utf8.count)
  }

  mutating func step5() {
    guard let last = letters.last else { return }
    let start = letters.count - 1
    if last == UInt8(ascii: "e") {
      if start >= r2 || (start >= r1 && !endsInShortSyllable(start)) { letters.removeLast() }
    } else if last == UInt8(ascii: "l") {
      if start >= r2 && start >= 1 && letters[start - 1] == UInt8(ascii: "l") { letters.removeLast() }
    }
  }
}
