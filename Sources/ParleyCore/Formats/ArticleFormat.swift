/// A file format parley reads: text in, article drafts out.
///
/// Readers never fail as a whole for damaged input: they return what they could read plus
/// problems (a broken JSON line, a repaired XML tag). A file that yields no drafts and no
/// problem is reported as "without articles".
protocol ArticleFormat: Sendable {
  /// Reads the drafts from a file's sanitized text. `path` is the display path, for problems.
  func read(_ text: String, path: String) -> FormatOutput
}

/// What a format reader found in one file.
struct FormatOutput: Sendable {
  var drafts: [ArticleDraft] = []
  /// True for formats that hold several articles (arrays, JSONL, feeds): ids get `#N`.
  var isCollection = false
  /// Parts skipped (with line numbers where known).
  var skipped: [LoadProblem] = []
  /// Damage that was repaired while reading.
  var repaired: [LoadProblem] = []
}

/// The formats by file extension (lower case, without the dot).
enum FormatRegistry {
  static func format(forExtension ext: String) -> (any ArticleFormat)? {
    switch ext.lowercased() {
    case "txt", "text": PlainTextFormat()
    case "md", "markdown": MarkdownFormat()
    case "json": JSONFormat(lines: false)
    case "jsonl", "ndjson": JSONFormat(lines: true)
    case "xml", "rss", "atom": FeedFormat()
    case "html", "htm", "xhtml": HTMLPageFormat()
    default: nil
    }
  }

  /// The extensions read inside folders.
  static let extensions: Set<String> = [
    "txt", "text", "md", "markdown", "json", "jsonl", "ndjson", "xml", "rss", "atom", "html", "htm", "xhtml",
  ]
}
