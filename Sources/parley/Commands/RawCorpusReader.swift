import Foundation
import ParleyCore

/// Reads a folder of `.txt` articles as the shared bench's peers do: line 1 is the title, the
/// rest the body, with no cleaning, so parley indexes exactly the text the peers index.
///
/// For `parley bench --loader raw` only; everything else loads through `CorpusLoader`.
enum RawCorpusReader {
  static func load(paths: [String], threads: Int) throws -> DocumentStore {
    var files: [String] = []
    for path in paths {
      var isDirectory: ObjCBool = false
      guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
        throw CLIError(message: "no such file or folder: \(path)")
      }
      if !isDirectory.boolValue {
        files.append(path)
        continue
      }
      guard let walker = FileManager.default.enumerator(atPath: path) else {
        throw CLIError(message: "cannot read \(path)")
      }
      while let relative = walker.nextObject() as? String {
        if relative.hasSuffix(".txt") { files.append(path + "/" + relative) }
      }
    }
    let sorted = files.sorted()
    let articles = ParallelWork.map(count: sorted.count, chunk: 1, parallelism: max(1, threads)) { read(sorted[$0]) }
    return DocumentStore(articles: articles.compactMap { $0 })
  }

  private static func read(_ file: String) -> Article? {
    guard let data = FileManager.default.contents(atPath: file) else { return nil }
    let text = String(decoding: data, as: UTF8.self)
    let utf8 = text.utf8
    let newline = utf8.firstIndex(of: 0x0A) ?? utf8.endIndex
    let title = String(text[..<newline])
    let body = newline < utf8.endIndex ? String(text[utf8.index(after: newline)...]) : ""
    let stem = ((file as NSString).lastPathComponent as NSString).deletingPathExtension
    let length = body.utf8.count
    return Article(
      id: stem, title: title, source: "bench", path: file, body: body, paragraphs: [TextRange(0, length)],
      sentences: [Sentence(range: TextRange(0, length), paragraph: 0)])
  }
}
