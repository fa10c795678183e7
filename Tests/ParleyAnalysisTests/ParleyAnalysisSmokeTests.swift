import Testing
@testable import ParleyAnalysis

@Suite struct ParleyAnalysisSmokeTests {
  @Test("The module links") func links() { #expect(Bool(true)) }
}
