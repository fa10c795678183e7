/// The page debris that scraped articles carry, as data: every cleaning rule reads its words
/// from here, so adding a new site's boilerplate means adding a string, not code.
///
/// All phrases are compared with a line *normalised* by `DebrisRules.normalize` (lower case,
/// inner whitespace collapsed, trailing `:` `|` `»` `›` and spaces removed). See docs/formats.md.
public struct DebrisRules: Sendable {
  /// Whole lines removed wherever they appear: skip links, accessibility and share widgets.
  public var boilerplateLines: Set<String>
  /// Lines that introduce another article's title ("Read also:"): the marker line and the
  /// headline-like line after it are removed. `"Read also: Some title"` on one line is removed too.
  public var relatedMarkers: Set<String>
  /// Section and navigation words ("World", "Latest"): removed as a line at the start or end
  /// of an article; a line of three or more of them is a menu and is removed anywhere before the body.
  public var sectionWords: Set<String>
  /// Words that, after an optional count, open the reader-comments tail ("2 Comments").
  public var commentHeaders: Set<String>
  /// Comment-widget words that separate one reader comment from the next ("ReplyDelete").
  /// A line that starts with one of them (case-sensitive) also starts the comments tail.
  public var commentSeparators: [String]
  /// Substrings that mark a photo or agency credit line ("/Getty Images", "AFP via"); such
  /// a line is removed when it is short and does not end like a sentence. A line that is
  /// only an agency name ("Reuters") is a credit too.
  public var creditMarkers: [String]
  /// Agency names that form a credit when they are a whole line.
  public var agencyNames: Set<String>
  /// First words of time-stamp lines ("Updated 1 hour ago", "Published: 12 May"), removed
  /// when the line is short.
  public var timestampWords: Set<String>
  /// Beginnings of reader appeals ("Support The Daily Example!", "Sign up for our newsletter"):
  /// a short line (twelve words or fewer) starting with one is removed.
  public var appealPrefixes: [String]

  public init(
    boilerplateLines: Set<String>, relatedMarkers: Set<String>, sectionWords: Set<String>,
    commentHeaders: Set<String>, commentSeparators: [String], creditMarkers: [String] = [],
    agencyNames: Set<String> = [], timestampWords: Set<String> = [], appealPrefixes: [String] = []
  ) {
    self.appealPrefixes = appealPrefixes
    self.creditMarkers = creditMarkers
    self.agencyNames = agencyNames
    self.timestampWords = timestampWords
    self.boilerplateLines = boilerplateLines
    self.relatedMarkers = relatedMarkers
    self.sectionWords = sectionWords
    self.commentHeaders = commentHeaders
    self.commentSeparators = commentSeparators
  }

  /// The rules parley uses by default.
  public static let standard = DebrisRules(
    boilerplateLines: [
      "skip to content", "skip to main content", "skip to navigation", "skip to main navigation",
      "skip to footer", "jump to content", "jump to navigation", "accessibility links", "breaking news",
      "advertisement", "advertisements", "sponsored", "sponsored content", "scroll to continue",
      "scroll to continue with content", "continue reading", "share this article", "share this",
      "share", "share on facebook", "share on twitter", "share on x", "print", "email", "copy link",
      "listen to this article", "listen", "click to expand", "toggle navigation", "menu", "search",
      "sign in", "log in", "subscribe", "subscribe now", "support independent journalism",
      "follow us", "updated", "0:00", "close", "back to top", "open in app",
    ],
    relatedMarkers: [
      "read also", "also read", "read more", "more to read", "see also", "related", "related articles",
      "related stories", "related news", "related content", "recommended", "recommended for you",
      "you may also like", "you might also like", "read next", "more on this story", "more stories",
      "most read", "most popular", "trending", "what to read next", "also on",
    ],
    sectionWords: [
      "world", "latest", "news", "latest news", "top stories", "politics", "europe", "world news",
      "business", "opinion", "sport", "sports", "science", "society", "incidents", "culture", "economy",
      "tech", "technology", "health", "home", "video", "videos", "live", "analysis", "features",
      "russia", "ukraine", "us", "uk", "asia", "africa", "americas", "middle east", "more", "details",
      "lifestyle", "entertainment", "travel", "weather", "podcasts", "photos", "newsletters",
      "war in ukraine", "russia-ukraine war", "russia invades ukraine", "ukraine war",
    ],
    commentHeaders: [
      "comment", "comments", "reader comments", "leave a comment", "leave a reply", "add a comment",
      "post a comment", "join the conversation", "show comments", "view comments", "responses",
      "response", "replies", "thoughts on this article", "discussion",
    ],
    commentSeparators: ["ReplyDelete", "Replies", "Reply", "Delete"],
    creditMarkers: [
      "getty images", "/afp", "afp via", "/reuters", "reuters/", "/ap", "ap photo", "/epa", "epa-efe", "/pool",
      "shutterstock", "photo:", "photograph:", "image:", "credit:", "photo credit", "file photo", "/tass",
      "/sputnik", "/bloomberg", "via reuters", "/anadolu", "/imago", "image source",
    ],
    agencyNames: [
      "reuters", "ap", "afp", "associated press", "tass", "ria novosti", "sputnik", "bloomberg", "anadolu",
      "ukrinform", "interfax", "dpa", "efe", "xinhua", "getty images", "epa",
    ],
    timestampWords: ["updated", "published", "posted", "last updated", "first published", "modified"],
    appealPrefixes: [
      "support the ", "support our ", "support us", "subscribe to ", "subscribe for ", "sign up for ",
      "sign up to ", "donate ", "follow us on ", "download our app", "download the app", "join our ",
      "get our newsletter", "get the latest", "become a member", "already a subscriber", "you have read ",
      "we need your help", "make a donation",
    ])

