import Testing
@testable import ParleyTUI

@Suite struct ParleyTUISmokeTests {
  @Test("The module links") func links() { #expect(Bool(true)) }
}
