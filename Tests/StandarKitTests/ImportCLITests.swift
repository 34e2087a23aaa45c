import Foundation
import Testing
@testable import StandarKit

/// `standar impor` through the built binary: messages and exit codes (0 all complete, 1 gaps or a failed file,
/// 2 cannot run).
@Suite struct ImportCLITests {
    func site() throws -> TemporaryFolder {
        let folder = try TemporaryFolder()
        #expect(try CLI.run(["init", ".", "--today=2026-06-01"], in: folder.path).status == 0)
        return folder
    }

    @Test func completeDocumentExitsZeroAndPassesCheck() throws {
        let folder = try site()
        let r = try CLI.run(["impor", ImportFixtures.path("lampiran-disdukcapil.docx"), "--opd", "disdukcapil"], in: folder.path)
        #expect(r.status == 0, "\(r.stdout)\(r.stderr)")
        #expect(r.stdout.contains("lampiran-disdukcapil.docx: 2 standar ditemukan"))
        #expect(r.stdout.contains("ditulis content/disdukcapil/penerbitan-kartu-keluarga.md: \"Penerbitan Kartu Keluarga\", 14 dari 14 komponen terisi"))
        #expect(r.stdout.contains("SK nomor 800/016/Disdukcapil/2024, ditetapkan 2024-01-02"))
        #expect(r.stdout.contains("Ringkasan: 2 standar ditulis (2 lengkap, 0 draf belum lengkap)."))
        let check = try CLI.run(["check", "--today=2024-06-01"], in: folder.path)
        #expect(check.status == 0, "\(check.stdout)")
        #expect(check.stdout.contains("0 galat"))
        // A second run writes nothing and says so.
        let again = try CLI.run(["impor", ImportFixtures.path("lampiran-disdukcapil.docx"), "--opd", "disdukcapil"], in: folder.path)
        #expect(again.status == 1)
        #expect(again.stdout.contains("tidak ditulis: \"Penerbitan Kartu Keluarga\": content/disdukcapil/penerbitan-kartu-keluarga.md sudah ada dan tidak ditimpa"))
    }

    @Test func gapsAndFailedFilesExitOne() throws {
        let folder = try site()
        let r = try CLI.run(["impor", ImportFixtures.path("lampiran-rsud.docx"), ImportFixtures.path("bom-zip.docx"),
                             ImportFixtures.path("entitas.docx"), "--opd", "rsud", "--site", folder.path], in: "/")
        #expect(r.status == 1)
        #expect(r.stdout.contains("ditulis content/rsud/pelayanan-rawat-inap.md (draf)"))
        #expect(r.stdout.contains("tidak ada: Jumlah Pelaksana"))
        #expect(r.stdout.contains("kosong: Evaluasi Kinerja Pelaksana"))
        #expect(r.stdout.contains("1 bagian belum ditempatkan (di bagian \"Belum Ditempatkan\"): \"Maklumat Pelayanan\""))
        #expect(r.stdout.contains("OPD baru dibuat: content/rsud/_index.md"))
        #expect(r.stdout.contains("2 berkas gagal"))
        #expect(r.stderr.contains("galat: bom-zip.docx memuat isi yang mengembang terlalu besar"))
        #expect(r.stderr.contains("galat: entitas.docx: bagian word/document.xml memuat deklarasi DTD"))
        #expect(r.stderr.contains("saran: "))
        let check = try CLI.run(["check", "--today=2024-06-01"], in: folder.path)
        #expect(check.status == 0, "\(check.stdout)")
    }

    @Test func cannotRunExitsTwo() throws {
        let empty = try TemporaryFolder()
        let r = try CLI.run(["impor", ImportFixtures.path("lampiran-rsud.docx")], in: empty.path)
        #expect(r.status == 2)
        #expect(r.stderr.contains("galat: folder content/ tidak ditemukan"))
        let folder = try site()
        let two = try CLI.run(["new", "dinkes"], in: folder.path)
        #expect(two.status == 0)
        let ambiguous = try CLI.run(["impor", ImportFixtures.path("lampiran-rsud.docx")], in: folder.path)
        #expect(ambiguous.status == 2)
        #expect(ambiguous.stderr.contains("sebutkan OPD-nya dengan --opd"))
        let bad = try CLI.run(["impor", ImportFixtures.path("lampiran-rsud.docx"), "--opd", "../luar"], in: folder.path)
        #expect(bad.status == 2)
        let none = try CLI.run(["impor", "--opd", "disdukcapil"], in: folder.path)
        #expect(none.status == 2)
        #expect(none.stderr.contains("Argumen yang diperlukan tidak ada"))
    }

    @Test func legacyDocWithoutLibreOffice() throws {
        let folder = try site()
        let r = try CLI.run(["impor", ImportFixtures.path("lampiran-disdukcapil.doc"), "--opd", "disdukcapil"],
                            in: folder.path, environment: ["PATH": "/nonexistent"])
        #expect(r.status == 1)
        #expect(r.stderr.contains("LibreOffice (soffice) tidak terpasang"))
        #expect(r.stderr.contains("Simpan Sebagai"))
    }

    @Test func helpIsIndonesian() throws {
        let folder = try TemporaryFolder()
        let r = try CLI.run(["impor", "--help"], in: folder.path)
        #expect(r.status == 0)
        #expect(r.stdout.contains("Impor standar pelayanan dari dokumen Word"))
        #expect(r.stdout.contains("Kode keluar: 0"))
    }
}
