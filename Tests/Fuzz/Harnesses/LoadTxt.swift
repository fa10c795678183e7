/// libFuzzer target: one .txt file through the loader (decode, read, clean, split) with the
/// article invariants of FuzzInvariants. Built and run by Tests/Fuzz/run.sh.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzLoadTxt(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  FuzzInvariants.load(data, size, ext: "txt")
  return 0
}
