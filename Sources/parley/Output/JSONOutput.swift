import Foundation

/// Prints values as JSON on stdout: pretty, keys sorted, slashes unescaped, one final newline.
enum JSONOutput {
  static func print<Value: Encodable>(_ value: Value) throws {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    var data = try encoder.encode(value)
    data.append(0x0A)
    FileHandle.standardOutput.write(data)
  }
}
