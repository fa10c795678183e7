import ParleyCore

/// A simple search for when no index is available (tests, or an index that failed to build):
/// every whitespace-separated term must occur (ASCII case-insensitively); articles are ranked
/// by the number of occurrences.
///
/// Linear in the corpus size; the browser uses ParleySearch's index (`IndexedSearch`) normally.
public struct PlainTextSearch: ArticleSearch {
  let store: DocumentStore

  public init(store: DocumentStore) { self.store = store }

  public func search(_ query: String, limit: Int) throws -> SearchOutcome {
    let terms = Self.terms(query)
    guard !terms.isEmpty else { throw SearchFailure("empty query") }
    var hits: [ArticleHit] = []
    for position in store.articles.indices {
      let found = highlights(terms, in: position)
      guard let found else { continue }
      hits.append(ArticleHit(position: position, score: Double(found.body.count + 2 * found.title.count), count: found.body.count + found.title.count))
    }
    hits.sort { $0.score != $1.score ? $0.score > $1.score : $0.position < $1.position }
    return SearchOutcome(hits: Array(hits.prefix(limit)), total: hits.count)
  }

  public func highlights(for query: String, in position: Int) -> Highlights {
    highlights(Self.terms(query), in: position) ?? Highlights()
  }

  static func terms(_ query: String) -> [[UInt8]] {
    query.split(whereSeparator: { $0 == " " || $0 == "\"" }).map { Array($0.utf8).map(fold) }
  }

  /// Nil unless every term occurs.
  private func highlights(_ terms: [[UInt8]], in position: Int) -> Highlights? {
    let article = store[position]
    var result = Highlights()
    for term in terms {
      let inBody = Self.occurrences(of: term, in: article.body)
      let inTitle = Self.occurrences(of: term, in: article.title)
      if inBody.isEmpty && inTitle.isEmpty { return nil }
      result.body += inBody
      result.title += inTitle
    }
    result.body.sort()
    result.title.sort()
    return result
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
