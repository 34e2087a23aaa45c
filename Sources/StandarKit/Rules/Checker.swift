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
    public static func run(root: String, today: SimpleDate, keepStandards: Bool = true) -> CheckResult {
        let loader = SiteLoader(root: root)
        let header = loader.loadHeader()
        let context = RuleContext(requiredComponents: header.config.requiredComponents, today: today)
        var diagnostics = header.diagnostics + PekpppLoader.findings(header.opds, today: today)
        var services: [ServiceStandard] = []
        var serviceCount = 0
        var counts: [String: (total: Int, complete: Int)] = [:]
        var rows: [StandardRow] = []
        loader.streamServices(header, process: { loaded -> (ServiceStandard?, [Diagnostic], String, Bool, Bool, Bool, StandardRow) in
            var found = loaded.diagnostics
            guard let standard = loaded.standard else {
                let row = StandardRow(file: loaded.file, opd: loaded.opd, slug: loaded.slug, standard: nil,
                                      diagnostics: found, required: context.requiredComponents)
                return (nil, found, loaded.opd, false, false, false, row)
            }
            found += findings(standard, context: context)
            let complete = standard.gaps(required: context.requiredComponents).isEmpty
            let row = StandardRow(file: loaded.file, opd: loaded.opd, slug: loaded.slug, standard: standard,
                                  diagnostics: found, required: context.requiredComponents)
            return (keepStandards ? standard : nil, found, loaded.opd, true, standard.draft, complete, row)
        }, consume: { standard, found, opd, parsed, draft, complete, row in
            diagnostics += found
            rows.append(row)
            if parsed { serviceCount += 1 }
            if let standard { services.append(standard) }
            if parsed, !draft {
                var c = counts[opd] ?? (0, 0)
                c.total += 1
                if complete { c.complete += 1 }
                counts[opd] = c
            }
        })
        diagnostics.sort(by: Diagnostic.ordered)
        let site = SiteContent(root: root, config: header.config, opds: header.opds, services: services,
                        diagnostics: header.diagnostics, fileCount: header.fileCount)
        let summaries = header.opds.map { opd in
            CheckResult.OPDSummary(slug: opd.slug, nama: opd.nama, total: counts[opd.slug]?.total ?? 0,
                                   complete: counts[opd.slug]?.complete ?? 0)
        }
        return CheckResult(site: site, diagnostics: diagnostics, serviceCount: serviceCount, opdSummaries: summaries,
                           standards: rows)
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
