/// Splits UTF-8 text into folded word tokens, working on bytes.
///
/// - Letters and digits form tokens; everything else separates them, including hyphens,
///   dashes, quotes and the Unicode punctuation block, so `Zelensky–Putin` and `co-chair`
///   are two tokens each.
/// - Case and diacritic folding: ASCII is lowercased on a fast path; Latin-1 and Latin
///   Extended-A letters fold to ASCII (`KYIV = Kyiv`, `café = cafe`, `Straße = strasse`);
///   Cyrillic capitals are lowercased; other scripts keep their bytes.
/// - Straight and curly apostrophes are the same character and split words, and a
///   possessive `s` after one is dropped without taking a position, so `Ukraine’s army`
///   gives `ukraine army` at consecutive positions.
/// - Tokens longer than `maxTokenBytes` are cut to that length (still one token).
///
/// ```swift
/// Tokenizer.forEachToken(in: "Ukraine’s CO-CHAIR") { folded, range in
///   print(String(decoding: folded, as: UTF8.self), range)  // ukraine 0..<7, co …, chair …
/// }
/// ```
public enum Tokenizer {
  /// For each byte: its lowercase form if it is an ASCII letter or digit, else 0.
  static let asciiTable: [UInt8] = (0..<256).map { value -> UInt8 in
    let byte = UInt8(value)
    switch byte {
    case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"): return byte
    case UInt8(ascii: "A")...UInt8(ascii: "Z"): return byte | 0x20
    default: return 0
    }
  }

  /// The longest folded token kept, in bytes.
  public static let maxTokenBytes = 64

  /// Calls `body` with each token's folded bytes and its byte range in `text`.
  public static func forEachToken(
    in text: String, _ body: (UnsafeBufferPointer<UInt8>, Range<Int>) -> Void
  ) {
    var text = text
    text.withUTF8 { bytes in forEachToken(in: bytes, body) }
  }

  /// The folded tokens of `text`, as strings (for queries and tests, not hot paths).
  public static func tokens(_ text: String) -> [String] {
    var result: [String] = []
    forEachToken(in: text) { folded, _ in result.append(String(decoding: folded, as: UTF8.self)) }
    return result
  }

  /// Calls `body` with each token's folded bytes and its byte range in `bytes`.
  ///
  /// The folded buffer is only valid during the call.
  @inline(__always)
  public static func forEachToken(
    in bytes: UnsafeBufferPointer<UInt8>, _ body: (UnsafeBufferPointer<UInt8>, Range<Int>) -> Void
  ) {
    withUnsafeTemporaryAllocation(of: UInt8.self, capacity: maxTokenBytes + 4) { buffer in
      let out = buffer.baseAddress!
      let count = bytes.count
      var length = 0
      var start = -1
      var end = 0
      // Byte offset just after an apostrophe that ended a token, for dropping possessive 's.
      var afterApostrophe = -1
      var index = 0

      @inline(__always) func flush() {
        if start >= 0 {
          let possessive =
            start == afterApostrophe && length == 1 && out[0] == UInt8(ascii: "s")
          if !possessive { body(UnsafeBufferPointer(start: out, count: length), start..<end) }
          start = -1
          length = 0
        }
      }
      @inline(__always) func append(_ byte: UInt8, at position: Int) {
        if start < 0 { start = position }
        if length < maxTokenBytes {
          out[length] = byte
          length += 1
        }
      }

      asciiTable.withUnsafeBufferPointer { table in
      while index < count {
        let byte = bytes[index]
        if byte < 0x80 {
          if table[Int(byte)] != 0 {
            // ASCII fast path: copy the run of letters and digits, lowercased.
            if start < 0 { start = index }
            var i = index
            var n = length
            while i < count {
              let folded = table[Int(bytes[i])]
              if folded == 0 { break }
              if n < maxTokenBytes {
                out[n] = folded
                n += 1
              }
              i += 1
            }
            length = n
            index = i
            end = i
            continue
          }
          if byte == UInt8(ascii: "'") && start >= 0 {
            flush()
            afterApostrophe = index + 1
          } else {
            flush()
          }
          index += 1
          continue
        }
        // Multi-byte sequence.
        let sequenceLength: Int
        if byte >= 0xF0 { sequenceLength = 4 } else if byte >= 0xE0 { sequenceLength = 3 } else if byte >= 0xC0 {
          sequenceLength = 2
        } else {
          sequenceLength = 1  // stray continuation byte
        }
        if sequenceLength == 1 || index + sequenceLength > count {
          flush()
          index += 1
          continue
        }
        switch byte {
        case 0xC2:
          flush()  // U+0080…U+00BF: controls, spaces, Latin-1 punctuation and signs
        case 0xC3...0xC8:
          if let folded = LatinFolding.fold(byte, bytes[index + 1]) {
            if folded == 0 {
              flush()
            } else {
              append(UInt8(folded & 0xFF), at: index)
              if folded > 0xFF { append(UInt8(folded >> 8), at: index) }
              end = index + 2
            }
          } else {
            append(byte, at: index)
            append(bytes[index + 1], at: index)
            end = index + 2
          }
        case 0xD0:
          // Cyrillic capitals: U+0400…U+040F → U+0450…, U+0410…U+042F → U+0430….
          let trail = bytes[index + 1]
          if trail < 0x90 {
            append(0xD1, at: index)
            append(trail + 0x10, at: index)
          } else if trail < 0xA0 {
            append(0xD0, at: index)
            append(trail + 0x20, at: index)
          } else if trail < 0xB0 {
            append(0xD1, at: index)
            append(trail - 0x20, at: index)
          } else {
            append(0xD0, at: index)
            append(trail, at: index)
          }
          end = index + 2
        case 0xE2:
          // U+2000…U+2FFF: spaces, dashes, quotes, symbols. ’ (E2 80 99) is an apostrophe.
          if bytes[index + 1] == 0x80 && bytes[index + 2] == 0x99 && start >= 0 {
            flush()
            afterApostrophe = index + 3
          } else {
            flush()
          }
        case 0xE3 where bytes[index + 1] == 0x80:
          flush()  // CJK punctuation
        case 0xEF where bytes[index + 1] == 0xBB || bytes[index + 1] >= 0xBC && bytes[index + 1] <= 0xBF:
          flush()  // byte-order mark, half/full-width forms and specials
        case 0xF0 where bytes[index + 1] == 0x9F:
          flush()  // emoji and pictographs
        default:
          for offset in 0..<sequenceLength { append(bytes[index + offset], at: index) }
          end = index + sequenceLength
        }
        index += sequenceLength
      }
      }
      flush()
    }
  }
}