  /// Lower case, collapsed whitespace, without trailing colons, pipes or chevrons.
  /// The longest line (in bytes) that a phrase list can match; longer lines skip the lookups.
  public static let maxPhraseBytes = 64

  /// Lines longer than 240 bytes are returned unchanged: no rule matches text that long, and
  /// lower-casing every paragraph of a large corpus is what made cleaning slow. ASCII lines
  /// are normalised on bytes.
  public static func normalize(_ line: String) -> String {
    let bytes = line.utf8
    guard bytes.count <= 240 else { return line }
    guard bytes.allSatisfy({ $0 < 0x80 }) else { return normalizeUnicode(line) }
    var out: [UInt8] = []
    out.reserveCapacity(bytes.count)
    for byte in bytes {
      if byte == 0x20 || byte == 0x09 {
        if let last = out.last, last != 0x20 { out.append(0x20) }
      } else {
        out.append(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte)
      }
    }
    while let last = out.last, last == 0x20 || last == UInt8(ascii: ":") || last == UInt8(ascii: "|") || last == UInt8(ascii: ">") {
      out.removeLast()
    }
    return String(decoding: out, as: UTF8.self)
  }

  private static func normalizeUnicode(_ line: String) -> String {
    var words = line.lowercased().split(whereSeparator: { $0 == " " || $0 == "\t" }).joined(separator: " ")
    while let last = words.last, last == ":" || last == "|" || last == "»" || last == "›" || last == " " || last == ">" {
      words.removeLast()
    }
    return words
  }

  /// Whether the (un-normalised) line is one of the phrases.
  public static func line(_ line: String, isIn phrases: Set<String>) -> Bool {
    line.utf8.count <= maxPhraseBytes && phrases.contains(normalize(line))
  }

  /// Whether the line is a comments header: "Comments", "2 Comments", "12 responses".
  public func isCommentHeader(_ line: String) -> Bool {
    guard line.utf8.count <= 48 else { return false }
    let normalized = Self.normalize(line)
    guard normalized.utf8.count <= 40 else { return false }
    let withoutCount = normalized.drop(while: { $0.isNumber || $0 == " " || $0 == "," })
    return commentHeaders.contains(String(withoutCount))
  }

  /// Whether the line starts with a comment-widget word ("ReplyDelete…").
  public func startsWithCommentSeparator(_ line: String) -> Bool {
    commentSeparators.contains { line.hasPrefix($0) && (line.count == $0.count || $0.count >= 10) }
  }

  /// Whether the line is a photo or agency credit ("Jane Roe/AFP via Getty Images", "Reuters").
  public func isCredit(_ line: String) -> Bool {
    // One sentence only: a caption followed by its credit is trimmed by the cleaner instead.
    guard line.utf8.count <= 160, line.utf8.last != UInt8(ascii: "."), !line.containsBytes(". ") else { return false }
    if Self.line(line, isIn: agencyNames) { return true }
    let normalized = Self.normalize(line)
    return creditMarkers.contains { normalized.containsBytes($0) }
  }

  /// Whether the line is a short time stamp: "UPDATED 1 HOUR AGO", "Published: 3 May 2025".
  public func isTimestamp(_ line: String) -> Bool {
    guard line.utf8.count <= 120, let first = line.utf8.first, (first | 0x20) >= UInt8(ascii: "a"),
      "uplmf".utf8.contains(first | 0x20)
    else { return false }
    let words = Self.normalize(line).split(whereSeparator: { $0 == " " || $0 == ":" })
    guard !words.isEmpty, words.count <= 8, !line.hasSuffix(".") else { return false }
    return timestampWords.contains(String(words[0]))
      || (words.count >= 2 && timestampWords.contains(words[0] + " " + words[1]))
  }

  /// Whether the line is a reader appeal: short and starting with one of `appealPrefixes`.
  public func isAppeal(_ line: String) -> Bool {
    guard line.utf8.count <= 120, !ArticleCleaner.wordCount(line, atLeast: 13) else { return false }
    let normalized = Self.normalize(line) + " "
    return appealPrefixes.contains { normalized.hasPrefix($0) }
  }

  /// Whether the line is a navigation menu: three or more words, nearly all section words.
  public func isMenu(_ line: String) -> Bool {
    guard line.utf8.count <= 240, line.utf8.last != UInt8(ascii: ".") else { return false }
    let words = Self.normalize(line).split(separator: " ")
    guard words.count >= 3 else { return false }
    let hits = words.filter { sectionWords.contains(String($0)) }.count
    return hits >= 3 && hits * 2 >= words.count
  }
}
