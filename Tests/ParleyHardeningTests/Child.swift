#if canImport(Glibc)
  import Glibc
#endif
import Foundation

/// A child process started the way a shell starts one: every signal unblocked and at its
/// default action, whatever the spawning thread had.
///
/// Foundation's `Process` passes on the caller's signal mask, and test threads (libdispatch
/// workers) block SIGINT/SIGTERM/SIGHUP, so a child spawned from a test would never see
/// those signals. posix_spawn with an empty mask and default actions avoids that, and wait4
/// gives the child's own peak memory.
struct Child {
  enum Output {
    case file(String)
    /// A pipe; the parent keeps the read end.
    case pipe
  }

  let pid: pid_t
  /// The read end of the stdout pipe, for `.pipe`.
  let stdoutReader: Int32?
  let started = Date()

  struct End {
    var status: Int32
    var signaled: Bool
    var timedOut: Bool
    var seconds: Double
    var peakMemoryMB: Int
  }

  static func spawn(
    _ command: [String], stdout: Output, stderr: String, environment extra: [String: String] = [:],
    workingDirectory: String? = nil
  ) throws -> Child {
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
    var pipeEnds: [Int32] = [-1, -1]
    switch stdout {
    case .file(let path): posix_spawn_file_actions_addopen(&actions, 1, path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    case .pipe:
      guard pipe(&pipeEnds) == 0 else { throw POSIXError(.EMFILE) }
      posix_spawn_file_actions_adddup2(&actions, pipeEnds[1], 1)
      posix_spawn_file_actions_addclose(&actions, pipeEnds[0])
      posix_spawn_file_actions_addclose(&actions, pipeEnds[1])
    }
    posix_spawn_file_actions_addopen(&actions, 2, stderr, O_WRONLY | O_CREAT | O_TRUNC, 0o644)

    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    var empty = sigset_t()
    sigemptyset(&empty)
    var all = sigset_t()
    sigfillset(&all)
    posix_spawnattr_setsigmask(&attributes, &empty)
    posix_spawnattr_setsigdefault(&attributes, &all)
    posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))

    var environment = ProcessInfo.processInfo.environment
    environment["SWIFT_BACKTRACE"] = "enable=no"
    environment["NO_COLOR"] = nil
    environment["TERM"] = "xterm-256color"
    for (key, value) in extra { environment[key] = value }
    // posix_spawn has no portable chdir action: `env -C` changes folder, then execs.
    let command = workingDirectory.map { ["/usr/bin/env", "-C", $0] + command } ?? command
    let argv = command.map { strdup($0) } + [nil]
    let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
    defer {
      for pointer in argv { free(pointer) }
      for pointer in envp { free(pointer) }
    }
    var pid = pid_t()
    let result = posix_spawn(&pid, command[0], &actions, &attributes, argv, envp)
    if pipeEnds[1] >= 0 { close(pipeEnds[1]) }
    guard result == 0 else { throw POSIXError(POSIXErrorCode(rawValue: result) ?? .ENOENT) }
    return Child(pid: pid, stdoutReader: pipeEnds[0] >= 0 ? pipeEnds[0] : nil)
  }

  func signal(_ number: Int32) { kill(pid, number) }

  /// True while the child has not exited (does not reap it).
  var isRunning: Bool {
    var info = siginfo_t()
    return waitid(P_PID, id_t(pid), &info, WEXITED | WNOHANG | WNOWAIT) == 0 && info._sifields._sigchld.si_pid == 0
  }

  /// Waits for the child; after `timeout` seconds kills it (SIGKILL) and reports a timeout.
  func wait(timeout: Double) -> End {
    let deadline = Date().addingTimeInterval(timeout)
    var timedOut = false
    while isRunning {
      if Date() > deadline {
        kill(pid, SIGKILL)
        timedOut = true
        break
      }
      usleep(10_000)
    }
    var status: Int32 = 0
    var usage = rusage()
    while wait4(pid, &status, 0, &usage) < 0 && errno == EINTR {}
    if let stdoutReader { close(stdoutReader) }
    let signaled = (status & 0x7F) != 0 && (status & 0x7F) != 0x7F
    return End(
      status: signaled ? status & 0x7F : (status >> 8) & 0xFF, signaled: signaled, timedOut: timedOut,
      seconds: Date().timeIntervalSince(started), peakMemoryMB: usage.ru_maxrss / 1024)
  }
}
