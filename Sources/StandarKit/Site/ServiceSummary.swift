/// What listing pages, data files and the search index need of one published service: a few hundred bytes,
/// so a site of 50,000 standards fits in little memory while each service page is rendered and written as
/// soon as its file is read.
@dynamicMemberLookup
public struct ServiceSummary: Sendable, Codable, Equatable {
    /// The fields, in one immutable shared box. A summary travels whole from the worker that reads its file to
    /// the listings (the result, its consumption, the site model, sorts and listing pages), and each copy of the
    /// fields retained and released every string in them: 3.9% of a build (perf, 10,000 services). A copy is now
    /// one retain; a change (only the cache's reader and the initializers make one) builds a new box.
    private final class Storage: Sendable {
        let facts: ServiceFacts
        let gaps: [ComponentID]
        let level: Int
        let produk: String

        init(facts: ServiceFacts, gaps: [ComponentID], level: Int, produk: String) {
            self.facts = facts
            self.gaps = gaps
            self.level = level
            self.produk = produk
        }
    }
    private var storage: Storage

    /// Its OPD, slug, title, front-matter facts, fee and time (`summary.judul` reads `facts.judul`).
    public var facts: ServiceFacts {
        get { storage.facts }
        set { storage = Storage(facts: newValue, gaps: storage.gaps, level: storage.level, produk: storage.produk) }
    }
    /// Required components that are missing or empty.
    public var gaps: [ComponentID] {
        get { storage.gaps }
        set { storage = Storage(facts: storage.facts, gaps: newValue, level: storage.level, produk: storage.produk) }
    }
    /// KemenPAN-RB indicator level the content shows: 1 (not all 14), 2 (all 14), 3 (plus SK number and date).
    public var level: Int {
        get { storage.level }
        set { storage = Storage(facts: storage.facts, gaps: storage.gaps, level: newValue, produk: storage.produk) }
    }
    /// The product in one line, for the facts box and the search index; empty when none fits.
    public var produk: String {
        get { storage.produk }
        set { storage = Storage(facts: storage.facts, gaps: storage.gaps, level: storage.level, produk: newValue) }
    }

    public subscript<T>(dynamicMember path: WritableKeyPath<ServiceFacts, T>) -> T {
        get { storage.facts[keyPath: path] }
        set { facts[keyPath: path] = newValue }
    }

    public init(opd: String, slug: String, judul: String, ringkasan: String?, kategori: String?, nomorSK: String?,
                ditetapkan: SimpleDate?, ditinjau: SimpleDate?, kataKunci: [String], fee: Fee?, duration: ServiceDuration?,
                gaps: [ComponentID], level: Int, produk: String) {
        let facts = ServiceFacts(opd: opd, slug: slug, judul: judul, ringkasan: ringkasan, kategori: kategori,
                                 nomorSK: nomorSK, ditetapkan: ditetapkan, ditinjau: ditinjau, kataKunci: kataKunci,
                                 fee: fee, duration: duration)
        storage = Storage(facts: facts, gaps: gaps, level: level, produk: produk)
    }

    public init(_ s: ServiceStandard, required: [ComponentID]) {
        let allPresent = s.gaps(required: ComponentID.allCases).isEmpty
        let produk = s.component(.produk).flatMap { c -> String? in
            guard !c.isEmpty, let first = Self.firstLine(c.plainText) else { return nil }
            return first.count <= 120 ? String(first) : nil
        } ?? ""
        storage = Storage(facts: s.facts, gaps: s.gaps(required: required),
                          level: allPresent ? (s.nomorSK != nil && s.ditetapkan != nil ? 3 : 2) : 1, produk: produk)
    }

    public static func == (a: ServiceSummary, b: ServiceSummary) -> Bool {
        a.storage === b.storage || (a.storage.facts == b.storage.facts && a.storage.gaps == b.storage.gaps
            && a.storage.level == b.storage.level && a.storage.produk == b.storage.produk)
    }

