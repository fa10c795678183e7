import ParleyCore
import Testing
@testable import ParleyAnalysis

@Suite struct EntityRecognizerTests {
  // MARK: - Aliases and variants

  @Test("Every transliteration of Zelensky is the same entity")
  func zelenskyVariants() {
    let found = recognize("Zelenskyy spoke first. Zelenskiy then left, and Zelenski returned while Zelensky waited.")
    #expect(Set(found.mentions.map(\.entityID)) == ["volodymyr zelensky"])
    #expect(found.mentions.map(\.surface) == ["Zelenskyy", "Zelenskiy", "Zelenski", "Zelensky"])
    #expect(found.mentions.allSatisfy { $0.party == "ukraine" && $0.type == .person })
  }

  @Test("US, U.S. and USA are the United States; the pronoun 'us' is not")
  func abbreviations() {
    let found = recognize("The U.S. told us that USA officials and US envoys agree with the EU.")
    #expect(found.names == ["United States", "United States", "United States", "European Union"])
  }

  @Test("Longest alias wins: the Washington Post is an outlet, not the city")
  func longestMatch() {
    let found = recognize("The Washington Post reported it from Washington.")
    #expect(found.names == ["The Washington Post", "Washington"])
    #expect(found.mentions[0].party == "none")
  }

  @Test("An outlet called 'The …' does not swallow the start of a longer name")
  func overlappingAliases() {
    let found = recognize("A report by the Atlantic Council was quoted by The Atlantic and the Times.")
    #expect(found.names == ["Atlantic Council", "The Atlantic", "The Times"])
  }

  // MARK: - Unknown names by title and context

  @Test("A title before an unknown name makes a person, with the party of the demonym before it")
  func titledUnknownName() {
    let found = recognize("Ukrainian Deputy Prime Minister Olena Kovalchuk said the talks would go on.")
    let person = found.mention("Olena Kovalchuk")
    #expect(person?.type == .person)
    #expect(person?.party == "ukraine")
  }

  @Test("The party of an unknown official comes from a country or a known person before the title")
  func partyFromContext() {
    let found = recognize(
      "UK Prime Minister Jane Harrow met Trump's special envoy Mark Halvorsen and the Turkish Foreign Minister Emre Aksoy.")
    #expect(found.mention("Jane Harrow")?.party == "europe")
    #expect(found.mention("Mark Halvorsen")?.party == "us")
    #expect(found.mention("Emre Aksoy")?.party == "other")
  }

  @Test("Lower-case roles work as titles too, and an organisation word can open a title")
  func lowerCaseTitles() {
    let found = recognize("Russia's foreign minister Igor Petrenko met US Army Secretary Dale Corbin.")
    #expect(found.mention("Igor Petrenko")?.party == "russia")
    #expect(found.mention("US Army")?.type == .organization)
    #expect(found.mention("Dale Corbin")?.party == "us")
  }

  @Test("An appositive after an unknown name gives its party")
  func appositiveParty() {
    let found = recognize(
      "Analyst Pavel Sorin, head of research at the Russian Academy of Sciences, spoke. Maria Kolesnyk, the Ukrainian envoy, replied."
    )
    #expect(found.mention("Pavel Sorin")?.party == "russia")
    #expect(found.mention("Maria Kolesnyk")?.party == "ukraine")
  }

  @Test("Stacked titles are skipped: Admiral Sir")
  func stackedTitles() {
    let found = recognize("The defence chief, Admiral Sir Gareth Pellow, will attend.")
    #expect(found.mention("Gareth Pellow")?.type == .person)
  }

  @Test("Organisation words make a capitalised run an organisation, named after its country")
  func organizationWords() {
    let found = recognize(
      "Russia’s Emergency Situations Ministry said so, and the Lithuanian Energy Council agreed. The Emergency Situations Ministry later denied it."
    )
    let ministry = found.mentions.filter { $0.canonicalName == "Russian Emergency Situations Ministry" }
    #expect(ministry.count == 2)
    #expect(ministry.first?.party == "russia")
    #expect(found.names.contains("Russia"))
    #expect(found.mention("Lithuanian Energy Council")?.party == "europe")
  }

