/// What a front-matter key may hold.
public enum FieldType: String, Sendable {
    case text
    case date
    case boolean
    case textList
    /// A component given in front matter: text, or a list of text.
    case textOrList
    case email
    case url
    case componentList
}

/// One documented front-matter key.
public struct FieldSpec: Sendable {
    public let key: String
    public let type: FieldType
    public let required: Bool
    /// Bahasa Indonesia, shown in editor tooltips (JSON Schema) and hints.
    public let description: String

    public init(_ key: String, _ type: FieldType, required: Bool = false, _ description: String) {
        self.key = key
        self.type = type
        self.required = required
        self.description = description
    }
}

/// The keys of each kind of content file.
public enum FrontMatterSchema {
    public static let site: [FieldSpec] = [
        FieldSpec("judul", .text, required: true, "Judul situs, misalnya \"Standar Pelayanan Kota Sukamaju\"."),
        FieldSpec("pemda", .text, "Nama pemerintah daerah, misalnya \"Pemerintah Kota Sukamaju\"."),
        FieldSpec("base_url", .url, "Alamat situs yang diterbitkan, diawali https://."),
        FieldSpec("komponen_wajib", .componentList, "Daftar id komponen yang wajib ada. Bawaan: ke-14 komponen."),
        FieldSpec("tema", .text, "Nama tema di folder themes/. Bawaan: default."),
    ]

    public static let opd: [FieldSpec] = [
        FieldSpec("nama", .text, required: true, "Nama lengkap OPD, misalnya \"Dinas Kependudukan dan Pencatatan Sipil\"."),
        FieldSpec("singkatan", .text, "Singkatan OPD, misalnya \"Disdukcapil\"."),
        FieldSpec("alamat", .text, "Alamat kantor pelayanan."),
        FieldSpec("telepon", .text, "Nomor telepon layanan."),
        FieldSpec("email", .email, "Alamat surel layanan."),
        FieldSpec("situs", .url, "Alamat situs OPD, diawali https://."),
        FieldSpec("jam_layanan", .text, "Hari dan jam layanan, misalnya \"Senin–Jumat 08.00–15.00 WIB\"."),
    ]

    public static let service: [FieldSpec] = [
        FieldSpec("judul", .text, required: true, "Nama layanan, misalnya \"Penerbitan Akta Kelahiran\"."),
        FieldSpec("ringkasan", .text, "Satu kalimat tentang layanan ini untuk warga."),
        FieldSpec("kategori", .text, "Kategori layanan, misalnya \"Kependudukan\"."),
        FieldSpec("nomor_sk", .text, "Nomor keputusan (SK) yang menetapkan standar ini."),
        FieldSpec("ditetapkan", .date, "Tanggal penetapan SK, format TTTT-BB-HH."),
        FieldSpec("ditinjau", .date, "Tanggal terakhir standar ditinjau, format TTTT-BB-HH."),
        FieldSpec("kata_kunci", .textList, "Daftar kata kunci untuk pencarian."),
        FieldSpec("draft", .boolean, "true bila standar belum boleh diterbitkan."),
    ] + ComponentID.allCases.map {
        FieldSpec($0.id, .textOrList, "Komponen \($0.canonicalHeading), bila tidak ditulis sebagai bagian ## di isi berkas.")
    }
}
