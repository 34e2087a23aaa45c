import Foundation
import Testing
@testable import StandarKit

/// The steps of `SiteBuilder.build`, run one at a time.
@Suite struct BuildPipelineTests {
    func options(_ site: TemporarySite, incremental: Bool = true) -> BuildOptions {
        BuildOptions(root: site.root, output: "public", baseURL: "https://contoh.go.id", today: Fixtures.today,
                     incremental: incremental)
    }

    /// The steps up to the plan, as `SiteBuilder.build` runs them.
    func plan(_ site: TemporarySite, incremental: Bool = true) -> BuildPlan? {
        var state = BuildState(options: options(site, incremental: incremental))
        let header = LoadHeader.run(&state, loader: SiteLoader(root: site.root))
        guard let theme = PrepareTheme.run(&state, config: header.config) else { return nil }
        return PlanBuild.run(state, site: header, theme: theme.theme)
    }

    @Test func planIsFullIncrementalOrUpToDate() throws {
        let site = try Fixtures.site(["a": Fixtures.standard(judul: "Layanan A"), "b": Fixtures.standard(judul: "Layanan B")])
        let first = try #require(plan(site))
        #expect(first.mode == .full)
        #expect(first.previous == nil)
        #expect(first.serviceFiles == ["content/disdukcapil/a.md", "content/disdukcapil/b.md"])
        #expect(SiteBuilder.build(options(site)).succeeded)

        let same = try #require(plan(site))
        #expect(same.mode == .upToDate)
        #expect(same.previous?.services.map(\.file) == same.serviceFiles)
        #expect(plan(site, incremental: false)?.mode == .full)

        try site.write("content/disdukcapil/a.md", Fixtures.standard(judul: "Layanan A yang baru"))
        #expect(plan(site)?.mode == .incremental)
        try site.write("content/disdukcapil/c.md", Fixtures.standard(judul: "Layanan C"))
        #expect(plan(site)?.mode == .incremental)
        // The site file is outside the service files: the fingerprint changes and the build is full.
        try site.write("content/_index.md", "---\njudul: Judul Lain\n---\n")
        #expect(plan(site)?.mode == .full)
    }

