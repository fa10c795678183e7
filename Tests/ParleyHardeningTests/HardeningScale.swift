import Foundation

/// Sizes for the hostile corpus. The default keeps `swift test` fast; `PARLEY_HARDENING_FULL=1`
/// runs the full sizes of the hardening issue (100,000 files, a 50 MB line loaded), which
/// take minutes in a debug build: `PARLEY_HARDENING_FULL=1 swift test --filter ParleyHardeningTests`.
enum HardeningScale {
  static let full = ProcessInfo.processInfo.environment["PARLEY_HARDENING_FULL"] == "1"
}
