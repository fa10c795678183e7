/// A node of a parsed XML or HTML document: an element with children, or text.
final class MarkupNode: @unchecked Sendable {
  /// Lower-cased tag name with any namespace prefix (`content:encoded`), or "" for text.
  let name: String
  var attributes: [String: String]
  var children: [MarkupNode] = []
  /// Decoded text for text nodes.
  var text: String

  init(name: String, attributes: [String: String] = [:], text: String = "") {
    self.name = name
    self.attributes = attributes
    self.text = text
  }

  var isText: Bool { name.isEmpty }

  /// The first child element with one of the names.
  func child(_ names: String...) -> MarkupNode? {
    for name in names { if let found = children.first(where: { $0.name == name }) { return found } }
    return nil
  }

  /// All elements with the name below this node, in document order, not looking inside matches.
  func descendants(named names: Set<String>) -> [MarkupNode] {
    var found: [MarkupNode] = []
    var stack: [MarkupNode] = children.reversed()
    while let node = stack.popLast() {
      if names.contains(node.name) { found.append(node); continue }
      stack.append(contentsOf: node.children.reversed())
    }
    return found
  }

  /// Elements below this node that satisfy `predicate`, in document order, not looking inside matches.
  func descendants(where predicate: (MarkupNode) -> Bool) -> [MarkupNode] {
    var found: [MarkupNode] = []
    var stack: [MarkupNode] = children.reversed()
    while let node = stack.popLast() {
      if node.isText { continue }
      if predicate(node) { found.append(node); continue }
      stack.append(contentsOf: node.children.reversed())
    }
    return found
  }

  /// The first element with one of the names below this node (depth-first).
  func first(_ names: Set<String>, where predicate: (MarkupNode) -> Bool = { _ in true }) -> MarkupNode? {
    var stack: [MarkupNode] = children.reversed()
    while let node = stack.popLast() {
      if names.contains(node.name) && predicate(node) { return node }
      stack.append(contentsOf: node.children.reversed())
    }
    return nil
  }

  /// All text below this node, concatenated, whitespace collapsed.
  var textContent: String {
    var parts: [String] = []
    var stack: [MarkupNode] = [self]
    while let node = stack.popLast() {
      if node.isText { parts.append(node.text) } else { stack.append(contentsOf: node.children.reversed()) }
    }
    return parts.joined().split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }).joined(separator: " ")
  }
}
