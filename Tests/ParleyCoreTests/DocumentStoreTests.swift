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

  @Test("Two files with the same stem in different folders both load")
  func sameStem() throws {
    let scratch = ScratchFolder()
    scratch.write("x/story.txt", "First story headline here\nOne body.\n")
    scratch.write("y/story.md", "# Second story headline\n\nTwo body.\n")
    let store = DocumentStore(articles: try Fixture.load(scratch.path).articles)
    #expect(store.articles.map(\.id) == ["story", "story~2"])
    #expect(store.article(id: "story~2")?.title == "Second story headline")
  }
}
