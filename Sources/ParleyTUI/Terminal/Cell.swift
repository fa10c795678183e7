/// One character cell of the screen.
///
/// A wide character (CJK, some emoji) occupies two cells: the first holds the character,
/// the second is a continuation cell that terminals fill themselves.
public struct Cell: Hashable, Sendable {
  /// The grapheme drawn here: a base character plus any combining marks.
  public var character: Character
  public var style: Style
  /// True for the right half of a wide character.
  public var isContinuation: Bool

  public init(_ character: Character = " ", style: Style = .plain, isContinuation: Bool = false) {
    self.character = character
    self.style = style
    self.isContinuation = isContinuation
  }

  /// An empty cell with the default style.
  public static let blank = Cell()
}
