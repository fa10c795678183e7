import ParleyAnalysis
import ParleyCore

/// One display line of the article text pane.
public struct DocumentLine: Hashable, Sendable {
  /// Where the line's characters come from.
  public enum Content: Hashable, Sendable {
    case blank
    /// A range of the title.
    case title(TextRange)
    /// A range of the body.
    case body(TextRange)
    /// A range of reader comment number `index`.
    case comment(Int, TextRange)
    /// Text made for display (metadata, the comment rule).
    case label(String)
  }

  public var content: Content
  public var style: Style
  /// True when the line belongs to a sentence that carries a stance claim.
  public var claimMarker: Bool
  /// Party markers of the entities mentioned on this line, for the right-hand gutter.
  public var parties: [String]

  public init(_ content: Content, style: Style = .plain, claimMarker: Bool = false, parties: [String] = []) {
    self.content = content
    self.style = style
    self.claimMarker = claimMarker
    self.parties = parties
  }
}

/// An article laid out for the text pane at one width: wrapped lines plus highlight spans.
///
/// Built once per article, width and query; scrolling only picks a window of `lines`.
public struct ArticleDocument: Sendable {
  public let position: Int
  public let width: Int
  public private(set) var lines: [DocumentLine] = []
  /// Spans over the title, in drawing order (later wins).
  public private(set) var titleSpans: [StyledSpan] = []
  /// Spans over the body, in drawing order (later wins).
  public private(set) var bodySpans: [StyledSpan] = []
  /// Search hits (title first, then body), in reading order, each with the line it starts on.
  public private(set) var hits: [(field: ArticleField, range: TextRange, line: Int)] = []
  /// Width of the right-hand party gutter (0 when there are no entities).
  public let gutterWidth: Int

  /// Columns of text left of the gutter and right of the claim margin.
  public static let marginWidth = 2

  /// Lays out an article.
  ///
  /// - Parameters:
  ///   - width: the inner width of the text pane.
  ///   - highlights: where the active query matches this article, if a query is active.
  ///   - evidence: a sentence to highlight (followed from the comparison).
  public init(
    corpus: Corpus, position: Int, width: Int, highlights: Highlights?, evidence: TextRange?, measure: DisplayWidth
  ) {
    self.position = position
    self.width = width
    let article = corpus.store[position]
    let entities = corpus.entities(at: position)
    gutterWidth = (entities?.mentions.isEmpty ?? true) ? 0 : 6
    let textWidth = max(10, width - Self.marginWidth - gutterWidth - 1)
    let wrapper = TextWrapper(width: textWidth, measure: measure)
    let claims = corpus.claims(at: position)

    var titleMentions: [EntityMention] = []
    var bodyMentions: [EntityMention] = []
    for mention in entities?.mentions ?? [] {
      if mention.field == .title { titleMentions.append(mention) } else { bodyMentions.append(mention) }
    }
    bodyMentions.sort { $0.range < $1.range }

    // Spans: entities, then evidence, then hits (hits drawn on top).
    titleSpans = titleMentions.map { StyledSpan($0.range, Theme.entity($0.type)) }
    bodySpans = bodyMentions.map { StyledSpan($0.range, Theme.entity($0.type)) }
    if let evidence { bodySpans.append(StyledSpan(evidence, Theme.evidence)) }
    if let highlights {
      titleSpans += highlights.title.map { StyledSpan($0, Theme.searchHit) }
      bodySpans += highlights.body.map { StyledSpan($0, Theme.searchHit) }
    }

    // Title.
    for range in wrapper.wrap(article.title) {
      lines.append(DocumentLine(.title(range), style: Theme.headline, parties: corpus.parties.sorted(Self.parties(in: range, titleMentions))))
    }
    // Metadata.
    var meta = [article.source]
    if let date = article.date { meta.append(date) }
    if let author = article.author, !author.isEmpty { meta.append(author) }
    let voiced = position < corpus.voicedParties.count ? corpus.voicedParties[position] : []
    if !voiced.isEmpty { meta.append(voiced.map(corpus.parties.marker).joined(separator: " ")) }
    lines.append(DocumentLine(.label(meta.joined(separator: " · ")), style: Theme.metadata))
    lines.append(DocumentLine(.blank))

    // Body paragraphs, a blank line between them.
    var mentionCursor = 0
    for (index, paragraph) in article.paragraphs.enumerated() {
      if index > 0 { lines.append(DocumentLine(.blank)) }
      for range in wrapper.wrap(article.body, range: paragraph) {
        let marked = claims.contains { $0.overlaps(range) }
        while mentionCursor < bodyMentions.count, bodyMentions[mentionCursor].range.start < range.start { mentionCursor += 1 }
        var parties: [String] = []
        var cursor = mentionCursor
        while cursor < bodyMentions.count, bodyMentions[cursor].range.start < range.end {
          parties.append(bodyMentions[cursor].party)
          cursor += 1
        }
        lines.append(DocumentLine(.body(range), claimMarker: marked, parties: corpus.parties.sorted(parties)))
      }
    }

    // Reader comments, dimmed under a rule.
    if !article.comments.isEmpty {
      lines.append(DocumentLine(.blank))
      let label = " reader comments (\(article.comments.count)) "
      let rule = String(repeating: "─", count: 2) + label + String(repeating: "─", count: max(2, textWidth - measure.of(label) - 2))
      lines.append(DocumentLine(.label(rule), style: Theme.comment))
      for (index, comment) in article.comments.enumerated() {
        if index > 0 { lines.append(DocumentLine(.blank)) }
        for range in wrapper.wrap(comment) { lines.append(DocumentLine(.comment(index, range), style: Theme.comment)) }
      }
    }

    // Where each hit starts.
    if let highlights {
      for range in highlights.title { hits.append((.title, range, line(for: .title, offset: range.start) ?? 0)) }
      for range in highlights.body { hits.append((.body, range, line(for: .body, offset: range.start) ?? 0)) }
    }
  }

  /// The line showing the byte `offset` of the title or body.
  public func line(for field: ArticleField, offset: Int) -> Int? {
    var best: Int? = nil
    for (index, line) in lines.enumerated() {
      switch (field, line.content) {
      case (.title, .title(let range)), (.body, .body(let range)):
        if range.start <= offset { best = index }
        if range.start > offset { return best }
      default: continue
      }
    }
    return best
  }

  private static func parties(in range: TextRange, _ mentions: [EntityMention]) -> [String] {
    mentions.filter { range.overlaps($0.range) }.map(\.party)
  }
}
