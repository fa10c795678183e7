/// A word or punctuation mark of a text field, as entity recognition sees it.
///
/// `start..<end` are UTF-8 byte offsets into the field. A possessive ending (`'s`, `’s`, or a bare
/// apostrophe after a plural) is not part of the token; `isPossessive` records it.
public struct NameToken: Sendable, Hashable {
  public var start: Int
  public var end: Int
  /// Folded text (lower case, no diacritics); punctuation keeps its own bytes.
  public var key: String
  public var isWord: Bool
  /// The first letter is upper case.
  public var isCapitalized: Bool
  /// Has letters, all upper case (`US`, `NATO`, `U.S.`, `X`).
  public var isAllCaps: Bool
  public var isPossessive: Bool
  /// First word of a sentence, line, quote or text: capitalised whatever it is.
  public var isSentenceStart: Bool
  /// Preceded directly by a hyphen with no space (`Elmendorf-Richardson`).
  public var isJoinedToPrevious: Bool
}
