#if canImport(Glibc)
  import Glibc
#endif
import Foundation
import Testing

/// The binary as a process: it never writes to the corpus, dies quietly on signals and
/// SIGPIPE, reports unreadable files and keeps its memory bounded on hostile input.
@Suite("parley as a process: read-only, signals, permissions, memory")
struct ProcessTests {
  @Test("No subcommand changes a byte, a name or a timestamp in the article folder")
  func readOnly() throws {
    let folder = try TempFolder(prefix: "readonly")
    for (name, text) in HostileArticles.files() { try folder.write("articles/" + name, text) }
    try folder.write("articles/sub/broken.jsonl", "{\"title\":\"A\",\"body\":\"Kyiv said no.\"}\n{oops\n")
    let corpus = folder.file("articles")
    let before = CorpusChecksum.of(corpus)
    let runs: [[String]] = [
      ["list", corpus], ["list", "--json", "--verbose", corpus], ["show", "plain", corpus], ["show", "--json", "plain", corpus],
      ["search", "ceasefire", corpus], ["entities", corpus], ["stances", corpus], ["compare", corpus],
      ["bench", corpus, "--repeat", "1"], ["browse", corpus],
    ]
    for arguments in runs {
      let outcome = try ParleyProcess.run(arguments, workingDirectory: corpus)
      #expect(!outcome.signaled, "\(arguments): \(outcome.summary)")
      #expect(CorpusChecksum.of(corpus) == before, "\(arguments) changed the corpus folder")
    }
  }

  @Test("`parley search … | head -1` ends quietly when the reader goes away (SIGPIPE default or ignored)", arguments: [false, true])
  func brokenPipe(_ ignoreSIGPIPE: Bool) throws {
    let folder = try TempFolder(prefix: "pipe")
    for i in 0..<400 {
      try folder.write("a\(i).txt", "Ceasefire report \(i)\n\n" + String(repeating: "The ceasefire held in the east on day \(i). ", count: 20))
    }
    // Ignoring SIGPIPE (as some launchers do) makes writes fail with EPIPE instead.
    let command = (ignoreSIGPIPE ? ["/bin/sh", "-c", "trap '' PIPE; exec \"$0\" \"$@\""] : []) + [ParleyProcess.binary]
    let child = try Child.spawn(command + ["search", "ceasefire", "--limit", "400", folder.path], stdout: .pipe, stderr: folder.file("stderr"))
    // Like `head -1`: read one line, then close the pipe.
    var line = [UInt8]()
    var byte: UInt8 = 0
    while !line.contains(0x0A), read(child.stdoutReader!, &byte, 1) == 1 { line.append(byte) }
    close(child.stdoutReader!)
    let end = child.wait(timeout: 60)
    let stderr = (try? String(contentsOfFile: folder.file("stderr"), encoding: .utf8)) ?? ""
    #expect(!end.timedOut)
    #expect(!line.isEmpty)
    #expect(stderr.isEmpty, "stderr after a broken pipe: \(stderr.prefix(400))")
    let quiet = end.signaled ? end.status == SIGPIPE : (end.status == 0 || end.status == 128 + SIGPIPE)
    #expect(quiet, "ended by \(end.signaled ? "signal" : "exit") \(end.status)")
  }

