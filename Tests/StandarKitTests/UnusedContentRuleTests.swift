import Foundation
import Testing
@testable import StandarKit

/// Content that used to vanish without a word (issue 9): special files, hidden folders, `.md.txt` names,
/// Windows device names, empty list items. Each is reported with its message, location and hint.
@Suite struct UnusedContentRuleTests {
    func only(_ rule: String, in result: CheckResult) throws -> Diagnostic {
        let found = result.rules(rule)
        #expect(found.count == 1, "\(found)")
        return try #require(found.first)
    }

    @Test func fifoNamedMarkdown() throws {
        let site = try Fixtures.site()
        #expect(mkfifo(site.root + "/content/disdukcapil/x.md", 0o644) == 0)
        #expect(mkfifo(site.root + "/content/pipa", 0o644) == 0)
        let found = Dictionary(Fixtures.check(site).rules("special-file").map { ($0.file, $0) }, uniquingKeysWith: { a, _ in a })
        #expect(found.count == 2)
        let d = try #require(found["content/disdukcapil/x.md"])
        #expect(d.line == 1 && d.severity == .error)
        #expect(d.message == "\"x.md\" bukan berkas biasa (FIFO, soket atau perangkat) dan tidak dibaca")
        #expect(d.hint == "hapus \"x.md\" dari content/, lalu simpan isinya sebagai berkas teks .md biasa")
        #expect(found["content/pipa"] != nil)
    }

    @Test func linkToAFifo() throws {
        let site = try Fixtures.site()
        #expect(mkfifo(site.root + "/content/disdukcapil/pipa", 0o644) == 0)
        try FileManager.default.createSymbolicLink(atPath: site.root + "/content/disdukcapil/y.md",
                                                   withDestinationPath: site.root + "/content/disdukcapil/pipa")
        let files = Set(Fixtures.check(site).rules("special-file").map(\.file))
        #expect(files == ["content/disdukcapil/pipa", "content/disdukcapil/y.md"])
    }

    @Test func hiddenFolders() throws {
        let site = try Fixtures.site()
        try site.write("content/..dinas/_index.md", "---\nnama: X\n---\n")
        try site.write("content/disdukcapil/.arsip/a.md", Fixtures.standard())
        try site.write("content/.git/HEAD", "ref")
        try site.write("content/disdukcapil/.DS_Store", "x")
        let found = Dictionary(Fixtures.check(site).rules("hidden-folder").map { ($0.file, $0) }, uniquingKeysWith: { a, _ in a })
        #expect(Set(found.keys) == ["content/..dinas", "content/disdukcapil/.arsip"])
        let d = try #require(found["content/..dinas"])
        #expect(d.line == 1 && d.severity == .warning)
        #expect(d.message == "folder \"..dinas\" diawali titik sehingga tersembunyi, dan isinya tidak diterbitkan")
        #expect(d.hint == "ganti nama folder menjadi \"dinas\" bila isinya harus diterbitkan, atau pindahkan ke luar content/")
    }

    @Test func markdownWithASecondExtension() throws {
        let site = try Fixtures.site()
        try site.write("content/disdukcapil/surat-sehat.md.txt", Fixtures.standard())
        try site.write("content/disdukcapil/lama.md.bak", Fixtures.standard())
        let result = Fixtures.check(site)
        let d = try only("misnamed-file", in: result)
        #expect(d.file == "content/disdukcapil/surat-sehat.md.txt" && d.line == 1 && d.severity == .error)
        #expect(d.message == "berkas \"surat-sehat.md.txt\" berakhiran \".txt\" setelah .md sehingga tidak dibaca")
        #expect(d.hint == "ganti nama berkas menjadi \"surat-sehat.md\" (pada Windows, tampilkan ekstensi berkas di File Explorer)")
        #expect(result.rules("ignored-file").isEmpty)
    }

