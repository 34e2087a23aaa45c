/// What the site publishes: the site config, the published OPDs, and a compact summary of every published
/// service, sorted by OPD slug then service slug. Listing pages, data exports and the search index read this.
public struct SiteModel: Sendable {
    public var config: SiteConfig
    public var opds: [OPD]
    public var services: [ServiceSummary]
    /// OPD index of each service (same order as `services`).
    public var opdOf: [Int]
    /// Service indices per OPD (same order as `opds`).
    public var servicesByOPD: [[Int]]
    /// Base URL without trailing slash, or nil.
    public var baseURL: String?
    /// Changes per service file from git, newest first (empty without git).
    public var history: [String: [GitHistory.Change]] = [:]

    /// Every recorded change of a published service with the service's index, newest first (one date: by
    /// service): what the recent-changes page and the feed list. Without history there is nothing to look up;
    /// each service's file name ("content/<opd>/<slug>.md") is made in one string of its size (an interpolation
    /// grew it at each piece: about 2,400 instructions a service, callgrind).
    func serviceChanges() -> [(GitHistory.Change, Int)] {
        guard !history.isEmpty else { return [] }
        var all: [(GitHistory.Change, Int)] = []
        for (i, s) in services.enumerated() {
            for c in history[PageContexts.concat("content/", s.opd, "/", s.slug, ".md")] ?? [] { all.append((c, i)) }
        }
        all.sort { a, b in a.0.date != b.0.date ? a.0.date > b.0.date : a.1 < b.1 }
        return all
    }
    /// What the listing pages print of each service besides its summary's own strings (same order as `services`),
    /// formatted once: a service appears on its OPD's page, a list page, letter and category pages of the index
    /// and the compliance pages, and formatting its path, fee, time and dates on each cost about a third of a
    /// listing entry (callgrind).
    let lines: [ServiceLine]
    /// `<slug>/` of each OPD (same order as `opds`): the folder of its page.
    let opdFolders: [String]

    /// The formatted parts of one service that the listing pages share, whatever their depth.
    struct ServiceLine: Sendable {
        /// `ServiceSummary.path`: "<opd>/<slug>/".
        var path: String
        var fee: String
        var duration: String
        /// The last review (or decree) date in Indonesian and as ISO text; empty without one.
        var reviewed: String
        var reviewedISO: String

        init(_ s: ServiceSummary) {
            path = s.path
            fee = s.feeShort
            duration = s.durationShort
            let date = s.lastReviewed
            reviewed = date?.indonesian ?? ""
            reviewedISO = date?.description ?? ""
        }
    }

    public init(config: SiteConfig, opds: [OPD], services: [ServiceSummary], baseURL: String?) {
        self.config = config
        self.opds = opds
        self.services = services
        let position = Dictionary(opds.enumerated().map { ($1.slug, $0) }, uniquingKeysWith: { a, _ in a })
        opdOf = services.map { position[$0.opd] ?? 0 }
        var byOPD = Array(repeating: [Int](), count: opds.count)
        for (i, o) in opdOf.enumerated() where o < byOPD.count { byOPD[o].append(i) }
        servicesByOPD = byOPD
        lines = services.map(ServiceLine.init)
        opdFolders = opds.map { $0.slug + "/" }
        var base = baseURL ?? config.baseURL
        while base?.hasSuffix("/") == true { base?.removeLast() }
        self.baseURL = base.flatMap { $0.isEmpty ? nil : $0 }
    }

    /// OPDs whose pages are published: with an index, a valid and unreserved slug.
    public static func publishedOPDs(_ opds: [OPD]) -> [OPD] {
        opds.filter { $0.hasIndex && Slug.problem($0.slug) == nil && !ContentScanner.reservedSlugs.contains($0.slug) }
    }

    public func absolute(_ path: String) -> String? {
        baseURL.map { PageContexts.concat($0, "/", path) }
    }

    /// Appends the address of `summary`'s page as the data files and JSON-LD write it: `absolute(summary.path)`,
    /// or "/" and the path without a base URL; written into `out` in pieces (joined as a String first, five
    /// appends: about 2,200 instructions a service, callgrind).
    func appendAddress(of summary: ServiceSummary, to out: inout PageBuffer) {
        if let baseURL { out.append(baseURL) }
        out.append(0x2F)
        summary.appendPath(to: &out)
    }

    public func opd(of service: Int) -> OPD { opds[opdOf[service]] }

    /// The most recently reviewed (or set) standards, newest first (then by OPD and slug, then by position).
    /// Kept while walking the services once, at most `limit` of them: sorting every reviewed standard to keep
    /// 8 (the home page) or 50 (the feed) cost 7.8 M instructions for 1,000 services (callgrind).
    public func recentlyReviewed(limit: Int) -> [Int] {
        guard limit > 0 else { return [] }
        func precedes(_ a: (day: Int, index: Int), _ b: (day: Int, index: Int)) -> Bool {
            if a.day != b.day { return a.day > b.day }
            let x = services[a.index], y = services[b.index]
            return (x.opd, x.slug, a.index) < (y.opd, y.slug, b.index)
        }
        var top: [(day: Int, index: Int)] = []
        top.reserveCapacity(limit + 1)
        for i in services.indices {
            guard let date = services[i].lastReviewed else { continue }
            let candidate = (day: date.dayNumber, index: i)
            if top.count == limit, let last = top.last, !precedes(candidate, last) { continue }
            var k = top.count
            while k > 0, precedes(candidate, top[k - 1]) { k -= 1 }
            top.insert(candidate, at: k)
            if top.count > limit { top.removeLast() }
        }
        return top.map(\.index)
    }

    public static let levelDescriptions = [
        0: "belum ada standar",
        1: "belum memuat ke-14 komponen",
        2: "memuat ke-14 komponen",
        3: "14 komponen dan ditetapkan dengan SK",
    ]
}
