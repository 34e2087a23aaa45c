/// A rule's stable id, default severity and one-line description (Bahasa Indonesia, for `standar aturan` and
/// the documentation). Ids never change once published: CI scripts match on them.
public struct RuleDescription: Sendable, Hashable {
    public let id: String
    public let severity: Severity
    public let summary: String

    public init(_ id: String, _ severity: Severity, _ summary: String) {
        self.id = id
        self.severity = severity
        self.summary = summary
    }
}

/// Every rule Standar knows, in the order they are documented.
public enum Rules {
    // Files and encoding
    public static let encoding = RuleDescription("encoding", .error, "Berkas bukan teks UTF-8 yang sah (UTF-16, byte tidak sah, byte NUL).")
    public static let tooLarge = RuleDescription("too-large", .error, "Berkas melebihi batas ukuran.")
    public static let tooComplex = RuleDescription("terlalu-rumit", .error, "Isi Markdown terlalu rumit untuk diolah dengan aman (tabel sangat lebar, daftar bersarang sangat dalam, tanda berulang).")
    public static let emptyFile = RuleDescription("empty-file", .error, "Berkas kosong.")
    public static let invalidSlug = RuleDescription("invalid-slug", .error, "Nama berkas atau folder tidak bisa dipakai sebagai alamat halaman.")
    public static let duplicateSlug = RuleDescription("duplicate-slug", .error, "Dua berkas menghasilkan alamat halaman yang sama.")
    public static let reservedSlug = RuleDescription("reserved-slug", .error, "Nama folder OPD dipakai oleh situs sendiri.")
    public static let missingOPD = RuleDescription("missing-opd", .error, "Folder OPD tidak memiliki _index.md.")
    public static let missingSite = RuleDescription("missing-site", .error, "content/_index.md tidak ada.")
    public static let fileLocation = RuleDescription("file-location", .error, "Berkas Markdown berada di tempat yang salah.")
    public static let symlink = RuleDescription("symlink", .error, "Tautan simbolik yang tidak diikuti.")
    public static let ignoredFile = RuleDescription("ignored-file", .warning, "Berkas bukan Markdown di dalam content/ diabaikan.")
    // Front matter
    public static let frontMatter = RuleDescription("front-matter", .error, "Front matter tidak ada, tidak ditutup, atau YAML-nya salah.")
    public static let missingField = RuleDescription("missing-field", .error, "Kolom wajib front matter tidak diisi.")
    public static let invalidField = RuleDescription("invalid-field", .error, "Isi kolom front matter tidak sesuai jenisnya.")
    public static let unknownField = RuleDescription("unknown-field", .warning, "Kolom front matter tidak dikenal.")
    public static let missingDecree = RuleDescription("missing-decree", .warning, "Nomor SK atau tanggal penetapan belum dicantumkan.")
    // Components
    public static let missingComponent = RuleDescription("missing-component", .error, "Komponen wajib standar pelayanan tidak ada.")
    public static let emptyComponent = RuleDescription("empty-component", .error, "Komponen ada tetapi belum diisi.")
    public static let duplicateComponent = RuleDescription("duplicate-component", .error, "Komponen diisi dua kali (di front matter dan di isi berkas).")
    public static let unknownSection = RuleDescription("unknown-section", .warning, "Judul bagian tidak dikenali sebagai komponen.")
    public static let feeUnreadable = RuleDescription("fee-unreadable", .warning, "Biaya tidak dapat dibaca sebagai gratis atau nominal rupiah.")
    public static let durationUnreadable = RuleDescription("duration-unreadable", .warning, "Jangka waktu tidak dapat dibaca sebagai lama waktu.")
    public static let reviewOverdue = RuleDescription("review-overdue", .warning, "Standar belum ditinjau lebih dari satu tahun.")
    public static let rawHTML = RuleDescription("raw-html", .warning, "HTML mentah tidak ditampilkan di situs.")

    public static let all: [RuleDescription] = [
        encoding, tooLarge, tooComplex, emptyFile, invalidSlug, duplicateSlug, reservedSlug, missingOPD, missingSite,
        fileLocation, symlink, ignoredFile, frontMatter, missingField, invalidField, unknownField, missingDecree,
        missingComponent, emptyComponent, duplicateComponent, unknownSection, feeUnreadable, durationUnreadable,
        reviewOverdue, rawHTML,
    ]
}
