import ParleyTUI
import Testing

@Suite struct LoadingViewTests {
  static func render(_ progress: LoadProgress, width: Int = 80, height: Int = 12) -> ScreenBuffer {
    let size = Size(width: width, height: height)
    var buffer = ScreenBuffer(size: size)
    let snapshot = progress.snapshot
    LoadingView.render(name: "archive", stage: snapshot.stage, fraction: snapshot.fraction, size: size, into: &buffer, measure: .unicode)
    return buffer
  }

  @Test("While files are read, the bar shows the fraction of files done")
  func readingFraction() {
    let progress = LoadProgress()
    progress.reportReading(done: 1_250, total: 5_000)
    #expect(Self.render(progress, height: 6).text == """

        parley — archive

        ███████████████░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░  25%
        reading articles…  (q quits)

      """)
  }

  @Test("Before the file count is known, the bar is empty and shows no percentage")
  func readingUnknown() {
    let progress = LoadProgress()
    let text = Self.render(progress).text
    #expect(text.contains("reading articles…"))
    #expect(!text.contains("%"))
    progress.reportReading(done: 0, total: 0)
    #expect(!Self.render(progress).text.contains("%"))
  }

  @Test("The bar moves as files finish and is full when all are read")
  func readingMoves() {
    let progress = LoadProgress()
    var filled: [Int] = []
    for done in [0, 400, 800, 1_000] {
      progress.reportReading(done: done, total: 1_000)
      let text = Self.render(progress).text
      filled.append(text.filter { $0 == "█" }.count)
      #expect(text.contains("\(done / 10)%"))
    }
    #expect(filled == [0, 24, 48, 60])
  }
}
