import CNcursesw
import Glibc
import ParleyTUI

/// The real terminal: ncursesw behind the `Terminal` protocol.
///
/// Opens with `newterm` (so an unknown `TERM` is an error value, not an `exit(1)`), sets a UTF-8
/// locale first, draws each changed row with one `mvwadd_wchnstr` and lets ncurses send only
/// the changed cells (`wnoutrefresh` + `doupdate`). Colours sit on the terminal's own background;
/// a monochrome terminal or `NO_COLOR` keeps only bold, dim, underline and reverse.
///
/// ncurses is not thread-safe, so everything here runs on the main actor. Call `close()` on
/// every way out; signals and crashes restore the terminal too (see `SignalFlags`, `CrashGuard`).
@MainActor
public final class NcursesTerminal: Terminal {
  private let screen: OpaquePointer
  private let window: UnsafeMutablePointer<WINDOW>
  private let monochrome: Bool
  private var pairs: [Int: Int16] = [:]
  private var shown: ScreenBuffer?
  private var cursorVisible = false
  private var closed = false
  public private(set) var size: Size
  public let displayWidth = DisplayWidth { scalar in Int(parley_wcwidth(wchar_t(bitPattern: scalar.value))) }

  /// Opens the terminal on stdin/stdout for the full-screen browser.
  ///
  /// - Throws: `TerminalUnavailable` when stdin or stdout is not a terminal, `TERM` is unset,
  ///   `dumb` or unknown, or the terminal cannot address the cursor.
  public static func open(environment: [String: String]) throws -> NcursesTerminal {
    guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else {
      throw TerminalUnavailable("not a terminal")
    }
    guard let term = environment["TERM"], !term.isEmpty, term != "dumb" else {
      throw TerminalUnavailable("TERM is \(environment["TERM"].map { $0.isEmpty ? "empty" : "“\($0)”" } ?? "not set")")
    }
    let noColor = !(environment["NO_COLOR"] ?? "").isEmpty
    return try NcursesTerminal(term: nil, output: parley_stdout(), input: parley_stdin(), noColor: noColor, handleSignals: true)
  }

  /// Opens ncurses on the given streams; `term` nil means `$TERM`.
  init(term: String?, output: UnsafeMutablePointer<FILE>, input: UnsafeMutablePointer<FILE>, noColor: Bool, handleSignals: Bool) throws {
    Self.chooseUTF8Locale()
    let opened: OpaquePointer? = term.map { newterm($0, output, input) } ?? newterm(nil, output, input)
    guard let opened else { throw TerminalUnavailable("unknown terminal type") }
    screen = opened
    window = parley_stdscr()!
    guard parley_has_string_capability("cup") != 0 else {
      endwin()
      delscreen(opened)
      throw TerminalUnavailable("the terminal cannot move the cursor")
    }
    cbreak()
    noecho()
    nonl()
    intrflush(window, false)
    keypad(window, true)
    set_escdelay(25)
    curs_set(0)
    mouseinterval(0)
    mousemask(parley_button1_pressed() | parley_button4_pressed() | parley_button5_pressed(), nil)
    if !noColor, has_colors() {
      start_color()
      use_default_colors()
      monochrome = false
    } else {
      monochrome = true
    }
    size = Size(width: Int(parley_getmaxx(window)), height: Int(parley_getmaxy(window)))
    if handleSignals {
      SignalFlags.install()
      CrashGuard.install()
    }
  }

  /// Leaves full-screen mode and gives the shell its terminal back. Safe to call twice.
  public func close() {
    guard !closed else { return }
    closed = true
    curs_set(1)
    endwin()
    delscreen(screen)
    CrashGuard.uninstall()
    SignalFlags.uninstall()
  }

  /// The locale decides how ncurses and `wcwidth` read text: use the environment's when it is
  /// UTF-8, otherwise C.UTF-8, so ’ “ — é 日本 always draw right.
  static func chooseUTF8Locale() {
    setlocale(LC_ALL, "")
    if parley_codeset_is_utf8() == 0 { setlocale(LC_ALL, "C.UTF-8") }
  }

  // MARK: - Input

  public func nextEvent(timeout: Int) -> TerminalEvent? {
    if let event = pendingSignalEvent() { return event }
    wtimeout(window, Int32(timeout))
    var character: wint_t = 0
    let status = wget_wch(window, &character)
    if let event = pendingSignalEvent() { return event }
    if status == ERR { return nil }
    if status == KEY_CODE_YES { return functionKey(Int32(character)) }
    guard let scalar = Unicode.Scalar(UInt32(character)) else { return nil }
    return .key(Key.fromScalar(scalar))
  }

  private func pendingSignalEvent() -> TerminalEvent? {
    let number = SignalFlags.stop.exchange(0, ordering: .relaxed)
    if number != 0 { return .interrupt(number) }
    if SignalFlags.resumed.exchange(false, ordering: .relaxed) {
      shown = nil
      clearok(parley_curscr(), true)
      return .redraw
    }
    return nil
  }

