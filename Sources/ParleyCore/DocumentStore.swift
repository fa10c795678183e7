/// The loaded corpus: articles in load order, addressable by id.
///
/// A value type; the index (ParleySearch) and analyses (ParleyAnalysis) are built from it
/// and refer to articles by their position (`DocumentStore.Index`) or their `id`.
public struct DocumentStore: Sendable {
  public typealias Index = Int

  public private(set) var articles: [Article]
  private var positionByID: [String: Int]

  public init(articles: [Article] = []) {
    self.articles = []
    self.positionByID = [:]
    for article in articles { add(article) }
  }

  public var count: Int { articles.count }
  public var isEmpty: Bool { articles.isEmpty }

  public subscript(position: Index) -> Article { articles[position] }

  /// The article with the given id, if loaded.
  public func article(id: String) -> Article? {
    positionByID[id].map { articles[$0] }
  }

  /// The position of the article with the given id.
  public func position(of id: String) -> Index? { positionByID[id] }

  /// Adds an article; an id that is already taken gets a `~2`, `~3`… suffix.
  public mutating func add(_ article: Article) {
    var article = article
    if positionByID[article.id] != nil {
      var n = 2
      while positionByID["\(article.id)~\(n)"] != nil { n += 1 }
      article.id = "\(article.id)~\(n)"
    }
    positionByID[article.id] = articles.count
    articles.append(article)
  }
}
