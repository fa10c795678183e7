/// A small tolerant XML/HTML parser that builds a `MarkupNode` tree.
///
/// Written for untrusted feeds and saved pages rather than validation: it never fails,
/// it repairs what it can (unclosed and stray tags, a missing root end) and records where
/// the XML was damaged. Safety: DOCTYPE declarations (with any internal subset) are skipped,
/// so no entity is ever defined or expanded; nesting deeper than `maxDepth` is flattened;
/// text inside `script`/`style` is dropped unread.
struct MarkupParser {
  enum Mode { case xml, html }

  /// Damage found while parsing XML: a 1-based line and what was wrong.
  struct Damage: Sendable, Equatable {
    var line: Int
    var what: String
  }

  var mode: Mode
  static let maxDepth = 256

  private static let voidElements: Set<String> = [
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track",
    "wbr",
  ]
  private static let droppedRawText: Set<String> = ["script", "style"]
  private static let keptRawText: Set<String> = ["title", "textarea"]

  func parse(_ text: String) -> (root: MarkupNode, damage: [Damage]) {
    var text = text
    return text.withUTF8 { parse(bytes: $0) }
  }

  private func parse(bytes b: UnsafeBufferPointer<UInt8>) -> (root: MarkupNode, damage: [Damage]) {
    let root = MarkupNode(name: "#document")
    var stack: [MarkupNode] = [root]
    var damage: [Damage] = []
    let n = b.count
    var i = 0
    var textStart = 0

    func string(_ from: Int, _ to: Int) -> String {
      String(decoding: UnsafeBufferPointer(rebasing: b[from..<max(from, min(to, n))]), as: UTF8.self)
    }
    func lineNumber(_ at: Int) -> Int {
      var line = 1
      for k in 0..<min(at, n) where b[k] == 0x0A { line += 1 }
      return line
    }
    func note(_ what: String, at: Int) {
      if mode == .xml && damage.count < 100 { damage.append(Damage(line: lineNumber(at), what: what)) }
    }
    func find(_ pattern: [UInt8], from: Int, caseInsensitive: Bool = false) -> Int? {
      guard pattern.count <= n else { return nil }
      var k = from
      while k + pattern.count <= n {
        var match = true
        for (offset, p) in pattern.enumerated() {
          var c = b[k + offset]
          if caseInsensitive && c >= 65 && c <= 90 { c += 32 }
          if c != p { match = false; break }
        }
        if match { return k }
        k += 1
      }
      return nil
    }
    func appendText(_ from: Int, _ to: Int, decode: Bool = true) {
      guard to > from else { return }
      let raw = string(from, to)
      let value = decode ? HTMLEntities.decode(raw) : raw
      stack[stack.count - 1].children.append(MarkupNode(name: "", text: value))
    }
    func isNameByte(_ c: UInt8) -> Bool {
      (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c == 58 || c == 45 || c == 95 || c == 46
    }
    func isSpace(_ c: UInt8) -> Bool { c == 0x20 || c == 0x0A || c == 0x09 || c == 0x0D }
    func starts(_ literal: String, at k: Int) -> Bool {
      let bytes = Array(literal.utf8)
      guard k + bytes.count <= n else { return false }
      for (offset, c) in bytes.enumerated() {
        var x = b[k + offset]
        if x >= 65 && x <= 90 { x += 32 }
        if x != c { return false }
      }
      return true
    }
    func close(_ name: String, at position: Int) {
      if let index = stack.lastIndex(where: { $0.name == name }), index > 0 {
        if index != stack.count - 1 { note("unclosed <\(stack[stack.count - 1].name)> before </\(name)>", at: position) }
        stack.removeSubrange(index...)
      } else {
        note("stray </\(name)>", at: position)
      }
    }

    while i < n {
      guard b[i] == UInt8(ascii: "<") else {
        i += 1
        continue
      }
      appendText(textStart, i)
      if starts("<!--", at: i) {
        if let end = find(Array("-->".utf8), from: i + 4) { i = end + 3 } else { note("unterminated comment", at: i); i = n }
      } else if starts("<![cdata[", at: i) {
        if let end = find(Array("]]>".utf8), from: i + 9) {
          appendText(i + 9, end, decode: false)
          i = end + 3
        } else {
          note("unterminated CDATA section", at: i)
          appendText(i + 9, n, decode: false)
          i = n
        }
      } else if starts("<!", at: i) {
        // DOCTYPE or other declaration, with an optional [internal subset]: skipped unread.
        var k = i + 2
        var depth = 0
        var quote: UInt8 = 0
        while k < n {
          let c = b[k]
          if quote != 0 { if c == quote { quote = 0 } } else if c == 34 || c == 39 { quote = c } else if c == 91 {
            depth += 1
          } else if c == 93 { depth -= 1 } else if c == 62 && depth <= 0 { break }
          k += 1
        }
        if k >= n { note("unterminated declaration", at: i) }
        i = k + 1
      } else if starts("<?", at: i) {
        if let end = find(Array("?>".utf8), from: i + 2) { i = end + 2 } else { note("unterminated processing instruction", at: i); i = n }
      } else if i + 1 < n && b[i + 1] == UInt8(ascii: "/") {
        var k = i + 2
        while k < n && isNameByte(b[k]) { k += 1 }
        let name = string(i + 2, k).lowercased()
        while k < n && b[k] != UInt8(ascii: ">") { k += 1 }
        if k >= n { note("unterminated end tag", at: i) }
        if !name.isEmpty { close(name, at: i) }
        i = k + 1
      } else if i + 1 < n && ((b[i + 1] | 0x20) >= 97 && (b[i + 1] | 0x20) <= 122) {
        var k = i + 1
        while k < n && isNameByte(b[k]) { k += 1 }
        let name = string(i + 1, k).lowercased()
        var attributes: [String: String] = [:]
        var selfClosing = false
        var terminated = false
        while k < n {
          while k < n && isSpace(b[k]) { k += 1 }
          guard k < n else { break }
          if b[k] == UInt8(ascii: ">") { terminated = true; k += 1; break }
          if b[k] == UInt8(ascii: "/") {
            if k + 1 < n && b[k + 1] == UInt8(ascii: ">") { selfClosing = true; terminated = true; k += 2; break }
            k += 1
            continue
          }
          if b[k] == UInt8(ascii: "<") { break }  // a new tag starts: this one was never closed
          let nameStart = k
          while k < n && !isSpace(b[k]) && b[k] != 61 && b[k] != 62 && b[k] != 47 && b[k] != 60 { k += 1 }
          let attribute = string(nameStart, k).lowercased()
          while k < n && isSpace(b[k]) { k += 1 }
          var value = ""
          if k < n && b[k] == 61 {
            k += 1
            while k < n && isSpace(b[k]) { k += 1 }
            if k < n && (b[k] == 34 || b[k] == 39) {
              let quote = b[k]
              let valueStart = k + 1
              k = valueStart
              while k < n && b[k] != quote { k += 1 }
              value = string(valueStart, k)
              k = min(k + 1, n)
            } else {
              let valueStart = k
              while k < n && !isSpace(b[k]) && b[k] != 62 { k += 1 }
              value = string(valueStart, k)
            }
          }
          if !attribute.isEmpty && attributes.count < 64 { attributes[attribute] = HTMLEntities.decode(value) }
        }
        if !terminated { note("unterminated <\(name)> tag", at: i) }
        let node = MarkupNode(name: name, attributes: attributes)
        if mode == .html { closeImplicitly(before: name, stack: &stack) }
        stack[stack.count - 1].children.append(node)
        i = k
        if mode == .html && !selfClosing && (Self.droppedRawText.contains(name) || Self.keptRawText.contains(name)) {
          let end = find(Array("</\(name)".utf8), from: i, caseInsensitive: true) ?? n
          if Self.keptRawText.contains(name) {
            node.children.append(MarkupNode(name: "", text: HTMLEntities.decode(string(i, end))))
          }
          i = end
          while i < n && b[i] != UInt8(ascii: ">") { i += 1 }
          i = min(i + 1, n)
        } else if !selfClosing && !(mode == .html && Self.voidElements.contains(name)) && stack.count <= Self.maxDepth {
          stack.append(node)
        }
      } else {
        if mode == .xml { note("stray '<'", at: i) }
        textStart = i
        i += 1
        continue
      }
      textStart = i
    }
    appendText(textStart, n)
    if stack.count > 1 && mode == .xml {
      note("document ends inside <\(stack[stack.count - 1].name)>", at: n)
    }
    return (root, damage)
  }

  /// HTML's optional end tags: a new `<p>` closes an open `<p>`, a new `<li>` the open `<li>`.
  private func closeImplicitly(before name: String, stack: inout [MarkupNode]) {
    let closes: Set<String>
    switch name {
    case "p", "div", "ul", "ol", "table", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "section", "article":
      closes = ["p"]
    case "li": closes = ["li", "p"]
    case "tr": closes = ["tr", "td", "th"]
    case "td", "th": closes = ["td", "th"]
    default: return
    }
    if let top = stack.last, closes.contains(top.name), stack.count > 1 { stack.removeLast() }
    if name == "li", let index = stack.lastIndex(where: { $0.name == "li" }),
      !stack[index...].contains(where: { $0.name == "ul" || $0.name == "ol" })
    {
      stack.removeSubrange(index...)
    }
  }
}
