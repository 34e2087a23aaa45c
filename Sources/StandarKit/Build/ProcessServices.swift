/// What the parallel pass keeps of each service file.
struct ServiceResult: Sendable {
    var file: String
    var stat: FileStat?
    var diagnostics: [Diagnostic] = []
    var draft = false
    var summary: ServiceSummary?
    var searchText = ""
    /// New rows for the data files; nil when reused from the previous output (`reused` set).
    var json: [UInt8]?
    var csv: [UInt8]?
    var reused: BuildCache.Service?
    /// The counter poster, for the OPD's print page; nil when not rendered.
    var poster: [UInt8]?
}

/// What the services step leaves for the listings and the cache.
struct ProcessedServices {
    /// Every service file in file order; page content and rows are already written.
    var results: [ServiceResult] = []
    /// Where each file's rows are in the new data files.
    var jsonRanges: [String: Range<Int>] = [:]
    var csvRanges: [String: Range<Int>] = [:]
    /// False while the data files are byte for byte the previous ones.
    var dataChanged: Bool
    /// The first write or render error; the build stops with it.
    var failure: (any Error)?
    /// True when a file (or an earlier step) had an error that stops the build; with `leaveOutBrokenFiles`,
    /// the files left out do not count.
    var stoppingError = false

    /// The published services, as a view: a copied array cost 50 MB at 50,000 services.
    var published: LazyFilterSequence<[ServiceResult]> { results.lazy.filter { $0.summary != nil } }
}

