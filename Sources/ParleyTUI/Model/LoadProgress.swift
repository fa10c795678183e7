import Foundation

/// Progress of building the corpus, shared between the loading task and the input loop.
///
/// The loading work runs off the input loop and reports here; the loop polls `snapshot` to draw
/// the progress bar and picks up the finished corpus (or the error) without blocking.
public final class LoadProgress: @unchecked Sendable {
  /// What the loop reads.
  public struct Snapshot: Sendable {
    public var stage: String
    /// 0...1, nil while unknown.
    public var fraction: Double?
  }

  private let lock = NSLock()
  private var current = Snapshot(stage: LoadProgress.readingStage, fraction: nil)
  private var outcome: Result<Corpus, Error>?
  private var cancelled = false

  public init() {}

  /// Sets the stage and how far it got.
  public func report(_ stage: String, _ fraction: Double?) {
    lock.withLock { current = Snapshot(stage: stage, fraction: fraction) }
  }

  /// Reports the first stage, `done` of `total` files read: fits `CorpusLoader.Options.progress`.
  public func reportReading(done: Int, total: Int) {
    report(Self.readingStage, total > 0 ? Double(done) / Double(total) : nil)
  }

  /// The stage shown while files are read.
  public static let readingStage = "reading articles"

  public var snapshot: Snapshot { lock.withLock { current } }

  /// True once the user quit while loading: long stages should stop early.
  public var isCancelled: Bool { lock.withLock { cancelled } }

  public func cancel() { lock.withLock { cancelled = true } }

  func finish(_ result: Result<Corpus, Error>) { lock.withLock { outcome = result } }

  var result: Result<Corpus, Error>? { lock.withLock { outcome } }
}
