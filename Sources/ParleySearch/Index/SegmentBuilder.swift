/// Builds one `Segment` from documents added in order.
///
/// Per document: tokenize title and body, look each folded word up in `forms` (stemming
/// only words never seen before), count term frequencies, group positions by key with a
/// counting sort, then append to each touched list its `docDelta, tf` (document stream) and
/// its position deltas (position stream); every `Segment.skipInterval`-th document of a list
/// also records a `SkipEntry`. O(tokens) per document, no per-document sort. Two consecutive
/// common words also add a pair term at the first one's position (see `WordPairs`).
struct SegmentBuilder {
  private var stems = TermTable(capacity: 1 << 12)
  private var forms = TermTable(capacity: 1 << 12)
  private var formStem: [Int32] = []
  private let lists = ListPool()
  private let positionLists = ListPool()
  private var skips: [[SkipEntry]] = []
  private var lastDocument: [Int32] = []
  private var documentFrequency: [UInt32] = []
  private var termFrequency: [UInt32] = []
  private var lastPosition: [UInt32] = []
  private let formLists = ListPool()
  private var formLastDocument: [Int32] = []
  private var formFrequency: [UInt32] = []
  private var fieldLengths: [[UInt32]] = [[], []]
  private var documentCount = 0
  // Per-document scratch, in raw buffers so the token loop does no array bookkeeping.
  private let scratch = TokenScratch()
  private var touched: [UInt32] = []
  private var touchedForms: [Int32] = []
  /// Per stem, its slot in `WordPairs.stems`, or -1 for a stem that forms no pairs.
  private var pairSlot: [Int8] = []
  /// Pair term stem ids by `first slot * WordPairs.stems.count + second slot`, -1 until seen.
  private var pairStems = [Int32](repeating: -1, count: WordPairs.stems.count * WordPairs.stems.count)

  init() {}

  /// Adds the next document (number `documentCount`).
  mutating func add(title: String, body: String) {
    // A token takes at least one byte and a separator, and adds at most one pair term.
    scratch.reserve(tokens: title.utf8.count + body.utf8.count + 8)
    var tokenCount = 0
    tokenize(title, field: 0, count: &tokenCount)
    tokenize(body, field: 1, count: &tokenCount)
    let document = Int32(documentCount)
    let keys = scratch.keys
    let positions = scratch.positions
    let grouped = scratch.grouped
    // Pass 1: term frequencies per key; touched keys in first-seen order.
    termFrequency.withUnsafeMutableBufferPointer { tf in
      for i in 0..<tokenCount {
        let key = Int(keys[i])
        if tf[key] == 0 { touched.append(UInt32(key)) }
        tf[key] &+= 1
      }
    }
    // Group positions by key (counting sort): `lastPosition` holds each key's write cursor.
    termFrequency.withUnsafeBufferPointer { tf in
      lastPosition.withUnsafeMutableBufferPointer { cursor in
        var next: UInt32 = 0
        for key in touched {
          cursor[Int(key)] = next
          next &+= tf[Int(key)]
        }
        for i in 0..<tokenCount {
          let k = Int(keys[i])
          grouped[Int(cursor[k])] = positions[i]
          cursor[k] &+= 1
        }
      }
    }
    // Pass 2: encode each (key, document) posting, then one append per list. The per-key
    // arrays are written through raw buffers: a subscript store per posting would check
    // the array's uniqueness every time.
    var groupStart = 0
    let lists = self.lists
    let positionLists = self.positionLists
    // Taken out of `self` (not copied) so that clearing it below never reallocates.
    var touchedKeys: [UInt32] = []
    swap(&touchedKeys, &touched)
    lastDocument.withUnsafeMutableBufferPointer { lastDocument in
      documentFrequency.withUnsafeMutableBufferPointer { documentFrequency in
        termFrequency.withUnsafeMutableBufferPointer { termFrequency in
          for key in touchedKeys {
            let k = Int(key)
            let tf = Int(termFrequency[k])
            let bytes = lists.writePointer(k, room: 10)
            var n = VarInt.write(UInt32(document - lastDocument[k]), to: bytes, at: 0)
            n = VarInt.write(UInt32(tf), to: bytes, at: n)
            lists.commit(k, n)
            let positionBytes = positionLists.writePointer(k, room: 5 * tf)
            n = 0
            var previous: UInt32 = 0
            for i in groupStart..<(groupStart + tf) {
              let position = grouped[i]
              n = VarInt.write(position &- previous, to: positionBytes, at: n)
              previous = position
            }
            positionLists.commit(k, n)
            groupStart += tf
            lastDocument[k] = document
            documentFrequency[k] += 1
            termFrequency[k] = 0
          }
        }
      }
    }
    for key in touchedKeys where documentFrequency[Int(key)] % Segment.skipInterval == 0 {
      // Offsets relative to the list for now; `finish` makes them absolute.
      let k = Int(key)
      skips[k].append(
        SkipEntry(
          document: document, offset: UInt32(lists.byteCount(k)), positionOffset: UInt32(positionLists.byteCount(k))))
    }
    touchedKeys.removeAll(keepingCapacity: true)
    touched = touchedKeys
    // Exact forms.
    let forms = scratch.forms
    let formLists = self.formLists
    formFrequency.withUnsafeMutableBufferPointer { frequency in
      for i in 0..<tokenCount {
        let form = Int(forms[i])
        if form < 0 { continue }  // a pair term
        if frequency[form] == 0 { touchedForms.append(Int32(form)) }
        frequency[form] &+= 1
      }
      formLastDocument.withUnsafeMutableBufferPointer { formLastDocument in
        for form in touchedForms {
          let f = Int(form)
          let bytes = formLists.writePointer(f, room: 10)
          var n = VarInt.write(UInt32(document - formLastDocument[f]), to: bytes, at: 0)
          n = VarInt.write(frequency[f], to: bytes, at: n)
          formLists.commit(f, n)
          formLastDocument[f] = document
          frequency[f] = 0
        }
      }
    }
    touchedForms.removeAll(keepingCapacity: true)
    documentCount += 1
  }

