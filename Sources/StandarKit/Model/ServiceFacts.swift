/// The facts of one service standard that outlive its parse: where it lives, what its front matter says, and
/// the fee and time read from its components. Declared once: the parsed `ServiceStandard` and the
/// `ServiceSummary` that the listings, data files and build cache keep both hold one, and read its fields as
/// their own (`@dynamicMemberLookup`), so adding a fact means adding it here and to `visitFields`.
public struct ServiceFacts: Sendable, Codable, Equatable {
    public var opd: String
    public var slug: String
    public var judul: String
    public var ringkasan: String?
    public var kategori: String?
    public var nomorSK: String?
    public var ditetapkan: SimpleDate?
    public var ditinjau: SimpleDate?
    public var kataKunci: [String]
    public var fee: Fee?
    public var duration: ServiceDuration?

    public init(opd: String, slug: String, judul: String, ringkasan: String?, kategori: String?, nomorSK: String?,
                ditetapkan: SimpleDate?, ditinjau: SimpleDate?, kataKunci: [String], fee: Fee?,
                duration: ServiceDuration?) {
        self.opd = opd
        self.slug = slug
        self.judul = judul
        self.ringkasan = ringkasan
        self.kategori = kategori
        self.nomorSK = nomorSK
        self.ditetapkan = ditetapkan
        self.ditinjau = ditinjau
        self.kataKunci = kataKunci
        self.fee = fee
        self.duration = duration
    }
}

extension ServiceFacts: FieldCodable {
    static var blank: ServiceFacts {
        ServiceFacts(opd: "", slug: "", judul: "", ringkasan: nil, kategori: nil, nomorSK: nil, ditetapkan: nil,
                     ditinjau: nil, kataKunci: [], fee: nil, duration: nil)
    }

    /// The one order the build cache writes and reads these fields in; a field added above is added here too,
    /// and `BuildCache.formatVersion` bumped.
    mutating func visitFields<V: FieldVisitor>(_ v: inout V) throws {
        try v.visit(&opd)
        try v.visit(&slug)
        try v.visit(&judul)
        try v.visit(&ringkasan)
        try v.visit(&kategori)
        try v.visit(&nomorSK)
        try v.visit(&ditetapkan)
        try v.visit(&ditinjau)
        try v.visit(&kataKunci)
        try v.visit(&fee)
        try v.visit(&duration)
    }
}
