import Dispatch

/// The result of checking a site: every diagnostic, sorted, and a summary per OPD.
public struct CheckResult: Sendable {
    /// The site as read. `services` is empty when the check ran without keeping the standards (the CLI).
    public var site: SiteContent
    public var diagnostics: [Diagnostic]
    public var serviceCount: Int
    public var opdSummaries: [OPDSummary]
    /// One row per service file (readable or not), in file order: what `check --format json` and `standar laporan`
    /// print per standard.
    public var standards: [StandardRow] = []
    /// How many service files' results came from the check cache.
    var reusedFiles = 0

    /// Counts per OPD over every service file (drafts and unreadable files included), in `site.opds` order.
    public var tallies: [(slug: String, tally: StandardTally)] {
        let byOPD = Dictionary(grouping: standards, by: \.opd)
        return site.opds.map { ($0.slug, StandardTally(byOPD[$0.slug] ?? [])) }
    }

    public var errorCount: Int { diagnostics.count { $0.severity == .error } }
    public var warningCount: Int { diagnostics.count { $0.severity == .warning } }

    /// Per OPD: how many standards (drafts excluded), how many complete (every required component present and
    /// filled).
    public struct OPDSummary: Sendable, Equatable {
        public var slug: String
        public var nama: String
        public var total: Int
        public var complete: Int
        public var incomplete: Int { total - complete }
    }
}

/// Reads a site and runs every rule: the engine behind `standar check` and the first step of `build`.
public enum Checker {
    /// Checks the site at `root`, reading and checking files on all cores.
    /// - Parameter keepStandards: keep every parsed standard in `result.site.services` (tests, tools); the CLI
    ///   does not, so a check of 50,000 standards stays small.
    /// - Parameter useCache: without `keepStandards`, reuse the results of service files unchanged since the
    ///   last check (`CheckCache`, in `<root>/.standar/cache/check.bin`) and save the new ones. The result is the
    ///   same either way; `--tanpa-cache` turns it off.
    public static func run(root: String, today: SimpleDate, keepStandards: Bool = true,
                           useCache: Bool = true) -> CheckResult {
        run(root: root, today: today, keepStandards: keepStandards,
            cache: !keepStandards && useCache ? CheckCache.Use(root: root) : nil)
    }

    /// One service file's outcome: its results, and whether they came from the cache.
    private struct FileOutcome: Sendable {
        var standard: ServiceStandard?
        var result: CheckCache.FileResult
        /// Nil when not caching, when the file could not be stat'ed, or when it changed too recently to cache.
        var identity: CheckCache.Identity?
        /// Where the reused entry lies in the stored cache (its bytes go into the next cache as they are).
        var reused: Range<Int>?
    }

