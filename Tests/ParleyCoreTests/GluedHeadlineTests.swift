import Testing
@testable import ParleyCore

/// A related headline glued onto the next sentence without a space or line break.
@Suite struct GluedHeadlineTests {
  @Test("A title-case headline glued to a sentence is split off")
  func splitsGluedTitle() {
    let parts = GluedHeadline.split(
      "Harbour Cranes Return to Service After Winter StormThe port authority said the cranes would be back within two weeks.")
    #expect(parts == ["Harbour Cranes Return to Service After Winter Storm", "The port authority said the cranes would be back within two weeks."])
  }

  @Test("Names with inner capitals and ordinary sentences stay whole")
  func keepsNamesWhole() {
    for line in [
      "Governor DeSantis and Senator McDonald met General MacArthur's grandson at the harbour on a windy Monday.",
      "Speaking on NewsNation, the mayor said the harbour cranes would return to full service within two weeks.",
      "Cranes Are BackAgain",
      "The mayor said the harbour was busyThe cranes were idle and the ferries were cancelled for a second day.",
    ] {
      #expect(GluedHeadline.split(line) == [line])
    }
  }

  @Test("After a related-link marker the glued headline goes and the sentence stays")
  func relatedHeadlineRemoved() throws {
    let body = "The harbour authority said on Monday that the cranes, idle since the storm in March, would return to full service."
    let result = try #require(
      ArticleCleaner().clean(
        ArticleDraft(
          lines: ["Cranes back at work today", body, "Read more:", "Ferry Routes Cancelled Across the Whole RegionThe ferry company has repeatedly warned that the crossings would stay closed until the weekend."],
          detectHeadline: true)))
    #expect(result.paragraphs == [body, "The ferry company has repeatedly warned that the crossings would stay closed until the weekend."])
  }
}
