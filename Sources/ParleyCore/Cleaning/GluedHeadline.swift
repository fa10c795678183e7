/// Splits a title-case run that a page glued onto the next sentence with no space
/// ("… Talks Resume in GenevaThe minister said …" → "… Talks Resume in Geneva" + "The minister said …").
///
/// The join is a lower-case letter directly followed by a capital and a lower-case letter, inside
/// a word whose part before the join has at least three lower-case letters (so "McDonald",
/// "DeSantis" and "MacArthur" stay whole). It is split only when the text before it is a title:
/// at least four words, every word of four or more letters capitalised, no sentence punctuation;
/// and the text after it reads like a sentence: at least six words, most of them lower-case.
enum GluedHeadline {
  /// The line, or the title and the sentence it was glued to.
  static func split(_ line: String) -> [String] {
    guard line.utf8.count >= 40, hasJoin(line.utf8) else { return [line] }
    let bytes = Array(line.utf8)
    var wordStart = 0
    var index = 1
    while index + 2 < bytes.count {
      let byte = bytes[index]
      if byte == 0x20 {
        wordStart = index + 1
      } else if isLower(byte), isUpper(bytes[index + 1]), isLower(bytes[index + 2]), index - wordStart >= 3,
        isUpper(bytes[wordStart]), bytes[(wordStart + 1)...index].allSatisfy(isLower)
      {
        let title = String(decoding: bytes[..<(index + 1)], as: UTF8.self)
        let sentence = String(decoding: bytes[(index + 1)...], as: UTF8.self)
        if isTitle(title), readsLikeSentence(sentence) { return [title, sentence] }
      }
      index += 1
    }
    return [line]
  }

  /// A cheap first pass without copying: whether any lower-case letter is followed by a capital.
  private static func hasJoin(_ utf8: String.UTF8View) -> Bool {
    func scan<C: Collection>(_ bytes: C) -> Bool where C.Element == UInt8 {
      var previousLower = false
      for byte in bytes {
        if previousLower && isUpper(byte) { return true }
        previousLower = isLower(byte)
      }
      return false
    }
    return utf8.withContiguousStorageIfAvailable { scan($0) } ?? scan(utf8)
  }

  private static func isLower(_ byte: UInt8) -> Bool { byte >= 0x61 && byte <= 0x7A }
  private static func isUpper(_ byte: UInt8) -> Bool { byte >= 0x41 && byte <= 0x5A }

  /// Four or more words, each word of four or more letters capitalised, ending like a headline.
  static func isTitle(_ text: String) -> Bool {
    let words = text.utf8.split(separator: 0x20)
    guard words.count >= 4, Headline.isHeadlineLike(text) else { return false }
    for word in words {
      guard let first = word.first else { continue }
      let letters = word.filter { isLower($0) || isUpper($0) || $0 >= 0x80 }.count
      if letters >= 4, isLower(first) { return false }
      if word.contains(where: { $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: ";") }) {
        return false
      }
    }
    return true
  }

  /// Six or more words, more than half of them starting in lower case.
  static func readsLikeSentence(_ text: String) -> Bool {
    let words = text.utf8.split(separator: 0x20)
    guard words.count >= 6 else { return false }
    let lower = words.filter { $0.first.map(isLower) ?? false }.count
    return lower * 2 > words.count
  }
}
