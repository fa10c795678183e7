import CNcursesw
import Glibc

/// Restores the terminal when the process crashes (a trap, a bad access, an abort).
///
/// The handler calls `endwin` so the shell gets its echo and line mode back, puts back the
/// previous handler (Swift's backtracer, or the default) and raises the signal again, so the
/// previous handler reports the crash on a sane terminal once this one returns.
enum CrashGuard {
  static let signals: [Int32] = [SIGILL, SIGTRAP, SIGABRT, SIGBUS, SIGFPE, SIGSEGV]
  nonisolated(unsafe) static var previous: [sigaction] = Array(repeating: sigaction(), count: 32)

  static func install() {
    for number in signals {
      var action = sigaction()
      action.__sigaction_handler.sa_handler = { number in
        endwin()
        var old = CrashGuard.previous[Int(number)]
        sigaction(number, &old, nil)
        // Pending until this handler returns, then handled the previous way.
        raise(number)
      }
      sigemptyset(&action.sa_mask)
      action.sa_flags = 0
      sigaction(number, &action, &previous[Int(number)])
    }
  }

  static func uninstall() {
    for number in signals {
      var old = previous[Int(number)]
      sigaction(number, &old, nil)
    }
  }
}
