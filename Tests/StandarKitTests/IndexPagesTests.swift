import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import StandarKit

/// The index without JavaScript (hub, letter and category pages) and the sitemaps: no page or sitemap grows
/// with the site.
@Suite struct IndexPagesTests {
    static let base = "https://standar.contoh.go.id"

    /// `n` services over two OPDs: titles under I and S, every one with the keyword "sertifikat ..." (under S
    /// too), in three categories (one of them "Lainnya", for services without one).
    func site(_ n: Int) throws -> TemporarySite {
        let site = try Fixtures.site([:])
        try site.write("content/dinsos/_index.md", "---\nnama: Dinas Sosial\nsingkatan: Dinsos\n---\n")
        for i in 0..<n {
            let judul = i.isMultiple(of: 2) ? "Surat Keterangan \(i)" : "Izin Usaha \(i)"
            let kategori = ["kategori: Perizinan", "kategori: Kependudukan", ""][i % 3]
            try site.write("content/\(i < n / 2 ? "disdukcapil" : "dinsos")/l\(i).md", Fixtures.standard(
                judul: judul, extraFrontMatter: "\(kategori)\nkata_kunci:\n  - sertifikat \(i)"))
        }
        return site
    }

    func build(_ site: TemporarySite) -> BuildReport {
        SiteBuilder.build(BuildOptions(root: site.root, output: "public", baseURL: Self.base, today: Fixtures.today))
    }

    func read(_ site: TemporarySite, _ path: String) throws -> String {
        try String(contentsOfFile: site.root + "/public/" + path, encoding: .utf8)
    }

    /// Output files below `folder` (relative to the output), path -> text.
    func pages(_ site: TemporarySite, under folder: String) -> [String: String] {
        snapshotFiles(site.root + "/public/" + folder).reduce(into: [:]) { $0[folder + $1.key] = String(decoding: $1.value, as: UTF8.self) }
    }

    func count(_ text: String, _ part: String) -> Int { text.components(separatedBy: part).count - 1 }

