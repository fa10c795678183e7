import Foundation
import ParleyCore
import Testing

@Suite struct CorpusLoaderTests {
  /// Loads a folder of `files` small stories, recording every progress report; with
  /// `stopAfter`, the loader is told to stop once that many files are done.
  static func load(files: Int, stopAfter: Int? = nil) -> (result: Result<LoadReport, Error>, reports: [(Int, Int)]) {
    let scratch = ScratchFolder()
    for index in 0..<files {
      scratch.write(String(format: "s%04d.txt", index), "Story number \(index)\nThe ceasefire held on day \(index).\n")
    }
    let reports = Reports()
    var options = CorpusLoader.Options()
    options.progress = { done, total in reports.add(done, total) }
    if let stopAfter { options.isCancelled = { (reports.values.last?.0 ?? 0) >= stopAfter } }
    let result = Result { try CorpusLoader(options: options).load(paths: [scratch.path]) }
    return (result, reports.values)
  }

  @Test("Progress counts every file read, ending at files done = files in total")
  func progress() throws {
    let (result, reports) = Self.load(files: 120)
    #expect(try result.get().articles.count == 120)
    #expect(reports.first! == (0, 120))
    #expect(reports.last! == (120, 120))
    #expect(reports.map(\.0) == reports.map(\.0).sorted())
  }

  @Test("A loader told to stop reads no more files and throws CancellationError")
  func cancellation() throws {
    let (result, reports) = Self.load(files: 200, stopAfter: 20)
    #expect(throws: CancellationError.self) { try result.get() }
    let read = reports.last?.0 ?? 0
    #expect(read >= 20)
    #expect(read < 40, "read \(read) of 200 files after being cancelled at 20")
  }
}
