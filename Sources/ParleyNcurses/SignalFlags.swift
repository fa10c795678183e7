import Glibc
import Synchronization

/// Signals noted by async-signal-safe handlers and polled by the input loop.
///
/// A handler only stores the signal number; `NcursesTerminal.nextEvent` turns it into an
/// event so that the terminal is restored on the main actor, never inside a handler.
enum SignalFlags {
  /// The last SIGINT/SIGTERM/SIGHUP received, 0 when none.
  static let stop = Atomic<Int32>(0)
  /// Set by SIGCONT (after Ctrl-Z and `fg`): the screen needs a full redraw.
  static let resumed = Atomic<Bool>(false)

  /// Installs the handlers for SIGINT, SIGTERM, SIGHUP and SIGCONT.
  static func install() {
    for signalNumber in [SIGINT, SIGTERM, SIGHUP] {
      signal(signalNumber) { number in SignalFlags.stop.store(number, ordering: .relaxed) }
    }
    signal(SIGCONT) { _ in SignalFlags.resumed.store(true, ordering: .relaxed) }
  }

  /// Puts the default handlers back.
  static func uninstall() {
    for signalNumber in [SIGINT, SIGTERM, SIGHUP, SIGCONT] { signal(signalNumber, SIG_DFL) }
  }
}
