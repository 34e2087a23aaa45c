/// The 14 components of a public service standard (UU 25/2009 Pasal 21, PermenPAN-RB 15/2014).
///
/// The declaration order is the canonical publication order: the six service-delivery components
/// first, then the eight management ("manufacturing") components.
public enum ComponentID: String, CaseIterable, Sendable, Hashable, Codable, Comparable {
    case persyaratan
    case prosedur
    case waktu
    case biaya
    case produk
    case pengaduan
    case dasarHukum = "dasar_hukum"
    case sarana
    case kompetensi
    case pengawasan
    case jumlahPelaksana = "jumlah_pelaksana"
    case jaminanPelayanan = "jaminan_pelayanan"
    case jaminanKeamanan = "jaminan_keamanan"
    case evaluasi

    /// The stable id used in front matter, JSON output and `komponen_wajib`.
    public var id: String { rawValue }

    /// The canonical heading, as printed in published standards.
    public var canonicalHeading: String {
        switch self {
        case .persyaratan: "Persyaratan"
        case .prosedur: "Sistem, Mekanisme dan Prosedur"
        case .waktu: "Jangka Waktu Penyelesaian"
        case .biaya: "Biaya/Tarif"
        case .produk: "Produk Pelayanan"
        case .pengaduan: "Penanganan Pengaduan, Saran dan Masukan"
        case .dasarHukum: "Dasar Hukum"
        case .sarana: "Sarana, Prasarana dan/atau Fasilitas"
        case .kompetensi: "Kompetensi Pelaksana"
        case .pengawasan: "Pengawasan Internal"
        case .jumlahPelaksana: "Jumlah Pelaksana"
        case .jaminanPelayanan: "Jaminan Pelayanan"
        case .jaminanKeamanan: "Jaminan Keamanan dan Keselamatan Pelayanan"
        case .evaluasi: "Evaluasi Kinerja Pelaksana"
        }
    }

    /// True for the six components the citizen meets, which must be published.
    public var isServiceDelivery: Bool { order < 6 }

    /// Position in the canonical order (0-based).
    public var order: Int {
        switch self {
        case .persyaratan: 0
        case .prosedur: 1
        case .waktu: 2
        case .biaya: 3
        case .produk: 4
        case .pengaduan: 5
        case .dasarHukum: 6
        case .sarana: 7
        case .kompetensi: 8
        case .pengawasan: 9
        case .jumlahPelaksana: 10
        case .jaminanPelayanan: 11
        case .jaminanKeamanan: 12
        case .evaluasi: 13
        }
    }

    public static func < (lhs: ComponentID, rhs: ComponentID) -> Bool { lhs.order < rhs.order }

    // By case, not by name: for an enum with raw values the standard library's defaults hash and compare the
    // `rawValue` strings (perf showed `RawRepresentable._rawHashValue` at 0.6% of a build's CPU, from the
    // dictionaries keyed by component).
    public static func == (lhs: ComponentID, rhs: ComponentID) -> Bool { lhs.order == rhs.order }

    public func hash(into hasher: inout Hasher) { hasher.combine(order) }

    /// The component whose `id` is `id`, as `init(rawValue:)`. Only the names of `id`'s length are compared: most
    /// keys asked about are other front-matter fields ("judul", "ringkasan"), which the standard library's string
    /// switch compared with all fourteen names in turn (1.7k instructions a call, callgrind).
    public init?(id: String) {
        let length = id.utf8.count
        guard length < Self.byIDLength.count else { return nil }
        for candidate in Self.byIDLength[length] where candidate.rawValue == id {
            self = candidate
            return
        }
        return nil
    }

    /// The components by the UTF-8 length of their `id`, for `init(id:)`.
    private static let byIDLength: [[ComponentID]] = {
        var table: [[ComponentID]] = Array(repeating: [], count: 1 + (allCases.map(\.rawValue.utf8.count).max() ?? 0))
        for id in allCases { table[id.rawValue.utf8.count].append(id) }
        return table
    }()
}
