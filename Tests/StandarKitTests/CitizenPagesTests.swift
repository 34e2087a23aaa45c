import Foundation
import Testing
@testable import StandarKit

/// The citizen-facing pages: place and hours on the service page, the index without JavaScript, the counter
/// posters with their QR code and the OPD's print page.
@Suite struct CitizenPagesTests {
    static let opdIndex = """
    ---
    nama: Dinas Kependudukan dan Pencatatan Sipil
    singkatan: Disdukcapil
    alamat: Jalan Pahlawan Nomor 12
    telepon: (0299) 512 301
    jam_layanan: Senin–Jumat 08.00–15.00 WIB
    ---
    ## Profil

    Profil dinas.
    """

    func site(_ services: [String: String]) throws -> TemporarySite {
        let site = try Fixtures.site(services)
        try site.write("content/disdukcapil/_index.md", Self.opdIndex)
        return site
    }

    func build(_ site: TemporarySite, baseURL: String? = "https://standar.contoh.go.id", incremental: Bool = false) -> BuildReport {
        SiteBuilder.build(BuildOptions(root: site.root, output: "public", baseURL: baseURL, today: Fixtures.today,
                                       incremental: incremental))
    }

    func read(_ site: TemporarySite, _ path: String) throws -> String {
        try String(contentsOfFile: site.root + "/public/" + path, encoding: .utf8)
    }

    @Test func servicePageSaysWhereAndWhen() throws {
        let upt = Fixtures.standard(judul: "Perekaman KTP-el", extraFrontMatter: """
            lokasi: Loket 12 Mal Pelayanan Publik, Jalan Merdeka 1
            jam_layanan: Senin–Sabtu 08.00–14.00 WIB
            daring: https://daring.contoh.go.id
            """, replace: [.produk: "- Kutipan akta kelahiran; dan\n- KK baru."])
        let site = try site(["akta-kelahiran": Fixtures.standard(), "ktp": upt])
        #expect(build(site).succeeded)
        let office = try read(site, "disdukcapil/akta-kelahiran/index.html")
        #expect(office.contains("Tempat dan jam layanan"))
        #expect(office.contains("Jalan Pahlawan Nomor 12"))
        #expect(office.contains("Senin–Jumat 08.00–15.00 WIB"))
        #expect(office.contains("href=\"tel:0299512301\""))
        // The place comes before the components, in the summary box.
        let place = try #require(office.range(of: "Tempat dan jam layanan"))
        let persyaratan = try #require(office.range(of: "id=\"persyaratan\""))
        #expect(place.lowerBound < persyaratan.lowerBound)
        // No evaluator badge on a citizen page.
        #expect(!office.contains("lencana-lengkap"))
        #expect(!office.contains("Standar lengkap"))

        let counter = try read(site, "disdukcapil/ktp/index.html")
        #expect(counter.contains("Loket 12 Mal Pelayanan Publik, Jalan Merdeka 1"))
        #expect(counter.contains("Senin–Sabtu 08.00–14.00 WIB"))
        #expect(!counter.contains("Senin–Jumat 08.00–15.00 WIB"))
        #expect(counter.contains("href=\"https://daring.contoh.go.id\""))
        #expect(counter.contains("\"hoursAvailable\":{\"@type\":\"OpeningHoursSpecification\",\"description\":\"Senin–Sabtu 08.00–14.00 WIB\"}"))
        #expect(counter.contains("\"serviceLocation\":{\"@type\":\"Place\",\"address\":\"Loket 12 Mal Pelayanan Publik, Jalan Merdeka 1\"}"))
        #expect(counter.contains("\"serviceUrl\":\"https://daring.contoh.go.id\""))
        // Produk without the list's punctuation.
        #expect(counter.contains("<dd>Kutipan akta kelahiran <a href=\"#produk\">"))

        let json = try read(site, "data/layanan.json")
        #expect(json.contains("\"lokasi\": \"Loket 12 Mal Pelayanan Publik, Jalan Merdeka 1\""))
        #expect(json.contains("\"jam_layanan\": \"Senin–Jumat 08.00–15.00 WIB\""))
        let csv = try read(site, "data/layanan.csv")
        #expect(csv.contains("lokasi,jam_layanan,daring"))
    }

    @Test func newKeysAreInTheSchema() {
        let keys = Set(FrontMatterSchema.service.map(\.key))
        #expect(keys.isSuperset(of: ["lokasi", "jam_layanan", "daring"]))
        let schema = FrontMatterJSONSchema.document(for: nil)
        #expect(schema.contains("\"lokasi\""))
        #expect(schema.contains("\"daring\""))
    }

    @Test func badDaringAddressIsReported() throws {
        let site = try site(["a": Fixtures.standard(extraFrontMatter: "daring: javascript:alert(1)")])
        let result = Fixtures.check(site)
        #expect(result.diagnostics.contains { $0.message.contains("daring") && $0.line == 6 })
        if build(site).succeeded {
            #expect(!(try read(site, "disdukcapil/a/index.html")).contains("javascript:"))
        }
    }

