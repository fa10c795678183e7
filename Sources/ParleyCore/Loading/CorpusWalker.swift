#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif
import Foundation

/// Lists the files to load under the paths given on the command line.
///
/// Folders are walked recursively in sorted order; hidden files and folders (`.name`) are
/// skipped; files of unknown type inside folders are ignored. Symbolic links are followed,
/// but each real folder and file is visited once, so link loops end. A path given
/// explicitly is loaded whatever its extension (unknown ones are read as plain text).
struct CorpusWalker {
  struct Entry: Sendable {
    /// The path shown to users: the argument, joined with names from the walk.
    var path: String
    /// Lower-cased extension used to choose the format.
    var ext: String
    /// The size in bytes when walked (for the memory estimate).
    var size: Int = 0
  }

  var files: [Entry] = []
  var problems: [LoadProblem] = []
  private var visitedFolders: Set<String> = []
  private var visitedFiles: Set<String> = []

  /// Walks every root. Throws for a root that is missing or unreadable.
  mutating func walk(_ roots: [String]) throws {
    for root in roots {
      var info = stat()
      guard stat(root, &info) == 0 else {
        if errno == ENOENT || errno == ENOTDIR { throw LoadError.notFound(path: root) }
        throw LoadError.unreadable(path: root, reason: FileReader.errorText())
      }
      if (info.st_mode & S_IFMT) == S_IFDIR {
        guard access(root, R_OK | X_OK) == 0 else {
          throw LoadError.unreadable(path: root, reason: FileReader.errorText())
        }
        visitFolder(root)
      } else {
        guard access(root, R_OK) == 0 else { throw LoadError.unreadable(path: root, reason: FileReader.errorText()) }
        addFile(root, explicit: true, size: Int(info.st_size))
      }
    }
  }

  private mutating func visitFolder(_ folder: String) {
    guard let real = Self.realPath(folder), visitedFolders.insert(real).inserted else { return }
    let names: [String]
    do {
      names = try FileManager.default.contentsOfDirectory(atPath: folder)
    } catch {
      problems.append(LoadProblem(path: folder, cause: .unreadable, detail: "cannot list folder"))
      return
    }
    for name in names.sorted() where !name.hasPrefix(".") {
      let path = folder.hasSuffix("/") ? folder + name : folder + "/" + name
      var info = stat()
      guard stat(path, &info) == 0 else {
        problems.append(LoadProblem(path: path, cause: .unreadable, detail: FileReader.errorText()))
        continue
      }
      switch info.st_mode & S_IFMT {
      case S_IFDIR: visitFolder(path)
      case S_IFREG: addFile(path, explicit: false, size: Int(info.st_size))
      default: continue  // sockets, FIFOs, devices: never opened
      }
    }
  }

  private mutating func addFile(_ path: String, explicit: Bool, size: Int) {
    let ext = Self.fileExtension(path)
    guard explicit || FormatRegistry.extensions.contains(ext) else { return }
    guard visitedFiles.insert(Self.realPath(path) ?? path).inserted else { return }
    files.append(Entry(path: path, ext: ext, size: size))
  }

  static func fileExtension(_ path: String) -> String {
    let name = path.split(separator: "/").last ?? Substring(path)
    guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return "" }
    return name[name.index(after: dot)...].lowercased()
  }

  static func realPath(_ path: String) -> String? {
    guard let resolved = realpath(path, nil) else { return nil }
    defer { free(resolved) }
    return String(cString: resolved)
  }
}
