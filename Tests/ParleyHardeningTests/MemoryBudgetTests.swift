import Foundation
import ParleyCore
import Testing

/// A corpus that would not fit in memory fails before anything is read, with a clear message.
@Suite("Memory budget")
struct MemoryBudgetTests {
  func corpus() throws -> TempFolder {
    let folder = try TempFolder(prefix: "budget")
    for i in 0..<20 { try folder.write("a\(i).txt", "Report \(i)\n\n" + String(repeating: "The ceasefire held. ", count: 500)) }
    return folder
  }

  @Test("The loader refuses a corpus over budget before reading it, naming the sizes")
  func loaderRefuses() throws {
    let folder = try corpus()
    var options = CorpusLoader.Options()
    options.memoryBudget = 10_000_000
    let sizes = try FileManager.default.contentsOfDirectory(atPath: folder.path).map {
      try FileManager.default.attributesOfItem(atPath: folder.file($0))[.size] as! Int
    }
    let estimate = MemoryEstimate(files: 20, bytes: sizes.reduce(0, +))
    #expect(estimate.bytes > 10_000_000)
    #expect(throws: LoadError.overMemoryBudget(needed: estimate.bytes, budget: 10_000_000, files: 20, fileBytes: estimate.fileBytes)) {
      try CorpusLoader(options: options).load(paths: [folder.path])
    }
    options.memoryBudget = 1_000_000_000
    #expect(try CorpusLoader(options: options).load(paths: [folder.path]).articles.count == 20)
  }

  @Test("--memory-budget: a one-line error and exit 2 when over, 0 lifts the limit")
  func flag() throws {
    let folder = try corpus()
    let refused = try ParleyProcess.run(["list", "--memory-budget", "10", folder.path])
    #expect(refused.status == 2)
    #expect(refused.stdout.isEmpty)
    #expect(
      refused.stderrText.hasPrefix("parley: 20 files (0.2 MB) would need about ")
        && refused.stderrText.hasSuffix(" of memory, more than the budget of 10 MB; load fewer files or raise --memory-budget (MB, 0 for no limit)\n"),
      "\(refused.stderrText)")
    let unlimited = try ParleyProcess.run(["list", "--memory-budget", "0", folder.path])
    #expect(unlimited.status == 0, "\(unlimited.summary)")
    let byDefault = try ParleyProcess.run(["list", folder.path])
    #expect(byDefault.status == 0, "\(byDefault.summary)")
    let negative = try ParleyProcess.run(["list", "--memory-budget", "-5", folder.path])
    #expect(negative.status != 0 && negative.stderrText.contains("--memory-budget"))
  }
}
