import Foundation
@testable import StandarKit

/// A site folder in a temporary directory, removed when the value is released.
final class TemporarySite {
    let root: String

    init(_ files: [String: String] = [:]) throws {
        root = NSTemporaryDirectory() + "standar-test-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: root + "/content", withIntermediateDirectories: true)
        for (path, text) in files { try write(path, text) }
        // Every OPD gets a complete maklumat pelayanan unless the test writes its own (tests of a missing one
        // remove it): a missing one is a warning that would otherwise show in every test.
        for path in files.keys where path.hasSuffix("/_index.md") && path.split(separator: "/").count == 3 {
            let maklumat = String(path.dropLast("_index.md".count)) + "maklumat.md"
            if files[maklumat] == nil { try write(maklumat, Fixtures.maklumat) }
        }
    }

    func write(_ path: String, _ text: String) throws {
        try write(path, bytes: Array(text.utf8))
    }

    func write(_ path: String, bytes: [UInt8]) throws {
        let full = root + "/" + path
        try FileManager.default.createDirectory(atPath: (full as NSString).deletingLastPathComponent,
                                                withIntermediateDirectories: true)
        _ = FileManager.default.createFile(atPath: full, contents: Data(bytes))
    }

    func remove(_ path: String) throws {
        try FileManager.default.removeItem(atPath: root + "/" + path)
    }

    deinit {
        try? FileManager.default.removeItem(atPath: root)
    }
}

enum Fixtures {
    static let siteIndex = """
    ---
    judul: Standar Pelayanan Kota Contoh
    pemda: Pemerintah Kota Contoh
    ---
    Situs contoh.
    """

    static let maklumat = """
    ---
    penandatangan: Drs. Budi Santoso, M.Si.
    jabatan: Kepala Dinas
    tanggal: 2026-01-02
    ---
    Dengan ini kami menyatakan sanggup menyelenggarakan pelayanan sesuai standar pelayanan.
    """

    static let opdIndex = """
    ---
    nama: Dinas Kependudukan dan Pencatatan Sipil
    singkatan: Disdukcapil
    ---
    Profil.
    """

    /// The text of each component in a complete standard (lines joined with "\n").
    static let contents: [ComponentID: String] = [
        .persyaratan: "- Surat keterangan lahir dari rumah sakit\n- Kartu Keluarga",
        .prosedur: "1. Pemohon mengisi formulir\n2. Petugas memverifikasi berkas\n3. Akta dicetak",
        .waktu: "3 (tiga) hari kerja sejak berkas lengkap",
        .biaya: "Gratis",
        .produk: "Akta Kelahiran",
        .pengaduan: "SP4N-LAPOR! dan telepon 0812-0000-0000",
        .dasarHukum: "- UU Nomor 24 Tahun 2013 tentang Administrasi Kependudukan",
        .sarana: "Ruang tunggu, komputer, printer",
        .kompetensi: "Memahami peraturan administrasi kependudukan",
        .pengawasan: "Kepala Bidang Pencatatan Sipil",
        .jumlahPelaksana: "3 orang",
        .jaminanPelayanan: "Pelayanan sesuai standar",
        .jaminanKeamanan: "Data pemohon dijaga kerahasiaannya",
        .evaluasi: "Evaluasi kinerja setiap tiga bulan",
    ]

    /// A complete standard; `replacing` swaps a component's section text.
    static func standard(judul: String = "Penerbitan Akta Kelahiran", extraFrontMatter: String = "",
                         omit: Set<ComponentID> = [], replace: [ComponentID: String] = [:]) -> String {
        var body = ""
        for id in ComponentID.allCases where !omit.contains(id) {
            body += "## \(id.canonicalHeading)\n\n\(replace[id] ?? Self.contents[id] ?? "")\n\n"
        }
        return """
        ---
        judul: \(judul)
        nomor_sk: 800/1/Disdukcapil/2026
        ditetapkan: 2026-01-10
        ditinjau: 2026-06-01
        \(extraFrontMatter)
        ---

        \(body)
        """
    }

    static let today = SimpleDate(year: 2026, month: 11, day: 22) ?? SimpleDate(dayNumber: 0)

    static func site(_ services: [String: String] = ["akta-kelahiran": standard()]) throws -> TemporarySite {
        var files = ["content/_index.md": siteIndex, "content/disdukcapil/_index.md": opdIndex]
        for (slug, text) in services { files["content/disdukcapil/\(slug).md"] = text }
        return try TemporarySite(files)
    }

    static func check(_ site: TemporarySite) -> CheckResult {
        Checker.run(root: site.root, today: today)
    }
}

extension CheckResult {
    func rules(_ rule: String) -> [Diagnostic] { diagnostics.filter { $0.rule == rule } }
}

/// Every file below `dir`, path -> bytes.
func snapshotFiles(_ dir: String) -> [String: Data] {
    var out: [String: Data] = [:]
    let enumerator = FileManager.default.enumerator(atPath: dir)
    while let path = enumerator?.nextObject() as? String {
        var isDir: ObjCBool = false
        if FileManager.default.fileExists(atPath: dir + "/" + path, isDirectory: &isDir), !isDir.boolValue {
            out[path] = FileManager.default.contents(atPath: dir + "/" + path)
        }
    }
    return out
}
