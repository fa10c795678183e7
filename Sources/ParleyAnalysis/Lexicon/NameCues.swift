/// Context words that find and type names the gazetteer does not know (`data/lexicon/name-cues.tsv`).
public struct NameCues: Sendable {
  /// Titles and roles before a person's name: `President`, `Deputy Prime Minister`, `envoy`.
  public var titles = PhraseIndex<Void>()
  /// Titles that belong to a one-word name: `Pope` (Pope Francis), `King`.
  public var titlesInName = PhraseIndex<Void>()
  /// Words that make a capitalised run an organisation: `Ministry`, `Council`, `Agency`.
  public var organizationHeads: Set<String> = []
  /// Words before a capitalised name that make it a place: `in`, `from`, `city of`.
  public var placeBefore = PhraseIndex<Bool>()
  /// Lower-case words allowed between a party cue and a title: `former`, `the`, `acting`.
  public var titleModifiers: Set<String> = []
  /// Words after a capitalised name that make it a place: `region`, `Oblast`.
  public var placeAfter: Set<String> = []
  /// Words inside a capitalised run that make it a place: `Square`, `Hotel`, `Base`.
  public var placeHeads: Set<String> = []
  /// First words that make a capitalised run a place: `Santa`, `Lake`, `Mount`.
  public var placeFirstWords: Set<String> = []
  /// Capitalised words that, before a known place, name a place of their own with it:
  /// `Eastern` (Eastern Europe), `Nazi` (Nazi Germany).
  public var placeModifiers: Set<String> = []
  /// Words before a one-word unknown name that make it a news outlet unless it is someone's
  /// surname: `told`, `according to`, `interview with`.
  public var outletBefore = PhraseIndex<Void>()
  /// Words after a one-word unknown name that make it a news outlet unless it is someone's
  /// surname: `reported`, `reports`.
  public var outletAfter: Set<String> = []
  /// Nouns that, in an appositive after an unknown name, make it an organisation:
  /// "Kestrel Analytics, a London-based consultancy".
  public var organizationNouns: Set<String> = []
  /// Phrases whose last word looks like a place cue but is not: `according to`.
  public var notPlaceBefore = PhraseIndex<Void>()
  /// First words of a byline line: `By`.
  public var bylines = PhraseIndex<Void>()
  /// Verbs after a two-word capitalised name that make it a person: `said`, `told`.
  public var personAfter: Set<String> = []
  /// Lower-case words allowed inside a name: `von`, `der`, `of`, `the`.
  public var particles: Set<String> = []
  /// Nouns that make a demonym a party mention: `officials`, `leaders`.
  public var collectives: Set<String> = []
  /// Nouns for what a party puts forward: `proposals`, `demands`, `plan`. The demonym before one
  /// is a party mention by itself ("Russian" in "Russian proposals").
  public var partyThings: Set<String> = []
  /// Capitalised phrases that are never entities: `Oval Office`, `Read also`.
  public var notNames = PhraseIndex<Void>()
  /// Words capitalised in any sentence (days, months): no sign of a headline.
  public var alwaysCapitalized: Set<String> = []
  /// Last words that make a capitalised run a document, not an entity: `Act`.
  public var documentHeads: Set<String> = []
  /// Phrases that mark a photo credit: `Photo by`, `Getty Images`.
  public var credits = PhraseIndex<Void>()

  public init() {}

  /// Adds one line of the cue file.
  mutating func add(kind: String, phrase: String) -> Bool {
    let key = NameFolding.fold(phrase)
    switch kind {
    case "title": titles.insert(phrase, value: (), caseSensitive: false)
    case "title-in-name":
      titles.insert(phrase, value: ())
      titlesInName.insert(phrase, value: ())
    case "org-head": organizationHeads.insert(key)
    case "place-before": placeBefore.insert(phrase, value: false, caseSensitive: false)
    case "place-before-one-word": placeBefore.insert(phrase, value: true, caseSensitive: false)
    case "title-modifier": titleModifiers.insert(key)
    case "place-after": placeAfter.insert(key)
    case "place-head": placeHeads.insert(key)
    case "org-noun": organizationNouns.insert(key)
    case "place-first": placeFirstWords.insert(key)
    case "place-modifier": placeModifiers.insert(key)
    case "outlet-before": outletBefore.insert(phrase, value: (), caseSensitive: false)
    case "outlet-after": outletAfter.insert(key)
    case "not-place-before": notPlaceBefore.insert(phrase, value: (), caseSensitive: false)
    case "byline": bylines.insert(phrase, value: (), caseSensitive: false)
    case "person-after": personAfter.insert(key)
    case "particle": particles.insert(key)
    case "collective": collectives.insert(key)
    case "party-thing": partyThings.insert(key)
    case "not-a-name": notNames.insert(phrase, value: ())
    case "always-capitalized": alwaysCapitalized.insert(key)
    case "document-head": documentHeads.insert(key)
    case "credit": credits.insert(phrase, value: (), caseSensitive: false)
    default: return false
    }
    return true
  }
}
