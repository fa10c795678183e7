import Foundation
import ParleyCore

@testable import ParleyAnalysis

/// Test helpers for the stance suites: hand-made articles and a small dictionary of party
/// mentions standing in for the entity recognizer, so each mechanism is tested on its own.
enum StanceFixtures {
  /// Names and the party they speak for (entities).
  static let names: [(String, String)] = [
    ("President Donald Trump", "us"), ("Donald Trump", "us"), ("Trump", "us"), ("Witkoff", "us"), ("Rubio", "us"),
    ("Vance", "us"), ("White House", "us"), ("Washington", "us"), ("United States", "us"), ("U.S.", "us"), ("US", "us"),
    ("Pentagon", "us"),
    ("Zelensky", "ukraine"), ("Zelenskyy", "ukraine"), ("Kyiv", "ukraine"), ("Ukraine", "ukraine"), ("Sybiha", "ukraine"),
    ("Putin", "russia"), ("Kremlin", "russia"), ("Moscow", "russia"), ("Russia", "russia"), ("Lavrov", "russia"),
    ("Europe", "europe"), ("EU", "europe"), ("Brussels", "europe"), ("Macron", "europe"), ("Starmer", "europe"),
    ("Britain", "europe"), ("Downing Street", "europe"), ("Merz", "europe"), ("Paris", "europe"), ("London", "europe"),
  ]
  static let persons: Set<String> = [
    "Trump", "Witkoff", "Rubio", "Vance", "Zelensky", "Zelenskyy", "Sybiha", "Putin", "Lavrov", "Macron", "Starmer", "Merz",
  ]
  /// Demonyms and collectives (party mentions).
  static let demonyms: [(String, String)] = [
    ("European officials", "europe"), ("European leaders", "europe"), ("the Europeans", "europe"), ("European", "europe"),
    ("Ukrainian officials", "ukraine"), ("the Ukrainians", "ukraine"), ("Ukrainian", "ukraine"),
    ("Russian officials", "russia"), ("the Russians", "russia"), ("Russian", "russia"), ("American", "us"),
  ]

  /// An article whose body is the given paragraphs, one sentence per line of each paragraph
  /// (sentences inside a paragraph separated by "\n" in the input are split; paragraphs by a blank line).
  static func article(_ text: String, id: String = "a", comments: [String] = []) -> Article {
    var body = ""
    var paragraphs: [TextRange] = []
    var sentences: [Sentence] = []
    for (p, paragraph) in text.components(separatedBy: "\n\n").enumerated() {
      if !body.isEmpty { body += "\n" }
      let paragraphStart = body.utf8.count
      for (s, sentence) in paragraph.split(separator: "\n").enumerated() {
        if s > 0 { body += " " }
        let start = body.utf8.count
        body += sentence
        sentences.append(Sentence(range: TextRange(start, body.utf8.count), paragraph: p))
      }
      paragraphs.append(TextRange(paragraphStart, body.utf8.count))
    }
    return Article(
      id: id, title: "Test", source: "test-" + id, path: "/tmp/\(id).txt", body: body, paragraphs: paragraphs,
      sentences: sentences, comments: comments)
  }

  /// Finds the dictionary's names and demonyms in the body, longest first, on word boundaries.
  static func entities(_ article: Article) -> ArticleEntities {
    let bytes = Array(article.body.utf8)
    var taken = [Bool](repeating: false, count: bytes.count)
    var result = ArticleEntities(articleID: article.id)
    func isWordByte(_ b: UInt8) -> Bool { (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || (b >= 0x30 && b <= 0x39) }
    let all = names.map { ($0.0, $0.1, true) } + demonyms.map { ($0.0, $0.1, false) }
    for (surface, party, isEntity) in all.sorted(by: { $0.0.utf8.count > $1.0.utf8.count }) {
      let needle = Array(surface.utf8)
      var i = 0
      while i + needle.count <= bytes.count {
        let matches = (0..<needle.count).allSatisfy { k in
          let a = bytes[i + k]
          let b = needle[k]
          return a == b || (!isEntity && k == 0 && a | 0x20 == b | 0x20)
        }
        let before = i == 0 || !isWordByte(bytes[i - 1])
        let after = i + needle.count == bytes.count || !isWordByte(bytes[i + needle.count])
        if matches, before, after, !taken[i..<(i + needle.count)].contains(true) {
          for k in i..<(i + needle.count) { taken[k] = true }
          let range = TextRange(i, i + needle.count)
          if isEntity {
            result.mentions.append(
              EntityMention(
                entityID: surface.lowercased(), canonicalName: surface,
                type: persons.contains(surface.split(separator: " ").last.map(String.init) ?? "") ? .person : .organization,
                party: party, field: .body,
                range: range, surface: surface))
          } else {
            result.partyMentions.append(PartyMention(party: party, field: .body, range: range, surface: surface))
          }
          i += needle.count
        } else {
          i += 1
        }
      }
    }
    result.mentions.sort { $0.range < $1.range }
    result.partyMentions.sort { $0.range < $1.range }
    return result
  }

  /// Loaded once, thread-safely (tests run in parallel).
  static let bundledLexicon: Result<StanceLexicon, any Error> = Result { try StanceLexicon.bundled() }
  static func lexicon() throws -> StanceLexicon { try bundledLexicon.get() }

  /// Claims of a one-off article, as `party topic stance` strings, sorted.
  static func claims(_ text: String) throws -> [String] {
    let article = article(text)
    let claims = StanceExtractor(lexicon: try lexicon()).claims(in: article, entities: entities(article))
    return Set(claims.map { "\($0.party) \($0.topic) \($0.stance.rawValue)" }).sorted()
  }

  static func fixturePath(_ name: String) -> String {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/\(name)").path
  }
}
