#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif
import Foundation

/// Reads one file into sanitized text, or says why it cannot: missing, unreadable, too large,
/// binary, empty. Decodes UTF-8 (invalid bytes become U+FFFD and the file is reported as
/// repaired) and UTF-16 with a byte-order mark; strips a UTF-8 byte-order mark. Reads regular
/// files only (a FIFO or device is reported as unsupported, never waited on). Never writes.
struct FileReader: Sendable {
  var maxFileSize: Int

  enum Outcome {
    case text(String, repairedUTF8: Bool)
    case problem(LoadProblem.Cause, detail: String?)
  }

  func read(_ path: String) -> Outcome {
    // O_NONBLOCK: opening a FIFO named on the command line must not wait for a writer.
    let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
    guard descriptor >= 0 else { return .problem(.unreadable, detail: Self.errorText()) }
    defer { close(descriptor) }
    var info = stat()
    guard fstat(descriptor, &info) == 0 else { return .problem(.unreadable, detail: Self.errorText()) }
    // Pipes and devices (/dev/zero, a FIFO) have no size and may never end.
    guard (info.st_mode & S_IFMT) == S_IFREG else { return .problem(.unsupported, detail: "not a regular file") }
    let size = Int(info.st_size)
    if size > maxFileSize {
      return .problem(.tooLarge, detail: "\(Self.megabytes(size)) > \(Self.megabytes(maxFileSize))")
    }
    var bytes = [UInt8](repeating: 0, count: size)
    var filled = 0
    while filled < size {
      let got = bytes.withUnsafeMutableBytes { systemRead(descriptor, $0.baseAddress! + filled, size - filled) }
      if got < 0 {
        if errno == EINTR { continue }
        return .problem(.unreadable, detail: Self.errorText())
      }
      if got == 0 { break }
      filled += got
    }
    if filled < size { bytes.removeSubrange(filled...) }
    return decode(bytes)
  }

  /// Decodes file bytes into sanitized text.
  func decode(_ bytes: [UInt8]) -> Outcome {
    if bytes.count >= 2, (bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF) {
      guard let text = String(data: Data(bytes), encoding: .utf16) else { return .problem(.binary, detail: "bad UTF-16") }
      return finish(text, repaired: false)
    }
    if bytes.withUnsafeBufferPointer({ $0.isEmpty ? nil : memchr($0.baseAddress!, 0, $0.count) }) != nil {
      return .problem(.binary, detail: "contains NUL bytes")
    }
    var body = bytes[...]
    if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
    if let text = String(validating: body, as: UTF8.self) { return finish(text, repaired: false) }
    return finish(String(decoding: body, as: UTF8.self), repaired: true)
  }

  private func finish(_ text: String, repaired: Bool) -> Outcome {
    let clean = TextSanitizer.clean(text)
    if clean.utf8.allSatisfy({ $0 == 0x20 || $0 == 0x0A }) { return .problem(.empty, detail: nil) }
    return .text(clean, repairedUTF8: repaired)
  }

  static func errorText() -> String { String(cString: strerror(errno)) }

  /// "23.4 MB", "20 MB", "2.4 kB": a size for messages (decimal units).
  static func megabytes(_ bytes: Int) -> String {
    func decimal(_ value: Int, _ unit: Int, _ name: String) -> String {
      let tenths = (value * 10 + unit / 2) / unit
      return tenths % 10 == 0 ? "\(tenths / 10) \(name)" : "\(tenths / 10).\(tenths % 10) \(name)"
    }
    return bytes >= 100_000 ? decimal(bytes, 1_000_000, "MB") : decimal(bytes, 1_000, "kB")
  }
}

/// POSIX `read(2)`; a free function so the name does not clash with `FileReader.read(_:)`.
private func systemRead(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer, _ count: Int) -> Int {
  read(descriptor, buffer, count)
}
