import Testing
@testable import ParleyAnalysis

/// The bundled gazetteer knows the story's usual actors, places and outlets, with the party the
/// gold README implies (third countries and international bodies `other`, media `none`).
@Suite struct GazetteerCoverageTests {
  @Test("Officials, capitals, regions, bodies and outlets of 2024–2025 resolve with their party", arguments: [
    ("Deputy Foreign Minister Alexander Grushko spoke.", "Alexander Grushko", "russia"),
    ("French Defence Minister Catherine Vautrin spoke.", "Catherine Vautrin", "europe"),
    ("Turkish intelligence chief Ibrahim Kalin spoke.", "İbrahim Kalın", "other"),
    ("Officials met in Ljubljana.", "Ljubljana", "europe"),
    ("Shelling hit Nikopol.", "Nikopol", "ukraine"),
    ("Drones hit a depot near Voronezh.", "Voronezh", "russia"),
    ("Leaders spoke at the Munich Security Conference.", "Munich Security Conference", "other"),
    ("The CSTO held a summit.", "Collective Security Treaty Organization", "other"),
    ("The ship belongs to the Black Sea Fleet.", "Black Sea Fleet", "russia"),
    ("A poll by the Levada Center was published.", "Levada Center", "none"),
    ("The claim was first made by Rybar.", "Rybar", "none"),
  ])
  func knownEntity(sentence: String, name: String, party: String) {
    let mention = recognize(sentence).mention(name)
    #expect(mention != nil, "\(name) not found in: \(sentence)")
    #expect(mention?.party == party)
  }
}
