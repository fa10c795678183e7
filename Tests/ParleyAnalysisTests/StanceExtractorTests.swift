import Foundation
import ParleyCore
import Testing

@testable import ParleyAnalysis

/// Each extraction mechanism on hand-written sentences (dictionary mentions stand in for the recognizer).
@Suite struct StanceExtractorTests {
  // MARK: - Attribution forms

  @Test("The subject of a stance verb holds the stance")
  func subjectHolds() throws {
    #expect(try StanceFixtures.claims("Moscow has firmly rejected any ceasefire on the eastern front.") == ["russia ceasefire oppose"])
  }

  @Test("'X said' gives the stance in the reported clause to the speaker")
  func speakerHolds() throws {
    #expect(try StanceFixtures.claims("Sybiha said Kyiv would never recognise Crimea as Russian.") == ["ukraine crimea_recognition oppose"])
  }

  @Test("'it' refers back to a possessive: \"reiterated Ukraine’s position that it would never …\"")
  func itRefersToPossessive() throws {
    #expect(
      try StanceFixtures.claims("Zelensky reiterated Ukraine’s position that it would never recognise Crimea as Russian.")
        == ["ukraine crimea_recognition oppose"])
  }

  @Test("'According to X' attributes the claim to X")
  func accordingTo() throws {
    #expect(
      try StanceFixtures.claims("According to the Kremlin, any peacekeepers in Ukraine would be unacceptable.")
        == ["russia foreign_troops oppose"])
  }

  @Test("A possessive on a proposal names its holder: \"X's proposals included …\"")
  func possessiveProposal() throws {
    #expect(
      try StanceFixtures.claims("Rubio’s proposals included easing sanctions on Russia within months.")
        == ["us sanctions_relief support"])
  }

  @Test("A party adjective on a proposal holds it, and 'these proposals' later refers back to it")
  func proposalAntecedent() throws {
    let claims = try StanceFixtures.claims(
      "The talks stalled over the Russian proposals.\nThese proposals include lifting sanctions on Moscow.")
    #expect(claims == ["russia sanctions_relief support"])
  }

  @Test("Metonyms and demonyms hold stances: the Kremlin, European leaders")
  func metonymsAndDemonyms() throws {
    #expect(try StanceFixtures.claims("The Kremlin dismissed talk of a truce.") == ["russia ceasefire oppose"])
    #expect(
      try StanceFixtures.claims("European leaders pledged more military aid for the coming winter.")
        == ["europe military_aid support"])
  }

  @Test("A party that is only an object holds no stance: \"pressure on Moscow\"")
  func objectIsNotHolder() throws {
    #expect(try StanceFixtures.claims("The sanctions were meant to keep pressure on Moscow to accept a ceasefire.").isEmpty)
    #expect(try StanceFixtures.claims("Analysts expect talks with Moscow to include a truce.").isEmpty)
  }

  @Test("A passive names its agent: 'rejected by Kyiv'; the passive subject keeps its own refusal")
  func passiveAgent() throws {
    #expect(
      try StanceFixtures.claims("Zelensky was mocked by Trump for refusing to give up Crimea.")
        == ["ukraine crimea_recognition oppose", "us crimea_recognition support"])
  }

  @Test("A clause verb with its own subject governs the predicate too: 'Moscow considers X a threat'")
  func clauseVerbOverPredicate() throws {
    #expect(
      try StanceFixtures.claims("Moscow considers the expansion of NATO to include Ukraine a threat to its security.")
        == ["russia ukraine_nato oppose"])
  }

  @Test("Predicates after the content name who finds it unacceptable")
  func experiencer() throws {
    #expect(
      try StanceFixtures.claims("Trump’s plan to lift sanctions on Russia was unacceptable to Kyiv and Brussels.")
        == ["europe sanctions_relief oppose", "ukraine sanctions_relief oppose", "us sanctions_relief support"])
  }

  @Test("A pronoun at the start of a sentence refers to the previous sentence's holder")
  func pronoun() throws {
    #expect(
      try StanceFixtures.claims("European leaders met in Paris on Monday.\nThey called for a full ceasefire.")
        == ["europe ceasefire support"])
  }

  @Test("He/she refer to the last person, they to the last group; a leading 'As …,' clause is its own")
  func pronounKinds() throws {
    #expect(
      try StanceFixtures.claims("Kyiv hosted the envoys.\nPutin spoke later.\nAs he reviewed the plan, Moscow rejected the truce.")
        == ["russia ceasefire oppose"])
    #expect(
      try StanceFixtures.claims("Zelensky met European leaders in Kyiv.\nThey proposed a ceasefire monitored by observers.")
        == ["europe ceasefire support"])
  }

  @Test("Someone pushed to do something does not hold that stance")
  func directiveBlocks() throws {
    #expect(try StanceFixtures.claims("Zelensky has been pushed to give up territory in the east.").isEmpty)
  }

  @Test("'Blamed X for refusing …' makes X the one refusing")
  func blamedFor() throws {
    #expect(
      try StanceFixtures.claims("Trump blamed Zelensky for refusing to accept a ceasefire.")
        == ["ukraine ceasefire oppose", "us ceasefire support"])
  }

  @Test("Alarm in a party at a proposal is opposition")
  func alarmExperiencer() throws {
    #expect(
      try StanceFixtures.claims("The draft would rule out NATO membership for Ukraine, prompting alarm in Kyiv and among European officials.")
        == ["europe ukraine_nato support", "ukraine ukraine_nato support"])
  }

  @Test("An action under 'might' is speculation, not a position")
  func modalSpeculation() throws {
    #expect(try StanceFixtures.claims("Washington might lift sanctions on Russia next year.").isEmpty)
    #expect(try StanceFixtures.claims("Washington will lift sanctions on Russia next year.") == ["us sanctions_relief support"])
  }

  @Test("An 'if' clause is a hypothesis: its subject holds no stance there")
  func hypothetical() throws {
    #expect(
      try StanceFixtures.claims("Washington could ease sanctions on Russia if Moscow agrees to a ceasefire.").isEmpty)
    #expect(
      try StanceFixtures.claims("If Moscow rejects the ceasefire, Washington will impose new sanctions, Trump said.")
        == ["us sanctions_relief oppose"])
  }

  @Test("An action with no cue belongs to its own subject, not the clause's first mention")
  func actionSubject() throws {
    #expect(try StanceFixtures.claims("Analysts in Kyiv believe Washington will recognise Crimea as Russian.") == ["us crimea_recognition support"])
    #expect(try StanceFixtures.claims("“We will never recognise Crimea as Russian,” Zelensky said.") == ["ukraine crimea_recognition oppose"])
  }

  @Test("A topic named by a pronoun after a cue: 'despite Trump pushing for one', 'Kyiv rejected it'")
  func pronounTopic() throws {
    #expect(
      try StanceFixtures.claims("The Kremlin downplayed a direct Zelensky–Putin meeting, despite Trump pushing for one.")
        == ["russia direct_talks oppose", "us direct_talks support"])
    #expect(
      try StanceFixtures.claims("Moscow proposed a short truce over the weekend.\nKyiv rejected it.")
        == ["russia ceasefire support", "ukraine ceasefire oppose"])
    #expect(try StanceFixtures.claims("Kyiv rejected it.").isEmpty)
  }

  // MARK: - Polarity

  @Test("A sibling in a list does not govern the next item: 'limits on X and steps ruling out Y'")
  func listSiblings() throws {
    #expect(
      try StanceFixtures.claims("Putin’s demands include limits on Ukraine’s army and steps ruling out NATO membership.")
        == ["russia ukraine_nato oppose"])
  }

  @Test("'Rather than' opposes what follows")
  func ratherThan() throws {
    #expect(try StanceFixtures.claims("Trump wants a peace deal rather than a ceasefire.") == ["us ceasefire oppose"])
  }

  @Test("Negation flips the cue it precedes")
  func negation() throws {
    #expect(
      try StanceFixtures.claims("Kyiv said a territorial swap would not be acceptable.") == ["ukraine territorial_concessions oppose"])
    #expect(try StanceFixtures.claims("Moscow did not reject a ceasefire.") == ["russia ceasefire support"])
  }

  @Test("A double negative resolves: rejecting a restriction supports what is restricted")
  func doubleNegation() throws {
    #expect(
      try StanceFixtures.claims("European leaders rejected any move limiting Ukraine’s path to NATO.")
        == ["europe ukraine_nato support"])
    #expect(try StanceFixtures.claims("Putin’s demands include ruling out NATO membership for Ukraine.") == ["russia ukraine_nato oppose"])
  }

  @Test("A term naming the opposite of the proposition reverses it: 'maintenance of sanctions'")
  func oppositeTerm() throws {
    #expect(
      try StanceFixtures.claims("Brussels insisted on the maintenance of sanctions against Russia.")
        == ["europe sanctions_relief oppose"])
  }

  @Test("A condition makes its object a demand: 'no talks on territory until a ceasefire'")
  func condition() throws {
    #expect(
      try StanceFixtures.claims("Zelensky said there would be no talks on territory until a full ceasefire holds.")
        == ["ukraine ceasefire support"])
  }

  @Test("A condition keeps the action's own negation: 'without guarantees that Ukraine will not join NATO'")
  func conditionWithNegation() throws {
    #expect(
      try StanceFixtures.claims("Moscow will not agree to a ceasefire without guarantees that Ukraine will not join NATO.")
        == ["russia ceasefire oppose", "russia ukraine_nato oppose"])
  }

  @Test("Subjects joined by 'and' both hold the stance; a party adjective before a role speaks for the party")
  func conjunctsAndRoles() throws {
    #expect(
      try StanceFixtures.claims("Kyiv and Brussels want a ceasefire first.") == ["europe ceasefire support", "ukraine ceasefire support"])
    #expect(try StanceFixtures.claims("The Ukrainian leader ruled out any withdrawal from the Donbas.") == ["ukraine territorial_concessions oppose"])
  }

  @Test("The speaker before an apposition: 'X, a senior official, told reporters …'")
  func appositionSpeaker() throws {
    #expect(
      try StanceFixtures.claims("Lavrov, the long-serving foreign minister of the country, told reporters that peacekeepers would be unacceptable.")
        == ["russia foreign_troops oppose"])
  }

  @Test("'Before' is a precondition only after a negation")
  func beforeCondition() throws {
    #expect(try StanceFixtures.claims("Kyiv said there could be no talks before a full ceasefire.") == ["ukraine ceasefire support"])
    #expect(
      try StanceFixtures.claims("Moscow demands that Kyiv withdraw from the Donetsk region before any ceasefire.")
        == ["russia territorial_concessions support"])
  }

  @Test("Clauses joined by 'but' keep their own holders and cues")
  func clauseBreak() throws {
    #expect(
      try StanceFixtures.claims("Zelensky offered to meet Putin, but Putin has refused a direct meeting with Zelensky.")
        == ["russia direct_talks oppose", "ukraine direct_talks support"])
  }

  @Test("A partial truce is not the full ceasefire")
  func partialTruce() throws {
    #expect(try StanceFixtures.claims("Moscow agreed to an energy ceasefire.").isEmpty)
  }

  // MARK: - Quotes, hedges, reporting

  @Test("A quote standing alone is attributed to the speaker named in the sentence before")
  func quoteAcrossSentences() throws {
    let article = StanceFixtures.article(
      "Vance spoke to reporters on Tuesday.\nThen Vance said:\n“Both sides will have to accept territorial swaps.”")
    let claims = StanceExtractor(lexicon: try StanceFixtures.lexicon()).claims(in: article, entities: StanceFixtures.entities(article))
    #expect(claims.map { "\($0.party) \($0.topic) \($0.stance.rawValue)" } == ["us territorial_concessions support"])
    #expect(claims.first?.isDirectQuote == true)
    #expect(claims.first?.holder.route == .quoteSpeaker)
  }

  @Test("Mentions inside a quote are content; the speaker holds the stance")
  func quoteSpeakerWins() throws {
    #expect(
      try StanceFixtures.claims("“The Ukrainians must accept territorial swaps,” Witkoff said.") == ["us territorial_concessions support"])
  }

  @Test("Hedges are recorded and lower the confidence")
  func hedges() throws {
    let plain = StanceFixtures.article("Moscow rejected the ceasefire.")
    let hedged = StanceFixtures.article("Moscow reportedly rejected the ceasefire, sources said.")
    let extractor = StanceExtractor(lexicon: try StanceFixtures.lexicon())
    let a = try #require(extractor.claims(in: plain, entities: StanceFixtures.entities(plain)).first)
    let b = try #require(extractor.claims(in: hedged, entities: StanceFixtures.entities(hedged)).first)
    #expect(a.hedges.isEmpty && !a.isHedged)
    #expect(b.hedges.contains("reportedly") && b.hedges.contains("sources said"))
    #expect(b.confidence < a.confidence)
  }

  @Test("The reporting verb and its kind are recorded")
  func reportingVerbKind() throws {
    let extractor = StanceExtractor(lexicon: try StanceFixtures.lexicon())
    let article = StanceFixtures.article("Trump slammed Kyiv and insisted on a ceasefire.")
    let claim = try #require(extractor.claims(in: article, entities: StanceFixtures.entities(article)).first)
    #expect(claim.party == "us" && claim.stance == .support)
    #expect(claim.reportingVerb == "insisted" && claim.reportingKind == .assertive)
    let loaded = StanceFixtures.article("Trump slammed Zelensky’s refusal to give up Crimea.")
    let claims = extractor.claims(in: loaded, entities: StanceFixtures.entities(loaded))
    let us = try #require(claims.first { $0.party == "us" })
    #expect(us.stance == .support && us.reportingVerb == "slammed" && us.isLoaded)
    #expect(claims.first { $0.party == "ukraine" }?.stance == .oppose)
  }

  // MARK: - What is not the source's reporting

  @Test("Reader comments are ignored")
  func commentsIgnored() throws {
    let article = StanceFixtures.article(
      "The summit ended without a deal.", comments: ["I agree with Europe, they should reject any ceasefire!"])
    #expect(StanceExtractor(lexicon: try StanceFixtures.lexicon()).claims(in: article, entities: StanceFixtures.entities(article)).isEmpty)
  }

  @Test("Related-article titles after a 'Read also' line are ignored")
  func readAlsoIgnored() throws {
    #expect(try StanceFixtures.claims("The summit ended without a deal.\n\nRead also:\n\nKremlin rejects ceasefire proposal").isEmpty)
  }
}
