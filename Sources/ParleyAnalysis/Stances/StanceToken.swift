import ParleyCore

/// One token of a sentence as the stance extractor sees it.
///
/// Words are lower-cased ASCII bytes (non-ASCII letters kept as they are); a possessive
/// `’s`/`'s` is folded into a flag on the word it belongs to; `n’t` becomes its own
/// `not` token. Punctuation and quote marks are tokens of their own.
public struct StanceToken: Sendable, Hashable {
  public enum Kind: Sendable, Hashable {
    case word
    case punctuation
    /// A quote mark: `"`, `“`, `”`, `‘`, or a `’`/`'` that is not an apostrophe.
    case quote
  }

  public var kind: Kind
  /// Lower-cased bytes of the word or the punctuation itself.
  public var bytes: [UInt8]
  /// Byte range in the article body.
  public var range: TextRange
  /// Whether the word carried a possessive `’s` (`Ukraine’s` → `ukraine`, possessive).
  public var isPossessive: Bool

  public init(kind: Kind, bytes: [UInt8], range: TextRange, isPossessive: Bool = false) {
    self.kind = kind
    self.bytes = bytes
    self.range = range
    self.isPossessive = isPossessive
  }

  /// The token text (for display and tests).
  public var text: String { String(decoding: bytes, as: UTF8.self) }

  /// Whether this is the given word.
  public func `is`(_ word: StaticString) -> Bool {
    guard kind == .word else { return false }
    return word.withUTF8Buffer { $0.elementsEqual(bytes) }
  }
}

/// Splits a sentence's bytes into `StanceToken`s.
public enum StanceTokenizer {
  /// Tokenizes `text[range]`; token ranges are absolute offsets into `text`'s UTF-8 bytes.
  public static func tokens(in text: String, range: TextRange) -> [StanceToken] {
    var text = text  // shares storage; withUTF8 only copies a non-contiguous (bridged) string
    return text.withUTF8 { buffer in
      let end = min(range.end, buffer.count)
      let start = min(range.start, end)
      return tokens(bytes: buffer, from: start, to: end)
    }
  }

  // MARK: - Scanning

  private static let apostrophes: Set<UInt32> = [0x27, 0x2019]
  private static let openQuotes: Set<UInt32> = [0x22, 0x201C, 0x201D, 0x2018, 0x00AB, 0x00BB]

  static func tokens(bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> [StanceToken] {
    var result: [StanceToken] = []
    result.reserveCapacity((end - start) / 5)
    var i = start
    var word: [UInt8] = []
    var wordStart = -1

    func scalar(at index: Int) -> (value: UInt32, length: Int) {
      let b0 = bytes[index]
      if b0 < 0x80 { return (UInt32(b0), 1) }
      if b0 >= 0xE0, b0 < 0xF0, index + 2 < end {
        return ((UInt32(b0 & 0x0F) << 12) | (UInt32(bytes[index + 1] & 0x3F) << 6) | UInt32(bytes[index + 2] & 0x3F), 3)
      }
      if b0 >= 0xC0, b0 < 0xE0, index + 1 < end {
        return ((UInt32(b0 & 0x1F) << 6) | UInt32(bytes[index + 1] & 0x3F), 2)
      }
      if b0 >= 0xF0, index + 3 < end { return (0x10000, 4) }
      return (UInt32(b0), 1)
    }
    func isLetter(_ value: UInt32) -> Bool {
      (value >= 0x61 && value <= 0x7A) || (value >= 0x41 && value <= 0x5A) || (value >= 0x30 && value <= 0x39)
        || (value >= 0xC0 && value < 0x2000 && value != 0xD7 && value != 0xF7)
    }
    func flush(_ endOffset: Int) {
      guard !word.isEmpty else { return }
      result.append(StanceToken(kind: .word, bytes: word, range: TextRange(wordStart, endOffset)))
      word.removeAll(keepingCapacity: true)
      wordStart = -1
    }
    func letterFollows(_ index: Int) -> Bool {
      index < end && isLetter(scalar(at: index).value)
    }

    while i < end {
      let (value, length) = scalar(at: i)
      if isLetter(value) {
        if wordStart < 0 { wordStart = i }
        if length == 1, value >= 0x41, value <= 0x5A {
          word.append(UInt8(value) + 32)
        } else {
          for k in 0..<length { word.append(bytes[i + k]) }
        }
        i += length
        continue
      }
      if apostrophes.contains(value), !word.isEmpty {
        let next = i + length
        // Possessive: ’s followed by a non-letter.
        if next < end, bytes[next] == 0x73 || bytes[next] == 0x53, !letterFollows(next + 1) {
          let wordEnd = i
          flush(wordEnd)
          result[result.count - 1].isPossessive = true
          i = next + 1
          continue
        }
        // Negative contraction: n’t.
        if next < end, bytes[next] == 0x74 || bytes[next] == 0x54, word.last == 0x6E, !letterFollows(next + 1) {
          word.removeLast()
          let notStart = i - 1
          if word == [0x77, 0x6F] { word = Array("will".utf8) }  // won't
          if word == [0x63, 0x61] { word = Array("can".utf8) }  // can't
          flush(notStart)
          result.append(StanceToken(kind: .word, bytes: Array("not".utf8), range: TextRange(notStart, next + 1)))
          i = next + 1
          continue
        }
        // Other contractions (we’ve, it’s): split into two words.
        if letterFollows(next) {
          flush(i)
          i = next
          continue
        }
        // Plural possessive: Ukrainians’ demands.
        if word.last == 0x73, next < end, bytes[next] == 0x20 {
          flush(i)
          result[result.count - 1].isPossessive = true
          i = next
          continue
        }
      }
      // Hyphen inside a word; dots inside abbreviations (u.s., u.k.).
      if value == 0x2D, !word.isEmpty, letterFollows(i + 1) {
        word.append(0x2D)
        i += 1
        continue
      }
      if value == 0x2E, !word.isEmpty,
        letterFollows(i + 1) && (i + 2 >= end || !letterFollows(i + 2)) || (word.contains(0x2E) && word.count <= 4)
      {
        word.append(0x2E)
        i += 1
        continue
      }
      flush(i)
      if value == 0x20 || value == 0x0A || value == 0x09 || value == 0x0D || value == 0xA0 {
        i += length
        continue
      }
      let kind: StanceToken.Kind = (openQuotes.contains(value) || apostrophes.contains(value)) ? .quote : .punctuation
      result.append(
        StanceToken(kind: kind, bytes: Array(UnsafeBufferPointer(rebasing: bytes[i..<(i + length)])), range: TextRange(i, i + length)))
      i += length
    }
    flush(end)
    return result
  }
}
