import Foundation
import ParleyAnalysis
import ParleyCore
import ParleySearch

/// Spelling variants for the search index taken from the gazetteer's aliases, so that a name
/// searched in one spelling finds the others (`zelenskyy` → Zelensky, Zelenskiy, Zelenski).
///
/// Names of one gazetteer entry with the same number of words are compared word by word; two
/// words at the same place that look like spellings of one word (same first letter, at least
/// four letters, at most two edits apart) join one group. Titles, short forms and metonyms
/// (`President Trump`, `US`/`USA`, `the Kremlin`) are not spellings and stay out. The groups
/// are added to the hand-made `data/search/variants.txt`.
public enum AliasVariants {
  /// The bundled variants file plus the alias groups of `lexicon` (the bundled lexicon when nil;
  /// the file alone when the lexicon cannot be read).
  public static func spellingVariants(lexicon: Lexicon? = nil) -> SpellingVariants {
    var text = ""
    if let folder = BundledData.directory("search"),
      let file = try? String(contentsOfFile: folder + "/variants.txt", encoding: .utf8)
    {
      text = file + "\n"
    }
    if let lexicon = lexicon ?? (try? Lexicon.bundled()) {
      text += groups(in: lexicon).map { $0.joined(separator: " ") }.joined(separator: "\n")
    }
    return SpellingVariants(text: text)
  }

  /// The groups of folded words that spell one word, from every entry's aliases, sorted.
  public static func groups(in lexicon: Lexicon) -> [[String]] {
    var groups: [[String]] = []
    for entry in lexicon.entries {
      let names = Set(entry.allNames.map(Tokenizer.tokens)).filter { !$0.isEmpty }
      var parent: [String: String] = [:]
      func root(_ word: String) -> String {
        var word = word
        while let up = parent[word], up != word { word = up }
        return word
      }
      let byLength = Dictionary(grouping: names, by: \.count)
      for sameLength in byLength.values {
        let list = Array(sameLength)
        for i in list.indices {
          for j in list.indices where j > i {
            for (a, b) in zip(list[i], list[j]) where a != b && areSpellings(a, b) {
              parent[a] = parent[a] ?? a
              parent[b] = parent[b] ?? b
              let (ra, rb) = (root(a), root(b))
              if ra != rb { parent[max(ra, rb)] = min(ra, rb) }
            }
          }
        }
      }
      let components = Dictionary(grouping: parent.keys, by: root).values.map { $0.sorted() }
      groups += components.filter { $0.count > 1 }
    }
    return groups.sorted { $0.lexicographicallyPrecedes($1) }
  }

  /// Two folded words that look like spellings of one word.
  static func areSpellings(_ a: String, _ b: String) -> Bool {
    let (x, y) = (Array(a.utf8), Array(b.utf8))
    guard x.count >= 4, y.count >= 4, x[0] == y[0], abs(x.count - y.count) <= 2 else { return false }
    return editDistance(x, y) <= 2
  }

  private static func editDistance(_ x: [UInt8], _ y: [UInt8]) -> Int {
    var previous = Array(0...y.count)
    var current = previous
    for i in 1...x.count {
      current[0] = i
      for j in 1...y.count {
        current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1))
      }
      swap(&previous, &current)
    }
    return previous[y.count]
  }
}
