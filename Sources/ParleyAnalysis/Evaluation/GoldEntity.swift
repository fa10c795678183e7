/// One line of an entity gold file (format: the gold README; columns file, canonical_name,
/// type, party, surface_forms).
public struct GoldEntity: Sendable, Hashable, Codable {
  /// The article's file name (basename).
  public var file: String
  public var canonicalName: String
  public var type: EntityType
  public var party: String
  /// The spellings the article uses.
  public var surfaceForms: [String]
  /// Line number in the gold file.
  public var line: Int

  /// Reads a gold file; any file in the format works, for any folder of articles.
  public static func read(path: String) throws -> [GoldEntity] {
    let table = try TSVTable(contentsOf: path, requiredColumns: ["file", "canonical_name", "type"])
    return try table.rows.map { row in
      let file = table.value("file", in: row)
      let name = table.value("canonical_name", in: row)
      guard !file.isEmpty, !name.isEmpty else {
        throw LexiconError(path: path, line: row.line, message: "empty file or canonical_name")
      }
      guard let type = EntityType(rawValue: table.value("type", in: row)) else {
        throw LexiconError(
          path: path, line: row.line, message: "type '\(table.value("type", in: row))' is not person, place or organization")
      }
      let forms = table.value("surface_forms", in: row).split(separator: "|").map {
        $0.trimmingCharacters(in: .whitespaces)
      }.filter { !$0.isEmpty }
      return GoldEntity(
        file: baseName(file), canonicalName: name, type: type, party: table.value("party", in: row), surfaceForms: forms,
        line: row.line)
    }
  }

  static func baseName(_ path: String) -> String { path.split(separator: "/").last.map(String.init) ?? path }
}
