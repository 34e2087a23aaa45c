/// What the site publishes, derived once from a checked site: the services that go online, grouped by OPD,
/// with their short facts. Page contexts and data exports read this, never the raw files.
public struct SiteModel: Sendable {
    public struct Entry: Sendable {
        public var standard: ServiceStandard
        public var opdIndex: Int
        /// Required components that are missing or empty.
        public var gaps: [ComponentID]
        public var complete: Bool { gaps.isEmpty }
        public var feeShort: String
        public var durationShort: String
        /// KemenPAN-RB standard indicator level as far as the content shows it: 1 (not all 14 components),
        /// 2 (all 14), 3 (all 14, set by a decree with number and date).
        public var level: Int
        /// Root-relative path without leading slash: "disdukcapil/akta-kelahiran/".
        public var path: String { "\(standard.opd)/\(standard.slug)/" }
    }

    public var config: SiteConfig
    public var opds: [OPD]
    /// Published services, sorted by OPD slug then service slug.
    public var entries: [Entry]
    /// Entry indices per OPD (same order as `opds`).
    public var entriesByOPD: [[Int]]
    /// Base URL without trailing slash, or nil.
    public var baseURL: String?

    public init(result: CheckResult, baseURL: String?) {
        let site = result.site
        config = site.config
        let published = Set(site.opds.filter { $0.hasIndex && Slug.problem($0.slug) == nil
            && !ContentScanner.reservedSlugs.contains($0.slug) }.map(\.slug))
        opds = site.opds.filter { published.contains($0.slug) }
        let opdPosition = Dictionary(opds.enumerated().map { ($1.slug, $0) }, uniquingKeysWith: { a, _ in a })
        var entries: [Entry] = []
        var byOPD = Array(repeating: [Int](), count: opds.count)
        for standard in site.services where !standard.draft && Slug.problem(standard.slug) == nil {
            guard let o = opdPosition[standard.opd] else { continue }
            let allPresent = standard.gaps(required: ComponentID.allCases).isEmpty
            let hasDecree = standard.nomorSK != nil && standard.ditetapkan != nil
            byOPD[o].append(entries.count)
            entries.append(Entry(
                standard: standard, opdIndex: o, gaps: standard.gaps(required: site.config.requiredComponents),
                feeShort: Formatting.fee(standard.fee), durationShort: Formatting.duration(standard.duration),
                level: allPresent ? (hasDecree ? 3 : 2) : 1))
        }
        self.entries = entries
        self.entriesByOPD = byOPD
        var base = baseURL ?? site.config.baseURL
        while base?.hasSuffix("/") == true { base?.removeLast() }
        self.baseURL = base.flatMap { $0.isEmpty ? nil : $0 }
    }

    public func absolute(_ path: String) -> String? {
        baseURL.map { $0 + "/" + path }
    }

    /// The most recently reviewed (or set) standards, newest first.
    public func recentlyReviewed(limit: Int) -> [Int] {
        entries.indices.filter { entries[$0].standard.lastReviewed != nil }
            .sorted {
                let a = entries[$0].standard, b = entries[$1].standard
                let da = a.lastReviewed?.dayNumber ?? 0, db = b.lastReviewed?.dayNumber ?? 0
                return da != db ? da > db : (a.opd, a.slug) < (b.opd, b.slug)
            }
            .prefix(limit).map { $0 }
    }

    public static let levelDescriptions = [
        0: "belum ada standar",
        1: "belum memuat ke-14 komponen",
        2: "memuat ke-14 komponen",
        3: "14 komponen dan ditetapkan dengan SK",
    ]
}
