import Foundation

/// What a stance cue does to the topic it governs.
public enum CueRole: String, Sendable, Hashable, Codable {
  /// "proposed", "demands", "ready to", "insist on": the holder wants what follows.
  case support
  /// "rejected", "ruled out", "refusal", "unacceptable": the holder is against it.
  case oppose
  /// "not", "never", "no": flips the next cue or action within a few words.
  case negation
  /// "until", "unless", "without", "first step": what follows is a precondition the holder wants.
  case condition
  /// "pushed to", "urged … to", "pressure on": whoever follows is being pushed, not holding a stance.
  case directive
}

/// One stance cue from `stance-cues.tsv`.
public struct StanceCue: Sendable, Hashable {
  public var pattern: TermPattern
  public var role: CueRole
  /// A predicate that governs what comes before it ("… were unacceptable to Ukraine",
  /// "… is a non-starter"), rather than what follows ("rejected …").
  public var governsLeft: Bool
}

/// How a source reports what someone said: the connotation of the reporting verb.
public enum ReportingKind: String, Sendable, Hashable, Codable, CaseIterable {
  /// said, told, stated, wrote.
  case neutral
  /// insisted, stressed, reiterated, warned.
  case assertive
  /// claimed, alleged, asserted: the source keeps its distance.
  case doubting
  /// slammed, dismissed, threw down the gauntlet: the source judges or dramatises.
  case loaded
}

/// A reporting verb or phrase from `reporting-verbs.tsv`.
public struct ReportingVerb: Sendable, Hashable {
  public var pattern: TermPattern
  public var kind: ReportingKind
}

/// Stance cues, reporting verbs and hedges, read from `data/lexicon`.
///
/// Files (tab-separated, `#` comments; patterns use the `TermPattern` syntax):
/// - `stance-cues.tsv`: `pattern  support|oppose|negation|condition|directive  [left]`
/// - `reporting-verbs.tsv`: `pattern  neutral|assertive|doubting|loaded`
/// - `hedges.tsv`: `pattern` (one hedge per line)
public struct CueLexicon: Sendable {
  public var cues: [StanceCue]
  public var reportingVerbs: [ReportingVerb]
  public var hedges: [TermPattern]

  public init(cues: [StanceCue], reportingVerbs: [ReportingVerb], hedges: [TermPattern]) {
    self.cues = cues
    self.reportingVerbs = reportingVerbs
    self.hedges = hedges
  }

  /// Loads the three cue files from a lexicon folder.
  public static func load(folder: String) throws -> CueLexicon {
    let cuesPath = folder + "/stance-cues.tsv"
    var cues: [StanceCue] = []
    for (line, fields) in try StanceLexiconFile.rows(path: cuesPath) {
      guard fields.count >= 2, let role = CueRole(rawValue: fields[1]) else {
        throw StanceLexiconError(
          path: cuesPath, line: line, message: "expected: pattern, support|oppose|negation|condition|directive [, left]")
      }
      let left = fields.count > 2 && fields[2] == "left"
      for pattern in try StanceLexiconFile.patterns(fields[0], path: cuesPath, line: line) {
        cues.append(StanceCue(pattern: pattern, role: role, governsLeft: left))
      }
    }
    let verbsPath = folder + "/reporting-verbs.tsv"
    var verbs: [ReportingVerb] = []
    for (line, fields) in try StanceLexiconFile.rows(path: verbsPath) {
      guard fields.count >= 2, let kind = ReportingKind(rawValue: fields[1]) else {
        throw StanceLexiconError(path: verbsPath, line: line, message: "expected: pattern, neutral|assertive|doubting|loaded")
      }
      for pattern in try StanceLexiconFile.patterns(fields[0], path: verbsPath, line: line) {
        verbs.append(ReportingVerb(pattern: pattern, kind: kind))
      }
    }
    let hedgesPath = folder + "/hedges.tsv"
    var hedges: [TermPattern] = []
    for (line, fields) in try StanceLexiconFile.rows(path: hedgesPath) {
      hedges.append(contentsOf: try StanceLexiconFile.patterns(fields[0], path: hedgesPath, line: line))
    }
    return CueLexicon(cues: cues, reportingVerbs: verbs, hedges: hedges)
  }
}

/// Everything stance extraction reads from `data/lexicon`: topics and cues.
public struct StanceLexicon: Sendable {
  public var topics: TopicLexicon
  public var cues: CueLexicon
  /// Party adjectives ("russian" → russia) from the entity lexicon's `demonyms.tsv`, used for
  /// holders of nominal cues the recognizer does not mark ("Russian proposals", "U.S. plan").
  public var partyAdjectives: [[UInt8]: String]

  public init(topics: TopicLexicon, cues: CueLexicon, partyAdjectives: [[UInt8]: String] = [:]) {
    self.topics = topics
    self.cues = cues
    self.partyAdjectives = partyAdjectives
  }

  /// Loads `topics.tsv`, `stance-cues.tsv`, `reporting-verbs.tsv` and `hedges.tsv` from a folder.
  public static func load(folder: String) throws -> StanceLexicon {
    StanceLexicon(
      topics: try TopicLexicon.load(path: folder + "/topics.tsv"), cues: try CueLexicon.load(folder: folder),
      partyAdjectives: try adjectives(path: folder + "/demonyms.tsv"))
  }

  /// Adjective rows (`form  party  place  adjective`) of a demonyms file; none when it is absent.
  static func adjectives(path: String) throws -> [[UInt8]: String] {
    guard FileManager.default.fileExists(atPath: path) else { return [:] }
    var result: [[UInt8]: String] = [:]
    for (_, fields) in try StanceLexiconFile.rows(path: path) where fields.count >= 4 && fields[3] == "adjective" {
      result[Array(fields[0].lowercased().utf8)] = fields[1]
    }
    return result
  }

  /// Loads the bundled `data/lexicon`.
  public static func bundled() throws -> StanceLexicon {
    try load(folder: try StanceLexiconFile.bundledFolder())
  }
}
