import Dispatch

/// What the listings step leaves for publishing.
struct WrittenListings {
    var model: SiteModel
    var contexts: PageContexts
    /// Path below the output -> FNV-64 of the bytes, for every file of this step (kept from the previous build
    /// for files outside the scope).
    var hashes: [String: UInt64]
    /// Files of this step in the output.
    var count: Int
    var jsonLength: Int
    var csvLength: Int
}

/// Step 6: the end of the data files, then the listing pages (home, OPD pages, list pages, the index hub with its
/// letter and category pages, compliance, 404, maklumat, SKM and recent changes), the SKM data files, assets,
/// search index, feed, robots.txt and sitemaps — in an incremental build only those whose content can have
/// changed, and only the files whose bytes did change; pages of services that are gone are removed.
enum WriteListings {
    static func run(_ state: BuildState, site: SiteHeader, theme: PreparedTheme, services: ProcessedServices,
                    plan: BuildPlan, output: BuildOutput) throws -> WrittenListings {
        let previous = plan.previous
        let published = services.published
        // The summaries in an array of their exact size (compactMap grows by doubling: up to twice the 0.5 KB per
        // service at the build's peak of memory).
        var summaries: [ServiceSummary] = []
        summaries.reserveCapacity(services.published.count)
        for result in services.results { if let summary = result.summary { summaries.append(summary) } }
        var model = SiteModel(config: site.config, opds: site.opds, services: summaries,
                              baseURL: state.options.baseURL)
        model.history = site.history.changes
        var contexts = PageContexts(model: model, cssAsset: theme.cssAsset, jsAsset: theme.jsAsset)
        contexts.today = state.options.today

        let jsonRows = output.jsonRows, csvRows = output.csvRows
        try jsonRows.flush()
        try csvRows.flush()
        let tail = Array(DataExports.servicesJSONTail(count: jsonRows.count).utf8)
        try jsonRows.stream.append(tail)
        // Removing a service changes the data files without any new row.
        var dataChanged = services.dataChanged
        if let previous, previous.services.count(where: { $0.summary != nil }) != jsonRows.count { dataChanged = true }
        try output.finishDataFiles(keep: dataChanged)

        var written = WrittenListings(model: model, contexts: contexts, hashes: [:], count: 0,
                                      jsonLength: jsonRows.offset + tail.count, csvLength: csvRows.offset)
        // Listings show only summaries: when every published summary is as before (a body edit), they are.
        let scope = previous.map { ListingScope.of(previous: $0, published: published, model: model) } ?? .all
        if scope == .none {
            written.hashes = previous?.listings ?? [:]
            written.count = written.hashes.count
        } else {
            // Listings outside the scope keep their bytes (and hashes) from the previous build.
            // The letter and category pages are always rendered: drop their old hashes, so pages that no longer
            // exist (a letter without entries after a title edit) are removed.
            if case .some = scope {
                written.hashes = (previous?.listings ?? [:]).filter { !ServiceIndex.isLetterOrCategoryPage($0.key) }
            }
            try render(model: model, contexts: contexts, renderer: theme.renderer, theme: theme.theme,
                       searchTexts: Array(published.map(\.searchText)), scope: scope) { path, bytes in
                // Word-wise (8 bytes a step): byte-wise FNV-1a of every listing page was 1.25% of a build's CPU.
                var checksum = WordChecksum()
                checksum.add(bytes[...])
                let hash = checksum.value
                written.hashes[path] = hash
                written.count += 1
                if previous?.listings[path] != hash { try output.sink.write(path, bytes) }
            }
        }
        if let previous, let transaction = output.transaction {
            // Pages of services that are gone or no longer published, and listings that no longer exist.
            let pagesNow = Set(services.results.compactMap { $0.summary?.path })
            for old in previous.services {
                if let summary = old.summary, !pagesNow.contains(summary.path) {
                    transaction.delete(summary.path + "index.html")
                    transaction.delete(PageContexts.posterPath(summary))
                }
            }
            for path in previous.listings.keys where written.hashes[path] == nil { transaction.delete(path) }
        }
        return written
    }

    /// One file of the listing step: renders or builds its bytes into the buffer it is given.
    struct Job: Sendable {
        var path: String
        var make: @Sendable (inout [UInt8]) throws -> Void
    }

    /// Renders every file of the listing step in `scope` and hands each to `emit` (path, bytes), one at a time.
    /// The files are made on all cores (the step ran alone after the services: 0.47 s of a 3.3 s build of 10,000
    /// services); `emit` is called under a lock, never twice at once, in no set order. In two rounds: first the
    /// files that do not need the service index, while one core builds the index (35 ms at 10,000 services,
    /// during which the other core was idle when the index was built before the first round); then the index
    /// pages and the sitemaps.
    static func render(model: SiteModel, contexts: PageContexts, renderer: PageRenderer, theme: Theme,
                       searchTexts: [String], scope: ListingScope = .all,
                       emit: (String, [UInt8]) throws -> Void) throws {
        let built = Locked<ServiceIndex?>(nil)
        let first = jobs(model: model, contexts: contexts, renderer: renderer, theme: theme, searchTexts: searchTexts,
                         scope: scope)
        try run(first, alongside: { built.withLock { $0 = ServiceIndex(model) } }, emit: emit)
        let index = built.value ?? ServiceIndex(model)
        try run(indexJobs(model: model, contexts: contexts, renderer: renderer, index: index, scope: scope),
                alongside: nil, emit: emit)
    }

