/// libFuzzer target: one .xml file through the loader (decode, read, clean, split) with the
/// article invariants of FuzzInvariants. Built and run by Tests/Fuzz/run.sh.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzLoadFeed(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  FuzzInvariants.load(data, size, ext: "xml")
  return 0
}
