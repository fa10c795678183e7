import Foundation

/// `.json` (one article object, an array of them, or an object holding them under
/// `articles`/`items`/`entries`/`data`/`results`/`posts`) and `.jsonl`/`.ndjson` (an object a line).
///
/// Fields (case-insensitive; unknown fields are ignored): title/headline/name;
/// body/text/content/article/articleBody/description/summary (a string, HTML is reduced to
/// text, or an array of paragraphs); source/outlet/publisher/site/feed (a string or an object
/// with a name); date/published/publishedAt/pubDate/datePublished/created_at/updated (a string,
/// or seconds since 1970); url/link/permalink; author/byline/creator/authors; comments.
/// A broken JSONL line is skipped and reported with its line number; the other lines load.
struct JSONFormat: ArticleFormat {
  /// True for JSON Lines.
  var lines: Bool

  func read(_ text: String, path: String) -> FormatOutput {
    lines ? readLines(text, path: path) : readDocument(text, path: path)
  }

  private func readDocument(_ text: String, path: String) -> FormatOutput {
    var output = FormatOutput()
    let value: Any
    do {
      value = try JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed])
    } catch {
      output.skipped.append(
        LoadProblem(path: path, cause: .malformedJSON, line: Self.errorLine(error), detail: Self.errorText(error)))
      return output
    }
    var items: [Any]?
    if let array = value as? [Any] {
      items = array
    } else if let object = value as? [String: Any] {
      let keys = Self.lowercasedKeys(object)
      if Self.bodyText(keys) == nil,
        let nested = ["articles", "items", "entries", "data", "results", "posts", "stories"].lazy
          .compactMap({ keys[$0] as? [Any] }).first
      {
        items = nested
      } else {
        output.drafts = [Self.draft(from: keys)]
        return output
      }
    }
    guard let items else {
      output.skipped.append(LoadProblem(path: path, cause: .malformedJSON, detail: "not an object or array"))
      return output
    }
    output.isCollection = true
    for (index, item) in items.enumerated() {
      guard let object = item as? [String: Any] else {
        output.skipped.append(
          LoadProblem(path: path, cause: .malformedJSON, detail: "item \(index + 1) is not an object"))
        continue
      }
      var draft = Self.draft(from: Self.lowercasedKeys(object))
      draft.itemNumber = index + 1
      output.drafts.append(draft)
    }
    return output
  }

  private func readLines(_ text: String, path: String) -> FormatOutput {
    var output = FormatOutput(isCollection: true)
    var item = 0
    for (number, line) in text.utf8.split(separator: 0x0A, omittingEmptySubsequences: false).enumerated() {
      guard line.contains(where: { $0 != 0x20 }) else { continue }
      item += 1
      let object: Any
      do {
        object = try JSONSerialization.jsonObject(with: Data(line), options: [])
      } catch {
        output.skipped.append(
          LoadProblem(path: path, cause: .malformedJSON, line: number + 1, detail: Self.errorText(error)))
        continue
      }
      guard let dictionary = object as? [String: Any] else {
        output.skipped.append(LoadProblem(path: path, cause: .malformedJSON, line: number + 1, detail: "not an object"))
        continue
      }
      var draft = Self.draft(from: Self.lowercasedKeys(dictionary))
      draft.itemNumber = item
      output.drafts.append(draft)
    }
    return output
  }

  // MARK: - Fields

  static func lowercasedKeys(_ object: [String: Any]) -> [String: Any] {
    var result: [String: Any] = [:]
    for (key, value) in object where !(value is NSNull) { result[key.lowercased()] = value }
    return result
  }

  static func draft(from keys: [String: Any]) -> ArticleDraft {
    var draft = ArticleDraft(lines: [])
    draft.needsSanitizing = true
    draft.title = string(keys, "title", "headline", "name")
    draft.source = name(keys, "source", "outlet", "publisher", "site", "site_name", "sitename", "feed", "domain")
    draft.url = string(keys, "url", "link", "permalink", "href", "canonical_url", "uri")
    draft.author = name(keys, "author", "byline", "creator", "authors", "by")
    for key in ["date", "published", "publishedat", "published_at", "pubdate", "datepublished", "created_at",
      "createdat", "created", "updated", "updated_at", "timestamp", "time"]
    {
      if let text = keys[key] as? String, !text.isEmpty {
        draft.date = text
        break
      }
      if let seconds = (keys[key] as? NSNumber)?.doubleValue {
        // Seconds (or milliseconds) since 1970.
        let date = Date(timeIntervalSince1970: seconds > 1e11 ? seconds / 1000 : seconds)
        draft.date = ISO8601DateFormatter().string(from: date)
        break
      }
    }
    if let body = bodyText(keys) {
      draft.lines = HTMLText.looksLikeHTML(body) ? HTMLText.paragraphs(fromHTML: body) : PlainTextFormat.paragraphs(Substring(body))
    } else if let paragraphs = ["paragraphs", "body", "text", "content"].lazy.compactMap({ keys[$0] as? [Any] }).first {
      draft.lines = paragraphs.compactMap { $0 as? String }
    }
    if let comments = keys["comments"] as? [Any] {
      draft.comments = comments.compactMap { comment in
        if let text = comment as? String { return text }
        if let object = comment as? [String: Any] { return string(lowercasedKeys(object), "text", "body", "content", "comment") }
        return nil
      }
    }
    return draft
  }

  static func bodyText(_ keys: [String: Any]) -> String? {
    string(keys, "body", "text", "content", "article", "articlebody", "article_body", "content_text", "content_html", "description", "summary", "excerpt")
  }

  static func string(_ keys: [String: Any], _ names: String...) -> String? {
    for name in names { if let value = keys[name] as? String, !value.isEmpty { return value } }
    return nil
  }

  /// A string, or the `name`/`title` of an object, or names of an array joined with ", ".
  static func name(_ keys: [String: Any], _ names: String...) -> String? {
    for key in names {
      switch keys[key] {
      case let text as String where !text.isEmpty: return text
      case let object as [String: Any]:
        let lowered = lowercasedKeys(object)
        if let name = string(lowered, "name", "title", "display_name") { return name }
      case let array as [Any]:
        let parts = array.compactMap { item -> String? in
          if let text = item as? String { return text }
          if let object = item as? [String: Any] { return string(lowercasedKeys(object), "name", "title") }
          return nil
        }
        if !parts.isEmpty { return parts.joined(separator: ", ") }
      default: continue
      }
    }
    return nil
  }

  // MARK: - Errors

  static func errorText(_ error: Error) -> String {
    let description = (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String ?? "\(error)"
    return String(description.prefix(120))
  }

  /// The line number Foundation mentions ("… around line 3, column 5"), if any.
  static func errorLine(_ error: Error) -> Int? {
    let text = errorText(error)
    guard let range = text.range(of: "line ") else { return nil }
    return Int(text[range.upperBound...].prefix(while: { $0.isNumber }))
  }
}
