import Foundation
import ParleyCore
import Testing

@Suite struct CorpusLoaderTests {
  static func folder(files: Int) -> ScratchFolder {
    let scratch = ScratchFolder()
    for index in 0..<files {
      scratch.write(String(format: "s%04d.txt", index), "Story number \(index)\nThe ceasefire held on day \(index).\n")
    }
    return scratch
  }

  @Test("Progress counts every file read, ending at files done = files in total")
  func progress() throws {
    let scratch = Self.folder(files: 120)
    let reports = Reports()
    var options = CorpusLoader.Options()
    options.progress = { done, total in reports.add(done, total) }
    let report = try CorpusLoader(options: options).load(paths: [scratch.path])
    #expect(report.articles.count == 120)
    #expect(reports.values.first! == (0, 120))
    #expect(reports.values.last! == (120, 120))
    #expect(reports.values.map(\.0) == reports.values.map(\.0).sorted())
  }

  @Test("A loader told to stop reads no more files and throws CancellationError")
  func cancellation() throws {
    let scratch = Self.folder(files: 400)
    let reports = Reports()
    var options = CorpusLoader.Options()
    options.progress = { done, total in reports.add(done, total) }
    options.isCancelled = { (reports.values.last?.0 ?? 0) >= 20 }
    #expect(throws: CancellationError.self) { try CorpusLoader(options: options).load(paths: [scratch.path]) }
    let read = reports.values.last?.0 ?? 0
    #expect(read >= 20)
    #expect(read < 40, "read \(read) of 400 files after being cancelled at 20")
  }
}
