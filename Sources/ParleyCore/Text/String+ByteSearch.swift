extension String {
  /// Whether `needle` occurs in this string, compared as UTF-8 bytes.
  ///
  /// Used instead of Foundation's `contains(_:)`, which goes through NSString and is several
  /// times slower on the many short lines the cleaner checks.
  func containsBytes(_ needle: String) -> Bool {
    let needle = Array(needle.utf8)
    guard let first = needle.first else { return true }
    let hay = Array(utf8)
    guard hay.count >= needle.count else { return false }
    var i = 0
    let last = hay.count - needle.count
    while i <= last {
      if hay[i] == first {
        var j = 1
        while j < needle.count && hay[i + j] == needle[j] { j += 1 }
        if j == needle.count { return true }
      }
      i += 1
    }
    return false
  }
}
