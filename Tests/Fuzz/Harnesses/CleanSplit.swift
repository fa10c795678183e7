@testable import ParleyCore

/// libFuzzer target: the sanitizer, the cleaner and the sentence splitter on arbitrary lines,
/// with a derived headline; checks printable output and sentence ranges.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCleanSplit(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
  let clean = TextSanitizer.clean(text)
  FuzzInvariants.checkPrintable(clean, allowNewline: true, "sanitizer let a control character through")
  precondition(TextSanitizer.clean(clean) == clean, "sanitizing twice changed the text")
  let ranges = SentenceSplitter().split(clean)
  FuzzInvariants.checkRanges(ranges, within: clean.utf8.count, "splitter range outside the text")
  var draft = ArticleDraft(lines: text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init), detectHeadline: size % 2 == 0)
  draft.needsSanitizing = true
  if let article = ArticleBuilder().build(draft, id: "fuzz", path: "fuzz.txt") { FuzzInvariants.check(article) }
  return 0
}
