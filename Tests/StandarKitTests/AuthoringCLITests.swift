import Foundation
import Testing
@testable import StandarKit

/// `standar init`, `new` and `schema` through the built binary, as a new user runs them.
@Suite struct AuthoringCLITests {
    let today = "--today=2026-06-01"

    @Test func initThenCheckStrictThenBuild() throws {
        let folder = try TemporaryFolder()
        let r = try CLI.run(["init", "sukamaju", "--pemda", "Kota Sukamaju", today], in: folder.path)
        #expect(r.status == 0, "\(r.stdout)\(r.stderr)")
        #expect(r.stdout.contains("Situs baru dibuat di sukamaju/"))
        #expect(r.stdout.contains("content/disdukcapil/akta-kelahiran.md"))
        #expect(r.stdout.contains("standar serve"))
        let site = folder.path + "/sukamaju"
        let check = try CLI.run(["check", "--strict", today], in: site)
        #expect(check.status == 0, "\(check.stdout)")
        #expect(check.stdout.contains("0 galat, 0 peringatan"))
        let github = try CLI.run(["check", "--format", "github", today], in: site)
        #expect(github.status == 0)
        let build = try CLI.run(["build", today], in: site)
        #expect(build.status == 0, "\(build.stderr)")
        #expect(FileManager.default.fileExists(atPath: site + "/public/disdukcapil/akta-kelahiran/index.html"))
        let home = try String(contentsOfFile: site + "/public/index.html", encoding: .utf8)
        #expect(home.contains("Standar Pelayanan Publik Kota Sukamaju"))
    }

    @Test func initNeverOverwrites() throws {
        let folder = try TemporaryFolder()
        #expect(try CLI.run(["init", ".", today], in: folder.path).status == 0)
        let before = try folder.read("content/disdukcapil/akta-kelahiran.md")
        let again = try CLI.run(["init", ".", today], in: folder.path)
        #expect(again.status == 1)
        #expect(again.stderr.contains("galat: folder ini sudah berisi situs"))
        #expect(again.stderr.contains("saran: "))
        #expect(try folder.read("content/disdukcapil/akta-kelahiran.md") == before)
    }

    @Test func newStandardThenFillItThenCheckIsClean() throws {
        let folder = try TemporaryFolder()
        #expect(try CLI.run(["init", ".", today], in: folder.path).status == 0)
        let r = try CLI.run(["new", "disdukcapil/kartu-keluarga", "--judul", "Penerbitan Kartu Keluarga"], in: folder.path)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("Standar baru dibuat: content/disdukcapil/kartu-keluarga.md (draf)"))
        #expect(r.stdout.contains("/disdukcapil/kartu-keluarga/"))

        // A new draft: warnings only, so `check` passes (and fails under --strict).
        let draft = try CLI.run(["check", today], in: folder.path)
        #expect(draft.status == 0, "\(draft.stdout)")
        #expect(draft.stdout.contains("[empty-component]"))
        #expect(draft.stdout.contains("0 galat"))
        #expect(try CLI.run(["check", "--strict", today], in: folder.path).status == 1)

        // Removing the draft line before filling it makes the gaps errors.
        let path = "content/disdukcapil/kartu-keluarga.md"
        var text = try folder.read(path)
        try folder.write(path, text.replacingOccurrences(of: "draft: true\n", with: ""))
        let undrafted = try CLI.run(["check", today], in: folder.path)
        #expect(undrafted.status == 1)
        #expect(undrafted.stdout.contains("error: komponen \"Persyaratan\" kosong"))

