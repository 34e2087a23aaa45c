import Foundation

/// How a standard stands for the evaluator: set and published, a draft, or a file that could not be read.
public enum StandardStatus: String, Sendable, CaseIterable {
    case terbit
    case draf
    case tidakTerbaca = "tidak_terbaca"

    /// As printed in reports.
    public var label: String {
        switch self {
        case .terbit: "terbit"
        case .draf: "draf"
        case .tidakTerbaca: "tidak terbaca"
        }
    }
}

/// One component of one standard: written with content, written with an empty section, or absent.
public enum ComponentState: String, Sendable, CaseIterable {
    case ada
    case kosong
    case tidakAda = "tidak_ada"

    /// As printed in reports.
    public var label: String {
        switch self {
        case .ada: "✓"
        case .kosong: "kosong"
        case .tidakAda: "tidak ada"
        }
    }
}

/// One service file as the evaluator sees it: the 14 components, the KemenPAN-RB level the content shows, the
/// decree and the last review. Kept small so `check` can keep one per file for 50,000 files.
public struct StandardRow: Sendable, Equatable {
    public var file: String
    public var opd: String
    public var slug: String
    /// Nil when the file could not be read.
    public var judul: String?
    public var status: StandardStatus
    /// KemenPAN-RB indicator level from the content: 1 (not all 14 components), 2 (all 14), 3 (plus SK number
    /// and date). Nil when the file could not be read. Levels 4 and 5 need evidence the content does not hold.
    public var level: Int?
    /// The 14 components in canonical order; empty when the file could not be read.
    public var components: [ComponentState]
    /// Every component the site requires (`komponen_wajib`) is present and filled.
    public var complete: Bool
    public var nomorSK: String?
    public var ditetapkan: SimpleDate?
    public var ditinjau: SimpleDate?
    public var errors: Int
    public var warnings: Int

    public init(file: String, opd: String, slug: String, standard: ServiceStandard?, diagnostics: [Diagnostic],
                required: [ComponentID]) {
        self.file = file
        self.opd = opd
        self.slug = slug
        errors = diagnostics.count { $0.severity == .error }
        warnings = diagnostics.count { $0.severity == .warning }
        guard let standard else {
            judul = nil
            status = .tidakTerbaca
            level = nil
            components = []
            complete = false
            return
        }
        judul = standard.judul
        status = !standard.frontMatterReadable ? .tidakTerbaca : standard.draft ? .draf : .terbit
        components = ComponentID.allCases.map { id in
            guard let c = standard.component(id) else { return .tidakAda }
            return c.isEmpty ? .kosong : .ada
        }
        level = Self.level(components: components, nomorSK: standard.nomorSK, ditetapkan: standard.ditetapkan)
        complete = standard.gaps(required: required).isEmpty
        nomorSK = standard.nomorSK
        ditetapkan = standard.ditetapkan
        ditinjau = standard.ditinjau
    }

    /// The KemenPAN-RB level a standard's content shows (0 is "no standard", never a file's level).
    public static func level(components: [ComponentState], nomorSK: String?, ditetapkan: SimpleDate?) -> Int {
        guard components.count == ComponentID.allCases.count, components.allSatisfy({ $0 == .ada }) else { return 1 }
        return nomorSK != nil && ditetapkan != nil ? 3 : 2
    }

    public func state(_ id: ComponentID) -> ComponentState? {
        components.isEmpty ? nil : components[id.order]
    }

    /// The date the standard was last reviewed or, failing that, set.
    public var lastReviewed: SimpleDate? { ditinjau ?? ditetapkan }

    /// What a standard lacks for level 3, in plain words (empty at level 3).
    public var missingForLevel3: [String] {
        guard status != .tidakTerbaca else { return ["berkas tidak terbaca"] }
        var out: [String] = []
        let gaps = ComponentID.allCases.filter { state($0) != .ada }
        if !gaps.isEmpty { out.append("\(gaps.count) komponen belum diisi") }
        if nomorSK == nil { out.append("nomor SK") }
        if ditetapkan == nil { out.append("tanggal penetapan") }
        return out
    }
}

/// Counts over the standards of one OPD (or of the whole site): every file is exactly one of terbit, draf or
/// tidak terbaca, and every published standard is at exactly one level, so the columns add up.
public struct StandardTally: Sendable, Equatable {
    public var files = 0
    public var drafts = 0
    public var unreadable = 0
    public var complete = 0
    /// Published standards at levels 1, 2 and 3 (index 0 is unused).
    public var levels = [0, 0, 0, 0]
    public var errors = 0

    public init() {}

    public init(_ rows: some Sequence<StandardRow>) {
        for r in rows { add(r) }
    }

    public mutating func add(_ r: StandardRow) {
        files += 1
        if r.errors > 0 { errors += 1 }
        switch r.status {
        case .draf: drafts += 1
        case .tidakTerbaca: unreadable += 1
        case .terbit:
            if r.complete { complete += 1 }
            if let l = r.level, (1...3).contains(l) { levels[l] += 1 }
        }
    }

    public var published: Int { files - drafts - unreadable }
    public var incomplete: Int { published - complete }

    /// The OPD's level: 0 when it has no published standard, else the lowest level of its standards.
    public var level: Int {
        guard published > 0 else { return 0 }
        return (1...3).first { levels[$0] > 0 } ?? 0
    }

    public static func + (a: StandardTally, b: StandardTally) -> StandardTally {
        var t = a
        t.files += b.files
        t.drafts += b.drafts
        t.unreadable += b.unreadable
        t.complete += b.complete
        t.errors += b.errors
        for i in t.levels.indices { t.levels[i] += b.levels[i] }
        return t
    }
}

/// The evaluator's matrix (`standar laporan`): one row per standard, one tally per OPD, OPDs without any
/// standard at level 0.
public struct EvaluationReport: Sendable {
    public struct OPDRow: Sendable {
        public var slug: String
        public var nama: String
        public var singkatan: String?
        public var tally: StandardTally
    }

    public var judul: String
    public var pemda: String?
    public var today: SimpleDate
    public var standards: [StandardRow]
    public var opds: [OPDRow]
    public var files: Int
    public var errorCount: Int
    public var warningCount: Int

    public init(_ result: CheckResult, today: SimpleDate) {
        judul = result.site.config.judul
        pemda = result.site.config.pemda
        self.today = today
        standards = result.standards
        files = result.site.fileCount
        errorCount = result.errorCount
        warningCount = result.warningCount
        let byOPD = Dictionary(grouping: result.standards, by: \.opd)
        opds = result.site.opds.map { OPDRow(slug: $0.slug, nama: $0.nama, singkatan: $0.singkatan, tally: StandardTally(byOPD[$0.slug] ?? [])) }
        opdNames = Dictionary(result.site.opds.map { ($0.slug, $0.nama) }, uniquingKeysWith: { a, _ in a })
    }

    let opdNames: [String: String]

    /// The OPD's human name (its folder name when it has no `_index.md`).
    public func opdName(_ slug: String) -> String { opdNames[slug] ?? slug }

    public var total: StandardTally { opds.reduce(StandardTally()) { $0 + $1.tally } }

    /// Number of OPDs at each level 0...3.
    public var opdsPerLevel: [Int] {
        var out = [0, 0, 0, 0]
        for o in opds { out[o.tally.level] += 1 }
        return out
    }
}
