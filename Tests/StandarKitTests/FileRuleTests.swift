import Foundation
import Testing
@testable import StandarKit

/// The file and name rules: encoding, too-large, empty-file, invalid-slug, duplicate-slug, reserved-slug,
/// missing-opd, missing-site, file-location, symlink, ignored-file; each with its message, location and hint.
@Suite struct FileRuleTests {
    func check(_ write: (TemporarySite) throws -> Void) throws -> CheckResult {
        let site = try Fixtures.site()
        try write(site)
        return Fixtures.check(site)
    }

    func only(_ rule: String, in result: CheckResult) throws -> Diagnostic {
        let found = result.rules(rule)
        #expect(found.count == 1, "\(found)")
        return try #require(found.first)
    }

    @Test func invalidUTF8IsLocated() throws {
        let prefix = "---\njudul: Caf"
        let r = try check { try $0.write("content/disdukcapil/x.md", bytes: Array(prefix.utf8) + [0xE9, 0x0A]) }
        let d = try only("encoding", in: r)
        #expect(d.file == "content/disdukcapil/x.md" && d.severity == .error)
        #expect(d.line == RuleFixture.line(of: "judul", in: prefix))
        #expect(d.column == "judul: Caf".count + 1)
        #expect(d.message == "berkas berisi byte yang bukan UTF-8 yang sah")
        #expect(d.hint == "simpan ulang berkas dengan pengodean \"UTF-8\" (berkas ini mungkin disimpan sebagai ANSI/Windows-1252)")
    }

    @Test(arguments: [
        ([0xFF, 0xFE, 0x2D, 0x00] as [UInt8], "berkas disimpan dengan pengodean UTF-16, bukan UTF-8",
         "buka berkas di editor teks lalu simpan ulang dengan pengodean \"UTF-8\""),
        ([0x2D, 0x00, 0x2D, 0x00], "berkas tampaknya disimpan dengan pengodean UTF-16, bukan UTF-8",
         "simpan ulang berkas dengan pengodean \"UTF-8\""),
        ([0x2D, 0x0A, 0xC3, 0xA9, 0x00, 0x00], "berkas berisi byte NUL (berkas biner atau rusak)",
         "pastikan ini berkas teks Markdown; hapus karakter tak terlihat atau salin isinya ke berkas baru"),
    ])
    func encodingProblems(bytes: [UInt8], message: String, hint: String) throws {
        let d = try only("encoding", in: try check { try $0.write("content/disdukcapil/x.md", bytes: bytes) })
        #expect(d.message == message)
        #expect(d.hint == hint)
    }

    @Test func unreadableFile() {
        let d = EncodingRule.unreadable(file: "content/a/b.md", reason: "izin ditolak")
        #expect(d.rule == "encoding" && d.line == 1 && d.severity == .error)
        #expect(d.message == "berkas tidak dapat dibaca: izin ditolak")
        #expect(d.hint == "periksa izin akses berkas")
    }

    @Test func tooLarge() throws {
        let size = SiteLoader.maxFileSize + 2048
        let d = try only("too-large", in: try check { try $0.write("content/disdukcapil/x.md", String(repeating: "a", count: size)) })
        #expect(d.line == 1 && d.file == "content/disdukcapil/x.md")
        #expect(d.message == "berkas berukuran \(size / 1024) KiB, melebihi batas \(SiteLoader.maxFileSize / 1024) KiB")
        #expect(d.hint == "standar pelayanan biasanya hanya beberapa KiB; pecah menjadi beberapa standar atau hapus isi yang tidak perlu (gambar tempelan, tabel sangat besar)")
    }

    @Test func emptyFile() throws {
        let d = try only("empty-file", in: try check { try $0.write("content/disdukcapil/x.md", " \n\t\n") })
        #expect(d.line == 1 && d.severity == .error)
        #expect(d.message == "berkas kosong")
        #expect(d.hint == "isi berkas dengan front matter dan komponen standar, atau hapus berkas ini; \"standar new\" membuat kerangkanya")
    }

