import ParleyCore
@testable import ParleyAnalysis

/// The bundled lexicon, loaded once for all entity tests.
enum TestLexicon {
  static let shared: Lexicon = {
    do { return try Lexicon.bundled() } catch { fatalError("bundled lexicon: \(error)") }
  }()
  static let recognizer = EntityRecognizer(lexicon: shared)
}

extension ArticleEntities {
  /// Canonical names of the mentions, in order.
  var names: [String] { mentions.map(\.canonicalName) }
  /// The first mention of an entity, by canonical name.
  func mention(_ canonicalName: String) -> EntityMention? { mentions.first { $0.canonicalName == canonicalName } }
}

/// Recognises a body (and optional title) with the bundled lexicon.
func recognize(_ body: String, title: String = "") -> ArticleEntities {
  TestLexicon.recognizer.recognize(title: title, body: body, articleID: "test")
}