  private mutating func tokenize(_ text: String, field: Int, count: inout Int) {
    var text = text
    var position: UInt32 = 0
    let keys = scratch.keys
    let positions = scratch.positions
    let formIDs = scratch.forms
    var n = count
    var previousSlot: Int8 = -1
    text.withUTF8 { bytes in
      Tokenizer.forEachToken(in: bytes) { folded, _ in
        let (form, isNew) = forms.insert(folded)
        if isNew { addForm(folded) }
        let stem = formStem[Int(form)]
        let slot = pairSlot[Int(stem)]
        if slot >= 0 && previousSlot >= 0 {
          keys[n] = UInt32(Segment.key(stem: pairStem(previousSlot, slot), field: field))
          positions[n] = position - 1
          formIDs[n] = -1
          n += 1
        }
        previousSlot = slot
        keys[n] = UInt32(Segment.key(stem: stem, field: field))
        positions[n] = position
        formIDs[n] = form
        n += 1
        position += 1
      }
    }
    count = n
    fieldLengths[field].append(position)
  }

  /// The stem id of the pair term of two common-word slots, added on first use.
  private mutating func pairStem(_ first: Int8, _ second: Int8) -> Int32 {
    let index = Int(first) * WordPairs.stems.count + Int(second)
    let known = pairStems[index]
    if known >= 0 { return known }
    let (stem, isNew) = stems.insert(WordPairs.key(WordPairs.stems[Int(first)], WordPairs.stems[Int(second)]))
    if isNew { addStemLists(pairSlot: -1) }
    pairStems[index] = stem
    return stem
  }

  private mutating func addForm(_ folded: UnsafeBufferPointer<UInt8>) {
    let stemBytes = EnglishStemmer.stem(Array(folded))
    let (stem, isNewStem) = stems.insert(stemBytes)
    formStem.append(stem)
    formLists.addList()
    formLastDocument.append(-1)
    formFrequency.append(0)
    if isNewStem {
      addStemLists(pairSlot: Int8(WordPairs.stems.firstIndex(of: stemBytes) ?? -1))
    }
  }

  /// Adds the title and body lists of a new stem.
  private mutating func addStemLists(pairSlot slot: Int8) {
    pairSlot.append(slot)
    for _ in 0..<2 {
      lists.addList()
      positionLists.addList()
      skips.append([])
      lastDocument.append(-1)
      documentFrequency.append(0)
      termFrequency.append(0)
      lastPosition.append(0)
    }
  }

