import ArgumentParser
import Foundation
import ParleyCore
import ParleySearch

/// `parley bench`: index build speed, memory and query latency, alone or as a peer in
/// `../shared/bench/peers.sh` (the external peer protocol: `--queries FILE --report FILE`).
struct BenchCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "bench",
    abstract: "Measure index build speed, memory and query latency (use a release build).",
    discussion: """
      Without PATH, builds a deterministic synthetic corpus of --articles articles from the \
      bundled sample's sentences. With --queries FILE (one query a line, # comments) and \
      --report FILE, writes the JSON report of the shared bench's external peer protocol.

      Run: swift run -c release parley bench --articles 100000
      """)

  @Argument(help: "Files or folders of articles (default: a synthetic corpus).") var paths: [String] = []
  @Option(name: .long, help: "Synthetic corpus size when no PATH is given.") var articles = 10_000
  @Option(name: .long, help: "Queries, one a line (default: a built-in mixed set).") var queries: String?
  @Option(name: .long, help: "Write the peer-protocol JSON report here.") var report: String?
  @Option(name: .long, help: "Timed passes over the query list (default: $REPEAT or 5).") var `repeat`: Int?
  @Option(name: .long, help: "Cores used to build the index.") var threads = ProcessInfo.processInfo.activeProcessorCount
  @Option(
    name: .long,
    help: "Cores one query may use (1 = one thread per query, as the peers are measured).")
  var queryThreads = ProcessInfo.processInfo.activeProcessorCount
  @Option(
    name: .long,
    help: "How to read PATH: core (CorpusLoader: cleaning, sentences) or raw (line 1 title, rest body, like the peers).")
  var loader = "core"
  @Option(name: .long, help: "The name in the peers' table (e.g. parley-2t).") var peerName = "parley"
  @Flag(name: .long, help: "Print the summary as JSON.") var json = false

  func run() throws {
    let clock = ContinuousClock()
    // Load.
    let loadStart = clock.now
    let store: DocumentStore
    var notes = "segments=\(threads), query threads=\(queryThreads), BM25 k1=1.2 b=0.75, title boost 2, Porter2 stems + exact-form bonus"
    if paths.isEmpty {
      store = try SyntheticCorpus.make(articles: articles)
      notes += ", synthetic corpus"
    } else if loader == "raw" {
      store = try RawCorpusReader.load(paths: paths, threads: threads)
      notes += ", raw loader (title = line 1, no cleaning)"
    } else if loader == "core" {
      do {
        store = DocumentStore(articles: try CorpusLoader().load(paths: paths).articles)
      } catch let error as LoadError {
        throw CLIError(message: error.description)
      }
    } else {
      throw CLIError(message: "--loader must be core or raw, not \(loader)")
    }
    let loadSeconds = seconds(clock.now - loadStart)
    let rssAfterLoad = ProcessMemory.residentMB()
    let inputBytes = store.articles.reduce(0) { $0 + $1.title.utf8.count + $1.body.utf8.count + 1 }
    // Build.
    let buildStart = clock.now
    let buildCPUStart = ProcessMemory.cpuSeconds()
    var index = SearchIndex(store: store, threads: threads)
    let buildSeconds = seconds(clock.now - buildStart)
    let buildCPUSeconds = ProcessMemory.cpuSeconds() - buildCPUStart
    index.spellingVariants = SpellingVariants.bundled()
    index.queryThreads = max(1, queryThreads)
    // Queries: parsed once.
    let lines: [String]
    if let queries {
      guard let text = try? String(contentsOfFile: queries, encoding: .utf8) else {
        throw CLIError(message: "cannot read query file \(queries)")
      }
      lines = text.split(whereSeparator: \.isNewline).map(String.init)
        .filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty && !$0.hasPrefix("#") }
    } else {
      lines = BenchCommand.defaultQueries
    }
    var parsed: [(text: String, kind: String, query: Query)] = []
    for line in lines {
      do {
        parsed.append((line, BenchCommand.kind(of: line), try QueryParser.parse(line)))
      } catch {
        throw CLIError(message: "query '\(line)': \(error)")
      }
    }
    let passes = self.repeat ?? Int(ProcessInfo.processInfo.environment["REPEAT"] ?? "") ?? 5
    for entry in parsed { _ = index.search(entry.query, limit: 10, snippets: true) }  // warm-up
    var samples = [[Double]](repeating: [], count: parsed.count)
    var snippetSamples = [[Double]](repeating: [], count: parsed.count)
    for _ in 0..<max(1, passes) {
      for (i, entry) in parsed.enumerated() {
        let start = clock.now
        _ = index.search(entry.query, limit: 10, snippets: false)
        samples[i].append(milliseconds(clock.now - start))
      }
      for (i, entry) in parsed.enumerated() {
        let start = clock.now
        _ = index.search(entry.query, limit: 10, snippets: true)
        snippetSamples[i].append(milliseconds(clock.now - start))
      }
    }
    let final = parsed.map { index.search($0.query, limit: 10, snippets: false) }
    let summary = BenchSummary(
      docs: store.count, inputMB: Double(inputBytes) / 1e6, loadSeconds: loadSeconds, indexSeconds: buildSeconds,
      indexCPUSeconds: buildCPUSeconds, memoryParts: index.memoryBreakdown.map { ($0.part, $0.bytes) },
      indexBytes: index.memoryBytes, rssAfterLoadMB: rssAfterLoad, peakRSSMB: ProcessMemory.peakMB(),
      queries: parsed.enumerated().map { i, entry in
        BenchSummary.QueryResult(
          q: entry.text, kind: entry.kind, samples_ms: samples[i], snip_ms: snippetSamples[i], hits: final[i].totalHits,
          top10: final[i].hits.map { store[$0.position].id })
      }, notes: notes, peer: peerName)
    if let report {
      let data = try summary.peerReport()
      guard FileManager.default.createFile(atPath: report, contents: data) else {
        throw CLIError(message: "cannot write report \(report)")
      }
    }
    if json {
      print(String(decoding: try summary.peerReport(), as: UTF8.self))
    } else {
      print(summary.table())
    }
  }

  private func seconds(_ duration: Duration) -> Double {
    Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
  }
  private func milliseconds(_ duration: Duration) -> Double { seconds(duration) * 1000 }

  static func kind(of query: String) -> String {
    if query.contains("~") { return "typo" }
    if query.contains(":") { return "filter" }
    if query.hasPrefix("\"") { return "phrase" }
    if query.hasSuffix("*") { return "prefix" }
    if query.contains(" ") { return "and" }
    return "term"
  }

  /// The built-in mixed query set: terms, AND, phrases, prefixes, typos, filters.
  static let defaultQueries = [
    "talks", "ceasefire", "kremlin", "annexation", "leverage", "zyxwvut",
    "security guarantees", "peace talks", "trump putin", "sanctions kremlin pentagon", "putin OR kremlin",
    "ceasefire -russia",
    "\"security guarantees\"", "\"white house\"", "\"coalition of the willing\"", "\"territorial integrity\"",
    "ceasef*", "negotia*", "territor*", "zelensk*",
    "zelenskyy~", "kremlinn~", "sanctoins~", "annexaton~",
    "title:summit", "source:news ceasefire", "date:2025-01..2025-12 peace", "title:\"white house\"",
  ]
}

/// Resident memory of this process, from /proc.
enum ProcessMemory {
  static func residentMB() -> Double { field("VmRSS:") }
  /// CPU time used by all threads of the process so far.
  static func cpuSeconds() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
  }
  static func peakMB() -> Double { field("VmHWM:") }
  private static func field(_ name: String) -> Double {
    guard let text = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
      let line = text.split(separator: "\n").first(where: { $0.hasPrefix(name) })
    else { return 0 }
    // "VmHWM:\t  1098000 kB", but "VmHWM:\t10553684 kB" once the number fills the column.
    let kilobytes = Double(line.split(whereSeparator: { $0 == " " || $0 == "\t" }).dropFirst().first ?? "0") ?? 0
    return kilobytes / 1024
  }
}
