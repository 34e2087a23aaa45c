// libFuzzer target over the whole check pipeline: bytes -> front matter -> Markdown -> components -> diagnostics.
// Built with `swift build --sanitize=fuzzer` (`make fuzz-build`), which compiles it as a library and links
// libFuzzer's main; a plain `swift build` links an empty program. No top-level code here.
// The fatalErrors below are the fuzzer's oracle, not error handling: this program exists only under libFuzzer,
// never in `standar`, and a broken invariant must abort so that libFuzzer saves the input that broke it.
import FuzzSupport
import StandarKit

private enum Target {
    static let site = FuzzSite(name: "check")
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCheck(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    Target.site.setService(UnsafeBufferPointer(start: data, count: data == nil ? 0 : size))
    let result = Checker.run(root: Target.site.root, today: FuzzSite.today)
    // Every diagnostic names a file and a 1-based line.
    for d in result.diagnostics where d.file.isEmpty || d.line < 1 || d.column < 1 {
        fatalError("diagnostic without a place: \(d)")
    }
    return 0
}
