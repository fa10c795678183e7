import Testing
@testable import ParleyAnalysis

/// Context rules for names the gazetteer does not know: places by their first word or the noun
/// after them, places named with a modifier, news outlets by the verbs around them.
@Suite struct EntityContextRuleTests {
  func found(_ body: String) -> [String] {
    recognize(body).mentions.map { "\($0.canonicalName)/\($0.type.rawValue)" }
  }

  @Test("A run starting with Santa, Lake or Mount is a place, even when a given name is inside it")
  func placeFirstWords() {
    let names = found("The procession went on to Santa Maria Novella, and the climbers later reached Mount Hoverla before dusk.")
    #expect(names == ["Santa Maria Novella/place", "Mount Hoverla/place"])
  }

  @Test("A lower-case place noun after an unknown name makes it a place")
  func placeNounAfter() {
    let names = found("Delegates met at the Bellmoor hotel, a short drive from the Varnitsa nuclear plant.")
    #expect(names == ["Bellmoor/place", "Varnitsa/place"])
  }

  @Test("A modifier before a known place names a place of its own with that place's party")
  func modifiedPlace() {
    let mentions = recognize("Diplomats from Eastern Europe compared the talks with the fall of Nazi Germany.").mentions
    #expect(mentions.map(\.canonicalName) == ["Eastern Europe", "Nazi Germany"])
    #expect(mentions.map(\.type) == [.place, .place])
    #expect(mentions.first?.party == "europe")
  }

  @Test("An unknown word after 'told' or 'according to', or before 'reported', is a news outlet")
  func outletContext() {
    let names = found(
      "The minister told Zorvik on Monday that the talks would resume, according to XNB, and Palmara reported the same.")
    #expect(names == ["Zorvik/organization", "XNB/organization", "Palmara/organization"])
  }

  @Test("An outlet cue before a surname of someone the article named links to that person instead")
  func outletCueLinksSurname() {
    let mentions = recognize("Reporters waited for Olena Marchuk. The mayor told Marchuk that the road was closed.").mentions
    #expect(mentions.map(\.canonicalName) == ["Olena Marchuk", "Olena Marchuk"])
    #expect(mentions.allSatisfy { $0.type == .person })
  }

  @Test("An appositive naming a company or consultancy makes an unknown pair an organisation, not a person")
  func organizationAppositive() {
    let names = found("Insurance costs have doubled, according to Kestrel Analytics, a London-based consultancy.")
    #expect(names == ["Kestrel Analytics/organization", "London/place"])
  }

  @Test("A headline whose long words are all capitalised is title case, so its capitals name no one")
  func titleCaseHeadline() {
    let found = recognize("Negotiators left the capital on Tuesday without a deal.", title: "Shipping Talks Stall as Envoys Leave Doriska")
    #expect(found.mentions.isEmpty)
  }

  @Test("A name joined by 'and' to a place found by its cue is a place too")
  func joinedPlaces() {
    let names = found("Drones struck the towns of Zarichne and Pervomaisk overnight.")
    #expect(names == ["Zarichne/place", "Pervomaisk/place"])
  }

  @Test("A sentence-initial pair followed by ', who' is a person")
  func relativeWho() {
    let names = found("Ostrava Kelnik, who heads the port authority, said the cranes were idle.")
    #expect(names == ["Ostrava Kelnik/person"])
  }

  @Test("A company noun before an unknown word makes it an organisation; an initiative is a body")
  func companyAndInitiative() {
    let names = found("The Polish company Baltexim delivered generators, and the Nordic Defence Initiative paid for them.")
    #expect(names == ["Baltexim/organization", "Nordic Defence Initiative/organization"])
  }

  @Test("'a member of' a known body gives an unknown person that body's party")
  func memberAppositive() {
    let mention = recognize("Vadim Terekhin, a member of the State Duma's defence committee, said Moscow would respond.").mention("Vadim Terekhin")
    #expect(mention?.type == .person)
    #expect(mention?.party == "russia")
  }

  @Test("A title with its party before a comma gives the name after it that party")
  func titleBeforeComma() {
    let mention = recognize("Later, Fico's spokesman, Marek Dlhy, said the call had been short.").mention("Marek Dlhy")
    #expect(mention?.party == "europe")
  }

  @Test("A title word followed by an organisation word stays inside the organisation's name")
  func titleWordInsideOrganization() {
    let names = found("Delegates gathered at the Dockworkers General Council, where General Ostap Hrytsak spoke.")
    #expect(names == ["Dockworkers General Council/organization", "Ostap Hrytsak/person"])
  }

  @Test("A titled name that runs into 'of the' and a demonym ends before the particles")
  func titledNameBeforeParticles() {
    let names = found("Prof. Hanna Shelest of the Ukrainian council said the channels were open.")
    #expect(names == ["Hanna Shelest/person"])
  }

  @Test("A role phrase naming its body before a comma gives the name after it that body's party")
  func rolePhraseBeforeComma() {
    let mention = recognize("A spokesman for the Kremlin, Gleb Orlov, said the talks were useful.").mention("Gleb Orlov")
    #expect(mention?.party == "russia")
  }

  @Test("After an organisation word and 'of', a demonym continues the organisation's name; after a person's name it does not")
  func demonymInsideOrganization() {
    let names = found("The Confederation of Indian Industry said trade had grown, and Ostap Hrytsak of the Ukrainian council agreed.")
    #expect(names == ["Confederation of Indian Industry/organization", "Ostap Hrytsak/person"])
  }

  @Test("Compass phrases before a name and facility nouns after it make places")
  func compassAndFacilities() {
    let names = found("Units advanced two kilometres west of Velyka Tarasivka, and drones hit the Verkhnodar refinery.")
    #expect(names == ["Velyka Tarasivka/place", "Verkhnodar/place"])
  }

  @Test("European plurals and Nordic or Baltic adjectives before group nouns signal Europe")
  func moreDemonyms() {
    let found = recognize("The Finns and the Swedes agreed, and Baltic leaders and Nordic diplomats backed them.")
    #expect(found.mentions.isEmpty)
    #expect(found.partyMentions.map(\.surface) == ["Finns", "Swedes", "Baltic leaders", "Nordic diplomats"])
    #expect(Set(found.partyMentions.map(\.party)) == ["europe"])
  }
}
