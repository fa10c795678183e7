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

  public init(
    boilerplateLines: Set<String>, relatedMarkers: Set<String>, sectionWords: Set<String>,
    commentHeaders: Set<String>, commentSeparators: [String]
  ) {
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
    commentSeparators: ["ReplyDelete", "Replies", "Reply", "Delete"])

  /// Lower case, collapsed whitespace, without trailing colons, pipes or chevrons.
  public static func normalize(_ line: String) -> String {
    var words = line.lowercased().split(whereSeparator: { $0 == " " || $0 == "\t" }).joined(separator: " ")
    while let last = words.last, last == ":" || last == "|" || last == "»" || last == "›" || last == " " || last == ">" {
      words.removeLast()
    }
    return words
  }

  /// Whether the line is a comments header: "Comments", "2 Comments", "12 responses".
  public func isCommentHeader(_ line: String) -> Bool {
    let normalized = Self.normalize(line)
    guard normalized.utf8.count <= 40 else { return false }
    let withoutCount = normalized.drop(while: { $0.isNumber || $0 == " " || $0 == "," })
    return commentHeaders.contains(String(withoutCount))
  }

  /// Whether the line starts with a comment-widget word ("ReplyDelete…").
  public func startsWithCommentSeparator(_ line: String) -> Bool {
    commentSeparators.contains { line.hasPrefix($0) && (line.count == $0.count || $0.count >= 10) }
  }

  /// Whether the line is a navigation menu: three or more words, nearly all section words.
  public func isMenu(_ line: String) -> Bool {
    let words = Self.normalize(line).split(separator: " ")
    guard words.count >= 3 else { return false }
    let hits = words.filter { sectionWords.contains(String($0)) }.count
    return hits >= 3 && hits * 2 >= words.count
  }
}
