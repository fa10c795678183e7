#if canImport(Glibc)
  import Glibc
#endif
import Foundation

/// A fingerprint of a folder tree: every entry's relative path, type, size, mode, mtime and
/// content hash. Equal fingerprints before and after a command mean it wrote nothing there.
enum CorpusChecksum {
  static func of(_ root: String) -> [String] {
    var lines: [String] = []
    let enumerator = FileManager.default.enumerator(atPath: root)
    while let relative = enumerator?.nextObject() as? String {
      let path = root + "/" + relative
      var info = stat()
      guard lstat(path, &info) == 0 else { lines.append("\(relative) missing"); continue }
      var line = "\(relative) mode=\(String(info.st_mode, radix: 8)) size=\(info.st_size) mtime=\(info.st_mtim.tv_sec).\(info.st_mtim.tv_nsec)"
      if (info.st_mode & S_IFMT) == S_IFREG, let data = FileManager.default.contents(atPath: path) {
        line += " fnv=\(fnv1a(data))"
      }
      lines.append(line)
    }
    return lines.sorted()
  }

  /// 64-bit FNV-1a: enough to notice any change to a file's bytes.
  static func fnv1a(_ data: Data) -> String {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in data { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
    return String(hash, radix: 16)
  }
}
