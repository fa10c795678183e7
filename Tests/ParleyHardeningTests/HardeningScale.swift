#if canImport(Glibc)
  import Glibc
#endif
import Foundation

/// Sizes for the hostile corpus. The default keeps `swift test` fast; `PARLEY_HARDENING_FULL=1`
/// runs the full sizes of the hardening issue (100,000 files, a 50 MB line loaded), which
/// take minutes in a debug build: `PARLEY_HARDENING_FULL=1 swift test --filter ParleyHardeningTests`.
enum HardeningScale {
  static let full = ProcessInfo.processInfo.environment["PARLEY_HARDENING_FULL"] == "1"

  /// True when this test process (and so the `parley` built beside it) runs under
  /// AddressSanitizer or ThreadSanitizer, whose shadow memory and fake stacks multiply RSS.
  static let sanitized: Bool = {
    guard let handle = dlopen(nil, RTLD_NOW) else { return false }
    defer { dlclose(handle) }
    return dlsym(handle, "__asan_init") != nil || dlsym(handle, "__tsan_init") != nil
  }()

  /// A memory bound in MB, widened 5× under a sanitizer.
  static func memoryLimitMB(_ plain: Int) -> Int { sanitized ? plain * 5 : plain }
}