    @Test func invalidSlugs() throws {
        let r = try check {
            try $0.write("content/disdukcapil/Akta Kematian.md", Fixtures.standard())
            try $0.write("content/Dinas_Sosial/_index.md", "---\nnama: Dinsos\n---\n")
            try $0.write("content/disdukcapil/KTP.MD", Fixtures.standard())
        }
        let found = Dictionary(r.rules("invalid-slug").map { ($0.file, $0) }, uniquingKeysWith: { a, _ in a })
        #expect(found.count == 3)
        let file = try #require(found["content/disdukcapil/Akta Kematian.md"])
        #expect(file.line == 1 && file.severity == .error)
        #expect(file.message == "nama berkas \"Akta Kematian.md\" tidak bisa dipakai sebagai alamat: memakai huruf besar")
        #expect(file.hint == "ganti nama berkas menjadi \"akta-kematian.md\" (huruf kecil, angka dan tanda -)")
        let folder = try #require(found["content/Dinas_Sosial"])
        #expect(folder.message == "nama folder OPD \"Dinas_Sosial\" tidak bisa dipakai sebagai alamat: memakai huruf besar")
        #expect(folder.hint == "ganti nama folder menjadi \"dinas-sosial\" (huruf kecil, angka dan tanda -)")
        let ext = try #require(found["content/disdukcapil/KTP.MD"])
        #expect(ext.message == "berkas \"KTP.MD\" harus berakhiran .md (huruf kecil)")
        #expect(ext.hint == "ganti nama berkas menjadi \"ktp.md\"")
    }

    @Test func duplicateSlug() throws {
        let r = try check {
            try $0.write("content/disdukcapil/ktp.md", Fixtures.standard())
            try $0.write("content/disdukcapil/kTp.md", Fixtures.standard())
        }
        let d = try only("duplicate-slug", in: r)
        #expect(d.line == 1 && d.severity == .error)
        #expect(["content/disdukcapil/ktp.md", "content/disdukcapil/kTp.md"].contains(d.file))
        let other = d.file.hasSuffix("/ktp.md") ? "content/disdukcapil/kTp.md" : "content/disdukcapil/ktp.md"
        #expect(d.message == "alamat \"ktp\" sudah dipakai oleh \(other)")
        #expect(d.hint == "ganti nama salah satu berkas atau folder agar alamatnya berbeda")
    }

    @Test func reservedSlug() throws {
        let d = try only("reserved-slug", in: try check { try $0.write("content/layanan/_index.md", "---\nnama: X\n---\n") })
        #expect(d.file == "content/layanan" && d.line == 1)
        #expect(d.message == "nama folder \"layanan\" sudah dipakai oleh halaman situs /layanan/")
        #expect(d.hint == "ganti nama folder OPD, misalnya \"layanan-opd\" atau singkatan OPD")
    }

    @Test func missingOPDAndSite() throws {
        let r = try check {
            try $0.write("content/dinsos/bansos.md", Fixtures.standard())
            try $0.remove("content/_index.md")
        }
        let opd = try only("missing-opd", in: r)
        #expect(opd.file == "content/dinsos" && opd.line == 1)
        #expect(opd.message == "folder OPD \"dinsos\" tidak memiliki _index.md")
        #expect(opd.hint == "buat content/dinsos/_index.md dengan front matter berisi paling tidak nama: <nama lengkap OPD>")
        let site = try only("missing-site", in: r)
        #expect(site.file == "content/_index.md" && site.line == 1)
        #expect(site.message == "content/_index.md tidak ada")
        #expect(site.hint == "buat content/_index.md dengan front matter berisi paling tidak judul: <judul situs>")
    }