    @Test(arguments: [
        ("Kutipan akta kelahiran;", "Kutipan akta kelahiran"),
        ("Kartu Keluarga yang telah memuat nama anak.", "Kartu Keluarga yang telah memuat nama anak"),
        ("KTP-el; dan", "KTP-el"),
        ("Surat keterangan, atau", "Surat keterangan"),
        ("Dan", "Dan"),
        ("Akta...", "Akta..."),
        ("SK Nomor 1 dan 2", "SK Nomor 1 dan 2"),
    ])
    func productWithoutListPunctuation(_ input: String, _ expected: String) {
        #expect(Formatting.listItem(input) == expected)
    }

    @Test func listsComeBeforeProfilesAndSearchWorksWithoutJavaScript() throws {
        let site = try site(["akta-kelahiran": Fixtures.standard(
            extraFrontMatter: "kata_kunci:\n  - akte lahir\n  - akta kelahiran\n  - penerbitan akta")])
        #expect(build(site).succeeded)
        let opd = try read(site, "disdukcapil/index.html")
        let list = try #require(opd.range(of: "Daftar layanan"))
        let profile = try #require(opd.range(of: "Profil dinas."))
        #expect(list.lowerBound < profile.lowerBound)
        // The profile's "##" is an h3 under an h2, never right after the h1.
        #expect(opd.contains("<h2 id=\"judul-profil\">"))
        #expect(opd.contains("<h3>Profil</h3>"))
        // Home: the box is revealed by cari.js; without it, the index is one link away ...
        let home = try read(site, "index.html")
        #expect(home.contains("<form class=\"cari\" role=\"search\" action=\"layanan/\" method=\"get\" hidden>"))
        #expect(home.contains("<a href=\"layanan/indeks/\">indeks A–Z</a>"))
        #expect(!home.contains("lengkap</span>"))
        // ... whose hub links each letter to its page ...
        let index = try read(site, "layanan/indeks/index.html")
        #expect(index.contains("<li id=\"huruf-a\"><a href=\"a/\"><span class=\"huruf\">A</span> <span class=\"jumlah\">2 entri</span></a></li>"))
        #expect(index.contains("<li id=\"huruf-p\"><a href=\"p/\">"))
        #expect(index.contains("id=\"menurut-kategori\""))
        // ... and the service is one more link away, under its title and its keywords.
        let letterA = try read(site, "layanan/indeks/a/index.html")
        #expect(letterA.contains("<li id=\"awal-1\"><span>akta kelahiran:</span> <a href=\"../../../disdukcapil/akta-kelahiran/\">Penerbitan Akta Kelahiran</a> <small>Disdukcapil</small></li>"))
        #expect(letterA.contains("<li><span>akte lahir:</span> <a href=\"../../../disdukcapil/akta-kelahiran/\">"))
        let letterP = try read(site, "layanan/indeks/p/index.html")
        #expect(letterP.contains("<a href=\"../../../disdukcapil/akta-kelahiran/\">Penerbitan Akta Kelahiran</a>"))
        #expect(!letterP.contains("penerbitan akta:"))
        let list1 = try read(site, "layanan/index.html")
        #expect(list1.contains("<noscript>"))
    }

    @Test func posterHasQRCodeDatesAndComplaintChannels() throws {
        let site = try site(["akta-kelahiran": Fixtures.standard(), "kk": Fixtures.standard(judul: "Kartu Keluarga")])
        #expect(build(site).succeeded)
        let poster = try read(site, "disdukcapil/akta-kelahiran/papan.html")
        #expect(poster.contains("<svg class=\"qr\""))
        #expect(poster.contains("aria-label=\"Kode QR menuju halaman layanan ini: https://standar.contoh.go.id/disdukcapil/akta-kelahiran/\""))
        #expect(poster.contains("Keputusan Nomor 800/1/Disdukcapil/2026"))
        #expect(poster.contains("<time datetime=\"2026-01-10\">"))
        #expect(poster.contains("Penanganan Pengaduan, Saran dan Masukan"))
        #expect(poster.contains("SP4N-LAPOR!"))
        // Service delivery only: no management component on the poster.
        #expect(!poster.contains("Dasar Hukum"))
        let service = try read(site, "disdukcapil/akta-kelahiran/index.html")
        #expect(service.contains("href=\"../../disdukcapil/akta-kelahiran/papan.html\""))
        // The OPD's print page holds every poster, in order.
        let print = try read(site, "disdukcapil/cetak/index.html")
        let a = try #require(print.range(of: "<h1>Penerbitan Akta Kelahiran</h1>"))
        let b = try #require(print.range(of: "<h1>Kartu Keluarga</h1>"))
        #expect(a.lowerBound < b.lowerBound)
        #expect(print.components(separatedBy: "<svg class=\"qr\"").count == 3)
    }

