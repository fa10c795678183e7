import ParleyCore

/// A simple search for when no index is available: every whitespace-separated term must occur
/// (ASCII case-insensitively); articles are ranked by the number of occurrences.
///
/// Linear in the corpus size; the browser uses ParleySearch's index when it is built.
public struct PlainTextSearch: ArticleSearch {
  let store: DocumentStore

  public init(store: DocumentStore) { self.store = store }

  public func search(_ query: String) throws -> [ArticleHit] {
    let terms = query.split(whereSeparator: { $0 == " " || $0 == "\"" }).map { Array($0.utf8).map(Self.fold) }
    guard !terms.isEmpty else { throw SearchFailure("empty query") }
    var hits: [ArticleHit] = []
    for (position, article) in store.articles.enumerated() {
      var body: [TextRange] = []
      var title: [TextRange] = []
      var allFound = true
      for term in terms {
        let inBody = Self.occurrences(of: term, in: article.body)
        let inTitle = Self.occurrences(of: term, in: article.title)
        if inBody.isEmpty && inTitle.isEmpty {
          allFound = false
          break
        }
        body += inBody
        title += inTitle
      }
      guard allFound else { continue }
      hits.append(ArticleHit(position: position, score: Double(body.count + 2 * title.count), bodyRanges: body.sorted(), titleRanges: title.sorted()))
    }
    return hits.sorted { $0.score != $1.score ? $0.score > $1.score : $0.position < $1.position }
  }

  static func fold(_ byte: UInt8) -> UInt8 { (65...90).contains(byte) ? byte + 32 : byte }

  static func occurrences(of term: [UInt8], in text: String) -> [TextRange] {
    guard !term.isEmpty else { return [] }
    var text = text
    return text.withUTF8 { bytes in
      var ranges: [TextRange] = []
      guard bytes.count >= term.count else { return ranges }
      var start = 0
      while start <= bytes.count - term.count {
        var matched = true
        for offset in 0..<term.count where fold(bytes[start + offset]) != term[offset] {
          matched = false
          break
        }
        if matched {
          ranges.append(TextRange(start, start + term.count))
          start += term.count
        } else {
          start += 1
        }
      }
      return ranges
    }
  }
}
