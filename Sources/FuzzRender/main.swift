// libFuzzer target over page rendering of a service: bytes -> standard -> HTML page, whatever the diagnostics.
// Built with `swift build --sanitize=fuzzer` (`make fuzz-build`), which compiles it as a library and links
// libFuzzer's main; a plain `swift build` links an empty program. No top-level code here.
// The fatalErrors below are the fuzzer's oracle, not error handling: this program exists only under libFuzzer,
// never in `standar`, and a broken invariant must abort so that libFuzzer saves the input that broke it.
import FuzzSupport
import StandarKit

private struct Setup: Sendable {
    let site = FuzzSite(name: "render")
    let templates: TemplateSet
    let contexts: PageContexts
    let loader: SiteLoader
    let header: SiteLoader.Header

    init() {
        loader = SiteLoader(root: site.root)
        header = loader.loadHeader()
        let (theme, _) = Theme.load(root: site.root, name: nil)
        guard let templates = TemplateSet(sources: theme.templates.mapValues(\.text)) else {
            fatalError("the default theme does not compile")
        }
        self.templates = templates
        let model = SiteModel(config: header.config, opds: header.opds, services: [], baseURL: "https://contoh.go.id/")
        contexts = PageContexts(model: model, cssAsset: "assets/gaya.css", jsAsset: "assets/cari.js")
    }
}

private enum Target {
    static let setup = Setup()
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzRender(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let setup = Target.setup
    setup.site.setService(UnsafeBufferPointer(start: data, count: data == nil ? 0 : size))
    guard let opd = setup.header.opds.first else { fatalError("the scratch site has no OPD") }
    setup.loader.streamServices(setup.header, process: { $0 }, consume: { loaded in
        guard let standard = loaded.standard else { return }
        let summary = ServiceSummary(standard, required: setup.header.config.requiredComponents)
        guard let html = setup.templates.render("layanan", setup.contexts.service(standard, summary: summary, opd: opd))
        else { fatalError("the service page did not render") }
        // Nothing the author wrote may open a script.
        if html.utf8.count > 0, html.contains("<script>alert") { fatalError("script injected") }
    })
    return 0
}
