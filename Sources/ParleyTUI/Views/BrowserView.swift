/// Draws the whole screen from the state: the root view.
public enum BrowserView {
  /// Renders a frame; returns the buffer and where the cursor goes (nil: hidden).
  public static func render(_ state: AppState) -> (buffer: ScreenBuffer, cursor: Position?) {
    var buffer = ScreenBuffer(size: state.size)
    let cursor = render(state, into: &buffer)
    return (buffer, cursor)
  }

  /// Renders into an existing buffer of the state's size.
  @discardableResult
  public static func render(_ state: AppState, into buffer: inout ScreenBuffer) -> Position? {
    let layout = state.layout
    guard layout.fits else {
      TooSmallView.render(size: state.size, into: &buffer, measure: state.measure)
      return nil
    }
    StatusBarView.render(state, in: layout.statusBar, into: &buffer)
    switch state.mode {
    case .browse:
      ArticleListView.render(state, in: layout.leftPane, into: &buffer)
      ArticleTextView.render(state, in: layout.rightPane, into: &buffer)
    case .entities:
      EntityPaneView.render(state, in: layout.leftPane, into: &buffer)
      ArticleTextView.render(state, in: layout.rightPane, into: &buffer)
    case .compare:
      ComparisonView.render(state, in: layout.main, into: &buffer)
    }
    let cursor = InputLineView.render(state, in: layout.inputLine, into: &buffer)
    if let chosen = state.topicChooser { TopicChooserView.render(state, selected: chosen, into: &buffer) }
    if state.showHelp { HelpOverlayView.render(state, in: state.size, into: &buffer) }
    return cursor
  }
}
