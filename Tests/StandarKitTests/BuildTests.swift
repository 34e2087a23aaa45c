import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Mustache
import Testing
@testable import StandarKit

@Suite struct BuildTests {
    func build(_ site: TemporarySite, output: String = "public", allowIncomplete: Bool = false,
               baseURL: String? = "https://standar.contoh.go.id") -> BuildReport {
        SiteBuilder.build(BuildOptions(root: site.root, output: output, baseURL: baseURL,
                                       allowIncomplete: allowIncomplete, today: Fixtures.today))
    }

    func read(_ site: TemporarySite, _ path: String) throws -> String {
        try String(contentsOfFile: site.root + "/" + path, encoding: .utf8)
    }

    func snapshot(_ dir: String) throws -> [String: Data] { snapshotFiles(dir) }

    @Test func buildsEveryPage() throws {
        let site = try Fixtures.site()
        let report = build(site)
        #expect(report.succeeded, "\(report.diagnostics)")
        for path in ["index.html", "disdukcapil/index.html", "disdukcapil/akta-kelahiran/index.html",
                     "layanan/index.html", "kepatuhan/index.html", "404.html", "data/layanan.json",
                     "data/layanan.csv", "cari/indeks.json", "sitemap.xml", "robots.txt", "feed.xml",
                     "assets/gaya.css", "assets/cari.js"] {
            #expect(FileManager.default.fileExists(atPath: site.root + "/public/" + path), "\(path)")
        }
        let page = try read(site, "public/disdukcapil/akta-kelahiran/index.html")
        #expect(page.contains("<html lang=\"id\""))
        #expect(page.contains("Penerbitan Akta Kelahiran"))
        #expect(page.contains("Surat keterangan lahir dari rumah sakit"))
        #expect(page.contains("application/ld+json"))
        #expect(page.contains("\"@type\":\"GovernmentService\""))
        #expect(page.contains("href=\"../../assets/gaya.css?v="))
        // Service-delivery components come before management ones.
        let persyaratan = try #require(page.range(of: "id=\"persyaratan\""))
        let dasarHukum = try #require(page.range(of: "id=\"dasar_hukum\""))
        #expect(persyaratan.lowerBound < dasarHukum.lowerBound)
    }

    @Test func dataExports() throws {
        let site = try Fixtures.site(["akta-kelahiran": Fixtures.standard(replace: [.biaya: "Rp 15.000,-", .waktu: "3-5 hari kerja"])])
        #expect(build(site).succeeded)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(read(site, "public/data/layanan.json").utf8)) as? [String: Any])
        let services = try #require(json["layanan"] as? [[String: Any]])
        #expect(services.count == 1)
        let s = services[0]
        #expect(s["opd"] as? String == "disdukcapil")
        #expect(s["slug"] as? String == "akta-kelahiran")
        #expect(s["url"] as? String == "/disdukcapil/akta-kelahiran/")
        #expect(s["lengkap"] as? Bool == true)
        let biaya = try #require(s["biaya"] as? [String: Any])
        #expect(biaya["gratis"] as? Bool == false)
        #expect(biaya["min"] as? Int == 15000)
        #expect(biaya["maks"] as? Int == 15000)
        let waktu = try #require(s["waktu"] as? [String: Any])
        #expect(waktu["nilai"] as? Int == 3)
        #expect(waktu["satuan"] as? String == "hari kerja")
        let komponen = try #require(s["komponen"] as? [String: Any])
        #expect(komponen.count == 14)
        let csvBytes = try #require(FileManager.default.contents(atPath: site.root + "/public/data/layanan.csv"))
        #expect(Array(csvBytes.prefix(3)) == [0xEF, 0xBB, 0xBF])
        let csv = String(decoding: csvBytes.dropFirst(3), as: UTF8.self)
        #expect(csv.hasPrefix("opd,opd_nama,slug,judul,url"))
        #expect(csv.components(separatedBy: "\r\n").count == 3)
        let sitemapIndex = try read(site, "public/sitemap.xml")
        #expect(sitemapIndex.contains("<loc>https://standar.contoh.go.id/disdukcapil/sitemap.xml</loc>"))
        _ = try XMLDocument(xmlString: sitemapIndex)
        let sitemap = try read(site, "public/disdukcapil/sitemap.xml")
        #expect(sitemap.contains("<loc>https://standar.contoh.go.id/disdukcapil/akta-kelahiran/</loc>"))
        #expect(try read(site, "public/robots.txt").contains("Sitemap: https://standar.contoh.go.id/sitemap.xml"))
        let feed = try read(site, "public/feed.xml")
        #expect(feed.contains("<updated>2026-06-01T00:00:00+07:00</updated>"))
        _ = try XMLDocument(xmlString: feed)
        _ = try XMLDocument(xmlString: sitemap)
        let index = try #require(try JSONSerialization.jsonObject(with: Data(read(site, "public/cari/indeks.json").utf8)) as? [String: Any])
        #expect((index["l"] as? [[Any]])?.first?[1] as? String == "disdukcapil/akta-kelahiran/")
    }

