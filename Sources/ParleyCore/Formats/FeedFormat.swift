/// `.xml`, `.rss`, `.atom`: an RSS 2.0, RSS 1.0 (RDF) or Atom feed, one article per item/entry.
///
/// Per item: title; body from `content:encoded`, `content`, `description` or `summary` (the
/// first that has text), with HTML reduced to paragraphs; link (`<link>` text or the Atom
/// `href`, preferring `rel="alternate"`); date from `pubDate`, `dc:date`, `published` or
/// `updated`; author from `author`/`dc:creator`; source from the item's `<source>`, else the
/// channel or feed title. Damaged XML is repaired where possible and reported with its line;
/// a file with no items is reported as malformed XML when damaged, else as without articles.
struct FeedFormat: ArticleFormat {
  func read(_ text: String, path: String) -> FormatOutput {
    let (root, damage) = MarkupParser(mode: .xml).parse(text)
    var output = FormatOutput(isCollection: true)
    let items = root.descendants(named: ["item", "entry"])
    guard !items.isEmpty else {
      if let first = damage.first {
        output.skipped.append(LoadProblem(path: path, cause: .malformedXML, line: first.line, detail: first.what))
      } else {
        output.skipped.append(LoadProblem(path: path, cause: .noArticles, detail: "no <item> or <entry> elements"))
      }
      return output
    }
    if let first = damage.first {
      output.repaired.append(LoadProblem(path: path, cause: .malformedXML, line: first.line, detail: first.what))
    }
    let feedNode = root.first(["channel", "feed"])
    let channelTitle = feedNode?.child("title")?.textContent
    for (index, item) in items.enumerated() {
      var draft = ArticleDraft(lines: [])
      draft.itemNumber = index + 1
      draft.needsSanitizing = true
      draft.title = item.child("title").map { Self.text(of: $0) }
      draft.source = item.child("source").map(\.textContent).flatMap { $0.isEmpty ? nil : $0 } ?? channelTitle
      draft.date = item.child("pubdate", "dc:date", "published", "updated", "date", "issued", "modified")?.textContent
      draft.url = Self.link(of: item)
      draft.author = Self.author(of: item)
      if let body = item.child("content:encoded", "content", "description", "summary", "atom:summary", "atom:content") {
        draft.lines = Self.paragraphs(of: body)
        if draft.lines.isEmpty, let other = item.child("description", "summary"), other !== body {
          draft.lines = Self.paragraphs(of: other)
        }
      }
      output.drafts.append(draft)
    }
    return output
  }

  /// The paragraphs of a content element: escaped or CDATA HTML, Atom XHTML, or plain text.
  static func paragraphs(of node: MarkupNode) -> [String] {
    if node.children.contains(where: { !$0.isText }) {
      return HTMLText.paragraphs(of: node)  // type="xhtml": markup is already parsed
    }
    let raw = node.children.map(\.text).joined()
    if node.attributes["type"] == "text" || !HTMLText.looksLikeHTML(raw) {
      return raw.split(separator: "\n").map { String($0) }
    }
    return HTMLText.paragraphs(fromHTML: raw)
  }

  /// A title, with markup removed when the feed escaped HTML into it.
  static func text(of node: MarkupNode) -> String {
    let raw = node.textContent
    return HTMLText.looksLikeHTML(raw) ? HTMLText.paragraphs(fromHTML: raw).joined(separator: " ") : raw
  }

  static func link(of item: MarkupNode) -> String? {
    let links = item.children.filter { $0.name == "link" || $0.name == "atom:link" }
    if let alternate = links.first(where: { ($0.attributes["rel"] ?? "alternate") == "alternate" && $0.attributes["href"] != nil }) {
      return alternate.attributes["href"]
    }
    if let text = links.first(where: { !$0.textContent.isEmpty })?.textContent { return text }
    if let guid = item.child("guid"), guid.attributes["ispermalink"] != "false", guid.textContent.hasPrefix("http") {
      return guid.textContent
    }
    return nil
  }

  static func author(of item: MarkupNode) -> String? {
    guard let node = item.child("author", "dc:creator", "creator") else { return nil }
    let name = node.child("name")?.textContent ?? node.textContent
    // RSS puts "email (Name)" in <author>.
    if let open = name.firstIndex(of: "("), name.hasSuffix(")"), name.contains("@") {
      return String(name[name.index(after: open)..<name.index(before: name.endIndex)])
    }
    return name.isEmpty ? nil : name
  }
}
