/// Case and diacritic folding for the Latin letters outside ASCII.
///
/// Maps the code points U+00C0…U+017F (Latin-1 Supplement letters and Latin Extended-A)
/// and Romanian Ș/Ț to one or two lowercase ASCII letters: `É → e`, `ß → ss`, `Œ → oe`,
/// `Ł → l`. `×` and `÷` are separators. Other scripts keep their bytes (Cyrillic capitals
/// are lowercased by the tokenizer itself).
enum LatinFolding {
  /// First code point covered by `table`.
  static let firstScalar: UInt32 = 0xC0
  /// For each code point from `firstScalar`: up to two ASCII bytes (low byte first), or 0 for
  /// a separator.
  static let table: [UInt16] = {
    var table = [UInt16](repeating: 0, count: 0x180 - 0xC0)
    func set(_ scalar: UInt32, _ letters: String) {
      let bytes = Array(letters.utf8)
      var value = UInt16(bytes[0])
      if bytes.count > 1 { value |= UInt16(bytes[1]) << 8 }
      table[Int(scalar - 0xC0)] = value
    }
    func run(_ from: UInt32, _ through: UInt32, _ letters: String) {
      for scalar in from...through { set(scalar, letters) }
    }
    // Latin-1 Supplement, capitals and small letters alike.
    for base: UInt32 in [0xC0, 0xE0] {
      run(base + 0x00, base + 0x05, "a")
      set(base + 0x06, "ae")
      set(base + 0x07, "c")
      run(base + 0x08, base + 0x0B, "e")
      run(base + 0x0C, base + 0x0F, "i")
      set(base + 0x10, "d")
      set(base + 0x11, "n")
      run(base + 0x12, base + 0x16, "o")
      set(base + 0x18, "o")
      run(base + 0x19, base + 0x1C, "u")
      set(base + 0x1D, "y")
      set(base + 0x1E, "th")
    }
    set(0xDF, "ss")
    set(0xFF, "y")
    // Latin Extended-A.
    run(0x100, 0x105, "a"); run(0x106, 0x10D, "c"); run(0x10E, 0x111, "d")
    run(0x112, 0x11B, "e"); run(0x11C, 0x123, "g"); run(0x124, 0x127, "h")
    run(0x128, 0x131, "i"); run(0x132, 0x133, "ij"); run(0x134, 0x135, "j")
    run(0x136, 0x138, "k"); run(0x139, 0x142, "l"); run(0x143, 0x14B, "n")
    run(0x14C, 0x151, "o"); run(0x152, 0x153, "oe"); run(0x154, 0x159, "r")
    run(0x15A, 0x161, "s"); run(0x162, 0x167, "t"); run(0x168, 0x173, "u")
    run(0x174, 0x175, "w"); run(0x176, 0x178, "y"); run(0x179, 0x17E, "z")
    set(0x17F, "s")
    return table
  }()

  /// The folded ASCII letters for a two-byte UTF-8 sequence, packed as in `table`;
  /// `nil` when the code point is not a Latin letter this table knows.
  @inline(__always)
  static func fold(_ lead: UInt8, _ trail: UInt8) -> UInt16? {
    let scalar = (UInt32(lead & 0x1F) << 6) | UInt32(trail & 0x3F)
    if scalar >= 0xC0 && scalar < 0x180 { return table[Int(scalar - 0xC0)] }
    switch scalar {
    case 0x218, 0x219: return UInt16(UInt8(ascii: "s"))
    case 0x21A, 0x21B: return UInt16(UInt8(ascii: "t"))
    default: return nil
    }
  }
}
