import Foundation
import Testing

/// `parley search` with the analysis fields and alias spellings, on the bundled sample.
@Suite struct SearchFilterCommandTests {
  /// The ids `parley search QUERY --json` lists for the seeds, sorted.
  func ids(_ query: String) throws -> [String] {
    let result = try CommandLineTests().run(["search", query, Fixture.seeds, "--json", "--limit", "50"])
    #expect(result.status == 0, "\(result.err)")
    let object = try JSONSerialization.jsonObject(with: Data(result.out.utf8)) as? [String: Any]
    let hits = try #require(object?["hits"] as? [[String: Any]])
    return hits.compactMap { $0["id"] as? String }.sorted()
  }

  @Test("Every spelling of Zelensky finds the same articles")
  func spellings() throws {
    let zelenskyy = try ids("zelenskyy")
    #expect(zelenskyy.count == 4)
    for spelling in ["Zelenskiy", "zelenski", "ZELENSKY"] { #expect(try ids(spelling) == zelenskyy, "\(spelling)") }
  }

  @Test("entity: matches an alias like the canonical name")
  func entity() throws {
    let canonical = try ids("entity:\"Volodymyr Zelensky\"")
    #expect(canonical.count == 4)
    #expect(try ids("entity:Zelenskyy") == canonical)
    #expect(try ids("entity:kremlin").count == 2)
  }

  @Test("topic: and voice: narrow the results")
  func topicAndVoice() throws {
    let all = try ids("talks")
    let ceasefire = try ids("talks topic:ceasefire")
    #expect(!ceasefire.isEmpty && ceasefire.count < all.count)
    #expect(Set(try ids("voice:russia")).isSubset(of: Set(try ids("party:russia"))))
  }

  @Test("An unknown party or topic exits with a one-line message listing the choices")
  func unknown() throws {
    let party = try CommandLineTests().run(["search", "talks party:mars", Fixture.seeds])
    #expect(party.status != 0)
    #expect(party.err == "parley: bad query: unknown party 'mars' in party:; choose from: us, ukraine, russia, europe, other, none\n")
    let topic = try CommandLineTests().run(["search", "topic:weather", Fixture.seeds])
    #expect(topic.status != 0)
    #expect(topic.err.contains("choose from: crimea_recognition"))
    let entity = try CommandLineTests().run(["search", "entity:\"Nobody Atall\"", Fixture.seeds])
    #expect(entity.status != 0)
    #expect(entity.err.contains("no entity named 'Nobody Atall'"))
  }
}