    private enum CodingKeys: String, CodingKey { case facts, gaps, level, produk }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        storage = Storage(facts: try c.decode(ServiceFacts.self, forKey: .facts),
                          gaps: try c.decode([ComponentID].self, forKey: .gaps),
                          level: try c.decode(Int.self, forKey: .level), produk: try c.decode(String.self, forKey: .produk))
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(storage.facts, forKey: .facts)
        try c.encode(storage.gaps, forKey: .gaps)
        try c.encode(storage.level, forKey: .level)
        try c.encode(storage.produk, forKey: .produk)
    }

    /// `text.split(separator: "\n").first` without splitting the whole text (0.75% of a build, cachegrind): the
    /// first non-empty piece between "\n" Characters. An LF is a Character of its own unless a CR comes before it
    /// ("\r\n" is one Character, not the separator), and the positions around it are Character boundaries.
    static func firstLine(_ text: String) -> Substring? {
        let utf8 = text.utf8
        var start = utf8.startIndex
        var i = start
        var previous: UInt8 = 0
        while i != utf8.endIndex {
            let byte = utf8[i]
            if byte == 0x0A, previous != 0x0D {
                if i != start { return text[start..<i] }
                start = utf8.index(after: i)
            }
            previous = byte
            i = utf8.index(after: i)
        }
        return start != utf8.endIndex ? text[start...] : nil
    }

    public var complete: Bool { gaps.isEmpty }
    public var path: String { "\(facts.opd)/\(facts.slug)/" }
    /// Appends `path` to `out`, without making the string.
    func appendPath(to out: inout PageBuffer) {
        out.append(facts.opd)
        out.append(0x2F)
        out.append(facts.slug)
        out.append(0x2F)
    }
    public var lastReviewed: SimpleDate? { facts.ditinjau ?? facts.ditetapkan }
    public var feeShort: String { Formatting.fee(facts.fee) }
    public var durationShort: String { Formatting.duration(facts.duration) }
    /// Shown as "Gratis" only when nothing at all is charged.
    public var free: Bool { facts.fee?.isFree == true && (facts.fee?.max ?? 0) == 0 }
}

/// Reflects the fields in the box (a field added there appears here too; the cache tests count on it).
extension ServiceSummary: CustomReflectable {
    public var customMirror: Mirror { Mirror(self, children: Mirror(reflecting: storage).children) }
}

/// The fields of a summary, in the one order the build cache writes and reads them (`FieldVisitor`). A field
/// added to the declaration above is added here too, and `BuildCache.formatVersion` bumped.
extension ServiceSummary: FieldCodable {
    static var blank: ServiceSummary {
        ServiceSummary(opd: "", slug: "", judul: "", ringkasan: nil, kategori: nil, nomorSK: nil, ditetapkan: nil,
                       ditinjau: nil, kataKunci: [], fee: nil, duration: nil, gaps: [], level: 0, produk: "")
    }

    mutating func visitFields<V: FieldVisitor>(_ v: inout V) throws {
        // Through local copies, so a read from the cache builds one box, not four.
        var facts = facts, gaps = gaps, level = level, produk = produk
        try facts.visitFields(&v)
        try v.visit(&gaps)
        try v.visit(&level)
        try v.visit(&produk)
        storage = Storage(facts: facts, gaps: gaps, level: level, produk: produk)
    }
}

extension Fee: FieldCodable {
    static var blank: Fee { Fee(text: "", isFree: false, min: nil, max: nil) }

    mutating func visitFields<V: FieldVisitor>(_ v: inout V) throws {
        try v.visit(&text)
        try v.visit(&isFree)
        try v.visit(&min)
        try v.visit(&max)
    }
}

extension ServiceDuration: FieldCodable {
    static var blank: ServiceDuration { ServiceDuration(text: "") }

    mutating func visitFields<V: FieldVisitor>(_ v: inout V) throws {
        try v.visit(&text)
        try v.visit(&value)
        try v.visit(&maxValue)
        try v.visit(&unit)
    }
}

/// Stored as its text (YYYY-MM-DD).
extension SimpleDate: FieldCodable {
    static var blank: SimpleDate { SimpleDate(dayNumber: 0) }

    mutating func visitFields<V: FieldVisitor>(_ v: inout V) throws {
        var text = description
        try v.string(&text)
        guard let date = SimpleDate(text) else { throw FieldDecodingError() }
        self = date
    }
}

extension SimpleDate: Codable {
    public init(from decoder: Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let date = SimpleDate(text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "bad date \(text)"))
        }
        self = date
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(description)
    }
}