  /// Flattens the lists into a `Segment`.
  consuming func finish() -> Segment {
    var postings: [UInt8] = []
    postings.reserveCapacity(lists.totalBytes + 8)
    var postingStarts: [UInt32] = [0]
    postingStarts.reserveCapacity(lists.count + 1)
    for index in 0..<lists.count {
      postings.append(contentsOf: lists.bytes(index))
      lists.release(index)
      postingStarts.append(UInt32(postings.count))
    }
    postings.append(contentsOf: repeatElement(0, count: 8))  // padding for VarInt.skip
    var positions: [UInt8] = []
    positions.reserveCapacity(positionLists.totalBytes + 8)
    var positionStarts: [UInt32] = [0]
    positionStarts.reserveCapacity(positionLists.count + 1)
    var skipEntries: [SkipEntry] = []
    skipEntries.reserveCapacity(skips.reduce(0) { $0 + $1.count })
    var skipStarts: [UInt32] = [0]
    skipStarts.reserveCapacity(positionLists.count + 1)
    for index in 0..<positionLists.count {
      let base = UInt32(positions.count)
      for entry in skips[index] {
        skipEntries.append(
          SkipEntry(
            document: entry.document, offset: entry.offset + postingStarts[index],
            positionOffset: entry.positionOffset + base))
      }
      skipStarts.append(UInt32(skipEntries.count))
      positions.append(contentsOf: positionLists.bytes(index))
      positionLists.release(index)
      positionStarts.append(UInt32(positions.count))
    }
    positions.append(contentsOf: repeatElement(0, count: 8))
    skips = []
    var formsPerStem = [UInt32](repeating: 0, count: stems.count)
    for stem in formStem { formsPerStem[Int(stem)] += 1 }
    let formIsWholeStem = formStem.map { formsPerStem[Int($0)] == 1 }
    var formPostings: [UInt8] = []
    var formStarts: [UInt32] = [0]
    formStarts.reserveCapacity(formLists.count + 1)
    formPostings.reserveCapacity(formLists.totalBytes)
    for index in 0..<formLists.count {
      if !formIsWholeStem[index] { formPostings.append(contentsOf: formLists.bytes(index)) }
      formLists.release(index)
      formStarts.append(UInt32(formPostings.count))
    }
    stems.shrink()
    forms.shrink()
    return Segment(
      documentCount: documentCount, stems: stems, forms: forms, formStem: formStem, postings: postings,
      postingStarts: postingStarts, positions: positions, positionStarts: positionStarts, skips: skipEntries,
      skipStarts: skipStarts, documentFrequency: documentFrequency.compacted(), formPostings: formPostings.compacted(),
      formStarts: formStarts, formIsWholeStem: formIsWholeStem, fieldLengths: fieldLengths.map { $0.compacted() })
  }
}

/// Raw per-document buffers of a `SegmentBuilder`, grown geometrically.
private final class TokenScratch {
  private(set) var keys = UnsafeMutablePointer<UInt32>.allocate(capacity: 1)
  private(set) var positions = UnsafeMutablePointer<UInt32>.allocate(capacity: 1)
  private(set) var forms = UnsafeMutablePointer<Int32>.allocate(capacity: 1)
  private(set) var grouped = UnsafeMutablePointer<UInt32>.allocate(capacity: 1)
  private(set) var bytes = UnsafeMutablePointer<UInt8>.allocate(capacity: 64)
  private var tokenCapacity = 1
  private var byteCapacity = 64

  func reserve(tokens: Int) {
    guard tokens > tokenCapacity else { return }
    let capacity = max(tokens, tokenCapacity * 2)
    keys.deallocate(); positions.deallocate(); forms.deallocate(); grouped.deallocate()
    keys = .allocate(capacity: capacity)
    positions = .allocate(capacity: capacity)
    forms = .allocate(capacity: capacity)
    grouped = .allocate(capacity: capacity)
    tokenCapacity = capacity
  }

  func reserve(bytes count: Int) {
    guard count > byteCapacity else { return }
    byteCapacity = max(count, byteCapacity * 2)
    bytes.deallocate()
    bytes = .allocate(capacity: byteCapacity)
  }

  deinit {
    keys.deallocate(); positions.deallocate(); forms.deallocate(); grouped.deallocate(); bytes.deallocate()
  }
}