  @Test("Place cues type unknown names as places; a bare capitalised word is not a name")
  func placeCues() {
    let found = recognize("Drones hit targets in Kostopil overnight, and shelling hit the Zhmerynka region.")
    #expect(found.mention("Kostopil")?.type == .place)
    #expect(found.mention("Zhmerynka")?.type == .place)
    #expect(recognize("Officials said Kostopil was hit.").mentions.isEmpty)
    #expect(recognize("The bill stalled in Parliament before Christmas and at Easter.").mentions.isEmpty)
  }

  @Test("A titled appositive makes a sentence-initial pair a person")
  func appositiveTitle() {
    let found = recognize("Tymur Kravets, a senior adviser to the Ukrainian government, said the plan was dead.")
    #expect(found.mention("Tymur Kravets")?.type == .person)
    #expect(found.mention("Tymur Kravets")?.party == "ukraine")
  }

  @Test("A given name starts a person's name even without a title")
  func givenNames() {
    let found = recognize("The correspondent, as analyst Kimberly Dozier noted, and Maria Kolesnyk both doubt it.")
    #expect(found.mention("Maria Kolesnyk")?.type == .person)
  }

  // MARK: - Capitals that are not names

  @Test("Capitalised words at sentence starts are not names")
  func sentenceInitialCapitals() {
    let found = recognize("However, the talks stalled. Persistent shelling went on. Later that day Putin spoke.")
    #expect(found.names == ["Vladimir Putin"])
  }

  @Test("A title-case headline yields only known names and names the body defines")
  func titleCaseHeadline() {
    let found = recognize(
      "Finance Minister Petra Valkova said on Monday that the plan would work.",
      title: "Valkova Warns Leaders As Talks Resume In Geneva")
    let inTitle = found.mentions.filter { $0.field == .title }
    #expect(inTitle.map(\.canonicalName) == ["Petra Valkova", "Geneva"])
  }

  @Test("A title-case line inside the body is a headline too, even with lower-case function words")
  func titleCaseBodyLine() {
    let found = recognize(
      "Grain exports resumed on Monday after a revival of hopes for the talks.\nHopes for the Revival of Grain Deals between Kyiv and Ankara\nThe ships left port.")
    #expect(found.names == ["Kyiv", "Ankara"])
  }

  @Test("Rooms and documents are not entities; the places inside a law's name are not mentions")
  func nonEntities() {
    let found = recognize("He spoke in the Oval Office about the Countering Russia’s Aggression Act.")
    #expect(found.mentions.isEmpty)
    #expect(recognize("They asked for more Storm Shadow missiles after the Cold War ended.").mentions.isEmpty)
  }

  @Test("Photo credits and author lines are not article text")
  func credits() {
    let found = recognize("Putin spoke in Moscow. (Photo by Ivan Petrov/AFP via Getty Images)\nJohn Carver\nMore text.")
    #expect(found.names == ["Vladimir Putin", "Moscow"])
  }

  // MARK: - Linking

  @Test("A later surname-only mention links to the full name")
  func surnameLinking() {
    let found = recognize("British Foreign Secretary Tom Hale hosted the talks. Hale said progress was made.")
    let hale = found.mentions.filter { $0.entityID == "tom hale" }
    #expect(hale.map(\.surface) == ["Tom Hale", "Hale"])
    #expect(hale.allSatisfy { $0.party == "europe" })
  }

  @Test("Initials before a known surname link to the full name")
  func initialsLinking() {
    let found = recognize("Negotiator Oleksiy Marchenko arrived. Later, O.V. Marchenko said talks would resume.")
    #expect(found.mentions.map(\.canonicalName) == ["Oleksiy Marchenko", "Oleksiy Marchenko"])
  }

  @Test("A surname links to a gazetteer person's full name in the same article")
  func surnameOfKnownPerson() {
    let found = recognize("Speaker Mike Johnson said the bill would pass. Johnson added nothing.")
    #expect(found.mentions.filter { $0.canonicalName == "Mike Johnson" }.count == 2)
  }

  // MARK: - Metonyms

