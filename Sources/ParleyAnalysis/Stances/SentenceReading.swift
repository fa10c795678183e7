import ParleyCore

/// Everything the extractor matched in one sentence: tokens, clause segments, topic
/// triggers, stance cues, reporting verbs, hedges, party mentions and quote spans.
struct SentenceReading {
  struct Trigger {
    var term: TopicTerm
    var tokens: Range<Int>
    /// Tokens skipped by gaps inside the match (mentions there belong to the content).
    var gaps: [Range<Int>]
    /// A pronoun standing for a topic named earlier ("pushing for one").
    var isPronoun = false
  }

  struct Cue {
    var role: CueRole
    var governsLeft: Bool
    var tokens: Range<Int>
    var text: String
    /// A passive verb ("was rejected by Kyiv"): governs both what precedes and what follows.
    var isPassive = false
  }

  struct Reporting {
    var kind: ReportingKind
    var tokens: Range<Int>
    var text: String
  }

  struct Mention {
    var party: String
    var name: String
    var tokens: Range<Int>
    var range: TextRange
    var isPronoun: Bool = false
    /// A person entity (he/she refer to persons; they/it to the rest).
    var isPerson: Bool = false
  }

  var tokens: [StanceToken]
  /// `isBreak[i]`: token i ends a clause segment (`;`, `but`, `while`, `despite` …).
  var isBreak: [Bool]
  var segments: [Range<Int>]
  var triggers: [Trigger] = []
  var cues: [Cue] = []
  var reporting: [Reporting] = []
  /// Hedges found; `range` is set for single-word modal hedges (may, might, could, likely),
  /// which only count in their own clause.
  var hedges: [(text: String, range: Range<Int>?)] = []
  var mentions: [Mention] = []
  /// `inQuote[i]`: token i lies inside a direct quote.
  var inQuote: [Bool]
  /// `inLongQuote[i]`: token i lies inside a quote of six words or more (a statement, not a
  /// quoted phrase); only there does the quote's speaker replace the sentence's holders.
  var inLongQuote: [Bool] = []

  /// Whether a segment is an "if …" clause: what it says is a hypothesis, not a position.
  func isHypothetical(_ segment: Range<Int>) -> Bool {
    guard let first = segment.first(where: { tokens[$0].kind == .word }) else { return false }
    return tokens[first].is("if")
  }

  func segment(of token: Int) -> Range<Int> {
    segments.first { $0.contains(token) } ?? 0..<tokens.count
  }

  func text(_ range: Range<Int>) -> String {
    tokens[range].filter { $0.kind == .word }.map(\.text).joined(separator: " ")
  }
}

// MARK: - Grammar words

