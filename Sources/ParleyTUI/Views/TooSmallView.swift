/// Shown instead of the browser while the terminal is smaller than 80x24.
public enum TooSmallView {
  public static func render(size: Size, into buffer: inout ScreenBuffer, measure: DisplayWidth) {
    let need = Layout.minimum
    let lines = ["terminal too small (need \(need.width)x\(need.height))", "now \(size.width)x\(size.height) · q quits"]
    let top = max(0, size.height / 2 - 1)
    for (index, line) in lines.enumerated() where top + index < size.height {
      let width = measure.of(line)
      buffer.writeTruncated(
        line, row: top + index, column: max(0, (size.width - width) / 2), width: size.width, style: index == 0 ? Theme.paneTitle : .plain,
        measure: measure)
    }
  }
}
