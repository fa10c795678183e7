/// Articles that try to drive the terminal: escape sequences and bidi overrides in titles,
/// metadata, bodies and file names, in every format parley reads.
enum HostileArticles {
  /// Sequences a hostile article might carry: colour, clear screen, window title (OSC 0),
  /// clipboard write (OSC 52), hyperlink (OSC 8), 8-bit CSI, bell, backspace, carriage
  /// return, right-to-left override and isolates.
  static let payloads = [
    "\u{1B}[31m", "\u{1B}[2J\u{1B}[H", "\u{1B}]0;owned\u{07}", "\u{1B}]52;c;ZXZpbA==\u{07}",
    "\u{1B}]8;;http://evil.example\u{1B}\\", "\u{9B}6n", "\u{07}", "\u{08}\u{08}", "\r", "\u{202E}", "\u{2066}",
    "\u{1B}P+q\u{1B}\\", "\u{7F}",
  ]
  static var all: String { payloads.joined() }

  /// Body text with every payload mixed into sentences a search, entity and stance pass finds.
  static func body(_ n: Int) -> [String] {
    [
      "The Kremlin\(all) said on Monday it rejected the ceasefire proposal\(payloads[n % payloads.count]). Officials in Kyiv said talks would go on.",
      "“We support a ceasefire\(payloads[(n + 3) % payloads.count]),” Zelensky said in Kyiv. Trump said NATO\(payloads[(n + 5) % payloads.count]) must pay more.",
      "Moscow\u{1B}[8m hidden \u{1B}[0m insisted that Crimea was not negotiable\(all).",
    ]
  }

  static func title(_ n: Int) -> String { "Ceasefire talks \(n)\(all) stall" }

  /// Files in every format: relative path → bytes.
  static func files() -> [(String, String)] {
    var files: [(String, String)] = []
    files.append(("plain.txt", title(1) + "\n\nBy Ana\u{1B}[5m Ruiz\n\n" + body(1).joined(separator: "\n\n") + "\n"))
    files.append(
      ("front.md", "---\ntitle: \"\(title(2))\"\nsource: Wire\u{1B}]0;x\u{07}\ndate: 2025-04-02\nauthor: Bo\u{202E}b\n---\n\n" + body(2).joined(separator: "\n\n")))
    func json(_ s: String) -> String {
      var out = ""
      for scalar in s.unicodeScalars {
        switch scalar {
        case "\"": out += "\\\""
        case "\\": out += "\\\\"
        case _ where scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value):
          out += "\\u" + String(repeating: "0", count: 4 - String(scalar.value, radix: 16).count) + String(scalar.value, radix: 16)
        default: out.unicodeScalars.append(scalar)
        }
      }
      return out
    }
    let object = { (n: Int) in
      "{\"title\":\"\(json(title(n)))\",\"source\":\"Desk\(json(HostileArticles.all))\",\"author\":\"\(json("Eve\u{1B}[2J"))\",\"body\":\"\(json(body(n).joined(separator: "\n\n")))\",\"comments\":[\"\(json("nice\u{1B}]0;t\u{07}"))\"]}"
    }
    files.append(("object.json", object(3)))
    files.append(("lines.jsonl", object(4) + "\n" + object(5) + "\n"))
    func xmlText(_ s: String) -> String {
      // Raw control bytes are not legal XML, so feeds smuggle them as character references too.
      s.unicodeScalars.map { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) ? "&#\($0.value);" : String($0) }.joined()
        .replacingOccurrences(of: "<", with: "&lt;")
    }
    files.append(
      ("feed.rss",
        "<?xml version=\"1.0\"?><rss><channel><title>Feed\u{1B}[31m</title><item><title>\(xmlText(title(6)))</title><description>&lt;p&gt;\(xmlText(body(6)[0]))&lt;/p&gt;&lt;p&gt;\(body(6)[1])&lt;/p&gt;</description><author>\u{1B}]0;a\u{07}x</author></item></channel></rss>"))
    files.append(
      ("page.html",
        "<html><head><title>\(xmlText(title(7)))</title><meta name=\"author\" content=\"&#27;[31mMal\"></head><body><article><h1>\(title(7))</h1>"
          + body(7).map { "<p>\(xmlText($0))</p><p>\($0)</p>" }.joined() + "</article></body></html>"))
    // The file name itself carries an OSC title sequence and a bidi override.
    files.append(("named\u{1B}]0;owned\u{07}\u{202E}txt.txt", title(8) + "\n\n" + body(8).joined(separator: "\n\n")))
    return files
  }
}