    /// Makes `jobs` on all cores and hands each file to `emit` under a lock; `alongside`, when given, runs first,
    /// as one more task among them.
    private static func run(_ jobs: [Job], alongside: (@Sendable () -> Void)?,
                            emit: (String, [UInt8]) throws -> Void) throws {
        let failure = Locked<(any Error)?>(nil)
        let extra = alongside == nil ? 0 : 1
        withoutActuallyEscaping(emit) { emit in
            // Only ever called under `delivery`'s lock.
            nonisolated(unsafe) let emit = emit
            let delivery = Locked(())
            DispatchQueue.concurrentPerform(iterations: jobs.count + extra) { i in
                if extra == 1, i == 0 {
                    alongside?()
                    return
                }
                let job = jobs[i - extra]
                guard failure.value == nil else { return }
                var bytes: [UInt8] = []
                do {
                    try job.make(&bytes)
                    try delivery.withLock { _ in try emit(job.path, bytes) }
                } catch {
                    failure.setIfEmpty(error)
                }
            }
        }
        if let error = failure.value { throw error }
    }

    /// A page of the listing step: `template` rendered with the context `context` makes.
    private static func page(_ path: String, _ template: String, renderer: PageRenderer,
                             _ context: @escaping @Sendable () -> TemplateValue) -> Job {
        Job(path: path) { html in
            html.reserveCapacity(128 * 1024)
            guard renderer.render(template, context(), into: &html) else { throw RenderError(template: template) }
        }
    }

    /// The files of the listing step in `scope` that do not need the service index: the search index, feed and
    /// robots.txt first, then the pages, the SKM data files and the assets.
    static func jobs(model: SiteModel, contexts: PageContexts, renderer: PageRenderer, theme: Theme,
                     searchTexts: [String], scope: ListingScope) -> [Job] {
        var jobs: [Job] = []
        // The largest single files first, so that no core is left with one of them at the end.
        var last: [Job] = []
        func page(_ path: String, _ template: String, _ context: @escaping @Sendable () -> TemplateValue) {
            jobs.append(Self.page(path, template, renderer: renderer, context))
        }
        func file(_ path: String, _ text: @escaping @Sendable () -> String) {
            jobs.append(Job(path: path) { $0 = Array(text().utf8) })
        }
        page("index.html", "beranda") { contexts.home() }
        for o in model.opds.indices where scope.contains(opd: o) {
            page(model.opds[o].slug + "/index.html", "opd") { contexts.opd(o) }
        }
        for n in 1...contexts.listPageCount where scope.contains(listPage: n) {
            page(PageContexts.listPath(n) + "index.html", "daftar-layanan") { contexts.list(page: n) }
        }
        page("kepatuhan/index.html", "kepatuhan") { contexts.compliance() }
        for o in model.opds.indices where scope.contains(opd: o) {
            page(PageContexts.compliancePath(model.opds[o]) + "index.html", "kepatuhan") { contexts.compliance(opd: o) }
        }
        page("404.html", "404") { contexts.notFound() }
        for o in model.opds.indices where scope.contains(opd: o) && model.opds[o].pekppp.maklumat != nil {
            page(PekpppContexts.maklumatPath(model.opds[o]) + "index.html", "maklumat") { contexts.maklumatPage(o) }
        }
        page(PekpppContexts.skmPath + "index.html", "skm") { contexts.skmPage() }
        page(PekpppContexts.changesPath + "index.html", "perubahan") { contexts.changesPage() }
        for (path, text) in SKMExports.files(model, today: contexts.today) { file(path) { text } }
        for name in theme.assets.keys.sorted() {
            if let asset = theme.assets[name] { jobs.append(Job(path: "assets/" + name) { $0 = asset.bytes }) }
        }
        last = jobs
        jobs = []
        jobs.append(Job(path: "cari/indeks.json") { $0 = DataExports.searchIndex(model, searchTexts: searchTexts) })
        file("feed.xml") { DataExports.feed(model) }
        file("robots.txt") { DataExports.robots(model) }
        return jobs + last
    }

    /// The files of the listing step that need the service index: its hub, letter and category pages, and the
    /// sitemaps (which list them).
    static func indexJobs(model: SiteModel, contexts: PageContexts, renderer: PageRenderer, index: ServiceIndex,
                          scope: ListingScope) -> [Job] {
        var jobs: [Job] = []
        func page(_ path: String, _ template: String, _ context: @escaping @Sendable () -> TemplateValue) {
            jobs.append(Self.page(path, template, renderer: renderer, context))
        }
        page(PageContexts.indexPath + "index.html", "indeks") { contexts.index(index) }
        for l in index.lettersWithEntries {
            for n in 1...ServiceIndex.pageCount(index.letters[l].entries.count) {
                page(ServiceIndex.letterPath(index.letters[l].slug, page: n) + "index.html", "indeks-huruf") {
                    contexts.indexLetter(index, letter: l, page: n)
                }
            }
        }
        for k in index.categories.indices {
            for n in 1...ServiceIndex.pageCount(index.categories[k].services.count) {
                page(ServiceIndex.categoryPath(index.categories[k].slug, page: n) + "index.html", "indeks-kategori") {
                    contexts.indexCategory(index, category: k, page: n)
                }
            }
        }
        for (path, text) in Sitemaps.files(model, index: index, listPageCount: contexts.listPageCount,
                                           includeOPD: { scope.contains(opd: $0) }) {
            jobs.append(Job(path: path) { $0 = Array(text.utf8) })
        }
        return jobs
    }
}
