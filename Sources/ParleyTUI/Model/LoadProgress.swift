import Foundation

/// Progress of building the corpus, shared between the loading task and the input loop.
///
/// The loading work runs off the input loop and reports here; the loop polls `snapshot` to draw
/// the progress bar and picks up the finished corpus (or the error) without blocking.
public final class LoadProgress: @unchecked Sendable {
  /// What the loop reads.
  public struct Snapshot: Hashable, Sendable {
    public var stage: String
    /// 0...1, nil while unknown.
    public var fraction: Double?
    public init(stage: String, fraction: Double?) {
      self.stage = stage
      self.fraction = fraction
    }

    /// The whole percentage done, nil while unknown.
    public var percent: Int? { fraction.map { Int((max(0, min(1, $0)) * 100).rounded(.down)) } }

    /// The stage with its percentage, e.g. "analysing entities and stances 37%".
    public var summary: String { percent.map { "\(stage) \($0)%" } ?? stage }
  }

  private let lock = NSLock()
  private var current: Snapshot
  private var outcome: Result<Corpus, Error>?
  private var cancelled = false

  /// - Parameter stage: the stage shown before the first report.
  public init(stage: String = LoadProgress.readingStage) {
    current = Snapshot(stage: stage, fraction: nil)
  }

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
