/// Builds one `Segment` from documents added in order.
///
/// Per document: tokenize title and body, look each folded word up in `forms` (stemming
/// only words never seen before), then write postings in two passes over the document's
/// tokens — first counting term frequencies and writing each list's `docDelta, tf` header,
/// then appending position deltas in token order — so no per-document sort is needed.
struct SegmentBuilder {
  private var stems = TermTable(capacity: 1 << 15)
  private var forms = TermTable(capacity: 1 << 15)
  private var formStem: [Int32] = []
  private var lists: [[UInt8]] = []
  private var lastDocument: [Int32] = []
  private var documentFrequency: [UInt32] = []
  private var termFrequency: [UInt32] = []
  private var lastPosition: [UInt32] = []
  private var formLists: [[UInt8]] = []
  private var formLastDocument: [Int32] = []
  private var formFrequency: [UInt32] = []
  private var fieldLengths: [[UInt32]] = [[], []]
  private var documentCount = 0
  // Per-document scratch.
  private var keys: [UInt32] = []
  private var positions: [UInt32] = []
  private var formIDs: [Int32] = []
  private var touched: [UInt32] = []
  private var touchedForms: [Int32] = []

  init() {}

  /// Adds the next document (number `documentCount`).
  mutating func add(title: String, body: String) {
    keys.removeAll(keepingCapacity: true)
    positions.removeAll(keepingCapacity: true)
    formIDs.removeAll(keepingCapacity: true)
    for (field, text) in [title, body].enumerated() {
      var text = text
      var position: UInt32 = 0
      text.withUTF8 { bytes in
        Tokenizer.forEachToken(in: bytes) { folded, _ in
          let (form, isNew) = forms.insert(folded)
          if isNew { addForm(folded) }
          let stem = formStem[Int(form)]
          keys.append(UInt32(Segment.key(stem: stem, field: field)))
          positions.append(position)
          formIDs.append(form)
          position += 1
        }
      }
      fieldLengths[field].append(position)
    }
    let document = Int32(documentCount)
    // Pass 1: term frequencies, then each list's header.
    for key in keys {
      if termFrequency[Int(key)] == 0 { touched.append(key) }
      termFrequency[Int(key)] += 1
    }
    for key in touched {
      let k = Int(key)
      VarInt.append(UInt32(document - lastDocument[k]), to: &lists[k])
      VarInt.append(termFrequency[k], to: &lists[k])
      lastDocument[k] = document
      documentFrequency[k] += 1
      termFrequency[k] = 0
      lastPosition[k] = 0
    }
    touched.removeAll(keepingCapacity: true)
    // Pass 2: positions, in order.
    for index in keys.indices {
      let k = Int(keys[index])
      let position = positions[index]
      VarInt.append(position - lastPosition[k], to: &lists[k])
      lastPosition[k] = position
    }
    // Exact forms.
    for form in formIDs {
      if formFrequency[Int(form)] == 0 { touchedForms.append(form) }
      formFrequency[Int(form)] += 1
    }
    for form in touchedForms {
      let f = Int(form)
      VarInt.append(UInt32(document - formLastDocument[f]), to: &formLists[f])
      VarInt.append(formFrequency[f], to: &formLists[f])
      formLastDocument[f] = document
      formFrequency[f] = 0
    }
    touchedForms.removeAll(keepingCapacity: true)
    documentCount += 1
  }

  private mutating func addForm(_ folded: UnsafeBufferPointer<UInt8>) {
    let (stem, isNewStem) = stems.insert(EnglishStemmer.stem(Array(folded)))
    formStem.append(stem)
    formLists.append([])
    formLastDocument.append(-1)
    formFrequency.append(0)
    if isNewStem {
      for _ in 0..<2 {
        lists.append([])
        lastDocument.append(-1)
        documentFrequency.append(0)
        termFrequency.append(0)
        lastPosition.append(0)
      }
    }
  }

  /// Flattens the lists into a `Segment`.
  consuming func finish() -> Segment {
    var postings: [UInt8] = []
    postings.reserveCapacity(lists.reduce(0) { $0 + $1.count })
    var postingStarts: [UInt32] = [0]
    postingStarts.reserveCapacity(lists.count + 1)
    for index in lists.indices {
      postings.append(contentsOf: lists[index])
      lists[index] = []
      postingStarts.append(UInt32(postings.count))
    }
    lists = []
    var formsPerStem = [UInt32](repeating: 0, count: stems.count)
    for stem in formStem { formsPerStem[Int(stem)] += 1 }
    let formIsWholeStem = formStem.map { formsPerStem[Int($0)] == 1 }
    var formPostings: [UInt8] = []
    var formStarts: [UInt32] = [0]
    formStarts.reserveCapacity(formLists.count + 1)
    for index in formLists.indices {
      if !formIsWholeStem[index] { formPostings.append(contentsOf: formLists[index]) }
      formLists[index] = []
      formStarts.append(UInt32(formPostings.count))
    }
    formLists = []
    stems.shrink()
    forms.shrink()
    return Segment(
      documentCount: documentCount, stems: stems, forms: forms, formStem: formStem, postings: postings,
      postingStarts: postingStarts, documentFrequency: documentFrequency, formPostings: Array(formPostings),
      formStarts: formStarts, formIsWholeStem: formIsWholeStem, fieldLengths: fieldLengths.map { Array($0) })
  }
}