/// Small closed-class word lists of English, used by the attribution rules. Story-specific
/// knowledge lives in `data/lexicon`; these are grammar.
enum StanceGrammar {
  static let clauseBreakWords: Set<[UInt8]> = words("but", "while", "whereas", "however", "although", "though", "yet", "despite", "meanwhile")
  static let objectPrepositions: Set<[UInt8]> = words(
    "on", "to", "from", "against", "with", "over", "at", "into", "toward", "towards", "for", "of", "about", "between",
    "by", "in", "onto", "upon", "among", "than", "via", "like", "including", "told", "urged", "pressed",
    "asked", "recommended")
  static let determiners: Set<[UInt8]> = words("the", "a", "an", "both", "all", "other", "its", "their", "his", "her", "some", "many", "several", "fellow")
  static let collectiveHeads: Set<[UInt8]> = words(
    "officials", "official", "leaders", "leader", "members", "representatives", "ministers", "minister", "diplomats",
    "government", "authorities", "delegation", "envoys", "envoy", "spokesperson", "spokesman", "spokeswoman",
    "administration", "allies", "leadership", "president", "head", "sources", "team", "teams", "counterparts")
  static let auxiliaries: Set<[UInt8]> = words(
    "has", "have", "had", "also", "will", "would", "could", "should", "can", "may", "might", "must", "is", "are", "was",
    "were", "be", "been", "being", "continue", "continues", "continued", "to", "again", "already", "repeatedly",
    "previously", "firmly", "strongly", "quickly", "initially", "publicly", "still", "now", "reportedly", "apparently",
    "allegedly", "did", "does", "do", "then", "further", "openly", "consistently", "flatly", "once", "only", "so", "far",
    "yet")
  /// Nouns after a party name that make it a descriptor, not a holder ("US media reports").
  static let nonPartyHeads: Set<[UInt8]> = words(
    "media", "reports", "report", "press", "analysts", "analyst", "experts", "journalists", "outlets", "newspaper",
    "newspapers", "broadcaster", "commentators", "markets", "stocks", "public", "voters", "allies", "partners",
    "neighbours", "neighbors", "enemies", "critics", "backers", "supporters", "friends", "opponents", "adversaries")
  /// Words that open a leading subordinate clause, which ends at the first comma.
  static let subordinators: Set<[UInt8]> = words(
    "as", "after", "when", "since", "because", "if", "once", "before", "although", "though", "while", "despite", "following")
  /// Roles that, after a party adjective, speak for the party ("the Ukrainian leader").
  static let roleNouns: Set<[UInt8]> = words(
    "leader", "leaders", "president", "government", "officials", "official", "side", "delegation", "negotiators",
    "authorities", "administration", "leadership", "diplomats", "ministry", "military", "envoy", "spokesman",
    "spokeswoman", "spokesperson", "minister", "ministers", "envoys", "commanders", "negotiator")
  /// Words between a party adjective and its role ("Russian foreign ministry", "US special envoy").
  static let roleModifiers: Set<[UInt8]> = words(
    "foreign", "defence", "defense", "deputy", "special", "prime", "top", "chief", "senior", "peace", "security",
    "presidential", "military", "interior")
  /// Roles that name one person ("the Ukrainian leader"), so *he*/*him* can refer to them.
  static let personRoleNouns: Set<[UInt8]> = words(
    "leader", "president", "official", "envoy", "spokesman", "spokeswoman", "spokesperson", "minister", "premier")
  /// Function words that may follow a pronoun "this" ("rejected this and …", "backed this as …");
  /// any other word after "this" makes it a determiner.
  static let wordsAfterPronoun: Set<[UInt8]> = words(
    "and", "or", "but", "as", "because", "in", "on", "at", "with", "for", "when", "if", "is", "was", "would", "will",
    "could", "should", "outright", "entirely", "completely", "again", "too", "also", "now", "so", "since", "after", "before",
    "until", "out", "off", "by", "from", "of")
  /// Past tenses without -ed that start actions ("Washington sent weapons", "Kyiv gave up land").
  static let irregularPastVerbs: Set<[UInt8]> = words(
    "sent", "gave", "cut", "met", "froze", "sold", "took", "won", "got", "put", "sought", "drew", "undertook", "withdrew")
  /// Cues of fear or worry, which restate a harm predicate in their clause rather than negate it.
  static let fearWords: Set<[UInt8]> = words(
    "fear", "fears", "feared", "fearing", "worry", "worries", "worried", "worried about", "worry about", "worries about",
    "concern", "concerns", "concerned")
  /// Cues of obligation, which state what the speaker demands of their subject.
  static let obligationCues: Set<[UInt8]> = words("must", "has to", "have to", "need to", "needs to", "needed to")
  /// Nouns that sum up a proposition in an apposition ("…, an idea the Kremlin has dismissed").
  static let appositionHeads: Set<[UInt8]> = words(
    "idea", "proposal", "move", "step", "demand", "plan", "goal", "option", "prospect", "something", "notion", "suggestion",
    "condition", "offer", "request", "position")
  static let beForms: Set<[UInt8]> = words("be", "been", "being", "was", "were", "is", "are")
  static let pronouns: Set<[UInt8]> = words("he", "she", "they", "it", "we", "him", "her", "them")
  /// Pronouns that stand for one person.
  static let personPronouns: Set<[UInt8]> = words("he", "she", "him", "her")
  static let agentMarkers: Set<[UInt8]> = words("by")
  static let sourceMarkers: Set<[UInt8]> = words("from")

  static func words(_ list: String...) -> Set<[UInt8]> { Set(list.map { Array($0.utf8) }) }
}
