import ParleyCore

/// The JSON shape of an article in `parley list --json`.
struct ArticleSummaryJSON: Encodable {
  var id: String
  var title: String
  var source: String
  var date: String?
  var url: String?
  var author: String?
  var path: String
  var sentences: Int
  var comments: Int

  init(_ article: Article) {
    id = article.id
    title = article.title
    source = article.source
    date = article.date
    url = article.url
    author = article.author
    path = article.path
    sentences = article.sentences.count
    comments = article.comments.count
  }
}

/// The JSON shape of an article in `parley show --json`: metadata, body, paragraphs and
/// sentences with their UTF-8 byte ranges in `body`, and reader comments.
struct ArticleDetailJSON: Encodable {
  struct SentenceJSON: Encodable {
    var text: String
    var paragraph: Int
    var start: Int
    var end: Int
  }
  var id: String
  var title: String
  var source: String
  var date: String?
  var url: String?
  var author: String?
  var path: String
  var body: String
  var paragraphs: [String]
  var sentences: [SentenceJSON]
  var comments: [String]

  init(_ article: Article) {
    id = article.id
    title = article.title
    source = article.source
    date = article.date
    url = article.url
    author = article.author
    path = article.path
    body = article.body
    paragraphs = article.paragraphs.map { article.body.slice($0) }
    sentences = article.sentences.map {
      SentenceJSON(text: article.text(of: $0), paragraph: $0.paragraph, start: $0.range.start, end: $0.range.end)
    }
    comments = article.comments
  }
}