    @Test func compliancePagesPerOPD() throws {
        let site = try Fixtures.site(["a": Fixtures.standard(omit: [.evaluasi])])
        #expect(build(site, allowIncomplete: true).succeeded)
        let main = try read(site, "public/kepatuhan/index.html")
        #expect(main.contains("href=\"../kepatuhan/disdukcapil/\""))
        #expect(main.contains("Evaluasi Kinerja Pelaksana"))
        let detail = try read(site, "public/kepatuhan/disdukcapil/index.html")
        #expect(detail.contains("Evaluasi Kinerja Pelaksana"))
        #expect(detail.contains("Tingkat 1"))
    }

    @Test func sitemapsAreSplitPastTheirLimit() throws {
        // One OPD with more services than a sitemap holds: its sitemap continues in sitemap-2.xml.
        let opd = OPD(slug: "dinas", file: "", hasIndex: true, nama: "Dinas", singkatan: nil, alamat: nil, telepon: nil,
                      email: nil, situs: nil, jamLayanan: nil, body: [])
        let services = (0..<Sitemaps.limit).map {
            ServiceSummary(opd: "dinas", slug: "l\($0)", judul: "Layanan \($0)", ringkasan: nil, kategori: nil,
                           nomorSK: nil, ditetapkan: nil, ditinjau: nil, kataKunci: [], fee: nil, duration: nil,
                           gaps: [], level: 1, produk: "")
        }
        let model = SiteModel(config: SiteConfig(file: "", judul: "X"), opds: [opd], services: services,
                              baseURL: "https://a.go.id")
        let files = Sitemaps.files(model, index: ServiceIndex(model), listPageCount: 1)
        #expect(files.map(\.0) == ["sitemap-umum.xml", "dinas/sitemap.xml", "dinas/sitemap-2.xml", "sitemap.xml"])
        for (_, text) in files { _ = try XMLDocument(xmlString: text) }
        #expect(files[1].1.components(separatedBy: "<url>").count - 1 == Sitemaps.limit)
        // The OPD's page and its services: one more than the limit.
        #expect(files[2].1.components(separatedBy: "<url>").count - 1 == 1)
        #expect(files[3].1.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<sitemapindex"))
        #expect(files[3].1.contains("<loc>https://a.go.id/dinas/sitemap-2.xml</loc>"))
        // An incremental build that leaves the OPD out writes only the general sitemap and the index.
        #expect(Sitemaps.files(model, index: ServiceIndex(model), listPageCount: 1, includeOPD: { _ in false }).map(\.0)
                == ["sitemap-umum.xml", "sitemap.xml"])
        #expect(Sitemaps.files(SiteModel(config: SiteConfig(file: "", judul: "X"), opds: [], services: [], baseURL: nil),
                               index: ServiceIndex(model), listPageCount: 1).isEmpty)
    }

    @Test func csvNeutralizesFormulas() {
        #expect(DataExports.csvField("=HYPERLINK(\"x\")") == "\"'=HYPERLINK(\"\"x\"\")\"")
        #expect(DataExports.csvField("+62 812") == "'+62 812")
        #expect(DataExports.csvField("a,b") == "\"a,b\"")
    }

    @Test func hostileValuesAreEscapedEverywhere() throws {
        let evil = "<script>alert(1)</script>\"'&"
        // YAML single-quoted: a quote is written twice.
        let q = "'" + evil.replacingOccurrences(of: "'", with: "''") + "'"
        let site = try Fixtures.site(["x": Fixtures.standard(
            judul: q,
            extraFrontMatter: "ringkasan: \(q)\nkategori: \(q)\nkata_kunci: [\(q)]\nnomor_sk: '</script><script>x()</script>'",
            replace: [.produk: "<img src=x onerror=alert(1)> [klik](javascript:alert(1)) \(evil)",
                      .pengaduan: "[lapor](https://lapor.go.id \"t\\\"onmouseover=x\")"])
            .replacingOccurrences(of: "nomor_sk: 800/1/Disdukcapil/2026\n", with: "")])
        try site.write("content/disdukcapil/_index.md", "---\nnama: \(q)\nsingkatan: \(q)\nalamat: \(q)\ntelepon: \(q)\njam_layanan: \(q)\nsitus: 'https://x.go.id/?a=1&b=''onmouseover=x'\n---\n\(evil)\n")
        try site.write("content/_index.md", "---\njudul: \(q)\npemda: \(q)\n---\n\(evil)\n")
        let report = build(site)
        #expect(report.succeeded, "\(report.diagnostics)")
        for (path, data) in try snapshot(site.root + "/public") where path.hasSuffix(".html") {
            let html = String(decoding: data, as: UTF8.self)
            #expect(!html.contains("<script>alert"), "\(path)")
            #expect(!html.contains("</script><script>"), "\(path)")
            #expect(!html.contains("onerror=alert"), "\(path)")
            #expect(!html.contains("javascript:"), "\(path)")
            #expect(!html.contains("\"onmouseover"), "\(path)")
            #expect(!html.contains("<img"), "\(path)")
            // JSON-LD must stay one script element.
            let scripts = html.components(separatedBy: "<script").count - 1
            let closes = html.components(separatedBy: "</script>").count - 1
            #expect(scripts == closes, "\(path)")
        }
        let json = try read(site, "public/data/layanan.json")
        #expect((try? JSONSerialization.jsonObject(with: Data(json.utf8))) != nil)
        _ = try XMLDocument(xmlString: read(site, "public/feed.xml"))
    }

    @Test func buildsAreByteIdentical() throws {
        let site = try Fixtures.site(["a": Fixtures.standard(), "b": Fixtures.standard(judul: "Kartu Keluarga")])
        #expect(build(site, output: "satu").succeeded)
        #expect(build(site, output: "dua").succeeded)
        let one = try snapshot(site.root + "/satu"), two = try snapshot(site.root + "/dua")
        #expect(one.count > 10)
        #expect(one == two)
    }

    /// The compiled templates must produce exactly what swift-mustache produces, page for page.
    @Test func compiledRendererMatchesSwiftMustache() throws {
        let repo = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().path
        let out = NSTemporaryDirectory() + "standar-diff-" + UUID().uuidString
        defer { try? FileManager.default.removeItem(atPath: out) }
        var options = BuildOptions(root: repo, output: out + "/cepat", today: Fixtures.today)
        #expect(SiteBuilder.build(options).succeeded)
        let (theme, _) = Theme.load(root: repo, name: nil)
        let library = try SwiftMustache.library(theme.templates.mapValues(\.text))
        options.output = out + "/rujukan"
        options.referenceRenderer = { template, context in library.render(context.foundationValue, withTemplate: template) }
        #expect(SiteBuilder.build(options).succeeded)
        let fast = try snapshot(out + "/cepat"), reference = try snapshot(out + "/rujukan")
        #expect(fast.count > 40)
        #expect(fast.keys.sorted() == reference.keys.sorted())
        for (path, data) in reference where fast[path] != data {
            Issue.record("\(path) differs between the compiled renderer and swift-mustache")
        }
    }

    @Test func compiledTemplatesFollowSwiftMustacheWhitespaceRules() throws {
        let sources = [
            "a": "  {{#xs}}\n  - {{.}}\n  {{/xs}}\n{{! komentar }}\nx {{#t}}y{{/t}} z\n  {{> p}}\n{{^kosong}}tidak ada{{/kosong}}\n{{{raw}}}{{&raw}}{{esc}}",
            "p": "baris1\nbaris2\n",
        ]
        let context: TemplateValue = ["xs": ["1", "2"], "t": true, "kosong": "", "raw": "<b>", "esc": "<i>&\"'"]
        let fast = try #require(TemplateSet(sources: sources)?.render("a", context))
        let reference = try SwiftMustache.library(sources).render(context.foundationValue, withTemplate: "a")
        #expect(fast == reference)
    }

    /// A list or an object interpolated as text renders as swift-mustache coerces it (Swift's description).
    @Test func listsAndObjectsInterpolateAsSwiftMustacheDoes() throws {
        let cases: [TemplateValue] = [
            ["1", "2"], [], ["", "a\"b"], [1, true], [["x"], 3], ["k": "v"], ["k": 2], ["k": ["a"]], ["k": ""], [:],
        ]
        for value in cases {
            let sources = ["a": "<{{v}}|{{{v}}}|{{#w}}{{v}}{{/w}}>"]
            let context: TemplateValue = ["v": value, "w": true]
            let fast = try #require(TemplateSet(sources: sources)?.render("a", context))
            let reference = try SwiftMustache.library(sources).render(context.foundationValue, withTemplate: "a")
            #expect(fast == reference, "\(value)")
        }
        let keys = try #require(TemplateSet(sources: ["a": "{{v}}"])?.render("a", ["v": ["b": 1, "a": "x"]]))
        #expect(keys == "[&quot;a&quot;: &quot;x&quot;, &quot;b&quot;: 1]")
    }

    @Test func templateErrorsHaveTheirPlace() {
        func expectError(_ source: String, _ kind: CompiledTemplate.SyntaxError.Kind, _ line: Int, _ column: Int,
                         sourceLocation: SourceLocation = #_sourceLocation) {
            let error = CompiledTemplate.parse(source).error
            #expect(error?.kind == kind, sourceLocation: sourceLocation)
            let at = error.map { CompiledTemplate.location(of: $0.offset, in: source) }
            #expect(at?.line == line && at?.column == column, "\(String(describing: at))", sourceLocation: sourceLocation)
        }
        expectError("a\n  {{=<% %>=}}", .unsupported(.setDelimiter), 2, 3)
        expectError("{{<induk}}{{/induk}}", .unsupported(.inheritance), 1, 1)
        expectError("x {{$blok}}{{/blok}}", .unsupported(.inheritance), 1, 3)
        expectError("{{%PRAGMA}}", .unsupported(.pragma), 1, 1)
        expectError("é {{>*dinamis}}", .unsupported(.dynamicPartial), 1, 3)
        expectError("{{ uppercased(x) }}", .unsupported(.transform), 1, 4)
        expectError("\n{{#a}}\n", .unclosedSection, 3, 1)
        expectError("{{#a}}{{/b}}", .closeMismatch, 1, 10)
        expectError("{{/a}}", .closeMismatch, 1, 4)
        expectError("{{a b}}", .unfinishedName, 1, 5)
        expectError("{{}}", .unfinishedName, 1, 3)
        expectError("{{! tidak selesai", .unfinishedName, 1, 18)
        #expect(CompiledTemplate.parse("{{a}} {{#b}}{{.}}{{/b}}").error == nil)
        let deep = String(repeating: "{{#a}}", count: 51) + String(repeating: "{{/a}}", count: 51)
        expectError(deep, .nestedTooDeep, 1, 50 * 6 + 1)
        let fifty = String(repeating: "{{#a}}", count: 50) + String(repeating: "{{/a}}", count: 50)
        #expect(CompiledTemplate.parse(fifty).error == nil)
    }

    /// A partial that includes itself stops at a fixed depth instead of exhausting the stack.
    @Test func selfIncludingPartialStops() throws {
        let set = try #require(TemplateSet(sources: ["a": "x{{> a}}", "b": "{{#xs}}[{{> b}}]{{/xs}}"]))
        #expect(set.render("a", [:]) == nil)
        // Recursion that the data ends is fine.
        let tree: TemplateValue = ["xs": [["xs": [["xs": []]]]]]
        #expect(set.render("b", tree) == "[[]]")
    }

    /// swift-mustache reports the same line for each syntax error the two parsers share.
    @Test func syntaxErrorLinesMatchSwiftMustache() {
        for source in ["\n{{#a}}\nx\n", "a\n{{#a}}\n{{/b}}\n", "\n\n{{a b}}", "{{#a}}\n{{/a}}\n{{/c}}"] {
            let ours = CompiledTemplate.parse(source).error.map { CompiledTemplate.location(of: $0.offset, in: source) }
            var theirs: (Int, Int)?
            do { _ = try MustacheTemplate(string: source) } catch let e as MustacheTemplate.ParserError {
                theirs = (e.context.lineNumber, e.context.columnNumber)
            } catch {}
            #expect(ours?.line == theirs?.0, "\(source)")
            #expect(ours?.column == theirs?.1, "\(source)")
        }
    }

    @Test func unsupportedFeaturesAreThemeErrors() throws {
        let site = try Fixtures.site()
        try site.write("themes/default/templates/404.mustache", "{{> kepala}}\n{{=<% %>=}}\n<%> kaki%>")
        let report = build(site)
        #expect(report.stoppedAt == .theme)
        let found = report.diagnostics.filter { $0.rule == "theme" }
        #expect(found.count == 1)
        #expect(found.first?.file == "themes/default/templates/404.mustache")
        #expect(found.first?.line == 2 && found.first?.column == 1)
        #expect(found.first?.message == "templat memakai fitur Mustache yang tidak didukung: penggantian pembatas {{=...=}}")
        #expect(found.first?.hint?.contains("{{> nama}}") == true)
    }

    @Test func errorsLeaveOldOutputUntouched() throws {
        let site = try Fixtures.site()
        #expect(build(site).succeeded)
        let before = try snapshot(site.root + "/public")
        try site.write("content/disdukcapil/rusak.md", "---\njudul: [\n---\n")
        let report = build(site)
        #expect(report.stoppedAt == .check)
        #expect(try snapshot(site.root + "/public") == before)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: site.root).filter { $0.hasPrefix(".public") }
        #expect(leftovers.isEmpty)
    }

    @Test func interruptedSwapIsRecovered() throws {
        let site = try Fixtures.site()
        #expect(build(site).succeeded)
        // Simulate a build killed between moving the old site aside and moving the new one in.
        try FileManager.default.moveItem(atPath: site.root + "/public", toPath: site.root + "/.public.lama-1")
        try FileManager.default.createDirectory(atPath: site.root + "/.public.baru-2", withIntermediateDirectories: true)
        OutputWriter.recoverInterruptedSwap(site.root + "/public")
        #expect(FileManager.default.fileExists(atPath: site.root + "/public/index.html"))
        #expect(build(site).succeeded)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: site.root).filter { $0.hasPrefix(".public") }
        #expect(leftovers.isEmpty)
    }

    @Test func incompleteStopsUnlessAllowed() throws {
        let site = try Fixtures.site(["a": Fixtures.standard(omit: [.biaya])])
        #expect(build(site).stoppedAt == .check)
        #expect(!FileManager.default.fileExists(atPath: site.root + "/public"))
        let report = build(site, allowIncomplete: true)
        #expect(report.succeeded)
        #expect(report.incomplete == 1)
        let page = try read(site, "public/disdukcapil/a/index.html")
        #expect(page.contains("Sebagian informasi layanan ini belum tersedia"))
        #expect(page.contains("Biaya/Tarif"))
    }

    @Test func draftsAreNotPublished() throws {
        let site = try Fixtures.site(["a": Fixtures.standard(), "b": Fixtures.standard(extraFrontMatter: "draft: true")])
        let report = build(site)
        #expect(report.succeeded)
        #expect(report.drafts == 1)
        #expect(!FileManager.default.fileExists(atPath: site.root + "/public/disdukcapil/b"))
        #expect(try !read(site, "public/data/layanan.json").contains("\"b\""))
        // The preview shows drafts, marked where they are incomplete.
        var preview = BuildOptions(root: site.root, output: "pratinjau", today: Fixtures.today)
        preview.includeDrafts = true
        #expect(SiteBuilder.build(preview).succeeded)
        #expect(FileManager.default.fileExists(atPath: site.root + "/pratinjau/disdukcapil/b/index.html"))
    }

    @Test func themeOverridesAndProblems() throws {
        let site = try Fixtures.site()
        try site.write("themes/default/assets/gaya.css", "body{color:#111}")
        #expect(build(site).succeeded)
        #expect(try read(site, "public/assets/gaya.css") == "body{color:#111}")
        try site.write("themes/default/templates/404.mustache", "{{> kepala}}\n{{halaman.judull}}\n{{> tidak-ada}}\n{{#situs}}\n{{> kaki}}")
        let report = build(site)
        #expect(report.stoppedAt == .theme)
        let theme = report.diagnostics.filter { $0.rule == "theme" }
        #expect(theme.contains { $0.file == "themes/default/templates/404.mustache" && $0.message.contains("halaman.judull") && $0.line == 2 })
        #expect(theme.contains { $0.message.contains("tidak-ada") && $0.line == 3 })
        #expect(theme.contains { $0.message == "templat tidak dapat dibaca: bagian {{#...}} tidak ditutup" && $0.line == 5 })
    }

    @Test func siteThemeChosenByTema() throws {
        let site = try Fixtures.site()
        try site.write("content/_index.md", "---\njudul: X\ntema: merah\n---\n")
        #expect(build(site).stoppedAt == .theme)
        try site.write("themes/merah/assets/gaya.css", "body{color:red}")
        #expect(build(site).succeeded)
        #expect(try read(site, "public/assets/gaya.css") == "body{color:red}")
        #expect(FileManager.default.fileExists(atPath: site.root + "/public/assets/cari.js"))
    }

    @Test func embeddedThemeMatchesThemesDefault() throws {
        let repo = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().path
        var onDisk: [String: String] = [:]
        for folder in ["templates", "assets"] {
            for name in try FileManager.default.contentsOfDirectory(atPath: repo + "/themes/default/" + folder) where !name.hasPrefix(".") {
                onDisk[folder + "/" + name] = try String(contentsOfFile: repo + "/themes/default/\(folder)/\(name)", encoding: .utf8)
            }
        }
        let embedded = Dictionary(DefaultTheme.files, uniquingKeysWith: { a, _ in a })
        #expect(embedded == onDisk, "run: python3 scripts/embed-theme.py")
    }

    @Test func paginatesTheServiceList() throws {
        var services: [String: String] = [:]
        for i in 0..<(PageContexts.pageSize + 5) { services["l\(i)"] = Fixtures.standard(judul: "Layanan \(i)") }
        let site = try Fixtures.site(services)
        #expect(build(site).succeeded)
        #expect(FileManager.default.fileExists(atPath: site.root + "/public/layanan/2/index.html"))
        #expect(!FileManager.default.fileExists(atPath: site.root + "/public/layanan/3/index.html"))
        let first = try read(site, "public/layanan/index.html")
        #expect(first.components(separatedBy: "disdukcapil/l").count - 1 >= PageContexts.pageSize)
    }
}

