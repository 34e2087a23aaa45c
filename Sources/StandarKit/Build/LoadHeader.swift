/// The site as far as the build needs it before any service file is read.
struct SiteHeader {
    var header: SiteLoader.Header
    var config: SiteConfig { header.config }
    /// The OPDs that get pages.
    var opds: [OPD]
    /// The change history of the service files from git (empty, with a note, without git).
    var history: GitHistory
}

/// Step 1: the scan of `content/`, the site file and the OPD files (with their maklumat and SKM files), and the
/// change history from git.
enum LoadHeader {
    static func run(_ state: inout BuildState, loader: SiteLoader) -> SiteHeader {
        let header = loader.loadHeader()
        // The SKM findings that depend on the date (an outdated survey) are not part of the header.
        state.diagnostics += header.diagnostics + PekpppLoader.findings(header.opds, today: state.options.today)
        let history = GitHistory.load(root: state.options.root)
        state.report.notes = [history.unavailable].compactMap { $0 }
        return SiteHeader(header: header, opds: SiteModel.publishedOPDs(header.opds), history: history)
    }
}
