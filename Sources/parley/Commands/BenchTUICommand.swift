import ArgumentParser
import Dispatch
import Foundation
import ParleyAnalysis
import ParleyCore
import ParleyTUI

/// `parley bench-tui`: how long a keystroke takes to become a frame, headless, on a big corpus.
///
/// Copies the given articles (default: the sample) up to `--articles`, builds the browser's
/// corpus (index, plus entities and stances analysed once per original and copied to its
/// copies: this measures the browser, not the analyses) and replays a key script through `AppState` and
/// `BrowserView` into an in-memory screen, timing each key from event to finished frame.
/// Terminal output is left out: ncurses then sends only the changed cells.
struct BenchTUICommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "bench-tui", abstract: "Measure keystroke-to-frame time of the browser on a large corpus (headless).")

  @OptionGroup var corpus: CorpusOptions
  @Option(name: .long, help: "Articles to load (copies of the input, with fresh ids).") var articles = 100_000
  @Option(name: .long, help: "Screen width.") var width = 120
  @Option(name: .long, help: "Screen height.") var height = 40
  @Flag(name: .long, help: "Skip entities and stances (index only).") var noAnalyses = false

  func run() throws {
    guard articles > 0, width >= 80, height >= 24 else { throw ValidationError("need --articles > 0 and at least 80x24") }
    let seeds = try corpus.loadStore().articles
    guard !seeds.isEmpty else { throw CLIError(message: "no articles to copy") }
    var copies: [Article] = []
    copies.reserveCapacity(articles)
    for index in 0..<articles {
      var article = seeds[index % seeds.count]
      article.id = "\(article.id)-\(index)"
      copies.append(article)
    }
    let store = DocumentStore(articles: copies)
    let start = DispatchTime.now()
    var built: Corpus
    let builder = CorpusBuilder(name: "bench")
    if noAnalyses {
      built = builder.buildIndexOnly(store: store)
    } else {
      guard let original = builder.analyse(store: DocumentStore(articles: seeds)) else {
        throw CLIError(message: "cannot read the lexicons in data/lexicon")
      }
      var analyses = CorpusBuilder.Analyses(entities: [], stances: [])
      analyses.entities.reserveCapacity(articles)
      analyses.stances.reserveCapacity(articles)
      for (index, article) in store.articles.enumerated() {
        var entities = original.entities[index % seeds.count]
        entities.articleID = article.id
        var stances = original.stances[index % seeds.count]
        stances.articleID = article.id
        for claim in stances.claims.indices { stances.claims[claim].articleID = article.id }
        analyses.entities.append(entities)
        analyses.stances.append(stances)
      }
      built = builder.build(store: store, precomputed: analyses)
    }
    let buildSeconds = Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
    print(
      "corpus: \(store.count) articles, built in \(String(format: "%.1f", buildSeconds)) s"
        + (noAnalyses ? " (index only)" : " (index; entities and stances of the originals copied, then directory, matrices, framing)"))
    _ = built.notes.map { print("note: \($0)") }

    var state = AppState(corpus: built, size: Size(width: width, height: height))
    var buffer = ScreenBuffer(size: state.size)
    var timings: [String: [Double]] = [:]
    var slowest: [(Double, String, Int)] = []
    func press(_ label: String, _ events: [TerminalEvent]) {
      for event in events {
        let begin = DispatchTime.now()
        state.handle(event)
        buffer = ScreenBuffer(size: state.size)
        BrowserView.render(state, into: &buffer)
        let elapsed = Double(DispatchTime.now().uptimeNanoseconds - begin.uptimeNanoseconds) / 1e6
        timings[label, default: []].append(elapsed)
        slowest.append((elapsed, label, timings[label]!.count))
      }
    }
    let keys: (String) -> [TerminalEvent] = { text in text.map { .key(.character($0)) } }
    press("j/k in the list", keys(String(repeating: "j", count: 200) + String(repeating: "k", count: 100)))
    press("PgDn/PgUp", Array(repeating: .key(.pageDown), count: 50) + Array(repeating: .key(.pageUp), count: 20))
    press("G/g (ends of 100k list)", keys("GgGg"))
    press("Tab + scroll text", [.key(.tab)] + keys(String(repeating: "j", count: 50)) + [.key(.pageDown), .key(.end), .key(.home), .key(.backTab)])
    press("typing in the search line", keys("/crime"))
    press("search Enter (\"crimea\")", [.key(.character("a")), .key(.enter)])
    press("n/N hits", keys("nnnnNN"))
    press("moving in the results", keys(String(repeating: "j", count: 50)))
    press("Esc (clear query)", [.key(.escape)])
    press("e (entity pane)", keys("e"))
    press("j/k in the entity pane", keys(String(repeating: "j", count: 30) + "kk"))
    press("Enter (filter by entity)", [.key(.enter)])
    press("]/[ mentions", keys("e]]][e"))
    press("Esc (clear filter)", [.key(.escape), .key(.escape)])
    press("c (comparison)", keys("c"))
    press("moving in the comparison", keys("jjkllllhh"))
    press("t (next topic)", keys("tttt"))
    press("Enter (follow evidence)", [.key(.enter)])
    press("Esc (back to comparison)", [.key(.escape)])
    press("? (help)", keys("??"))
    press("resize", [.resize(Size(width: 80, height: 24)), .resize(Size(width: width, height: height))])

    var all: [Double] = []
    print("keystroke → frame, \(width)x\(height), milliseconds:")
    let order = [
      "j/k in the list", "PgDn/PgUp", "G/g (ends of 100k list)", "Tab + scroll text", "typing in the search line",
      "search Enter (\"crimea\")", "n/N hits", "moving in the results", "Esc (clear query)", "e (entity pane)",
      "j/k in the entity pane", "Enter (filter by entity)", "]/[ mentions", "Esc (clear filter)", "c (comparison)",
      "moving in the comparison", "t (next topic)", "Enter (follow evidence)", "Esc (back to comparison)", "? (help)", "resize",
    ]
    for label in order {
      guard let values = timings[label] else { continue }
      all += values
      let sorted = values.sorted()
      print(
        "  \(label.padding(toLength: 30, withPad: " ", startingAt: 0))  n=\(String(values.count).padding(toLength: 4, withPad: " ", startingAt: 0))"
          + " median \(format(sorted[sorted.count / 2]))  max \(format(sorted.last!))")
    }
    print("slowest: " + slowest.sorted { $0.0 > $1.0 }.prefix(5).map { "\($0.1) #\($0.2) \(format($0.0).trimmingCharacters(in: .whitespaces))" }.joined(separator: "; "))
    let sorted = all.sorted()
    let p99 = sorted[min(sorted.count - 1, Int(Double(sorted.count) * 0.99))]
    print("all \(all.count) keys: median \(format(sorted[sorted.count / 2]))  p99 \(format(p99))  max \(format(sorted.last!))  (budget 16 ms)")
  }

  private func format(_ milliseconds: Double) -> String { String(format: "%6.2f", milliseconds) }
}