    @Test func theHubDoesNotGrowAndNoPageHoldsMoreThanItsMaximum() throws {
        let n = 70
        let small = try site(n), large = try site(3 * n)
        #expect(build(small).succeeded)
        #expect(build(large).succeeded)
        let hubSmall = try read(small, "layanan/indeks/index.html"), hubLarge = try read(large, "layanan/indeks/index.html")
        // Only the counts differ (one more digit each).
        #expect(abs(hubLarge.utf8.count - hubSmall.utf8.count) <= 16, "\(hubSmall.utf8.count) -> \(hubLarge.utf8.count)")
        #expect(hubLarge.contains("<li id=\"huruf-s\"><a href=\"s/\"><span class=\"huruf\">S</span> <span class=\"jumlah\">315 entri</span></a>"))
        #expect(hubLarge.contains("<span class=\"kosong\"><span class=\"huruf\">Q</span>"))
        #expect(hubLarge.contains("<li id=\"kategori-1\"><a href=\"../kategori/kependudukan/\">Kependudukan</a> <span class=\"jumlah\">(70 layanan)</span></li>"))
        #expect(hubLarge.contains("<a href=\"../kategori/lainnya/\">Lainnya</a>"))

        // Every letter and category page holds at most the maximum; together, every title and keyword once
        // under its letter and every service once under its category.
        let letters = pages(large, under: "layanan/indeks/").filter { $0.key != "layanan/indeks/index.html" }
        let categories = pages(large, under: "layanan/kategori/")
        for (path, html) in letters.merging(categories, uniquingKeysWith: { a, _ in a }) {
            #expect(count(html, "<small>") <= ServiceIndex.pageSize, "\(path)")
        }
        #expect(letters.keys.sorted() == ["layanan/indeks/i/index.html", "layanan/indeks/s/2/index.html",
                                          "layanan/indeks/s/index.html"])
        #expect(letters.values.reduce(0) { $0 + count($1, "<small>") } == 3 * n * 2)
        for i in 0..<(3 * n) {
            let title = (i.isMultiple(of: 2) ? "Surat Keterangan \(i)" : "Izin Usaha \(i)") + "</a>"
            #expect(letters.values.reduce(0) { $0 + count($1, ">" + title) } == 2, "\(title)")
            #expect(categories.values.reduce(0) { $0 + count($1, ">" + title) } == 1, "\(title)")
        }
        // The two pages of S link to each other, and to the A–Z of every letter.
        let s1 = try #require(letters["layanan/indeks/s/index.html"]), s2 = try #require(letters["layanan/indeks/s/2/index.html"])
        #expect(s1.contains("<a href=\"2/\" rel=\"next\">"))
        #expect(s2.contains("<a href=\"../\" rel=\"prev\">"))
        #expect(s2.contains("<title>Indeks layanan: S — halaman 2 dari 2 – "))
        #expect(s2.contains("<a href=\"../../i/\">I</a>"))
        #expect(s2.contains("<a href=\"../\" aria-current=\"true\">S</a>"))
        // Jump links to the first entry of each start, on whichever page it is; "se" (210 entries, more than a
        // page) is split into "sertifikat 0" ... "sertifikat 9".
        #expect(s1.contains("<li><a href=\"#awal-1\">Sertifikat 0</a></li>"))
        #expect(s1.contains("<li><a href=\"#awal-113\">Sertifikat 2</a></li>"))
        #expect(!s1.contains(">Se</a>"))
        #expect(s1.contains("<li><a href=\"2/#awal-211\">Su</a></li>"))
        #expect(s2.contains("<li><a href=\"#awal-211\">Su</a></li>"))
        #expect(s2.contains("<li id=\"awal-211\"><a href=\"../../../../disdukcapil/l0/\">Surat Keterangan 0</a>"))

        // The sitemap index lists bounded sitemaps, each valid, holding every service exactly once.
        let index = try read(large, "sitemap.xml")
        let document = try XMLDocument(xmlString: index)
        #expect(document.rootElement()?.name == "sitemapindex")
        let children = try document.nodes(forXPath: "//*[local-name()='loc']").compactMap(\.stringValue)
        #expect(children == [Self.base + "/sitemap-umum.xml", Self.base + "/dinsos/sitemap.xml",
                             Self.base + "/disdukcapil/sitemap.xml"])
        var seen: [String: Int] = [:]
        for child in children {
            let text = try read(large, String(child.dropFirst(Self.base.count + 1)))
            let sitemap = try XMLDocument(xmlString: text)
            #expect(sitemap.rootElement()?.name == "urlset")
            let locs = try sitemap.nodes(forXPath: "//*[local-name()='loc']").compactMap(\.stringValue)
            #expect(locs.count <= Sitemaps.limit)
            for loc in locs { seen[loc, default: 0] += 1 }
        }
        for i in 0..<(3 * n) {
            #expect(seen[Self.base + "/\(i < 3 * n / 2 ? "disdukcapil" : "dinsos")/l\(i)/"] == 1, "l\(i)")
        }
        #expect(seen.values.allSatisfy { $0 == 1 })
        #expect(seen[Self.base + "/layanan/indeks/s/2/"] == 1)
        #expect(seen[Self.base + "/layanan/kategori/perizinan/"] == 1)
        #expect(try read(large, "robots.txt").contains("Sitemap: \(Self.base)/sitemap.xml"))
    }

    @Test func entriesAreFiledUnderTheirFirstLetterOrDigit() {
        #expect(ServiceIndex.sortKey("(Baru) Izin Usaha") == "baru) izin usaha")
        #expect(ServiceIndex.sortKey("Éntri") == "entri")
        #expect(ServiceIndex.sortKey("“—”") == TextNormalizer.fold("“—”"))
        var used: Set<String> = []
        #expect(ServiceIndex.categorySlug("Kependudukan & Catatan Sipil", number: 1, used: &used) == "kependudukan-catatan-sipil")
        #expect(ServiceIndex.categorySlug("Kependudukan, Catatan Sipil", number: 2, used: &used) == "kependudukan-catatan-sipil-2")
        #expect(ServiceIndex.categorySlug("—", number: 3, used: &used) == "kategori-3")
        let titles = ["112 Panggilan Darurat", "Akta Kelahiran", "Ákta Kematian", "Рус", "Ambulans"]
        let services = titles.enumerated().map {
            ServiceSummary(opd: "o", slug: "l\($0.offset)", judul: $0.element, ringkasan: nil,
                           kategori: $0.offset == 0 ? "Darurat" : nil, nomorSK: nil, ditetapkan: nil, ditinjau: nil,
                           kataKunci: $0.offset == 1 ? ["akta", "lahir"] : [], fee: nil, duration: nil, gaps: [],
                           level: 1, produk: "")
        }
        let opd = OPD(slug: "o", file: "", hasIndex: true, nama: "O", singkatan: nil, alamat: nil, telepon: nil,
                      email: nil, situs: nil, jamLayanan: nil, body: [])
        let index = ServiceIndex(SiteModel(config: SiteConfig(file: "", judul: "X"), opds: [opd], services: services,
                                           baseURL: nil))
        #expect(index.letters.map(\.slug) == (UInt8(ascii: "a")...UInt8(ascii: "z")).map { String(UnicodeScalar($0)) } + ["0-9", "lain"])
        // "akta" is left out: the title starts with it.
        #expect(index.letters[0].entries.map(\.service) == [1, 2, 4])
        #expect(index.letters[0].starts.map(\.prefix) == ["ak", "am"])
        #expect(index.letters[11].entries.map(\.term) == ["lahir"])
        #expect(index.letters[26].entries.map(\.service) == [0])
        #expect(index.letters[27].entries.map(\.service) == [3])
        #expect(index.categories.map(\.name) == ["Darurat", "Lainnya"])
        #expect(index.pagePaths.contains("layanan/indeks/0-9/"))
        #expect(index.pagePaths.contains("layanan/kategori/lainnya/"))
        #expect(!index.pagePaths.contains("layanan/indeks/b/"))
    }
}
