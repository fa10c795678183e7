import Testing
@testable import ParleyCore

@Suite struct DocumentStoreTests {
  @Test("A duplicate id gets a suffix instead of replacing the first article")
  func duplicateIDs() {
    let a = Article(id: "a", title: "A", source: "s", path: "a.txt", body: "", paragraphs: [], sentences: [])
    let store = DocumentStore(articles: [a, a])
    #expect(store.count == 2)
    #expect(store[1].id == "a~2")
    #expect(store.article(id: "a~2")?.title == "A")
  }
}
