#if canImport(Glibc)
  import Glibc
#endif
import Foundation

/// Runs the real `parley` executable, as a user would, and captures its output bytes.
///
/// The binary is found next to the test bundle in the build products folder (`swift test`
/// builds it because this target depends on it), or at `$PARLEY_BINARY`. Output goes to files,
/// not pipes, so a large output can never block the child.
struct ParleyProcess {
  struct Outcome {
    var stdout: [UInt8]
    var stderr: [UInt8]
    /// The exit status, or the signal number when `signaled`.
    var status: Int32
    var signaled: Bool
    var timedOut: Bool
    var seconds: Double
    /// The child's peak resident memory (from wait4's rusage).
    var peakMemoryMB: Int
    var stderrText: String { String(decoding: stderr, as: UTF8.self) }
    var stdoutText: String { String(decoding: stdout, as: UTF8.self) }
    /// A one-line account for failure messages.
    var summary: String {
      "\(signaled ? "killed by signal" : "exit") \(status)\(timedOut ? " (timed out)" : ""); stderr: \(stderrText.prefix(300))"
    }
  }

  /// The `parley` binary in the build products folder.
  static let binary: String = {
    if let path = ProcessInfo.processInfo.environment["PARLEY_BINARY"] { return path }
    let exe = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
    var folder = URL(fileURLWithPath: exe).deletingLastPathComponent()
    // On Linux the test runner sits in the products folder; elsewhere inside a .xctest bundle.
    while !folder.path.isEmpty && folder.path != "/" {
      let candidate = folder.appendingPathComponent("parley").path
      if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
      folder = folder.deletingLastPathComponent()
    }
    return "parley-binary-not-found-next-to-\(exe)"
  }()

  /// Runs `parley arguments…` with stdin from /dev/null; kills it after `timeout` seconds.
  static func run(
    _ arguments: [String], timeout: Double = 120, environment extra: [String: String] = [:],
    prefix: [String] = [], workingDirectory: String? = nil
  ) throws -> Outcome {
    let scratch = try TempFolder(prefix: "run")
    let outPath = scratch.path + "/stdout"
    let errPath = scratch.path + "/stderr"
    let child = try Child.spawn(
      prefix + [binary] + arguments, stdout: .file(outPath), stderr: errPath, environment: extra,
      workingDirectory: workingDirectory)
    let end = child.wait(timeout: timeout)
    return Outcome(
      stdout: Array((try? Data(contentsOf: URL(fileURLWithPath: outPath))) ?? Data()),
      stderr: Array((try? Data(contentsOf: URL(fileURLWithPath: errPath))) ?? Data()),
      status: end.status, signaled: end.signaled, timedOut: end.timedOut, seconds: end.seconds,
      peakMemoryMB: end.peakMemoryMB)
  }
}
