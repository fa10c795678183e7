import Foundation

/// `.html`, `.htm`: a saved web page.
///
/// The title is the article's `<h1>` (else the page's `<h1>`, else `<title>` without a
/// trailing " | Site" / " - Site"). The text is the paragraphs (`p`, subheadings, list items,
/// quotes, captions) of the `<article>` with the most text, else `<main>`, else `<body>`;
/// scripts, styles, navigation, headers, footers, asides and forms are dropped. Metadata
/// comes from `<meta>` (`og:site_name`, `author`, `article:published_time`…), `<time datetime>`
/// and `<link rel="canonical">`. A comments block (`#comments`, `.comment-list`, Disqus) goes to
/// `Article.comments`.
struct HTMLPageFormat: ArticleFormat {
  func read(_ text: String, path: String) -> FormatOutput {
    let (document, _) = MarkupParser(mode: .html).parse(text)
    var draft = ArticleDraft(lines: [])
    draft.needsSanitizing = true
    let metas = document.descendants(named: ["meta"])
    func meta(_ keys: String...) -> String? {
      for key in keys {
        if let node = metas.first(where: { ($0.attributes["property"] ?? $0.attributes["name"] ?? $0.attributes["itemprop"])?.lowercased() == key }),
          let content = node.attributes["content"], !content.isEmpty
        {
          return content
        }
      }
      return nil
    }
    let container = Self.mainContainer(in: document)
    let heading = container.first(["h1"]) ?? document.first(["h1"])
    let headingText = heading.map(\.textContent).flatMap { $0.isEmpty ? nil : $0 }
    let pageTitle = document.first(["title"])?.textContent
    let siteName = meta("og:site_name", "application-name", "publisher", "twitter:site")
    draft.title = headingText ?? meta("og:title", "twitter:title") ?? pageTitle.map { Self.trimSiteName($0, site: siteName) }
    draft.source = siteName
    draft.author = meta("author", "article:author", "byl", "parsely-author", "dc.creator")
    draft.date =
      meta("article:published_time", "datepublished", "date", "pubdate", "publish-date", "dc.date", "og:updated_time")
      ?? document.first(["time"], where: { $0.attributes["datetime"] != nil })?.attributes["datetime"]
    draft.url =
      document.first(["link"], where: { $0.attributes["rel"]?.lowercased() == "canonical" })?.attributes["href"]
      ?? meta("og:url")
    draft.lines = Self.articleParagraphs(container)
    let rules = DebrisRules.standard
    draft.comments = document.descendants(where: Self.isCommentSection)
      .flatMap { HTMLText.paragraphs(of: $0) }
      .filter { !rules.isCommentHeader($0) && !rules.startsWithCommentSeparator($0) && $0.contains(" ") }
    if draft.lines.isEmpty { draft.lines = HTMLText.paragraphs(of: container) }
    if let title = draft.title, draft.lines.first == title { draft.lines.removeFirst() }
    return FormatOutput(drafts: [draft])
  }

  /// The `<article>` with the most paragraph text, else `<main>` / `role=main`, else `<body>`.
  static func mainContainer(in document: MarkupNode) -> MarkupNode {
    let articles = document.descendants(named: ["article"])
    if let best = articles.max(by: { textLength($0) < textLength($1) }), textLength(best) > 0 { return best }
    if let main = document.first(["main"]) ?? document.first(["div", "section"], where: { $0.attributes["role"] == "main" }) {
      return main
    }
    return document.first(["body"]) ?? document
  }

  private static func textLength(_ node: MarkupNode) -> Int {
    node.descendants(named: ["p"]).reduce(0) { $0 + $1.textContent.utf8.count }
  }

  private static let paragraphElements: Set<String> = [
    "p", "h2", "h3", "h4", "li", "blockquote", "figcaption", "pre",
  ]

  /// The text of paragraph-like elements inside `container`, skipping dropped subtrees.
  static func articleParagraphs(_ container: MarkupNode) -> [String] {
    var lines: [String] = []
    var stack: [MarkupNode] = container.children.reversed()
    while let node = stack.popLast() {
      if node.isText || HTMLText.droppedElements.contains(node.name) || HTMLText.isHidden(node)
        || isCommentSection(node)
      {
        continue
      }
      if paragraphElements.contains(node.name) {
        // A list item or quote holding paragraphs: take its paragraphs one by one.
        if node.name != "p", node.first(["p"]) != nil {
          stack.append(contentsOf: node.children.reversed())
          continue
        }
        lines += HTMLText.paragraphs(of: node)
        continue
      }
      stack.append(contentsOf: node.children.reversed())
    }
    return lines
  }

  /// A reader-comments block: `id`/`class` naming comments (`#comments`, `.comment-list`,
  /// `.comments-area`) or Disqus. Its text goes to `Article.comments`, never to the body.
  static func isCommentSection(_ node: MarkupNode) -> Bool {
    let names = ((node.attributes["id"] ?? "") + " " + (node.attributes["class"] ?? "")).lowercased()
    guard !names.trimming(" ").isEmpty else { return false }
    return names.containsBytes("comments") || names.containsBytes("comment-list") || names.containsBytes("disqus")
  }

  /// "Headline | The Site" → "Headline" (also " - ", " – ", " — ") when the tail is short or the site name.
  static func trimSiteName(_ title: String, site: String?) -> String {
    for separator in [" | ", " – ", " — ", " - "] {
      guard let range = title.range(of: separator, options: .backwards) else { continue }
      let tail = title[range.upperBound...]
      if site.map({ tail == $0 }) == true || tail.split(separator: " ").count <= 3 { return String(title[..<range.lowerBound]) }
    }
    return title
  }
}
