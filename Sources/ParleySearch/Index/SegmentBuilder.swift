/// Builds one `Segment` from documents added in order.
///
/// Per document: tokenize title and body, look each folded word up in `forms` (stemming
/// only words never seen before), then write postings in two passes over the document's
/// tokens — first counting term frequencies and writing each list's `docDelta, tf` header,
/// then appending position deltas in token order — so no per-document sort is needed.
struct SegmentBuilder {
  private var stems = TermTable(capacity: 1 << 12)
  private var forms = TermTable(capacity: 1 << 12)
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
  private var grouped: [UInt32] = []
  private var encoded: [UInt8] = []

  init() {}

  /// Adds the next document (number `documentCount`).
  mutating func add(title: String, body: String) {
    keys.removeAll(keepingCapacity: true)
    positions.removeAll(keepingCapacity: true)
    formIDs.removeAll(keepingCapacity: true)
    tokenize(title, field: 0)
    tokenize(body, field: 1)
    let document = Int32(documentCount)
    let tokenCount = keys.count
    // Pass 1: term frequencies per key; touched keys in first-seen order.
    termFrequency.withUnsafeMutableBufferPointer { tf in
      keys.withUnsafeBufferPointer { keys in
        for key in keys {
          if tf[Int(key)] == 0 { touched.append(key) }
          tf[Int(key)] &+= 1
        }
      }
    }
    // Group positions by key (counting sort): `lastPosition` holds each key's write cursor.
    grouped.removeAll(keepingCapacity: true)
    grouped.append(contentsOf: repeatElement(0, count: tokenCount))
    termFrequency.withUnsafeBufferPointer { tf in
      lastPosition.withUnsafeMutableBufferPointer { cursor in
        var next: UInt32 = 0
        for key in touched {
          cursor[Int(key)] = next
          next += tf[Int(key)]
        }
        grouped.withUnsafeMutableBufferPointer { grouped in
          keys.withUnsafeBufferPointer { keys in
            positions.withUnsafeBufferPointer { positions in
              for i in 0..<tokenCount {
                let k = Int(keys[i])
                grouped[Int(cursor[k])] = positions[i]
                cursor[k] &+= 1
              }
            }
          }
        }
      }
    }
    // Pass 2: one access per (key, document): header, then position deltas.
    var groupStart = 0
    grouped.withUnsafeBufferPointer { grouped in
      for key in touched {
        let k = Int(key)
        let tf = termFrequency[k]
        SegmentBuilder.appendPosting(
          to: &lists[k], documentDelta: UInt32(document - lastDocument[k]), positions: grouped, range: groupStart..<(groupStart + Int(tf)))
        groupStart += Int(tf)
        lastDocument[k] = document
        documentFrequency[k] += 1
        termFrequency[k] = 0
      }
    }
    touched.removeAll(keepingCapacity: true)
    // Exact forms.
    formFrequency.withUnsafeMutableBufferPointer { frequency in
      formIDs.withUnsafeBufferPointer { forms in
        for form in forms {
          if frequency[Int(form)] == 0 { touchedForms.append(form) }
          frequency[Int(form)] &+= 1
        }
      }
    }
    for form in touchedForms {
      let f = Int(form)
      SegmentBuilder.appendPair(to: &formLists[f], UInt32(document - formLastDocument[f]), formFrequency[f])
      formLastDocument[f] = document
      formFrequency[f] = 0
    }
    touchedForms.removeAll(keepingCapacity: true)
    documentCount += 1
  }

  private static func appendPosting(
    to list: inout [UInt8], documentDelta: UInt32, positions: UnsafeBufferPointer<UInt32>, range: Range<Int>
  ) {
    VarInt.append(documentDelta, to: &list)
    VarInt.append(UInt32(range.count), to: &list)
    var previous: UInt32 = 0
    for i in range {
      let position = positions[i]
      VarInt.append(position &- previous, to: &list)
      previous = position
    }
  }

  private static func appendPair(to list: inout [UInt8], _ first: UInt32, _ second: UInt32) {
    VarInt.append(first, to: &list)
    VarInt.append(second, to: &list)
  }

  private mutating func tokenize(_ text: String, field: Int) {
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
      postingStarts: postingStarts, documentFrequency: documentFrequency.compacted(), formPostings: formPostings.compacted(),
      formStarts: formStarts, formIsWholeStem: formIsWholeStem, fieldLengths: fieldLengths.map { $0.compacted() })
  }
}