    @Test func withoutBaseURLThePosterPrintsThePath() throws {
        let site = try TemporarySite([
            "content/_index.md": "---\njudul: Standar Pelayanan Kota Contoh\n---\n",
            "content/disdukcapil/_index.md": Self.opdIndex,
            "content/disdukcapil/akta-kelahiran.md": Fixtures.standard(),
        ])
        #expect(build(site, baseURL: nil).succeeded)
        let poster = try read(site, "disdukcapil/akta-kelahiran/papan.html")
        #expect(!poster.contains("<svg"))
        #expect(poster.contains("Standar lengkap: <span class=\"papan-alamat\">/disdukcapil/akta-kelahiran/</span>"))
    }

    @Test func incrementalBuildKeepsThePrintPageCurrent() throws {
        let site = try site(["akta-kelahiran": Fixtures.standard(), "kk": Fixtures.standard(judul: "Kartu Keluarga")])
        #expect(build(site, incremental: true).succeeded)
        try site.write("content/disdukcapil/kk.md", Fixtures.standard(judul: "Kartu Keluarga", replace: [.biaya: "Rp 5.000"]))
        let second = build(site, incremental: true)
        #expect(second.succeeded)
        #expect(second.incremental)
        var print = try read(site, "disdukcapil/cetak/index.html")
        #expect(print.contains("Rp 5.000"))
        // The unchanged standard's poster is taken back from its page.
        #expect(print.contains("<h1>Penerbitan Akta Kelahiran</h1>"))
        try site.remove("content/disdukcapil/kk.md")
        #expect(build(site, incremental: true).succeeded)
        print = try read(site, "disdukcapil/cetak/index.html")
        #expect(!print.contains("Kartu Keluarga</h1>"))
        #expect(print.contains("<h1>Penerbitan Akta Kelahiran</h1>"))
        #expect(!FileManager.default.fileExists(atPath: site.root + "/public/disdukcapil/kk/papan.html"))
        // An incremental build writes what a full build writes.
        let incremental = snapshotFiles(site.root + "/public")
        #expect(SiteBuilder.build(BuildOptions(root: site.root, output: "full", baseURL: "https://standar.contoh.go.id",
                                               today: Fixtures.today, incremental: false)).succeeded)
        let full = snapshotFiles(site.root + "/full")
        #expect(incremental.keys.sorted() == full.keys.sorted())
        for (path, data) in full where incremental[path] != data { Issue.record("\(path) differs") }
    }

    /// No page of the demo site skips a heading level (axe's heading-order), including the sub-headings of
    /// merged components ("Persyaratan Administrasi", "Persyaratan Teknis") and the OPD profiles.
    @Test func headingOrderOnEveryDemoPage() throws {
        let out = try #require(DemoSite.output, "the demo site did not build")
        let pages = snapshotFiles(out).filter { $0.key.hasSuffix(".html") }
        #expect(pages.count > 80)
        let heading = try Regex("<h([1-6])[ >]")
        for (path, data) in pages {
            let html = String(decoding: data, as: UTF8.self)
            var previous = 0
            for match in html.matches(of: heading) {
                let level = Int(html[match.range].dropFirst(2).prefix(1)) ?? 0
                if level > previous + 1 { Issue.record("\(path): h\(level) after h\(previous)"); break }
                previous = level
            }
        }
    }

    @Test func qrCodeIsMadeByLibqrencode() throws {
        let url = "https://standar.sukamajukota.go.id/disdukcapil/akta-kelahiran/"
        let modules = try #require(QRCode.modules(url))
        // A version v symbol is 17 + 4v modules square; 62 bytes at level M need version 4 (33 modules).
        #expect(modules.count == 33)
        #expect(modules.allSatisfy { $0.count == 33 })
        // Finder pattern: a dark 7×7 ring with a dark 3×3 centre in three corners.
        for (ox, oy) in [(0, 0), (26, 0), (0, 26)] {
            #expect((0..<7).allSatisfy { modules[oy][ox + $0] && modules[oy + 6][ox + $0] })
            #expect(!modules[oy + 1][ox + 1] && modules[oy + 3][ox + 3])
        }
        #expect(QRCode.modules("") == nil)
        #expect(QRCode.modules(String(repeating: "a", count: 5000)) == nil)
        let svg = try #require(QRCode.svg(url, label: "a\"b"))
        #expect(svg.hasPrefix("<svg class=\"qr\""))
        #expect(svg.contains("aria-label=\"a&quot;b\""))
        #expect(svg.contains("viewBox=\"0 0 41 41\""))
    }
}

/// The demo site (content/) built once for the tests that read it, removed when the test process exits.
enum DemoSite {
    static let path = NSTemporaryDirectory() + "standar-demo-" + String(getpid())

    static let output: String? = {
        let repo = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().path
        let report = SiteBuilder.build(BuildOptions(root: repo, output: path, today: Fixtures.today, incremental: false))
        atexit { try? FileManager.default.removeItem(atPath: DemoSite.path) }
        return report.succeeded ? path : nil
    }()
}