        // Filled: clean under --strict.
        for id in ComponentID.allCases {
            let content = id == .waktu ? "3 (tiga) hari kerja sejak berkas lengkap"
                : id == .biaya ? "Tidak dipungut biaya" : "Keterangan \(id.canonicalHeading) yang sebenarnya."
            text = text.replacingOccurrences(of: "<!-- \(StandardTemplate.guidance(id)) -->", with: content)
        }
        text = text.replacingOccurrences(of: "draft: true\n", with: "")
            .replacingOccurrences(of: "nomor_sk:       #", with: "nomor_sk: \"800/2/Disdukcapil/2026\" #")
            .replacingOccurrences(of: "ditetapkan:     #", with: "ditetapkan: 2026-05-01 #")
        try folder.write(path, text)
        let clean = try CLI.run(["check", "--strict", today], in: folder.path)
        #expect(clean.status == 0, "\(clean.stdout)")
        #expect(clean.stdout.contains("0 galat, 0 peringatan"))
    }

    @Test func newRefusesExistingFilesAndBadNames() throws {
        let folder = try TemporaryFolder()
        #expect(try CLI.run(["init", ".", today], in: folder.path).status == 0)
        let before = try folder.read("content/disdukcapil/akta-kelahiran.md")
        let exists = try CLI.run(["new", "disdukcapil/akta-kelahiran"], in: folder.path)
        #expect(exists.status == 1)
        #expect(exists.stderr.contains("sudah ada dan tidak ditimpa"))
        #expect(try folder.read("content/disdukcapil/akta-kelahiran.md") == before)

        let bad = try CLI.run(["new", "disdukcapil/Surat Pindah"], in: folder.path)
        #expect(bad.status == 1)
        #expect(bad.stderr.contains("galat: nama layanan \"Surat Pindah\" tidak bisa dipakai sebagai alamat"))
        #expect(bad.stderr.contains("saran: pakai \"surat-pindah\""))
        #expect(!folder.exists("content/disdukcapil/Surat Pindah.md"))

        let reserved = try CLI.run(["new", "kepatuhan"], in: folder.path)
        #expect(reserved.status == 1)
        #expect(reserved.stderr.contains("sudah dipakai oleh halaman situs /kepatuhan/"))
    }

    @Test func newOPDWithItsName() throws {
        let folder = try TemporaryFolder()
        #expect(try CLI.run(["init", ".", today], in: folder.path).status == 0)
        let r = try CLI.run(["new", "dinkes", "--nama", "Dinas Kesehatan Kota Contoh"], in: folder.path)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("OPD baru dibuat: content/dinkes/_index.md"))
        #expect(try folder.read("content/dinkes/_index.md").contains("nama: \"Dinas Kesehatan Kota Contoh\""))
        let check = try CLI.run(["check", today], in: folder.path)
        #expect(check.status == 0, "\(check.stdout)")
    }

    @Test func newOutsideASiteCannotRun() throws {
        let folder = try TemporaryFolder()
        let r = try CLI.run(["new", "dinkes/surat-sehat"], in: folder.path)
        #expect(r.status == 2)
        #expect(r.stderr.contains("content/ tidak ditemukan"))
        #expect(r.stderr.contains("standar init"))
    }

    @Test func schemaPrintsJSON() throws {
        let folder = try TemporaryFolder()
        let all = try CLI.run(["schema"], in: folder.path)
        #expect(all.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(all.stdout.utf8)) as? [String: Any])
        #expect(object["definitions"] != nil)
        #expect(all.stdout == FrontMatterJSONSchema.document(for: nil))

        let one = try CLI.run(["schema", "--jenis", "layanan"], in: folder.path)
        #expect(one.status == 0)
        let service = try #require(try JSONSerialization.jsonObject(with: Data(one.stdout.utf8)) as? [String: Any])
        #expect(service["additionalProperties"] as? Bool == false)

        let written = try CLI.run(["schema", "--jenis", "opd", "--output", "skema/opd.json"], in: folder.path)
        #expect(written.status == 0)
        #expect(written.stdout.contains("Skema ditulis ke skema/opd.json"))
        #expect(try folder.read("skema/opd.json") == FrontMatterJSONSchema.document(for: .opd))

        let bad = try CLI.run(["schema", "--jenis", "halaman"], in: folder.path)
        #expect(bad.status == 2)
        #expect(bad.stderr.contains("Galat"))
    }

    @Test func helpOfTheNewCommandsIsIndonesian() throws {
        let root = try CLI.run(["--help"], in: NSTemporaryDirectory())
        for command in ["init", "new", "serve", "schema"] { #expect(root.stdout.contains(command)) }
        let new = try CLI.run(["new", "--help"], in: NSTemporaryDirectory())
        #expect(new.stdout.contains("Buat standar pelayanan baru"))
        #expect(new.stdout.contains("PEMAKAIAN:"))
        let serve = try CLI.run(["serve", "--help"], in: NSTemporaryDirectory())
        #expect(serve.stdout.contains("Pratinjau situs di peramban"))
        #expect(serve.stdout.contains("(bawaan: 8080)"))
    }
}
