/// The result of checking a site: the model plus every diagnostic, sorted.
public struct CheckResult: Sendable {
    public var site: Site
    public var diagnostics: [Diagnostic]

    public var errorCount: Int { diagnostics.count { $0.severity == .error } }
    public var warningCount: Int { diagnostics.count { $0.severity == .warning } }

    /// Per OPD: how many standards, how many complete (every required component present and filled).
    public struct OPDSummary: Sendable, Equatable {
        public var slug: String
        public var nama: String
        public var total: Int
        public var complete: Int
        public var incomplete: Int { total - complete }
    }

    public var opdSummaries: [OPDSummary] {
        let required = site.config.requiredComponents
        return site.opds.map { opd in
            let services = site.services.filter { $0.opd == opd.slug && !$0.draft }
            return OPDSummary(slug: opd.slug, nama: opd.nama, total: services.count,
                              complete: services.count { $0.gaps(required: required).isEmpty })
        }
    }
}

/// Reads a site and runs every rule: the engine behind `standar check` and the first step of `build`.
public enum Checker {
    public static func run(root: String, today: SimpleDate) -> CheckResult {
        let site = SiteLoader(root: root).load()
        return check(site, today: today)
    }

    public static func check(_ site: Site, today: SimpleDate) -> CheckResult {
        var diagnostics = site.diagnostics
        let context = RuleContext(requiredComponents: site.config.requiredComponents, today: today)
        for standard in site.services {
            diagnostics += findings(standard, context: context)
        }
        diagnostics.sort(by: Diagnostic.ordered)
        return CheckResult(site: site, diagnostics: diagnostics)
    }

    /// Every rule's findings for one standard.
    public static func findings(_ standard: ServiceStandard, context: RuleContext) -> [Diagnostic] {
        var out: [Diagnostic] = []
        for rule in StandardRules.all {
            var found = rule.check(standard, context: context)
            if standard.draft {
                // A draft is work in progress: gaps are reported, but do not fail the run.
                for i in found.indices where found[i].rule == Rules.missingComponent.id || found[i].rule == Rules.emptyComponent.id {
                    found[i].severity = .warning
                }
            }
            out += found
        }
        return out
    }
}
