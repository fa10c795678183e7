import Foundation
import ParleyCore
import Testing

@testable import ParleyAnalysis

/// Paraphrases news uses for each topic, broader cues, and the pronoun rules added for recall on
/// unseen articles (invented sentences; dictionary mentions stand in for the recognizer).
@Suite struct StanceBroaderCoverageTests {
  // MARK: - Topic paraphrases

  @Test("Topic paraphrases are recognised: alliance membership, a 30-day pause, weapons shipments")
  func topicParaphrases() throws {
    #expect(try StanceFixtures.claims("Moscow rejected any talk of alliance membership for its neighbour.") == ["russia ukraine_nato oppose"])
    #expect(try StanceFixtures.claims("Kyiv proposed a 30-day pause along the whole front.") == ["ukraine ceasefire support"])
    #expect(try StanceFixtures.claims("Brussels promised to speed up weapons shipments next month.") == ["europe military_aid support"])
    #expect(try StanceFixtures.claims("Kyiv wants Article 5-like protection from its partners.") == ["ukraine security_guarantees support"])
    #expect(try StanceFixtures.claims("Moscow demanded that Kyiv hand over the rest of Donetsk.") == ["russia territorial_concessions support"])
  }

  @Test("Pulling out of regions and legitimising the occupation are territorial concessions; Russia's own pull-out is not")
  func pullOutAndLegitimise() throws {
    #expect(
      try StanceFixtures.claims("Moscow demands that Kyiv pull its forces out of the four regions.")
        == ["russia territorial_concessions support"])
    #expect(try StanceFixtures.claims("Kyiv refuses to legitimise the occupation.") == ["ukraine territorial_concessions oppose"])
    #expect(try StanceFixtures.claims("Russian troops pulled out of Kherson in 2022.").isEmpty)
  }

  @Test("Not tolerating foreign troops opposes them; keeping weapons flowing is military aid")
  func tolerateAndFlowing() throws {
    #expect(try StanceFixtures.claims("Moscow will not tolerate NATO troops on Ukrainian soil.") == ["russia foreign_troops oppose"])
    #expect(try StanceFixtures.claims("Brussels pledged to keep weapons flowing to Ukraine.") == ["europe military_aid support"])
  }

  @Test("A summit with Putin counts as leaders' talks only when Zelensky is in the sentence")
  func summitWithPutin() throws {
    #expect(
      try StanceFixtures.claims("Zelensky again called for a summit with Putin before the winter.") == ["ukraine direct_talks support"])
    #expect(try StanceFixtures.claims("Trump called for a summit with Putin before the winter.").isEmpty)
  }

  @Test("Sanctions 'being lifted' and lifting restrictions on Russia are sanctions relief")
  func sanctionsParaphrases() throws {
    #expect(
      try StanceFixtures.claims("Kyiv opposed any plan to lift restrictions on Russian banks.") == ["ukraine sanctions_relief oppose"])
  }

  @Test("General support for Ukraine is not read as military aid")
  func solidarityIsNotAid() throws {
    #expect(try StanceFixtures.claims("European leaders voiced their support for Ukraine at the meeting.").isEmpty)
  }

  @Test("A verb of amount makes aid 'for Ukraine' military aid: stepped up, halted")
  func aidAmounts() throws {
    #expect(try StanceFixtures.claims("Brussels stepped up its support for Ukraine this spring.") == ["europe military_aid support"])
    #expect(try StanceFixtures.claims("Washington halted assistance to Kyiv for a week.") == ["us military_aid oppose"])
    #expect(try StanceFixtures.claims("Moscow is sustaining heavy losses near the river.").isEmpty)
  }

  @Test("Named weapon systems and sitting down with Putin are recognised")
  func namedWeaponsAndSitDown() throws {
    #expect(try StanceFixtures.claims("Kyiv requested more Taurus missiles and fighter jets.") == ["ukraine military_aid support"])
    #expect(
      try StanceFixtures.claims("Zelensky said he was ready to sit down with Putin.") == ["ukraine direct_talks support"])
  }

  @Test("A party right before a finite action verb is its subject; before a gerund it is content")
  func finiteActSubject() throws {
    #expect(try StanceFixtures.claims("Washington sent more Patriot missiles last month.") == ["us military_aid support"])
    #expect(try StanceFixtures.claims("Moscow opposes Ukraine joining NATO.") == ["russia ukraine_nato oppose"])
  }

  // MARK: - Cues

  @Test("Broader oppose cues: balked at, rebuffed, red line")
  func broaderOpposeCues() throws {
    #expect(try StanceFixtures.claims("Moscow balked at the idea of peacekeepers.") == ["russia foreign_troops oppose"])
    #expect(try StanceFixtures.claims("Kyiv rebuffed calls for territorial concessions.") == ["ukraine territorial_concessions oppose"])
    #expect(try StanceFixtures.claims("The Kremlin said NATO membership for Kyiv is a red line.") == ["russia ukraine_nato oppose"])
  }

  @Test("Broader support cues: lobbied for, non-negotiable, signed off on")
  func broaderSupportCues() throws {
    #expect(try StanceFixtures.claims("Brussels lobbied for a reassurance force.") == ["europe foreign_troops support"])
    #expect(
      try StanceFixtures.claims("Kyiv said security guarantees were non-negotiable.") == ["ukraine security_guarantees support"])
  }

  @Test("'back' after an auxiliary supports; 'heading back to' is no cue")
  func baseFormBack() throws {
    #expect(try StanceFixtures.claims("Kyiv would back a full ceasefire.") == ["ukraine ceasefire support"])
    #expect(
      try StanceFixtures.claims("Witkoff is heading back to Moscow for a face-to-face meeting with Putin.").isEmpty)
  }

  @Test("Barring and banning oppose what follows: \"would bar Ukraine from joining NATO\"")
  func barOpposes() throws {
    #expect(try StanceFixtures.claims("Moscow wants a treaty that would bar Ukraine from joining NATO.") == ["russia ukraine_nato oppose"])
  }

  @Test("'no place for' opposes, 'a legitimate target' opposes what precedes it")
  func noPlaceAndLegitimateTarget() throws {
    #expect(try StanceFixtures.claims("The Kremlin said there was no place for Western troops in Ukraine.") == ["russia foreign_troops oppose"])
    #expect(
      try StanceFixtures.claims("Lavrov said any European force in Ukraine would be a legitimate target.") == ["russia foreign_troops oppose"])
  }

  @Test("A fear that something would cause harm opposes it (the fear does not cancel the harm)")
  func fearRestatesHarm() throws {
    #expect(
      try StanceFixtures.claims("European officials fear that easing sanctions would reward Russian aggression.")
        == ["europe sanctions_relief oppose"])
    #expect(try StanceFixtures.claims("Kyiv fears a ceasefire on Moscow's terms.") == ["ukraine ceasefire oppose"])
  }

  @Test("'turned down' and 'no need for' oppose; 'has yet to accept' is not acceptance")
  func turnedDownNoNeedYetTo() throws {
    #expect(try StanceFixtures.claims("Zelensky turned down the proposal to cede Donetsk.") == ["ukraine territorial_concessions oppose"])
    #expect(try StanceFixtures.claims("The Kremlin said it saw no need for a ceasefire.") == ["russia ceasefire oppose"])
    #expect(try StanceFixtures.claims("Kyiv agreed, but Moscow has yet to accept the truce.").contains("russia ceasefire oppose"))
  }

  @Test("A summit between Putin and Zelensky is leaders' talks")
  func summitBetween() throws {
    #expect(
      try StanceFixtures.claims("Trump has floated the idea of a summit between Putin and Zelensky.") == ["us direct_talks support"])
  }

  @Test("'accept no …' and 'accept neither … nor …' negate the verb")
  func determinerNegationAfterVerb() throws {
    #expect(try StanceFixtures.claims("Moscow would accept no ceasefire on these terms.") == ["russia ceasefire oppose"])
    #expect(
      try StanceFixtures.claims("Kyiv will accept neither a land swap nor limits on its army.")
        == ["ukraine territorial_concessions oppose"])
  }

  @Test("Stopping an action opposes it: \"stop arming Ukraine\"")
  func stopOpposes() throws {
    #expect(try StanceFixtures.claims("Moscow demanded that Western countries stop arming Ukraine.") == ["russia military_aid oppose"])
  }

  @Test("'on the table' supports what precedes it")
  func onTheTable() throws {
    #expect(try StanceFixtures.claims("Rubio said sanctions relief was on the table.") == ["us sanctions_relief support"])
    #expect(try StanceFixtures.claims("Lavrov said a truce was not on the table.") == ["russia ceasefire oppose"])
  }

  @Test("Reluctance and wariness oppose what follows")
  func reluctantAndWary() throws {
    #expect(try StanceFixtures.claims("Brussels is reluctant to send Taurus missiles.") == ["europe military_aid oppose"])
    #expect(try StanceFixtures.claims("Paris is wary of sending troops to Ukraine.") == ["europe foreign_troops oppose"])
  }

  @Test("'no' right before a topic negates it: \"there would be no US troops in Ukraine\"")
  func noBeforeThing() throws {
    #expect(
      try StanceFixtures.claims("The White House insisted there would be no US troops in Ukraine.") == ["us foreign_troops oppose"])
  }

  @Test("'unlikely to accept' is not acceptance; 'give up' opposes what follows")
  func unlikelyAndGiveUp() throws {
    #expect(try StanceFixtures.claims("Moscow is unlikely to accept any ceasefire.") == ["russia ceasefire oppose"])
    #expect(
      try StanceFixtures.claims("The Kremlin repeated its demand that Ukraine give up its NATO ambitions.")
        == ["russia ukraine_nato oppose"])
  }

  @Test("A condition wants what the verb after the topic says: \"only if weapons deliveries stop\"")
  func conditionWithVerbAfter() throws {
    let claims = try StanceFixtures.claims("Moscow said it was ready for a truce, but only if Western weapons deliveries stop.")
    #expect(claims.contains("russia military_aid oppose"))
    #expect(!claims.contains("russia military_aid support"))
  }

  @Test("The return of occupied land is the opposite of territorial concessions")
  func returnOfLand() throws {
    #expect(
      try StanceFixtures.claims("Ukrainian officials say any agreement must include the return of occupied land.")
        == ["ukraine territorial_concessions oppose"])
  }

  @Test("Preparing new sanctions opposes relief; 'urgently needs' supports, the noun 'US needs' does not")
  func preparingAndNeeds() throws {
    #expect(try StanceFixtures.claims("Brussels is preparing a new sanctions package.") == ["europe sanctions_relief oppose"])
    #expect(try StanceFixtures.claims("Kyiv urgently needs more air defence.") == ["ukraine military_aid support"])
    #expect(try StanceFixtures.claims("Trump said US needs would complicate any effort to supply Patriot missiles.").isEmpty)
  }

  @Test("In quotes: 'no question of' opposes, 'a mistake' opposes what precedes, 'we need' supports")
  func quotedIdioms() throws {
    #expect(
      try StanceFixtures.claims("Lavrov was asked about the plan.\n“There can be no question of any foreign troops in Ukraine,” he said.")
        == ["russia foreign_troops oppose"])
    #expect(
      try StanceFixtures.claims("Macron spoke after the summit.\n“Any easing of sanctions now would be a mistake,” he said.")
        == ["europe sanctions_relief oppose"])
    #expect(
      try StanceFixtures.claims("Zelensky addressed parliament.\n“We need security guarantees that work,” he added.")
        == ["ukraine security_guarantees support"])
  }

  @Test("A quoted action with 'is not going to' keeps its subject; giving away land is a concession")
  func quotedGoingTo() throws {
    #expect(
      try StanceFixtures.claims("Vance struck a different tone.\n“The United States is not going to send troops,” he said.")
        == ["us foreign_troops oppose"])
    #expect(
      try StanceFixtures.claims("“Ukraine will not give away its land,” Zelensky said.") == ["ukraine territorial_concessions oppose"])
  }

  @Test("Headline forms: 'EU to keep sanctions', 'Kyiv cool on …', 'Kremlin says no to …'")
  func headlineForms() throws {
    #expect(try StanceFixtures.claims("EU to keep sanctions on Russia until war ends") == ["europe sanctions_relief oppose"])
    #expect(try StanceFixtures.claims("Kyiv cool on truce plan") == ["ukraine ceasefire oppose"])
    #expect(try StanceFixtures.claims("Kremlin says no to European peacekeepers") == ["russia foreign_troops oppose"])
  }

  @Test("A negation inside an action's gap negates it: \"NATO will not expand\"")
  func negationInsideAction() throws {
    #expect(try StanceFixtures.claims("Moscow wants guarantees that NATO will not expand further.") == ["russia ukraine_nato oppose"])
    #expect(try StanceFixtures.claims("Moscow insists NATO must stop expanding.").isEmpty)
  }

  @Test("An indirect question states no position: \"declined to say whether he would send weapons\"")
  func whetherIsNoPosition() throws {
    #expect(try StanceFixtures.claims("Trump declined to say whether he would send more weapons.").isEmpty)
  }

  @Test("'said no to' opposes what follows")
  func saidNoTo() throws {
    #expect(try StanceFixtures.claims("Moscow said no to peacekeepers.") == ["russia foreign_troops oppose"])
  }

  @Test("'No intention of' opposes what follows")
  func noIntention() throws {
    #expect(try StanceFixtures.claims("Moscow has no intention of agreeing to a truce.") == ["russia ceasefire oppose"])
  }

  @Test("Weighing an option supports it; 'part of a deal' supports what precedes it")
  func weighingAndPartOfDeal() throws {
    #expect(try StanceFixtures.claims("Washington is weighing easing sanctions on Russian oil.") == ["us sanctions_relief support"])
    #expect(
      try StanceFixtures.claims("Rubio said recognition of Crimea could be part of a deal.") == ["us crimea_recognition support"])
  }

  @Test("Supporting Ukraine militarily is military aid")
  func militarily() throws {
    #expect(try StanceFixtures.claims("Brussels will support Ukraine militarily for years.") == ["europe military_aid support"])
  }

  // MARK: - Holders

  @Test("An obligation is the speaker's demand: \"Russia's position is that Ukraine must renounce …\"")
  func obligationBelongsToSpeaker() throws {
    #expect(
      try StanceFixtures.claims("Russia’s position is that Ukraine must renounce its NATO ambitions.") == ["russia ukraine_nato oppose"])
    #expect(try StanceFixtures.claims("Lavrov said Kyiv must abandon its NATO bid.") == ["russia ukraine_nato oppose"])
  }

  @Test("A party adjective with role modifiers holds a stance: \"the Ukrainian foreign minister\"")
  func roleModifiers() throws {
    #expect(
      try StanceFixtures.claims("The Ukrainian foreign minister rejected any talk of a land swap.")
        == ["ukraine territorial_concessions oppose"])
    #expect(
      try StanceFixtures.claims("The Russian defence ministry called the deployment of peacekeepers unacceptable.")
        == ["russia foreign_troops oppose"])
  }

  @Test("A relative clause after a topic gives its own holder's stance: \"a land swap, which Moscow has proposed\"")
  func relativeClauseHolder() throws {
    #expect(
      try StanceFixtures.claims("Kyiv rejects a land swap, which Moscow has proposed.")
        == ["russia territorial_concessions support", "ukraine territorial_concessions oppose"])
    #expect(
      try StanceFixtures.claims("Territorial concessions, which Zelensky has ruled out, remain the main obstacle.")
        == ["ukraine territorial_concessions oppose"])
    #expect(try StanceFixtures.claims("The talks focused on a truce, which Kyiv has not rejected.") == ["ukraine ceasefire support"])
  }

  @Test("A relative clause after 'a ban on …' is about the ban: rejecting the ban supports what it blocks")
  func relativeClauseAfterNounPhrase() throws {
    #expect(
      try StanceFixtures.claims("The proposal contains a ban on Ukraine joining NATO, which Kyiv rejects.")
        .contains("ukraine ukraine_nato support"))
    #expect(
      !(try StanceFixtures.claims("The proposal contains a ban on Ukraine joining NATO, which Kyiv rejects."))
        .contains("ukraine ukraine_nato oppose"))
  }

  @Test("Extending sanctions is the opposite of relief; reacting angrily opposes")
  func extensionAndAngryReaction() throws {
    #expect(try StanceFixtures.claims("Brussels agreed to extend sanctions for six months.") == ["europe sanctions_relief oppose"])
    #expect(try StanceFixtures.claims("Moscow reacted angrily to the idea of a European force.") == ["russia foreign_troops oppose"])
  }

  @Test("An apposition after a topic gives its own holder's stance: \"an idea the Kremlin has dismissed\"")
  func appositionHolder() throws {
    #expect(
      try StanceFixtures.claims("Brussels wants a reassurance force, an idea the Kremlin has dismissed.")
        == ["europe foreign_troops support", "russia foreign_troops oppose"])
  }

  // MARK: - Pronouns

  @Test("'him' after 'the Ukrainian leader' refers to that leader: blamed him for refusing …")
  func objectPronounRefersToRoleNoun() throws {
    let claims = try StanceFixtures.claims(
      "Trump praised Putin, called the Ukrainian leader ungrateful and blamed him for refusing to cede Crimea.")
    #expect(claims.contains("ukraine crimea_recognition oppose"))
    #expect(!claims.contains("russia crimea_recognition oppose"))
  }

  @Test("'this' before a noun is a determiner, not a topic named earlier")
  func thisBeforeNoun() throws {
    let claims = try StanceFixtures.claims(
      "Washington promised air defence to Kyiv.\n“Trump envisioned this partnership for years,” Rubio said.")
    #expect(claims == ["us military_aid support"])
  }
}
