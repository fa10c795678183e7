/// Reduces HTML to paragraphs of plain text.
///
/// Block elements (`p`, `div`, `li`, headings, `br`, `blockquote`, table rows…) end a
/// paragraph; inline text is joined with single spaces; scripts, styles, navigation, headers,
/// footers, asides, forms and embedded media are dropped. Entities are decoded by the parser.
public enum HTMLText {
  /// Paragraphs of an HTML fragment (e.g. a feed item's `content:encoded`).
  public static func paragraphs(fromHTML html: String) -> [String] {
    let (root, _) = MarkupParser(mode: .html).parse(html)
    return paragraphs(of: root)
  }

  /// Whether a string looks like it holds HTML markup rather than plain text: a `<` followed
  /// by a common tag name or `/`. Looks at bytes only, so it is cheap on long bodies.
  public static func looksLikeHTML(_ text: String) -> Bool {
    var text = text
    return text.withUTF8 { bytes in
      var i = 0
      while i + 1 < bytes.count {
        if bytes[i] == UInt8(ascii: "<") {
          var name: [UInt8] = []
          var j = i + 1
          while j < bytes.count, name.count < 11 {
            let c = bytes[j] | 0x20
            guard (c >= UInt8(ascii: "a") && c <= UInt8(ascii: "z")) || (bytes[j] >= UInt8(ascii: "1") && bytes[j] <= UInt8(ascii: "6")) || bytes[j] == UInt8(ascii: "/") || bytes[j] == UInt8(ascii: "!")
            else { break }
            name.append(bytes[j] == UInt8(ascii: "/") || bytes[j] == UInt8(ascii: "!") ? bytes[j] : c)
            j += 1
          }
          if name.first == UInt8(ascii: "/") || name.first == UInt8(ascii: "!") { return true }
          if htmlTags.contains(String(decoding: name, as: UTF8.self)) { return true }
        }
        i += 1
      }
      return false
    }
  }

  private static let htmlTags: Set<String> = [
    "p", "br", "div", "a", "b", "i", "em", "strong", "span", "img", "ul", "ol", "li", "h1", "h2", "h3", "h4",
    "blockquote", "figure", "figcaption", "table", "tr", "td", "hr", "section", "article", "u", "small", "sup",
  ]

  /// Elements whose whole subtree is never article text.
  static let droppedElements: Set<String> = [
    "script", "style", "noscript", "nav", "header", "footer", "aside", "form", "button", "select",
    "option", "svg", "iframe", "template", "object", "embed", "video", "audio", "canvas", "input", "textarea",
    "menu", "dialog", "head",
  ]

  /// Elements that end a paragraph.
  static let blockElements: Set<String> = [
    "p", "div", "br", "li", "ul", "ol", "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote",
    "section", "article", "main", "tr", "table", "figcaption", "figure", "pre", "hr", "address", "center",
    "details", "summary", "body", "html",
  ]

  /// Paragraphs of the text under `node`.
  static func paragraphs(of node: MarkupNode) -> [String] {
    var paragraphs: [String] = []
    var current = ""
    func flush() {
      let tidy = current.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }).joined(separator: " ")
      if !tidy.isEmpty { paragraphs.append(tidy) }
      current = ""
    }
    func walk(_ node: MarkupNode, depth: Int) {
      if node.isText {
        current += node.text
        return
      }
      if droppedElements.contains(node.name) || isHidden(node) { return }
      let isBlock = blockElements.contains(node.name)
      if isBlock { flush() }
      if depth < MarkupParser.maxDepth + 8 { for child in node.children { walk(child, depth: depth + 1) } }
      if isBlock { flush() } else if node.name == "td" || node.name == "th" { current += " " }
    }
    walk(node, depth: 0)
    flush()
    return paragraphs
  }

  /// `hidden`, `aria-hidden="true"` or an inline `display:none`.
  static func isHidden(_ node: MarkupNode) -> Bool {
    if node.attributes["hidden"] != nil || node.attributes["aria-hidden"] == "true" { return true }
    if let style = node.attributes["style"]?.lowercased().replacingSpaces(), style.contains("display:none") {
      return true
    }
    return false
  }
}

extension String {
  fileprivate func replacingSpaces() -> String { filter { $0 != " " } }
}
