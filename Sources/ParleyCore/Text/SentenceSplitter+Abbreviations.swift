/// The word lists the sentence splitter consults. Edit here; they are documented in docs/formats.md.
extension SentenceSplitter {
  /// Titles and ranks written before a name: a full stop after them never ends a sentence.
  static let titles: Set<String> = [
    "Mr", "Mrs", "Ms", "Messrs", "Dr", "Prof", "Rev", "Hon", "Fr", "Sr", "Jr", "St", "Mt", "Ft",
    "Gen", "Lt", "Col", "Maj", "Capt", "Cpt", "Sgt", "Cpl", "Pvt", "Adm", "Cmdr", "Cdr", "Brig",
    "Sen", "Sens", "Rep", "Reps", "Gov", "Govs", "Pres", "Amb", "Supt", "Insp", "Atty", "Gens",
  ]

  /// Words whose full stop does not end a sentence when a number follows (`No. 10`, `Jan. 5`).
  static let beforeNumbers: Set<String> = [
    "No", "Nos", "no", "Art", "Vol", "vol", "Fig", "fig", "p", "pp", "para", "Ch", "ch", "Sec", "Sect",
    "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "approx",
  ]

  /// Dotted abbreviations of places and bodies (without the final dot). Other runs of dotted
  /// capitals are initials ("V.R. Medinsky") and do not end a sentence before a name.
  static let dottedNames: Set<String> = [
    "U.S", "U.K", "U.N", "E.U", "U.S.A", "U.A.E", "D.C", "N.Y", "L.A", "U.S.S.R", "P.R", "S.A", "N.Z",
  ]

  /// Words that often start a sentence; after initials they mean a new sentence did start.
  static let sentenceStarters: Set<String> = [
    "The", "A", "An", "He", "She", "It", "They", "We", "I", "You", "This", "That", "These", "Those", "But",
    "And", "In", "On", "At", "For", "As", "If", "When", "While", "After", "Before", "Since", "Meanwhile",
    "However", "Still", "Yet", "Some", "Many", "Most", "Both", "His", "Her", "Their", "Its", "Our", "There",
    "Here", "What", "Why", "How", "Who", "Officials", "According",
  ]

  /// Abbreviations that do not end a sentence whatever follows.
  static let neverFinal: Set<String> = ["vs", "cf", "viz", "Vs"]

  /// Dotted abbreviations that never end a sentence (lower-cased, without the final dot).
  static let neverFinalDotted: Set<String> = ["e.g", "i.e", "cf", "viz"]

  /// Capitalised words that usually continue after a dotted abbreviation ("U.S. President",
  /// "U.K. Foreign Office", "9 a.m. GMT"). Any other capitalised word after "U.S." starts a
  /// new sentence ("… guarantees that include the U.S. Zelenskyy has also …").
  static let wordsAfterDottedAbbreviation: Set<String> = [
    "President", "Vice", "Secretary", "Congress", "Congressman", "Congresswoman", "Senate", "Senator",
    "House", "Speaker", "State", "Department", "Army", "Navy", "Air", "Marine", "Marines", "Coast",
    "Guard", "Treasury", "Embassy", "Embassies", "Ambassador", "Defense", "Defence", "Special", "Envoy",
    "Government", "Administration", "Federal", "Supreme", "Court", "Capitol", "National", "Justice",
    "Attorney", "Central", "Command", "Forces", "Force", "Intelligence", "Agency", "Military",
    "Commerce", "Trade", "Secret", "Service", "Foreign", "Prime", "Minister", "Ministry", "Home",
    "Office", "Parliament", "Chancellor", "Security", "Council", "General", "Mission", "Representative",
    "Democrats", "Republicans", "Republican", "Democratic", "Labour", "Conservative", "Conservatives",
    "Chamber", "District", "Circuit", "Labor", "Interior", "Energy", "Health", "Homeland", "Olympic",
    "Open", "Steel", "Postal", "Census", "Bureau", "Customs", "Border", "Patrol", "Space", "Treasuries",
    "Institute", "Naval", "Joint", "Chiefs", "Staff", "Cabinet", "Election",
    "Elections", "Stock", "Dollar", "Economy", "Allies", "Ally", "Export", "Import", "Sanctions",
    "Constitution", "Visa", "Citizenship", "Immigration", "Highway", "Route", "Dept", "Gov",
    "ET", "EDT", "EST", "CT", "PT", "GMT", "BST", "UTC", "CET", "CEST", "Eastern", "Pacific", "local", "Local", "Time", "Daylight", "Standard", "Summer",
  ]
}
