import ParleyCore
@testable import ParleySearch

/// libFuzzer target: the search tokenizer and stemmer on arbitrary bytes. Checks that every
/// token range lies inside the input, in order, and that folded tokens are bounded.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTokenize(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let bytes = UnsafeBufferPointer(start: data, count: size)
  var previousEnd = 0
  Tokenizer.forEachToken(in: bytes) { folded, range in
    precondition(range.lowerBound >= previousEnd && range.upperBound <= size && !range.isEmpty, "token range out of order")
    precondition(folded.count > 0 && folded.count <= Tokenizer.maxTokenBytes, "folded token length")
    previousEnd = range.upperBound
    _ = EnglishStemmer.stem(Array(folded))
  }
  let text = String(decoding: bytes, as: UTF8.self)
  for token in Tokenizer.tokens(text) { _ = EnglishStemmer.stem(token) }
  return 0
}
