import Testing
@testable import ParleySearch

@Suite struct ParleySearchSmokeTests {
  @Test("The module links") func links() { #expect(Bool(true)) }
}