  @Test("SIGINT, SIGTERM and SIGHUP while loading a large corpus end parley at once, without a trace", arguments: [SIGINT, SIGTERM, SIGHUP])
  func signalWhileLoading(_ signal: Int32) throws {
    let folder = try TempFolder(prefix: "signal")
    // One big JSONL file keeps the loader busy long enough to be interrupted.
    var lines = ""
    for i in 0..<20_000 { lines += "{\"title\":\"Report \(i)\",\"body\":\"The ceasefire held in Kyiv on day \(i). Moscow said talks would go on.\"}\n" }
    try folder.write("big.jsonl", lines)
    let child = try Child.spawn([ParleyProcess.binary, "stances", folder.path], stdout: .file("/dev/null"), stderr: folder.file("stderr"))
    usleep(300_000)
    let wasRunning = child.isRunning
    let sent = Date()
    child.signal(signal)
    let end = child.wait(timeout: 10)
    let stderr = (try? String(contentsOfFile: folder.file("stderr"), encoding: .utf8)) ?? ""
    #expect(wasRunning, "finished before the signal; make the corpus larger")
    #expect(!end.timedOut && Date().timeIntervalSince(sent) < 5)
    #expect(
      (end.signaled && end.status == signal) || (!end.signaled && end.status == 128 + signal),
      "ended by \(end.signaled ? "signal" : "exit") \(end.status)")
    #expect(!stderr.contains("Fatal error") && !stderr.contains("Backtrace") && !stderr.contains("Crash"), "\(stderr.prefix(400))")
  }

  @Test("Unreadable files are skipped with 'Permission denied' (run as nobody, since root reads everything)")
  func unreadableAsNobody() throws {
    let isRoot = geteuid() == 0
    let setpriv = "/usr/bin/setpriv"
    if isRoot && !FileManager.default.isExecutableFile(atPath: setpriv) {
      Issue.record("running as root without \(setpriv): cannot drop privileges to test unreadable files")
      return
    }
    let folder = try TempFolder(prefix: "perm")
    try folder.write("locked.txt", "Locked\n\nSecret article.")
    try folder.write("ok.txt", "Fine\n\nA fine article.")
    try folder.write("closed/inner.txt", "Inner\n\nHidden article.")
    chmod(folder.file("locked.txt"), 0)
    chmod(folder.file("closed"), 0)
    defer {
      chmod(folder.file("closed"), 0o755)
      chmod(folder.file("locked.txt"), 0o644)
    }
    // The binary and every folder above the corpus must be reachable by nobody.
    var ancestor = URL(fileURLWithPath: folder.path)
    while ancestor.path != "/" {
      ancestor.deleteLastPathComponent()
      var info = stat()
      if stat(ancestor.path, &info) == 0, info.st_mode & 0o001 == 0 { chmod(ancestor.path, info.st_mode | 0o001) }
    }
    let prefix = isRoot ? [setpriv, "--reuid=65534", "--regid=65534", "--clear-groups"] : []
    let listing = try ParleyProcess.run(["list", "--verbose", folder.path], prefix: prefix)
    #expect(listing.status == 0, "\(listing.summary)")
    #expect(listing.stdoutText.contains("ok"))
    #expect(!listing.stdoutText.contains("Locked"))
    #expect(listing.stderrText.contains("skipped \(folder.path)/locked.txt: unreadable (Permission denied)"), "\(listing.stderrText)")
    #expect(listing.stderrText.contains("skipped \(folder.path)/closed: unreadable (cannot list folder)"), "\(listing.stderrText)")
    let explicit = try ParleyProcess.run(["list", folder.file("locked.txt")], prefix: prefix)
    #expect(explicit.status == 2)
    #expect(explicit.stderrText == "parley: cannot read \(folder.path)/locked.txt: Permission denied\n")
  }

  @Test("A 50 MB line and 10,000-deep JSON through the binary: clear messages, bounded memory")
  func hugeInputsThroughTheBinary() throws {
    let folder = try TempFolder(prefix: "huge")
    try folder.write("huge.txt", HostileCorpusTests.line(bytes: 50_000_000))
    try folder.write("deep.json", String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000))
    try folder.write("ok.txt", "Fine\n\nA fine article about the ceasefire.")
    let skipped = try ParleyProcess.run(["list", folder.path])
    #expect(skipped.status == 0, "\(skipped.summary)")
    #expect(skipped.stderrText == "parley: loaded 1 article from 3 files; skipped 2: 1 malformed JSON (\(folder.path)/deep.json), 1 too large (\(folder.path)/huge.txt)\n")
    #expect(skipped.peakMemoryMB < HardeningScale.memoryLimitMB(200), "peak RSS \(skipped.peakMemoryMB) MB when skipping a 50 MB file")
    // Loading the 50 MB line takes ~10 s in a release build, minutes in a debug one: opt-in.
    guard HardeningScale.full else { return }
    let loaded = try ParleyProcess.run(["search", "ceasefire", "--max-file-mb", "60", folder.path], timeout: 600)
    #expect(loaded.status == 0, "\(loaded.summary)")
    #expect(loaded.stdoutText.contains("huge"))
    #expect(loaded.peakMemoryMB < HardeningScale.memoryLimitMB(1_500), "peak RSS \(loaded.peakMemoryMB) MB for a 50 MB file")
    print("50 MB line searched in \(loaded.seconds) s, peak RSS \(loaded.peakMemoryMB) MB")
  }
}
