/// Decodes character references: the XML five, the HTML named entities news pages use, and
/// numeric ones (`&#8217;`, `&#x2019;`).
///
/// Unknown names stay as written. Entities are never defined by the document (DOCTYPE
/// declarations are skipped), so nothing can expand recursively: no entity-expansion bombs.
/// Decoded control characters are removed later by `TextSanitizer`.
public enum HTMLEntities {
  /// The text with character references replaced.
  public static func decode(_ text: String) -> String {
    guard text.utf8.contains(UInt8(ascii: "&")) else { return text }
    var out = ""
    out.reserveCapacity(text.utf8.count)
    var rest = Substring(text)
    while let amp = rest.firstIndex(of: "&") {
      out += rest[..<amp]
      let afterAmp = rest.index(after: amp)
      let limit = rest.index(afterAmp, offsetBy: 32, limitedBy: rest.endIndex) ?? rest.endIndex
      if let semicolon = rest[afterAmp..<limit].firstIndex(of: ";"),
        let decoded = reference(rest[afterAmp..<semicolon])
      {
        out += decoded
        rest = rest[rest.index(after: semicolon)...]
      } else {
        out += "&"
        rest = rest[afterAmp...]
      }
    }
    out += rest
    return out
  }

  /// The text of one reference name (between `&` and `;`), or nil when unknown.
  static func reference(_ name: Substring) -> String? {
    if name.first == "#" {
      let digits = name.dropFirst()
      let value: UInt32?
      if digits.first == "x" || digits.first == "X" {
        value = UInt32(digits.dropFirst(), radix: 16)
      } else {
        value = UInt32(digits, radix: 10)
      }
      guard let value else { return nil }
      // Windows-1252 code points that pages put in numeric references (&#146; for ’).
      if let mapped = windows1252[value] { return String(mapped) }
      guard value != 0, let scalar = Unicode.Scalar(value) else { return "\u{FFFD}" }
      return String(Character(scalar))
    }
    return named[String(name)] ?? named[name.lowercased()]
  }

  private static let windows1252: [UInt32: Character] = [
    0x80: "€", 0x85: "…", 0x91: "‘", 0x92: "’", 0x93: "“", 0x94: "”", 0x96: "–", 0x97: "—", 0x99: "™",
  ]

  /// Named entities: XML's five and the HTML ones that occur in news text.
  static let named: [String: String] = [
    "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": " ", "ensp": " ", "emsp": " ",
    "thinsp": " ", "shy": "", "zwnj": "", "zwj": "", "lrm": "", "rlm": "",
    "ndash": "–", "mdash": "—", "minus": "−", "hellip": "…", "bull": "•", "middot": "·",
    "lsquo": "‘", "rsquo": "’", "sbquo": "‚", "ldquo": "“", "rdquo": "”", "bdquo": "„",
    "laquo": "«", "raquo": "»", "lsaquo": "‹", "rsaquo": "›", "prime": "′", "Prime": "″",
    "copy": "©", "reg": "®", "trade": "™", "deg": "°", "plusmn": "±", "times": "×", "divide": "÷",
    "frac12": "½", "frac14": "¼", "frac34": "¾", "sup2": "²", "sup3": "³", "micro": "µ", "para": "¶",
    "sect": "§", "euro": "€", "pound": "£", "yen": "¥", "cent": "¢", "dollar": "$", "percnt": "%",
    "iexcl": "¡", "iquest": "¿", "dagger": "†", "Dagger": "‡", "permil": "‰", "larr": "←", "rarr": "→",
    "uarr": "↑", "darr": "↓", "hyphen": "‐", "colon": ":", "comma": ",", "period": ".", "excl": "!",
    "quest": "?", "num": "#", "lpar": "(", "rpar": ")", "sol": "/", "bsol": "\\", "ast": "*",
    "aacute": "á", "Aacute": "Á", "agrave": "à", "Agrave": "À", "acirc": "â", "Acirc": "Â",
    "atilde": "ã", "Atilde": "Ã", "auml": "ä", "Auml": "Ä", "aring": "å", "Aring": "Å", "aelig": "æ",
    "AElig": "Æ", "ccedil": "ç", "Ccedil": "Ç", "eacute": "é", "Eacute": "É", "egrave": "è",
    "Egrave": "È", "ecirc": "ê", "Ecirc": "Ê", "euml": "ë", "Euml": "Ë", "iacute": "í", "Iacute": "Í",
    "igrave": "ì", "Igrave": "Ì", "icirc": "î", "Icirc": "Î", "iuml": "ï", "Iuml": "Ï", "ntilde": "ñ",
    "Ntilde": "Ñ", "oacute": "ó", "Oacute": "Ó", "ograve": "ò", "Ograve": "Ò", "ocirc": "ô",
    "Ocirc": "Ô", "otilde": "õ", "Otilde": "Õ", "ouml": "ö", "Ouml": "Ö", "oslash": "ø", "Oslash": "Ø",
    "oelig": "œ", "OElig": "Œ", "scaron": "š", "Scaron": "Š", "szlig": "ß", "uacute": "ú", "Uacute": "Ú",
    "ugrave": "ù", "Ugrave": "Ù", "ucirc": "û", "Ucirc": "Û", "uuml": "ü", "Uuml": "Ü", "yacute": "ý",
    "Yacute": "Ý", "yuml": "ÿ", "Yuml": "Ÿ", "zcaron": "ž", "Zcaron": "Ž", "ccaron": "č",
    "Ccaron": "Č",
  ]
}