    @Test func missingContentFolder() throws {
        let site = try TemporarySite()
        try site.remove("content")
        let d = try only("missing-site", in: Fixtures.check(site))
        #expect(d.file == "content" && d.line == 1)
        #expect(d.message == "folder content/ tidak ditemukan")
        #expect(d.hint == "jalankan perintah ini di folder situs (yang berisi content/), atau buat situs baru dengan \"standar init\"")
    }

    @Test func fileLocation() throws {
        let r = try check {
            try $0.write("content/akta.md", Fixtures.standard())
            try $0.write("content/disdukcapil/arsip/lama.md", Fixtures.standard())
        }
        let found = Dictionary(r.rules("file-location").map { ($0.file, $0) }, uniquingKeysWith: { a, _ in a })
        let top = try #require(found["content/akta.md"])
        #expect(top.line == 1 && top.severity == .error)
        #expect(top.message == "standar \"akta.md\" berada langsung di content/, bukan di folder OPD")
        #expect(top.hint == "pindahkan ke content/<opd>/akta.md, misalnya content/disdukcapil/akta.md")
        let deep = try #require(found["content/disdukcapil/arsip"])
        #expect(deep.message == "folder \"content/disdukcapil/arsip\" terlalu dalam: standar harus langsung di content/<opd>/")
        #expect(deep.hint == "pindahkan berkas .md di dalamnya ke content/disdukcapil/ atau jadikan folder OPD sendiri di content/")
    }

    @Test func symlinks() throws {
        let site = try Fixtures.site()
        let outside = site.root + "/rahasia.md"
        try Fixtures.standard().write(toFile: outside, atomically: false, encoding: .utf8)
        let fm = FileManager.default
        try fm.createSymbolicLink(atPath: site.root + "/content/disdukcapil/bocor.md", withDestinationPath: outside)
        try fm.createSymbolicLink(atPath: site.root + "/content/disdukcapil/hilang.md", withDestinationPath: "/tidak/ada")
        try fm.createDirectory(atPath: site.root + "/content/disdukcapil-lama", withIntermediateDirectories: true)
        try fm.createSymbolicLink(atPath: site.root + "/content/disdukcapil/folder", withDestinationPath: site.root + "/content/disdukcapil-lama")
        let found = Dictionary(Fixtures.check(site).rules("symlink").map { ($0.file, $0) }, uniquingKeysWith: { a, _ in a })
        #expect(found.count == 3)
        let out = try #require(found["content/disdukcapil/bocor.md"])
        #expect(out.line == 1 && out.severity == .error)
        #expect(out.message == "tautan simbolik \"content/disdukcapil/bocor.md\" menunjuk ke luar folder content/ dan tidak diikuti")
        #expect(out.hint == "salin berkasnya ke dalam content/ alih-alih memakai tautan")
        let broken = try #require(found["content/disdukcapil/hilang.md"])
        #expect(broken.message == "tautan simbolik \"content/disdukcapil/hilang.md\" menunjuk ke berkas yang tidak ada")
        #expect(broken.hint == "hapus tautan ini atau ganti dengan berkas sebenarnya")
        let folder = try #require(found["content/disdukcapil/folder"])
        #expect(folder.message == "tautan simbolik ke folder \"content/disdukcapil/folder\" tidak diikuti")
        #expect(folder.hint == "pindahkan foldernya ke sini alih-alih memakai tautan")
    }

    @Test func ignoredFile() throws {
        let r = try check {
            try $0.write("content/disdukcapil/foto.jpg", "xx")
            try $0.write("content/disdukcapil/catatan.md~", "xx")
            try $0.write("content/disdukcapil/.DS_Store", "xx")
        }
        let d = try only("ignored-file", in: r)
        #expect(d.file == "content/disdukcapil/foto.jpg" && d.line == 1 && d.severity == .warning)
        #expect(d.message == "berkas \"foto.jpg\" bukan Markdown (.md) dan diabaikan")
        #expect(d.hint == "hanya berkas .md yang dibaca; pindahkan berkas lain ke luar folder content/")
    }
}
