import ParleyCore

/// A span that recognition found, before surname and headline linking.
struct EntityCandidate: Sendable {
  enum Resolution: Sendable {
    /// A gazetteer entry (position in `Lexicon.entries`).
    case known(Int)
    /// A name typed by its context.
    case unknown(canonicalName: String, type: EntityType, party: String)
    /// Capitalised words with no cue of their own: a name only if the article links them.
    /// `fallback` is the type it gets when no link is found (nil: dropped).
    case pending(words: [String], name: String, fallback: EntityType?)
  }

  var field: ArticleField
  var range: TextRange
  var resolution: Resolution
}
