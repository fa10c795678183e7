import Testing
@testable import ParleyCore

@Suite struct DateNormalizerTests {
  @Test(
    "Feed, page and written dates become ISO 8601",
    arguments: [
      ("2025-04-23", "2025-04-23"),
      ("2025-04-23T10:15:00Z", "2025-04-23T10:15:00Z"),
      ("2025-04-23T10:15:00.123+02:00", "2025-04-23T08:15:00Z"),
      ("2025-04-23 10:15", "2025-04-23T10:15:00Z"),
      ("Wed, 23 Apr 2025 10:15:00 GMT", "2025-04-23T10:15:00Z"),
      ("Wed, 23 Apr 2025 01:15:00 +0300", "2025-04-22T22:15:00Z"),
      ("Thu, 01 Jan 2026 00:30:00 EST", "2026-01-01T05:30:00Z"),
      ("April 23, 2025", "2025-04-23"),
      ("23 April 2025", "2025-04-23"),
      ("2025/04/23", "2025-04-23"),
    ])
  func normalizes(_ input: String, _ expected: String) {
    #expect(DateNormalizer.iso8601(input) == expected)
  }

  @Test("Text that is not a date gives nil", arguments: ["yesterday", "", "2025-13-45", "Updated: soon"])
  func rejects(_ input: String) {
    #expect(DateNormalizer.iso8601(input) == nil)
  }
}