  private func functionKey(_ code: Int32) -> TerminalEvent? {
    switch code {
    case KEY_UP: return .key(.up)
    case KEY_DOWN: return .key(.down)
    case KEY_LEFT: return .key(.left)
    case KEY_RIGHT: return .key(.right)
    case KEY_NPAGE: return .key(.pageDown)
    case KEY_PPAGE: return .key(.pageUp)
    case KEY_HOME: return .key(.home)
    case KEY_END: return .key(.end)
    case KEY_ENTER: return .key(.enter)
    case KEY_BTAB: return .key(.backTab)
    case KEY_BACKSPACE: return .key(.backspace)
    case KEY_DC: return .key(.delete)
    case KEY_RESIZE:
      size = Size(width: Int(parley_getmaxx(window)), height: Int(parley_getmaxy(window)))
      shown = nil
      return .resize(size)
    case KEY_MOUSE:
      var event = MEVENT()
      guard getmouse(&event) == OK else { return nil }
      let position = Position(row: Int(event.y), column: Int(event.x))
      if event.bstate & parley_button4_pressed() != 0 { return .mouse(MouseEvent(.wheelUp, at: position)) }
      if event.bstate & parley_button5_pressed() != 0 { return .mouse(MouseEvent(.wheelDown, at: position)) }
      if event.bstate & parley_button1_pressed() != 0 { return .mouse(MouseEvent(.click, at: position)) }
      return nil
    default: return nil
    }
  }

  // MARK: - Output

  public func present(_ buffer: ScreenBuffer, cursor: Position?) {
    let rows = min(buffer.height, size.height)
    let columns = min(buffer.width, size.width)
    var line = [cchar_t](repeating: cchar_t(), count: max(1, columns))
    var characters = [wchar_t](repeating: 0, count: 6)
    for row in 0..<rows {
      if let shown, shown.width == buffer.width, shown.height == buffer.height, shown.row(row) == buffer.row(row) { continue }
      var count = 0
      var column = 0
      for cell in buffer.row(row) {
        defer { column += 1 }
        guard column < columns else { break }
        if cell.isContinuation { continue }
        var index = 0
        for scalar in cell.character.unicodeScalars where index < 5 {
          characters[index] = wchar_t(bitPattern: scalar.value)
          index += 1
        }
        characters[index] = 0
        // A wide character that would stick out of the last column becomes a space.
        if column == columns - 1, displayWidth.ofScalar(cell.character.unicodeScalars.first!) > 1 {
          characters[0] = 0x20
          characters[1] = 0
        }
        let (attributes, pair) = attributes(for: cell.style)
        setcchar(&line[count], characters, attributes, pair, nil)
        count += 1
      }
      mvwadd_wchnstr(window, Int32(row), 0, line, Int32(count))
    }
    shown = buffer
    if let cursor {
      if !cursorVisible { curs_set(1) }
      cursorVisible = true
      wmove(window, Int32(cursor.row), Int32(cursor.column))
    } else if cursorVisible {
      curs_set(0)
      cursorVisible = false
    }
    wnoutrefresh(window)
    doupdate()
  }

  private func attributes(for style: Style) -> (attr_t, Int16) {
    var attributes = parley_a_normal()
    if style.isBold { attributes |= parley_a_bold() }
    if style.isDim { attributes |= parley_a_dim() }
    if style.isUnderlined { attributes |= parley_a_underline() }
    if style.isReversed { attributes |= parley_a_reverse() }
    guard !monochrome, style.foreground != nil || style.background != nil else { return (attributes, 0) }
    return (attributes, pair(foreground: style.foreground, background: style.background))
  }

  private func pair(foreground: Color?, background: Color?) -> Int16 {
    let key = (foreground.map { $0.rawValue + 1 } ?? 0) * 16 + (background.map { $0.rawValue + 1 } ?? 0)
    if let existing = pairs[key] { return existing }
    let number = Int16(pairs.count + 1)
    guard Int(number) < parley_color_pairs() else { return 0 }
    init_pair(number, Int16(foreground?.rawValue ?? -1), Int16(background?.rawValue ?? -1))
    pairs[key] = number
    return number
  }

  /// The characters of a row as ncurses holds them (for the smoke test).
  func readBack(row: Int) -> String {
    var characters = [wchar_t](repeating: 0, count: size.width + 1)
    let count = mvwinnwstr(window, Int32(row), 0, &characters, Int32(size.width))
    guard count > 0 else { return "" }
    var text = ""
    for value in characters.prefix(Int(count)) {
      if let scalar = Unicode.Scalar(UInt32(bitPattern: value)) { text.unicodeScalars.append(scalar) }
    }
    while text.last == " " { text.removeLast() }
    return text
  }
}