    static func run(root: String, today: SimpleDate, keepStandards: Bool, cache use: CheckCache.Use?) -> CheckResult {
        // The last cache is read and indexed on another core while the header is loaded.
        let loading = DispatchGroup()
        let loaded = Locked<CheckCache.Stored?>(nil)
        if let use {
            DispatchQueue.global().async(group: loading) {
                let stored = CheckCache.loadStored(directory: use.directory)
                loaded.withLock { $0 = stored }
            }
        }
        let loader = SiteLoader(root: root)
        let header = loader.loadHeader()
        let context = RuleContext(requiredComponents: header.config.requiredComponents, today: today)
        var diagnostics = header.diagnostics + PekpppLoader.findings(header.opds, today: today)
        var services: [ServiceStandard] = []
        var serviceCount = 0
        var counts: [String: (total: Int, complete: Int)] = [:]
        var rows: [StandardRow] = []

        // The cache, when one is asked for, the binary can be identified, and the last one has this fingerprint.
        let fingerprint = use.flatMap { _ in CheckCache.fingerprint(root: root, header: header, today: today) }
        loading.wait()
        let stored = loaded.withLock { value in value?.fingerprint == fingerprint ? value : nil }
        let start = CheckCache.now()
        let caching = fingerprint != nil
        // The next cache: entries copied from the stored one, and new ones.
        var pieces: [CheckCache.Piece] = []
        var fresh: [CheckCache.Entry] = []
        var reused = 0

        loader.forEachServiceFile(header, process: { file -> FileOutcome in
            var identity: CheckCache.Identity?
            if caching {
                // Stat before reading: a change made while the file is read then shows as a new identity.
                identity = CheckCache.Identity(path: root + "/" + file.file)
                if let identity, let stored, let range = stored.ranges[file.file],
                   let hit = stored.decodeEntry(range, file: file.file), hit.identity == identity,
                   hit.result.row.opd == file.opd, hit.result.row.slug == file.slug {
                    return FileOutcome(standard: nil, result: hit.result, identity: identity, reused: range)
                }
            }
            let (standard, result) = check(file.load(), context: context)
            if let id = identity, !id.settled(before: start, margin: use?.settleMargin ?? 0) { identity = nil }
            return FileOutcome(standard: keepStandards ? standard : nil, result: result, identity: identity)
        }, consume: { outcome in
            let result = outcome.result
            diagnostics += result.diagnostics
            rows.append(result.row)
            if result.parsed { serviceCount += 1 }
            if let standard = outcome.standard { services.append(standard) }
            if result.parsed, !result.draft {
                var c = counts[result.row.opd] ?? (0, 0)
                c.total += 1
                if result.complete { c.complete += 1 }
                counts[result.row.opd] = c
            }
            if let range = outcome.reused {
                reused += 1
                pieces.append(.stored(range))
            } else if caching, let identity = outcome.identity {
                pieces.append(.fresh(fresh.count))
                fresh.append(CheckCache.Entry(identity: identity, result: result))
            }
        })
        // Rewritten when any file was read again, left out, added or removed since the last check.
        // Written on another core while the diagnostics are sorted and the result put together (it ran alone at
        // the end of every check: 14 ms of 10,000 files' tail).
        let saving = DispatchGroup()
        if let use, let fingerprint, reused != rows.count || reused != (stored?.ranges.count ?? 0) {
            let (pieces, fresh, stored) = (pieces, fresh, stored)
            DispatchQueue.global().async(group: saving) {
                CheckCache.save(directory: use.directory, fingerprint: fingerprint, pieces: pieces, fresh: fresh,
                                stored: stored)
            }
        }
        defer { saving.wait() }

        diagnostics.sort(by: Diagnostic.ordered)
        let site = SiteContent(root: root, config: header.config, opds: header.opds, services: services,
                        diagnostics: header.diagnostics, fileCount: header.fileCount)
        let summaries = header.opds.map { opd in
            CheckResult.OPDSummary(slug: opd.slug, nama: opd.nama, total: counts[opd.slug]?.total ?? 0,
                                   complete: counts[opd.slug]?.complete ?? 0)
        }
        var result = CheckResult(site: site, diagnostics: diagnostics, serviceCount: serviceCount,
                                 opdSummaries: summaries, standards: rows)
        result.reusedFiles = reused
        return result
    }

    /// One service file's findings (the loader's and every rule's) and its row.
    private static func check(_ loaded: SiteLoader.LoadedService,
                              context: RuleContext) -> (ServiceStandard?, CheckCache.FileResult) {
        var found = loaded.diagnostics
        guard let standard = loaded.standard else {
            let row = StandardRow(file: loaded.file, opd: loaded.opd, slug: loaded.slug, standard: nil,
                                  diagnostics: found, required: context.requiredComponents)
            return (nil, CheckCache.FileResult(parsed: false, draft: false, complete: false, diagnostics: found, row: row))
        }
        found += findings(standard, context: context)
        let complete = standard.gaps(required: context.requiredComponents).isEmpty
        let row = StandardRow(file: loaded.file, opd: loaded.opd, slug: loaded.slug, standard: standard,
                              diagnostics: found, required: context.requiredComponents)
        return (standard, CheckCache.FileResult(parsed: true, draft: standard.draft, complete: complete,
                                                diagnostics: found, row: row))
    }

    /// Runs the rules over a site already in memory.
    public static func check(_ site: SiteContent, today: SimpleDate) -> CheckResult {
        var diagnostics = site.diagnostics
        let context = RuleContext(requiredComponents: site.config.requiredComponents, today: today)
        var rows: [StandardRow] = []
        for standard in site.services {
            let found = findings(standard, context: context)
            diagnostics += found
            rows.append(StandardRow(file: standard.file, opd: standard.opd, slug: standard.slug, standard: standard,
                                    diagnostics: found + site.diagnostics.filter { $0.file == standard.file },
                                    required: context.requiredComponents))
        }
        diagnostics.sort(by: Diagnostic.ordered)
        let summaries = site.opds.map { opd in
            let services = site.services.filter { $0.opd == opd.slug && !$0.draft }
            return CheckResult.OPDSummary(slug: opd.slug, nama: opd.nama, total: services.count,
                                          complete: services.count { $0.gaps(required: context.requiredComponents).isEmpty })
        }
        return CheckResult(site: site, diagnostics: diagnostics, serviceCount: site.services.count, opdSummaries: summaries,
                           standards: rows)
    }

    /// Every rule's findings for one standard, with `policy` applied (drafts, `--allow-incomplete`).
    public static func findings(_ standard: ServiceStandard, context: RuleContext,
                                policy: SeverityPolicy = SeverityPolicy()) -> [Diagnostic] {
        var out: [Diagnostic] = []
        for rule in StandardRules.all {
            out += rule.check(standard, context: context)
        }
        policy.apply(to: &out, draft: standard.draft)
        return out
    }
}