    @Test func modeComparesFilesAndStats() {
        let stat = FileStat(size: 10, mtime: 20, inode: 30)
        var entry = BuildCache.Service.blank
        entry.file = "content/x/a.md"
        entry.stat = stat
        let cache = BuildCache(fingerprint: 1, outputDevice: 2, outputInode: 3, services: [entry], listings: [:],
                               jsonLength: 0, csvLength: 0)
        #expect(PlanBuild.mode(previous: nil, serviceFiles: [entry.file], stats: [stat]) == .full)
        #expect(PlanBuild.mode(previous: cache, serviceFiles: [entry.file], stats: [stat]) == .upToDate)
        #expect(PlanBuild.mode(previous: cache, serviceFiles: [entry.file], stats: [FileStat(size: 11, mtime: 20, inode: 30)])
                == .incremental)
        #expect(PlanBuild.mode(previous: cache, serviceFiles: [entry.file], stats: [FileStat(size: 10, mtime: 21, inode: 30)])
                == .incremental)
        #expect(PlanBuild.mode(previous: cache, serviceFiles: [entry.file], stats: [nil]) == .incremental)
        #expect(PlanBuild.mode(previous: cache, serviceFiles: ["content/x/b.md"], stats: [stat]) == .incremental)
        #expect(PlanBuild.mode(previous: cache, serviceFiles: [entry.file, "content/x/b.md"], stats: [stat, stat])
                == .incremental)
        #expect(PlanBuild.mode(previous: cache, serviceFiles: [], stats: []) == .incremental)
    }

    /// Two OPDs; `count` services in the first, one in the second.
    func listingFixture(count: Int) -> (BuildCache, [ServiceResult], SiteModel) {
        func opd(_ slug: String) -> OPD {
            OPD(slug: slug, file: "content/\(slug)/_index.md", hasIndex: true, nama: slug, singkatan: nil, alamat: nil,
                telepon: nil, email: nil, situs: nil, jamLayanan: nil, body: [])
        }
        var summaries: [ServiceSummary] = (0..<count).map { i in
            var s = ServiceSummary.blank
            s.opd = "a"
            s.slug = "l\(i)"
            s.judul = "Layanan \(i)"
            return s
        }
        var last = ServiceSummary.blank
        last.opd = "b"
        last.slug = "m"
        last.judul = "Layanan M"
        summaries.append(last)
        let results = summaries.map { s in
            ServiceResult(file: "content/\(s.opd)/\(s.slug).md", summary: s, searchText: s.judul.lowercased())
        }
        let cache = BuildCache(
            fingerprint: 1, outputDevice: 0, outputInode: 0,
            services: results.map { r in
                var entry = BuildCache.Service.blank
                entry.file = r.file
                entry.summary = r.summary
                entry.searchText = r.searchText
                return entry
            }, listings: [:], jsonLength: 0, csvLength: 0)
        let model = SiteModel(config: SiteConfig(file: "content/_index.md", judul: "Situs"), opds: [opd("a"), opd("b")],
                              services: summaries, baseURL: nil)
        return (cache, results, model)
    }

    @Test func listingScopeFollowsWhatSummariesChanged() {
        let (cache, published, model) = listingFixture(count: PageContexts.pageSize + 1)
        let n = published.count
        // A body edit: every summary as before.
        #expect(ListingScope.of(previous: cache, published: published, model: model) == .none)
        // A title in the second OPD, on the second list page.
        var changed = published
        changed[n - 1].summary?.judul = "Judul Baru"
        #expect(ListingScope.of(previous: cache, published: changed, model: model) == .some(opds: [1], listPages: [2]))
        // Only the search text of the first service.
        changed = published
        changed[0].searchText = "kata lain"
        #expect(ListingScope.of(previous: cache, published: changed, model: model) == .some(opds: [0], listPages: [1]))
        // A category changes the category lists everywhere.
        changed = published
        changed[0].summary?.kategori = "Sosial"
        #expect(ListingScope.of(previous: cache, published: changed, model: model) == .all)
        // A service added, removed or moved.
        #expect(ListingScope.of(previous: cache, published: Array(published.dropLast()), model: model) == .all)
        changed = published
        changed.swapAt(0, 1)
        #expect(ListingScope.of(previous: cache, published: changed, model: model) == .all)
    }

    @Test func listingsAreMadeInTwoRoundsEachFileOnce() throws {
        let site = try Fixtures.site()
        var state = BuildState(options: options(site))
        let header = LoadHeader.run(&state, loader: SiteLoader(root: site.root))
        let theme = try #require(PrepareTheme.run(&state, config: header.config))
        let (_, results, fixture) = listingFixture(count: PageContexts.pageSize + 1)
        // With an address, so that there are sitemaps.
        let model = SiteModel(config: fixture.config, opds: fixture.opds, services: fixture.services,
                              baseURL: "https://contoh.go.id")
        let contexts = PageContexts(model: model, cssAsset: theme.cssAsset, jsAsset: theme.jsAsset)
        let texts = results.map(\.searchText)
        var emitted: [String] = []
        try WriteListings.render(model: model, contexts: contexts, renderer: theme.renderer, theme: theme.theme,
                                 searchTexts: texts) { path, bytes in
            #expect(!bytes.isEmpty, "\(path)")
            emitted.append(path)
        }
        // The first round does not need the index; the second is the index's pages and the sitemaps.
        let first = WriteListings.jobs(model: model, contexts: contexts, renderer: theme.renderer, theme: theme.theme,
                                       searchTexts: texts, scope: .all).map(\.path)
        let second = WriteListings.indexJobs(model: model, contexts: contexts, renderer: theme.renderer,
                                             index: ServiceIndex(model), scope: .all).map(\.path)
        #expect(Set(first).isDisjoint(with: second))
        #expect(emitted.count == Set(emitted).count)
        #expect(emitted.sorted() == (first + second).sorted())
        #expect(second.contains(PageContexts.indexPath + "index.html") && second.contains("sitemap.xml"))
        #expect(second.contains { ServiceIndex.isLetterOrCategoryPage($0) })
        #expect(first.contains("cari/indeks.json") && first.contains("index.html") && first.contains("404.html"))
    }

    @Test func aCommandCanLeaveWhatTheBuildHoldsToTheExit() {
        final class Probe {
            let freed: Locked<Bool>
            init(_ freed: Locked<Bool>) { self.freed = freed }
            deinit { freed.withLock { $0 = true } }
        }
        let kept = Locked(false), dropped = Locked(false)
        do {
            let probe = Probe(kept)
            KeptUntilExit.keep([probe])
            _ = Probe(dropped)
        }
        #expect(!kept.value)
        #expect(dropped.value)
    }

    @Test func listingScopeDecidesWhichPagesAreRendered() {
        let scope = ListingScope.some(opds: [1], listPages: [2])
        #expect(scope.contains(opd: 1) && !scope.contains(opd: 0))
        #expect(scope.contains(listPage: 2) && !scope.contains(listPage: 1))
        #expect(ListingScope.all.contains(opd: 0) && ListingScope.all.contains(listPage: 1))
        #expect(!ListingScope.none.contains(opd: 0) && !ListingScope.none.contains(listPage: 1))
    }

    @Test func assetURLsCarryTheHashOfTheirBytes() throws {
        let site = try Fixtures.site()
        var state = BuildState(options: options(site))
        let header = LoadHeader.run(&state, loader: SiteLoader(root: site.root))
        let theme = try #require(PrepareTheme.run(&state, config: header.config))
        let css = try #require(theme.theme.assets["gaya.css"])
        let hex = String(FNV64.hashBytes(css.bytes), radix: 16)
        #expect(theme.cssAsset == "assets/gaya.css?v=" + String(repeating: "0", count: 16 - hex.count) + hex)
        #expect(theme.jsAsset.hasPrefix("assets/cari.js?v=") && theme.jsAsset.count == "assets/cari.js?v=".count + 16)
    }

    @Test func aThemeErrorStopsBeforeTheOutputIsTouched() throws {
        let site = try Fixtures.site()
        try site.write("themes/default/templates/404.mustache", "{{> tidak-ada}}")
        var state = BuildState(options: options(site))
        let header = LoadHeader.run(&state, loader: SiteLoader(root: site.root))
        #expect(PrepareTheme.run(&state, config: header.config) == nil)
        #expect(state.hasErrors)
        let report = SiteBuilder.build(options(site))
        #expect(report.stoppedAt == .theme)
        #expect(!FileManager.default.fileExists(atPath: site.root + "/public"))
    }
}
