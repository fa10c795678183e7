import Foundation
import Testing
@testable import ParleyTUI

@Suite struct KeysDocTests {
  @Test("docs/keys.md lists every action with its keys and description")
  func keysDocumented() throws {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    let text = try String(contentsOf: root.appendingPathComponent("docs/keys.md"), encoding: .utf8)
    for binding in Keymap.standard.bindings {
      let keys = binding.keys.map { "`\($0.label)`" }.joined(separator: " ")
      #expect(text.contains("| \(keys) | \(binding.action.description) |"), "\(binding.action) is not documented as in the key map")
    }
  }
}
