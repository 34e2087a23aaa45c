/// The site as far as the build needs it before any service file is read.
struct SiteHeader {
    var header: SiteLoader.Header
    var config: SiteConfig { header.config }
    /// The OPDs that get pages.
    var opds: [OPD]
}

/// Step 1: the scan of `content/`, the site file and the OPD files.
enum LoadHeader {
    static func run(_ state: inout BuildState, loader: SiteLoader) -> SiteHeader {
        let header = loader.loadHeader()
        state.diagnostics += header.diagnostics
        return SiteHeader(header: header, opds: SiteModel.publishedOPDs(header.opds))
    }
}
