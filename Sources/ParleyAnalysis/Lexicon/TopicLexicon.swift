import Foundation

/// A topic parties take stances on, and the proposition a stance is measured against.
public struct TopicDefinition: Sendable, Hashable, Codable {
  /// Stable id, e.g. `crimea_recognition`.
  public var id: String
  /// Short human label, e.g. `Crimea recognition`.
  public var label: String
  /// What `support` means, e.g. `recognising Russia's annexation of Crimea`.
  public var proposition: String

  public init(id: String, label: String, proposition: String) {
    self.id = id
    self.label = label
    self.proposition = proposition
  }
}

/// A trigger term that signals a topic in a sentence.
public struct TopicTerm: Sendable, Hashable {
  public var topic: String
  /// `+1` when the term names the proposition itself ("lift sanctions"), `-1` when it names
  /// its opposite ("maintenance of sanctions", "territorial integrity").
  public var direction: Int
  /// Whether the term names an action a holder can take ("recognise … Crimea", "join NATO"):
  /// such a term counts as wanting it even without a separate stance cue ("Kyiv would not recognise …").
  public var isAction: Bool
  public var pattern: TermPattern
  /// At least one of these must occur in the same sentence (empty: no requirement).
  public var requires: [TermPattern]
  /// None of these may occur within four words of the match ("energy" for a partial ceasefire).
  public var excludes: [TermPattern]
}

/// The topics and their trigger terms, read from `data/lexicon/topics.tsv`.
///
/// File format (tab-separated, `#` comments):
/// ```
/// topic  <id>     <label>  <proposition>
/// term   <topic>  +|-      act|thing  <pattern || pattern>  [requires: a ; b]  [excludes: c ; d]
/// ```
public struct TopicLexicon: Sendable {
  public var topics: [TopicDefinition]
  public var terms: [TopicTerm]

  public init(topics: [TopicDefinition], terms: [TopicTerm]) {
    self.topics = topics
    self.terms = terms
  }

  /// The definition of a topic id.
  public func topic(_ id: String) -> TopicDefinition? { topics.first { $0.id == id } }

  /// Loads a topics file.
  public static func load(path: String) throws -> TopicLexicon {
    var topics: [TopicDefinition] = []
    var terms: [TopicTerm] = []
    for (line, fields) in try StanceLexiconFile.rows(path: path) {
      switch fields[0] {
      case "topic":
        guard fields.count >= 4, !fields[1].isEmpty else {
          throw StanceLexiconError(path: path, line: line, message: "a topic row needs: topic, id, label, proposition")
        }
        topics.append(TopicDefinition(id: fields[1], label: fields[2], proposition: fields[3]))
      case "term":
        guard fields.count >= 5 else {
          throw StanceLexiconError(path: path, line: line, message: "a term row needs: term, topic, +|-, act|thing, pattern")
        }
        guard topics.contains(where: { $0.id == fields[1] }) else {
          throw StanceLexiconError(path: path, line: line, message: "unknown topic '\(fields[1])' (declare it first)")
        }
        guard fields[2] == "+" || fields[2] == "-" else {
          throw StanceLexiconError(path: path, line: line, message: "direction must be + or -, got '\(fields[2])'")
        }
        guard fields[3] == "act" || fields[3] == "thing" else {
          throw StanceLexiconError(path: path, line: line, message: "kind must be act or thing, got '\(fields[3])'")
        }
        let requires = try StanceLexiconFile.patternList(fields.count > 5 ? fields[5] : nil, path: path, line: line)
        let excludes = try StanceLexiconFile.patternList(fields.count > 6 ? fields[6] : nil, path: path, line: line)
        for pattern in try StanceLexiconFile.patterns(fields[4], path: path, line: line) {
          terms.append(
            TopicTerm(
              topic: fields[1], direction: fields[2] == "+" ? 1 : -1, isAction: fields[3] == "act",
              pattern: pattern, requires: requires, excludes: excludes))
        }
      default:
        throw StanceLexiconError(path: path, line: line, message: "unknown row type '\(fields[0])' (expected topic or term)")
      }
    }
    if topics.isEmpty { throw StanceLexiconError(path: path, message: "no topics defined") }
    return TopicLexicon(topics: topics, terms: terms)
  }
}
