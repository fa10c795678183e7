import Foundation
import ParleyCore

/// Groups of spellings that a query word expands to (`zelenskyy` ↔ `zelensky`, `kyiv` ↔ `kiev`).
///
/// Read from an editable text file (`data/search/variants.txt`): one group per line, words
/// separated by spaces, `#` comments. Words are folded like the index (case, accents).
public struct SpellingVariants: Sendable, Hashable {
  private var groups: [String: [String]] = [:]

  public init() {}

  /// Parses the file format; lines without at least two words are ignored.
  public init(text: String) {
    for line in text.split(whereSeparator: \.isNewline) where !line.hasPrefix("#") {
      let words = line.split(separator: " ").compactMap { Tokenizer.tokens(String($0)).first }
      guard words.count > 1 else { continue }
      for word in words { groups[word, default: []].append(contentsOf: words.filter { $0 != word }) }
    }
  }

  /// The other spellings of a folded word.
  public func variants(of word: String) -> [String] { groups[word] ?? [] }

  public var isEmpty: Bool { groups.isEmpty }
}

extension SpellingVariants {
  /// The bundled `data/search/variants.txt` (found like other bundled data, see
  /// `BundledData`), or no variants when it is missing.
  ///
  /// ```swift
  /// var index = SearchIndex(store: store)
  /// index.spellingVariants = .bundled()   // zelenskyy also finds Zelensky
  /// ```
  public static func bundled() -> SpellingVariants {
    guard let folder = BundledData.directory("search"),
      let text = try? String(contentsOfFile: folder + "/variants.txt", encoding: .utf8)
    else { return SpellingVariants() }
    return SpellingVariants(text: text)
  }
}