  @Test("Capitals and seats of government stand for their party")
  func metonyms() {
    let found = recognize(
      "The Kremlin said no. Kyiv rejected it, Washington hesitated, the White House stayed silent, Downing Street and Brussels objected, and Moscow waited."
    )
    let parties = Dictionary(found.mentions.map { ($0.canonicalName, $0.party) }, uniquingKeysWith: { a, _ in a })
    #expect(parties["Kremlin"] == "russia")
    #expect(parties["Kyiv"] == "ukraine")
    #expect(parties["Washington"] == "us")
    #expect(parties["White House"] == "us")
    #expect(parties["Downing Street"] == "europe")
    #expect(parties["Brussels"] == "europe")
    #expect(parties["Moscow"] == "russia")
    #expect(found.mention("Kremlin")?.type == .organization)
  }

  // MARK: - Possessives

  @Test("Possessives with curly or straight apostrophes resolve to the entity; the range excludes ’s")
  func possessives() {
    let body = "Zelensky’s plan met Ukraine’s demands and Trump's terms."
    let found = recognize(body)
    #expect(found.names == ["Volodymyr Zelensky", "Ukraine", "Donald Trump"])
    #expect(found.mentions.map { body.slice($0.range) } == ["Zelensky", "Ukraine", "Trump"])
  }

  // MARK: - Party mentions

  @Test("Demonyms with collective nouns and plural demonyms are party mentions, not entities")
  func demonymPartyMentions() {
    let found = recognize(
      "Ukrainian officials met European leaders, while the Russians waited and Ukrainian wheat sold well.")
    #expect(found.mentions.isEmpty)
    #expect(found.partyMentions.map(\.surface) == ["Ukrainian officials", "European leaders", "Russians"])
    #expect(found.partyMentions.map(\.party) == ["ukraine", "europe", "russia"])
  }

  @Test("A demonym before what a party puts forward, or before a lower-case title with no name, is a party mention")
  func demonymHolderMentions() {
    let found = recognize(
      "The Ukrainian leader rejected Russian proposals, and the Russian foreign minister, speaking later, dismissed British demands.")
    #expect(found.mentions.isEmpty)
    #expect(found.partyMentions.map(\.surface) == ["Ukrainian leader", "Russian", "Russian foreign minister", "British"])
    #expect(found.partyMentions.map(\.party) == ["ukraine", "russia", "russia", "europe"])
  }

  @Test("A demonym and lower-case title before a name give the name its party, with no extra party mention")
  func demonymTitleBeforeName() {
    let found = recognize("Talks resumed after the Ukrainian negotiator Olena Marchuk arrived with Russian grain exports on the agenda.")
    #expect(found.partyMentions.isEmpty)
    #expect(found.mentions.map(\.canonicalName) == ["Olena Marchuk"])
    #expect(found.mentions.map(\.party) == ["ukraine"])
  }

  // MARK: - Articles

  @Test("Title and body are both read, title first; reader comments never are")
  func articleFields() {
    let body = "Putin met Trump."
    let article = Article(
      id: "a", title: "Zelensky waits", source: "test", path: "a.txt", body: body,
      paragraphs: [TextRange(0, body.utf8.count)], sentences: [], comments: ["Macron is right!"])
    let found = TestLexicon.recognizer.recognize(article)
    #expect(found.mentions.map(\.field) == [.title, .body, .body])
    #expect(!found.names.contains("Emmanuel Macron"))
  }

  @Test("The corpus catalog lists Zelensky once, whatever the spelling, with counts")
  func catalog() {
    let first = recognize("Zelenskyy met Putin. Zelenskyy left.")
    let second = TestLexicon.recognizer.recognize(title: "", body: "Zelensky spoke.", articleID: "b")
    let catalog = EntityCatalog([first, second])
    let zelensky = catalog.entries.filter { $0.canonicalName == "Volodymyr Zelensky" }
    #expect(zelensky.count == 1)
    #expect(zelensky.first?.mentionCount == 3)
    #expect(zelensky.first?.articleCount == 2)
    #expect(zelensky.first?.surfaces == ["Zelensky", "Zelenskyy"])
    #expect(catalog.entries.first?.canonicalName == "Volodymyr Zelensky")
  }
}
