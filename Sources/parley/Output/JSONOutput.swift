import Foundation

/// Prints values as JSON on stdout: pretty, keys sorted, slashes unescaped, one final newline.
enum JSONOutput {
  static func print<Value: Encodable>(_ value: Value) throws {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    var data = terminalSafe(try encoder.encode(value))
    data.append(0x0A)
    FileHandle.standardOutput.write(data)
  }

  /// JSON with C1 controls, bidi and zero-width characters written as `\uXXXX` escapes:
  /// the same value for a JSON reader, but nothing a terminal acts on or reorders when the
  /// JSON is shown. (JSONEncoder already escapes C0 controls.)
  static func terminalSafe(_ data: Data) -> Data {
    let text = String(decoding: data, as: UTF8.self)
    guard text.unicodeScalars.contains(where: needsEscape) else { return data }
    var out = ""
    for scalar in text.unicodeScalars {
      if needsEscape(scalar) {
        let hex = String(scalar.value, radix: 16)
        out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
      } else {
        out.unicodeScalars.append(scalar)
      }
    }
    return Data(out.utf8)
  }

  private static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x7F...0x9F, 0x061C, 0x200B...0x200F, 0x2028...0x202E, 0x2060...0x2069, 0xFEFF: true
    default: false
    }
  }
}
