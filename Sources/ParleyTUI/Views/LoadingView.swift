/// The progress screen while the corpus is read, indexed and analysed.
public enum LoadingView {
  /// - Parameter fraction: 0...1, or nil while the amount of work is not known yet.
  public static func render(name: String, stage: String, fraction: Double?, size: Size, into buffer: inout ScreenBuffer, measure: DisplayWidth) {
    guard size.width >= 10, size.height >= 3 else { return }
    let top = max(0, size.height / 2 - 2)
    buffer.writeTruncated("parley — \(name)", row: top, column: 2, width: size.width - 4, style: Theme.paneTitle, measure: measure)
    let barWidth = max(4, min(60, size.width - 12))
    var bar = ""
    if let fraction {
      let filled = Int((Double(barWidth) * max(0, min(1, fraction))).rounded(.down))
      bar = String(repeating: "█", count: filled) + String(repeating: "░", count: barWidth - filled)
      let percent = String(Int(max(0, min(1, fraction)) * 100))
      bar += " " + String(repeating: " ", count: 3 - percent.count) + percent + "%"
    } else {
      bar = String(repeating: "░", count: barWidth)
    }
    buffer.writeTruncated(bar, row: top + 2, column: 2, width: size.width - 4, measure: measure)
    buffer.writeTruncated(stage + "…  (q quits)", row: top + 3, column: 2, width: size.width - 4, style: Theme.hint, measure: measure)
  }
}