    @Test func hiddenMarkdownFiles() throws {
        let site = try Fixtures.site()
        try site.write("content/disdukcapil/.akta-lama.md", Fixtures.standard())
        try site.write("content/disdukcapil/.akta.md.swp", "x")
        let d = try only("hidden-file", in: Fixtures.check(site))
        #expect(d.file == "content/disdukcapil/.akta-lama.md" && d.line == 1 && d.severity == .warning)
        #expect(d.message == "berkas \".akta-lama.md\" diawali titik sehingga tersembunyi, dan isinya tidak diterbitkan")
        #expect(d.hint == "ganti nama berkas menjadi \"akta-lama.md\" bila isinya harus diterbitkan, atau hapus berkas ini")
    }

    @Test func otherNearMissesOfMarkdown() throws {
        let site = try Fixtures.site()
        try site.write("content/disdukcapil/kartu-keluarga.mdx", Fixtures.standard())
        try site.write("content/disdukcapil/ktp.md ", Fixtures.standard())
        let result = Fixtures.check(site)
        let found = Dictionary(result.rules("misnamed-file").map { ($0.file, $0) }, uniquingKeysWith: { a, _ in a })
        #expect(Set(found.keys) == ["content/disdukcapil/kartu-keluarga.mdx", "content/disdukcapil/ktp.md "])
        #expect(found["content/disdukcapil/kartu-keluarga.mdx"]?.message == "berkas \"kartu-keluarga.mdx\" tidak berakhiran tepat \".md\" sehingga tidak dibaca")
        #expect(found["content/disdukcapil/kartu-keluarga.mdx"]?.hint == "ganti nama berkas menjadi \"kartu-keluarga.md\"")
        #expect(found["content/disdukcapil/ktp.md "]?.hint == "ganti nama berkas menjadi \"ktp.md\"")
        #expect(result.rules("ignored-file").isEmpty)
    }

    @Test func windowsDeviceNames() throws {
        let site = try Fixtures.site()
        try site.write("content/disdukcapil/aux.md", Fixtures.standard())
        try site.write("content/disdukcapil/con.md", Fixtures.standard())
        try site.write("content/lpt1/_index.md", "---\nnama: X\n---\n")
        try site.write("content/disdukcapil/auxiliary.md", Fixtures.standard())
        let found = Dictionary(Fixtures.check(site).rules("windows-name").map { ($0.file, $0) }, uniquingKeysWith: { a, _ in a })
        #expect(Set(found.keys) == ["content/disdukcapil/aux.md", "content/disdukcapil/con.md", "content/lpt1"])
        let d = try #require(found["content/disdukcapil/aux.md"])
        #expect(d.line == 1 && d.severity == .error)
        #expect(d.message == "nama berkas \"aux.md\" adalah nama perangkat di Windows; berkas ini tidak bisa disalin ke komputer Windows")
        #expect(d.hint == "ganti nama berkas menjadi \"aux-layanan.md\" atau nama lain yang menjelaskan layanannya")
        let folder = try #require(found["content/lpt1"])
        #expect(folder.message == "nama folder \"lpt1\" adalah nama perangkat di Windows; folder ini tidak bisa disalin ke komputer Windows")
        #expect(folder.hint == "ganti nama folder menjadi \"lpt1-opd\" atau singkatan OPD")
    }

    @Test func emptyListItems() throws {
        let text = "---\njudul: X\nkata_kunci:\n  - akta\n  - ~\n  - \"\"\n---\n"
        let found = FrontMatterReader.shared.read(FrontMatterSplit.split(text), schema: FrontMatterSchema.service,
                                                  file: "content/disdukcapil/a.md").diagnostics
        #expect(found.map(\.rule) == ["empty-list-item", "empty-list-item"])
        let d = try #require(found.first)
        #expect(d.severity == .warning)
        #expect(d.line == RuleFixture.line(of: "- ~", in: text) && d.column == RuleFixture.column(of: "~", in: text))
        #expect(d.message == "butir ke-2 kolom \"kata_kunci\" kosong dan diabaikan")
        #expect(d.hint == "isi butir ini atau hapus barisnya")
        #expect(found.last?.message == "butir ke-3 kolom \"kata_kunci\" kosong dan diabaikan")
        #expect(found.last?.line == RuleFixture.line(of: "- \"\"", in: text))
    }
}
