import ParleyCore

/// Scores entity recognition against gold annotations (the rule of the gold README).
///
/// Precision / recall / F1 over (article file, entity, type). A predicted entity matches a gold
/// line of the same file and type when, ignoring case and diacritics, its canonical name or one of
/// its aliases (gazetteer aliases and the spellings found) equals the gold canonical name or one
/// of the gold surface forms. Only files present both in the gold and in the corpus are scored.
public struct EntityEvaluation: Sendable {
  /// An entity found in one file, with every name it goes by.
  public struct Prediction: Sendable, Hashable, Codable {
    public var file: String
    public var canonicalName: String
    public var type: EntityType
    public var party: String
    public var names: [String]
  }

  public var report: ScoreReport<GoldEntity, Prediction>
  /// Gold files with no article in the corpus (not scored).
  public var missingFiles: [String]
  /// Files scored.
  public var scoredFiles: [String]

  /// Runs the recognizer over the articles and scores it against `gold`.
  public init(gold: [GoldEntity], articles: [Article], recognizer: EntityRecognizer) {
    let goldFiles = Set(gold.map(\.file))
    var mentionsByFile: [String: [EntityMention]] = [:]
    var fileOrder: [String] = []
    for article in articles where goldFiles.contains(article.fileName) {
      if mentionsByFile[article.fileName] == nil { fileOrder.append(article.fileName) }
      mentionsByFile[article.fileName, default: []] += recognizer.recognize(article).mentions
    }
    let corpusFiles = Set(fileOrder)
    var predictions: [Prediction] = []
    for file in fileOrder {
      predictions += Self.predictions(for: mentionsByFile[file] ?? [], file: file, lexicon: recognizer.lexicon)
    }
    missingFiles = goldFiles.subtracting(corpusFiles).sorted()
    scoredFiles = corpusFiles.sorted()
    let scored = gold.filter { corpusFiles.contains($0.file) }
    report = MatchScorer.score(
      gold: scored, predicted: predictions,
      goldKey: { .init(bucket: "\($0.file)\t\($0.type.rawValue)", category: $0.type.rawValue) },
      predictedKey: { .init(bucket: "\($0.file)\t\($0.type.rawValue)", category: $0.type.rawValue) },
      matches: { gold, predicted in
        let goldNames = Set(([gold.canonicalName] + gold.surfaceForms).map(NameFolding.fold))
        return predicted.names.contains { goldNames.contains(NameFolding.fold($0)) }
      })
  }

  /// One prediction per entity of the article (several articles of one file are merged).
  static func predictions(for mentions: [EntityMention], file: String, lexicon: Lexicon) -> [Prediction] {
    var order: [String] = []
    var byID: [String: Prediction] = [:]
    for mention in mentions {
      if byID[mention.entityID] == nil {
        order.append(mention.entityID)
        let aliases = lexicon.entry(id: mention.entityID)?.aliases ?? []
        byID[mention.entityID] = Prediction(
          file: file, canonicalName: mention.canonicalName, type: mention.type, party: mention.party,
          names: [mention.canonicalName] + aliases)
      }
      if !byID[mention.entityID]!.names.contains(mention.surface) { byID[mention.entityID]!.names.append(mention.surface) }
    }
    return order.compactMap { byID[$0] }
  }
}
