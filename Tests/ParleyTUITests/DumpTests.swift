import Testing
import ParleyTestSupport
@testable import ParleyTUI

@Suite struct DumpTests {
  @Test("dump") func dump() {
    var state = AppState(corpus: FixtureCorpus.corpus(), size: Size(width: 80, height: 24))
    print(BrowserView.render(state).buffer.text)
    state.handle(.key(.character("/")))
    for e in TerminalEvent.typing("crimea") { state.handle(e) }
    state.handle(.key(.enter))
    state.handle(.key(.character("n")))
    print(BrowserView.render(state).buffer.styled())
    state.handle(.key(.character("e")))
    print(BrowserView.render(state).buffer.text)
    state.handle(.key(.character("c")))
    print(BrowserView.render(state).buffer.text)
    state.handle(.key(.character("?")))
    print(BrowserView.render(state).buffer.text)
    state.resize(to: Size(width: 120, height: 40))
    print(BrowserView.render(state).buffer.text)
  }
}
