import Foundation

/// The measurements of one `parley bench` run and their two renderings.
struct BenchSummary {
  struct QueryResult: Encodable {
    var q: String
    var kind: String
    var samples_ms: [Double]
    var snip_ms: [Double]
    var hits: Int
    var top10: [String]
  }
  var docs: Int
  var inputMB: Double
  var loadSeconds: Double
  var indexSeconds: Double
  var indexCPUSeconds: Double
  var memoryParts: [(String, Int)]
  var indexBytes: Int
  var rssAfterLoadMB: Double
  var peakRSSMB: Double
  var queries: [QueryResult]
  var notes: String
  /// The name in the peers' table.
  var peer = "parley"

  /// The JSON of the shared bench's external peer protocol.
  func peerReport() throws -> Data {
    struct Report: Encodable {
      var peer: String
      var version = "0.1"
      var docs: Int
      var input_mb: Double
      var load_s: Double
      var index_s: Double
      var index_cpu_s: Double
      var index_mb: Double
      var rss_after_load_mb: Double
      var peak_rss_mb: Double
      var notes: String
      var status = "ok"
      var p50_ms: Double
      var p99_ms: Double
      var snip_p50_ms: Double
      var queries: [QueryResult]
    }
    let report = Report(
      peer: peer, docs: docs, input_mb: round3(inputMB), load_s: round3(loadSeconds), index_s: round3(indexSeconds), index_cpu_s: round3(indexCPUSeconds),
      index_mb: round3(Double(indexBytes) / 1e6), rss_after_load_mb: round3(rssAfterLoadMB), peak_rss_mb: round3(peakRSSMB),
      notes: notes,
      p50_ms: round4(percentile(queries.flatMap(\.samples_ms), 50)), p99_ms: round4(percentile(queries.flatMap(\.samples_ms), 99)),
      snip_p50_ms: round4(percentile(queries.flatMap(\.snip_ms), 50)),
      queries: queries.map {
        var q = $0
        q.samples_ms = q.samples_ms.map(round4)
        q.snip_ms = q.snip_ms.map(round4)
        return q
      })
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    return try encoder.encode(report)
  }

  /// A human-readable summary.
  func table() -> String {
    var lines: [String] = []
    lines.append(String(format: "articles        %d (%.1f MB of text)", docs, inputMB))
    lines.append(String(format: "load            %.2f s", loadSeconds))
    lines.append(
      String(format: "index build     %.2f s  (%.0f MB/s; %.2f CPU s, %.0f MB per CPU s)", indexSeconds, inputMB / max(indexSeconds, 1e-9),
        indexCPUSeconds, inputMB / max(indexCPUSeconds, 1e-9)))
    lines.append(
      String(format: "index memory    %.1f MB  (%.2f × the raw text)", Double(indexBytes) / 1e6, Double(indexBytes) / 1e6 / max(inputMB, 1e-9)))
    for (part, bytes) in memoryParts {
      lines.append(String(format: "  %@ %.1f MB", part.padding(toLength: 22, withPad: " ", startingAt: 0), Double(bytes) / 1e6))
    }
    lines.append(String(format: "RSS after load  %.0f MB, peak %.0f MB", rssAfterLoadMB, peakRSSMB))
    let all = queries.flatMap(\.samples_ms)
    let allSnip = queries.flatMap(\.snip_ms)
    lines.append(String(format: "query p50 / p99 %.3f / %.3f ms over %d samples", percentile(all, 50), percentile(all, 99), all.count))
    lines.append(String(format: "+10 snippets    p50 %.3f ms (extra %.3f ms)", percentile(allSnip, 50), percentile(allSnip, 50) - percentile(all, 50)))
    lines.append("")
    lines.append("kind      n   p50 ms   p99 ms   +snip p50")
    var kinds: [String] = []
    for q in queries where !kinds.contains(q.kind) { kinds.append(q.kind) }
    for kind in kinds {
      let group = queries.filter { $0.kind == kind }
      let samples = group.flatMap(\.samples_ms)
      let snips = group.flatMap(\.snip_ms)
      lines.append(
        String(format: "%@ %3d  %7.3f  %7.3f   %7.3f", kind.padding(toLength: 7, withPad: " ", startingAt: 0), group.count,
          percentile(samples, 50), percentile(samples, 99), percentile(snips, 50)))
    }
    lines.append("")
    lines.append("query                                   hits     p50 ms")
    for q in queries {
      lines.append(
        String(format: "%@ %8d  %7.3f", q.q.padding(toLength: 38, withPad: " ", startingAt: 0), q.hits, percentile(q.samples_ms, 50)))
    }
    return lines.joined(separator: "\n")
  }

  private func percentile(_ values: [Double], _ p: Double) -> Double {
    guard !values.isEmpty else { return 0 }
    let sorted = values.sorted()
    let rank = Int((p / 100 * Double(sorted.count - 1)).rounded())
    return sorted[min(sorted.count - 1, max(0, rank))]
  }
  private func round3(_ x: Double) -> Double { (x * 1000).rounded() / 1000 }
  private func round4(_ x: Double) -> Double { (x * 10000).rounded() / 10000 }
}