@Suite struct PaginationTests {
    @Test func windowStaysSmall() {
        #expect(PageContexts.pageWindow(current: 1, count: 1) == [1])
        #expect(PageContexts.pageWindow(current: 1, count: 5) == [1, 2, 3, 4, 5])
        #expect(PageContexts.pageWindow(current: 250, count: 500) == [1, 2, 0, 247, 248, 249, 250, 251, 252, 253, 0, 499, 500])
        #expect(PageContexts.pageWindow(current: 500, count: 500) == [1, 2, 0, 497, 498, 499, 500])
    }
}

/// swift-mustache, the reference the compiled templates are compared with (a test-only dependency).
enum SwiftMustache {
    static func library(_ sources: [String: String]) throws -> MustacheLibrary {
        var library = MustacheLibrary()
        for (name, text) in sources { library.register(try MustacheTemplate(string: text), named: name) }
        return library
    }
}

extension TemplateValue {
    /// The value as Foundation types for swift-mustache, with empty text removed: swift-mustache treats "" as
    /// true, Standar treats it as a missing value.
    var foundationValue: Any {
        switch self {
        case .text(let s): s
        case .utf8(let b): String(decoding: b, as: UTF8.self)
        case .bool(let b): b
        case .int(let i): i
        case .list(let l): l.filter { !$0.isEmptyTextForReference }.map(\.foundationValue)
        case .object(let o): o.dictionary.filter { !$0.value.isEmptyTextForReference }.mapValues(\.foundationValue)
        }
    }

    var isEmptyTextForReference: Bool {
        switch self {
        case .text(let s): s.isEmpty
        case .utf8(let b): b.isEmpty
        default: false
        }
    }
}
