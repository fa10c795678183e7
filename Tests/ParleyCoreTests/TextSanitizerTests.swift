import Testing
@testable import ParleyCore

@Suite struct TextSanitizerTests {
  @Test("Terminal escape sequences and control characters are removed")
  func escapes() {
    let nasty = "Red\u{1B}[31mALERT\u{1B}[0m title\u{1B}]0;owned\u{07} and \u{1B}]8;;http://x\u{1B}\\link\u{1B}]8;;\u{1B}\\ bell\u{07}\u{08}\u{7F}!"
    #expect(TextSanitizer.clean(nasty) == "RedALERT title and link bell!")
  }

  @Test("8-bit C1 controls, including CSI, are removed")
  func c1() {
    #expect(TextSanitizer.clean("a\u{9B}2Jb\u{85}c\u{9D}title\u{9C}d") == "abcd")
  }

  @Test("Bidi overrides, isolates and zero-width characters are removed")
  func bidi() {
    #expect(TextSanitizer.clean("safe\u{202E}txt.exe\u{202C} \u{2066}x\u{2069}\u{200B}y\u{FEFF}\u{200F}") == "safetxt.exe xy")
  }

  @Test("Tabs become spaces; CRLF, CR and line separators become newlines; no-break spaces become spaces")
  func whitespace() {
    #expect(TextSanitizer.clean("a\tb\r\nc\rd\u{2028}e\u{00A0}f") == "a b\nc\nd\ne f")
  }

  @Test("Ordinary text, quotes and non-Latin letters pass unchanged")
  func unchanged() {
    let text = "“Kyiv’s” plan — Київ, Москва, 北京 😀 café"
    #expect(TextSanitizer.clean(text) == text)
  }
}
