/// Which listing pages a build must render again.
enum ListingScope: Equatable {
    /// None: every summary is as before (a body edit).
    case none
    /// The site-wide pages, and the pages of these OPDs and these list page numbers.
    case some(opds: Set<Int>, listPages: Set<Int>)
    case all

    /// Compares the published services with the previous build's: the same files in the same order with only
    /// some summaries changed (and no category) touch only their OPD's pages and their list page.
    static func of(previous: BuildCache, published: some Sequence<ServiceResult>, model: SiteModel) -> ListingScope {
        let before = previous.services.filter { $0.summary != nil }
        guard before.count == published.reduce(0, { n, _ in n + 1 }) else { return .all }
        var opds: Set<Int> = []
        var pages: Set<Int> = []
        for (i, (old, new)) in zip(before, published).enumerated() {
            guard old.file == new.file else { return .all }
            if old.summary == new.summary, old.searchText == new.searchText { continue }
            guard old.summary?.kategori == new.summary?.kategori, i < model.opdOf.count else { return .all }
            opds.insert(model.opdOf[i])
            pages.insert(i / PageContexts.pageSize + 1)
        }
        return opds.isEmpty ? .none : .some(opds: opds, listPages: pages)
    }

    func contains(opd: Int) -> Bool {
        if case .some(let opds, _) = self { return opds.contains(opd) }
        return self == .all
    }

    func contains(listPage: Int) -> Bool {
        if case .some(_, let pages) = self { return pages.contains(listPage) }
        return self == .all
    }
}
