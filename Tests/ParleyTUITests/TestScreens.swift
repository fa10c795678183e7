import ParleyTestSupport
@testable import ParleyTUI

/// Builds a state on the fixture corpus and plays keys into it.
func fixtureState(width: Int = 80, height: Int = 24, analyses: Bool = true, keys: [TerminalEvent] = []) -> AppState {
  var state = AppState(corpus: FixtureCorpus.corpus(withAnalyses: analyses), size: Size(width: width, height: height))
  for event in keys { state.handle(event) }
  return state
}

func screen(_ state: AppState) -> ScreenBuffer { BrowserView.render(state).buffer }

/// Keys that run a search.
func search(_ query: String) -> [TerminalEvent] {
  [.key(.character("/"))] + TerminalEvent.typing(query) + [.key(.enter)]
}

extension ScreenBuffer {
  /// The cells of a row between two columns, as text.
  func text(row: Int, from: Int, to: Int) -> String {
    var text = ""
    for column in from..<to where !self[row, column].isContinuation { text.append(self[row, column].character) }
    return text
  }

  /// Style of the first cell of the first occurrence of `needle`.
  func style(of needle: String) -> Style? { find(needle).map { self[$0.row, $0.column].style } }
}
