/// A `---` block of `key: value` lines at the top of a Markdown (or text) file.
///
/// Only flat keys are read (title, source/publisher/outlet/site, date/published, url/link,
/// author/byline); quotes around values are removed; lists and nested keys are ignored.
struct FrontMatter {
  var fields: [String: String]
  /// The text after the closing `---`.
  var rest: Substring

  static func parse(_ text: String) -> FrontMatter? {
    guard text.hasPrefix("---\n") || text.hasPrefix("---\r") else { return nil }
    let afterOpening = text.dropFirst(4)
    var fields: [String: String] = [:]
    var cursor = afterOpening.startIndex
    while cursor < afterOpening.endIndex {
      let lineEnd = afterOpening[cursor...].firstIndex(of: "\n") ?? afterOpening.endIndex
      let line = afterOpening[cursor..<lineEnd]
      let next = lineEnd < afterOpening.endIndex ? afterOpening.index(after: lineEnd) : lineEnd
      let trimmed = line.trimming(" ")
      if trimmed == "---" || trimmed == "..." { return FrontMatter(fields: fields, rest: afterOpening[next...]) }
      if let colon = line.firstIndex(of: ":"), line.first != " ", line.first != "-" {
        let key = line[..<colon].trimming(" ").lowercased()
        let value = line[line.index(after: colon)...].trimming(" ").trimming("\"'")
        if !value.isEmpty { fields[key] = value }
      }
      cursor = next
    }
    return nil
  }

  /// The first present field among `keys`.
  func value(_ keys: String...) -> String? {
    for key in keys { if let value = fields[key] { return value } }
    return nil
  }

  func apply(to draft: inout ArticleDraft) {
    draft.title = value("title", "headline") ?? draft.title
    draft.source = value("source", "publisher", "outlet", "site", "site_name", "publication") ?? draft.source
    draft.date = value("date", "published", "published_at", "pubdate", "created") ?? draft.date
    draft.url = value("url", "link", "permalink", "canonical_url") ?? draft.url
    draft.author = value("author", "byline", "by") ?? draft.author
  }
}