/// Step 5: every service file, on all cores — reused from the cache when unchanged, else read → parse →
/// recognize → check → render → write its page and its counter poster — and its rows appended to the data
/// files in file order; each OPD's print page (every poster of the OPD) is written once its last file is consumed.
enum ProcessServices {
    static func run(_ state: inout BuildState, loader: SiteLoader, site: SiteHeader, theme: PreparedTheme,
                    plan: BuildPlan, output: BuildOutput) -> ProcessedServices {
        let options = state.options
        let config = site.config
        let stats = plan.stats
        let sink = output.sink
        let renderer = theme.renderer
        // Service pages need only the site-level parts of the model (config, base URL) and the history.
        let shell = {
            var model = SiteModel(config: config, opds: site.opds, services: [], baseURL: options.baseURL)
            model.history = site.history.changes
            return model
        }()
        let contexts = PageContexts(model: shell, cssAsset: theme.cssAsset, jsAsset: theme.jsAsset)
        let context = RuleContext(requiredComponents: config.requiredComponents, today: options.today)
        let opdBySlug = Dictionary(site.opds.map { ($0.slug, $0) }, uniquingKeysWith: { a, _ in a })
        let cachedByFile = Dictionary((plan.previous?.services ?? []).map { ($0.file, $0) },
                                      uniquingKeysWith: { a, _ in a })
        // Once any error is known the build will stop: workers skip the work of rendering.
        let errorSeen = Locked(state.hasErrors)
        let failure = Locked<(any Error)?>(nil)
        var processed = ProcessedServices(dataChanged: plan.previous == nil)
        // One result per service file: reserved whole, so the array (1.4 KB per file) never doubles at the peak.
        processed.results.reserveCapacity(plan.serviceFiles.count)
        var diagnostics = state.diagnostics
        let prints = PrintCollector(opds: site.opds, contexts: contexts, render: renderer.render, sink: sink,
                                    outputPath: state.outputPath, previous: plan.previous)

        loader.forEachServiceFile(site.header, process: { file -> ServiceResult in
            // Stat'ed by the plan when a cache may hold the file's results; otherwise the identity of what is read.
            let stat = file.index < stats.count ? stats[file.index] : nil
            if let stat, let cached = cachedByFile[file.file], cached.stat == stat {
                if !options.leaveOutBrokenFiles, cached.diagnostics.contains(where: { $0.severity == .error }) {
                    errorSeen.withLock { $0 = true }
                }
                return ServiceResult(file: file.file, stat: stat, diagnostics: cached.diagnostics, draft: cached.draft,
                                     summary: cached.summary, searchText: cached.searchText, reused: cached)
            }
            let loaded = file.load()
            var result = ServiceResult(file: file.file, stat: stat ?? loaded.stat, diagnostics: loaded.diagnostics)
            guard let standard = loaded.standard else {
                if !options.leaveOutBrokenFiles, result.diagnostics.contains(where: { $0.severity == .error }) {
                    errorSeen.withLock { $0 = true }
                }
                return result
            }
            result.diagnostics += Checker.findings(standard, context: context,
                                                   policy: SeverityPolicy(allowIncomplete: options.allowIncomplete))
            result.draft = standard.draft
            if result.diagnostics.contains(where: { $0.severity == .error }) {
                // The preview leaves a broken standard out (its page shows its findings) and builds the rest.
                if options.leaveOutBrokenFiles { return result }
                errorSeen.withLock { $0 = true }
            }
            guard !standard.draft || options.includeDrafts, Slug.problem(standard.slug) == nil,
                  let opd = opdBySlug[standard.opd] else { return result }
            let summary = ServiceSummary(standard, required: config.requiredComponents)
            result.summary = summary
            result.searchText = DataExports.searchText(for: summary, opd: opd)
            guard !errorSeen.value else { return result }
            result.json = DataExports.serviceJSON(standard, summary, opd: opd)
            result.csv = DataExports.serviceCSV(standard, summary, opd: opd, model: shell)
            let pelayanan = contexts.serviceDelivery(standard)
            let tempat = contexts.place(standard, opd: opd)
            let facts = contexts.facts(standard, summary: summary, opd: opd)
            // One buffer for the service's three renders.
            var page: [UInt8] = []
            page.reserveCapacity(32 * 1024)
            let context = contexts.service(standard, summary: summary, opd: opd, pelayanan: pelayanan, tempat: tempat,
                                           facts: facts)
            guard renderer.render("layanan", context, into: &page) else {
                failure.setIfEmpty(RenderError(template: "layanan"))
                return result
            }
            do { try sink.write(PageContexts.concat(facts.path, "index.html"), page) } catch { failure.setIfEmpty(error) }
            if renderer.render("papan-isi", contexts.posterContent(standard, summary: summary, opd: opd,
                                                                   pelayanan: pelayanan, tempat: tempat, facts: facts),
                               into: &page) {
                // A copy of its own size: `Array(page)` (or of `page[...]`) shares the page's 32 KB buffer, the
                // next render then copies it, and the posters waiting for their OPD's print page each held 32 KB
                // (peak RSS +8 MB at 10,000 services).
                result.poster = page.exactCopy()
            }
            guard let poster = result.poster, renderer.render(
                "papan", contexts.poster(standard, summary: summary, opd: opd, content: poster, facts: facts),
                into: &page) else {
                failure.setIfEmpty(RenderError(template: "papan"))
                return result
            }
            do { try sink.write(PageContexts.concat(facts.path, PageContexts.posterFile), page) } catch {
                failure.setIfEmpty(error)
            }
            return result
        }, consume: { result in
            diagnostics += result.diagnostics
            if result.summary != nil, !errorSeen.value {
                do {
                    try appendRows(of: result, to: output, &processed)
                    try prints.add(opd: result.summary?.opd ?? "", path: result.summary?.path ?? "",
                                   poster: result.poster)
                } catch {
                    failure.setIfEmpty(error)
                }
            }
            // Only what the listings and the cache need is kept.
            var kept = result
            kept.json = nil
            kept.csv = nil
            kept.reused = nil
            kept.poster = nil
            processed.results.append(kept)
        })
        if !errorSeen.value {
            do { try prints.finish() } catch { failure.setIfEmpty(error) }
        }
        state.diagnostics = diagnostics
        processed.failure = failure.value
        processed.stoppingError = errorSeen.value
        return processed
    }

    /// New rows of a changed file, or the old rows of an unchanged one copied from the previous data files.
    static func appendRows(of result: ServiceResult, to output: BuildOutput, _ processed: inout ProcessedServices) throws {
        if let row = result.json, let crow = result.csv {
            processed.jsonRanges[result.file] = try output.jsonRows.appendNew(row)
            processed.csvRanges[result.file] = try output.csvRows.appendNew(crow)
            processed.dataChanged = true
        } else if let cached = result.reused, let jr = cached.json, let cr = cached.csv {
            processed.jsonRanges[result.file] = try output.jsonRows.appendOld(jr)
            processed.csvRanges[result.file] = try output.csvRows.appendOld(cr)
        } else {
            throw OutputWriter.WriteError(path: "data/layanan.json", reason: "cache tidak cocok dengan keluaran")
        }
    }
}
