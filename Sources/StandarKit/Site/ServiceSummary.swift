/// What listing pages, data files and the search index need of one published service: a few hundred bytes,
/// so a site of 50,000 standards fits in little memory while each service page is rendered and written as
/// soon as its file is read.
@dynamicMemberLookup
public struct ServiceSummary: Sendable, Codable, Equatable {
    /// Its OPD, slug, title, front-matter facts, fee and time (`summary.judul` reads `facts.judul`).
    public var facts: ServiceFacts
    /// Required components that are missing or empty.
    public var gaps: [ComponentID]
    /// KemenPAN-RB indicator level the content shows: 1 (not all 14), 2 (all 14), 3 (plus SK number and date).
    public var level: Int
    /// The product in one line, for the facts box and the search index; empty when none fits.
    public var produk: String

    public subscript<T>(dynamicMember path: WritableKeyPath<ServiceFacts, T>) -> T {
        get { facts[keyPath: path] }
        set { facts[keyPath: path] = newValue }
    }

    public init(opd: String, slug: String, judul: String, ringkasan: String?, kategori: String?, nomorSK: String?,
                ditetapkan: SimpleDate?, ditinjau: SimpleDate?, kataKunci: [String], fee: Fee?, duration: ServiceDuration?,
                gaps: [ComponentID], level: Int, produk: String) {
        facts = ServiceFacts(opd: opd, slug: slug, judul: judul, ringkasan: ringkasan, kategori: kategori,
                             nomorSK: nomorSK, ditetapkan: ditetapkan, ditinjau: ditinjau, kataKunci: kataKunci,
                             fee: fee, duration: duration)
        self.gaps = gaps
        self.level = level
        self.produk = produk
    }

    public init(_ s: ServiceStandard, required: [ComponentID]) {
        facts = s.facts
        gaps = s.gaps(required: required)
        let allPresent = s.gaps(required: ComponentID.allCases).isEmpty
        level = allPresent ? (s.nomorSK != nil && s.ditetapkan != nil ? 3 : 2) : 1
        produk = s.component(.produk).flatMap { c -> String? in
            guard !c.isEmpty, let first = c.plainText.split(separator: "\n").first else { return nil }
            return first.count <= 120 ? String(first) : nil
        } ?? ""
    }

    public var complete: Bool { gaps.isEmpty }
    public var path: String { "\(facts.opd)/\(facts.slug)/" }
    public var lastReviewed: SimpleDate? { facts.ditinjau ?? facts.ditetapkan }
    public var feeShort: String { Formatting.fee(facts.fee) }
    public var durationShort: String { Formatting.duration(facts.duration) }
    /// Shown as "Gratis" only when nothing at all is charged.
    public var free: Bool { facts.fee?.isFree == true && (facts.fee?.max ?? 0) == 0 }
}

/// The fields of a summary, in the one order the build cache writes and reads them (`FieldVisitor`). A field
/// added to the declaration above is added here too, and `BuildCache.formatVersion` bumped.
extension ServiceSummary: FieldCodable {
    static var blank: ServiceSummary {
        ServiceSummary(opd: "", slug: "", judul: "", ringkasan: nil, kategori: nil, nomorSK: nil, ditetapkan: nil,
                       ditinjau: nil, kataKunci: [], fee: nil, duration: nil, gaps: [], level: 0, produk: "")
    }

    mutating func visitFields<V: FieldVisitor>(_ v: inout V) throws {
        try facts.visitFields(&v)
        try v.visit(&gaps)
        try v.visit(&level)
        try v.visit(&produk)
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
