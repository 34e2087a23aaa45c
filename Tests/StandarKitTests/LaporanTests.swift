import Foundation
import Testing
@testable import StandarKit

/// `standar laporan`: the evaluator's matrix, its writers, the xlsx (read back from its XML and, when LibreOffice
/// is installed, opened by LibreOffice), and the compliance page it matches.
@Suite struct LaporanTests {
    /// One OPD with a standard at each level, a draft and an unreadable file; a second OPD without any standard.
    static func evaluatorSite() throws -> TemporarySite {
        let withoutSK = Fixtures.standard(judul: "Tanpa SK")
            .replacingOccurrences(of: "nomor_sk: 800/1/Disdukcapil/2026\n", with: "")
        let site = try Fixtures.site([
            "lengkap": Fixtures.standard(judul: "Lengkap dengan SK"),
            "tanpa-sk": withoutSK,
            "kurang": Fixtures.standard(judul: "Kurang biaya", omit: [.biaya], replace: [.produk: ""]),
            "draf": Fixtures.standard(judul: "Masih draf", extraFrontMatter: "draft: true", omit: [.sarana]),
        ])
        try site.write("content/disdukcapil/rusak.md", bytes: [0x2D, 0x2D, 0x2D, 0x0A, 0xFF, 0xFE, 0x0A])
        try site.write("content/dinsos/_index.md", "---\nnama: Dinas Sosial\n---\nProfil.\n")
        return site
    }

    /// Runs `body` on a GCD thread: waiting for a child process there leaves the Swift concurrency pool (two
    /// threads on a two-core machine) free for the preview tests that poll on it.
    static func offPool<T: Sendable>(_ body: @escaping @Sendable () throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            DispatchQueue.global().async { continuation.resume(with: Result { try body() }) }
        }
    }

    static func report(_ site: TemporarySite) -> EvaluationReport {
        EvaluationReport(Checker.run(root: site.root, today: Fixtures.today, keepStandards: false), today: Fixtures.today)
    }

    @Test func rowsLevelsAndStatus() throws {
        let site = try Self.evaluatorSite()
        let report = Self.report(site)
        let byFile = Dictionary(uniqueKeysWithValues: report.standards.map { ($0.slug, $0) })
        #expect(report.standards.count == 5)
        #expect(byFile["lengkap"]?.level == 3)
        #expect(byFile["lengkap"]?.status == .terbit)
        #expect(byFile["tanpa-sk"]?.level == 2)
        #expect(byFile["kurang"]?.level == 1)
        #expect(byFile["kurang"]?.state(.biaya) == .tidakAda)
        #expect(byFile["kurang"]?.state(.produk) == .kosong)
        #expect(byFile["kurang"]?.state(.persyaratan) == .ada)
        #expect(byFile["draf"]?.status == .draf)
        #expect(byFile["rusak"]?.status == .tidakTerbaca)
        #expect(byFile["rusak"]?.level == nil)
        #expect(byFile["rusak"]?.components.isEmpty == true)

        let opds = Dictionary(uniqueKeysWithValues: report.opds.map { ($0.slug, $0) })
        let dukcapil = try #require(opds["disdukcapil"]).tally
        #expect(dukcapil.files == 5)
        #expect(dukcapil.drafts == 1)
        #expect(dukcapil.unreadable == 1)
        #expect(dukcapil.published == 3)
        #expect(dukcapil.levels == [0, 1, 1, 1])
        #expect(dukcapil.level == 1)
        // An OPD without any standard is at level 0.
        #expect(opds["dinsos"]?.tally.level == 0)
        #expect(opds["dinsos"]?.tally.files == 0)
        #expect(report.opdsPerLevel == [1, 1, 0, 0])
    }

    @Test func textUsesHumanNames() throws {
        let site = try Self.evaluatorSite()
        let text = EvaluationWriters.text(Self.report(site))
        #expect(text.contains("Pemerintah Kota Contoh"))
        #expect(text.contains("Per tanggal 22 November 2026."))
        #expect(text.contains("Disdukcapil"))
        #expect(text.contains("Dinas Sosial"))
        #expect(text.contains("1 Persyaratan; 2 Sistem, Mekanisme dan Prosedur"))
        #expect(text.contains("tidak terbaca"))
        #expect(text.contains("Tingkat 4 (masyarakat ikut menyusun) dan 5 (standar dipantau) tidak dapat dibaca"))
        #expect(!text.contains("dasar_hukum"))
    }

    @Test func csvLikeTheDataFiles() throws {
        let site = try Self.evaluatorSite()
        try site.write("content/dinsos/rumus.md", Fixtures.standard(judul: "'=HYPERLINK(\"http://x\")'"))
        let report = Self.report(site)
        let csv = EvaluationWriters.csv(EvaluationWriters.standardsTable(report))
        #expect(csv.hasPrefix("\u{FEFF}Perangkat daerah,Layanan,Berkas,Status,Tingkat,Persyaratan,\"Sistem, Mekanisme dan Prosedur\""))
        #expect(csv.contains("\r\n"))
        #expect(!csv.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
        #expect(csv.contains("Dinas Sosial,\"'=HYPERLINK(\"\"http://x\"\")\""))
        #expect(csv.contains(",Lengkap dengan SK,content/disdukcapil/lengkap.md,terbit,3,✓,"))
        #expect(csv.contains(",kosong,"))
        #expect(csv.contains(",tidak ada,"))
        let opd = EvaluationWriters.csv(EvaluationWriters.opdTable(report))
        #expect(opd.contains("\r\nDinas Kependudukan dan Pencatatan Sipil,1,5,1,1,3,1,1,1,"))
    }

    @Test func jsonParses() throws {
        let site = try Self.evaluatorSite()
        let json = EvaluationWriters.json(Self.report(site))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(object["pemda"] as? String == "Pemerintah Kota Contoh")
        #expect(object["date"] as? String == "2026-11-22")
        let summary = try #require(object["summary"] as? [String: Any])
        #expect(summary["standards"] as? Int == 5)
        #expect(summary["opds_per_level"] as? [String: Int] == ["0": 1, "1": 1, "2": 0, "3": 0])
        let standards = try #require(object["standards"] as? [[String: Any]])
        let kurang = try #require(standards.first { $0["slug"] as? String == "kurang" })
        #expect(kurang["opd_nama"] as? String == "Dinas Kependudukan dan Pencatatan Sipil")
        let components = try #require(kurang["components"] as? [String: [String]])
        #expect(components["missing"] == ["biaya"])
        #expect(components["empty"] == ["produk"])
        #expect(components["present"]?.count == 12)
    }

    static func unzip(_ file: String, _ member: String) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/unzip")
        process.arguments = ["-p", file, member]
        let out = Pipe()
        process.standardOutput = out
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/unzip")))
    func xlsxHasFrozenHeaderAndFilters() throws {
        let site = try Self.evaluatorSite()
        let report = Self.report(site)
        let path = site.root + "/laporan.xlsx"
        try XLSXReportWriter.write([EvaluationWriters.standardsTable(report), EvaluationWriters.opdTable(report)], to: path,
                                   title: "Laporan kepatuhan", subject: "Per tanggal 22 November 2026")
        #expect(try Self.unzip(path, "docProps/core.xml").contains("<dc:subject>Per tanggal 22 November 2026</dc:subject>"))
        #expect(!FileManager.default.fileExists(atPath: path + ".tmp-\(getpid())"))
        let workbook = try Self.unzip(path, "xl/workbook.xml")
        #expect(workbook.contains("<sheet name=\"Per standar\""))
        #expect(workbook.contains("<sheet name=\"Per OPD\""))
        let sheet1 = try Self.unzip(path, "xl/worksheets/sheet1.xml")
        #expect(sheet1.contains("<pane xSplit=\"2\" ySplit=\"1\" topLeftCell=\"C2\" activePane=\"bottomRight\" state=\"frozen\"/>"))
        #expect(sheet1.contains("<autoFilter ref=\"A1:X6\"/>"))
        #expect(sheet1.contains("customWidth=\"1\""))
        let sheet2 = try Self.unzip(path, "xl/worksheets/sheet2.xml")
        #expect(sheet2.contains("ySplit=\"1\""))
        #expect(sheet2.contains("state=\"frozen\""))
        #expect(sheet2.contains("<autoFilter ref=\"A1:L3\"/>"))
        let strings = try Self.unzip(path, "xl/sharedStrings.xml")
        #expect(strings.contains("Jaminan Keamanan dan Keselamatan Pelayanan"))
        #expect(strings.contains("tidak terbaca"))
    }

    /// LibreOffice opens the workbook: each sheet converted to CSV has the rows the CSV writer writes.
    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/soffice")))
    func xlsxOpensInLibreOffice() async throws {
        let site = try Self.evaluatorSite()
        let report = Self.report(site)
        let path = site.root + "/laporan.xlsx"
        let tables = [EvaluationWriters.standardsTable(report), EvaluationWriters.opdTable(report)]
        try XLSXReportWriter.write(tables, to: path)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/soffice")
        process.arguments = ["--headless", "--norestore", "-env:UserInstallation=file://\(site.root)/lo-profil",
                             "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1",
                             "--outdir", site.root + "/lo", path]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        let status = try await Self.offPool { () throws -> Int32 in
            try process.run()
            process.waitUntilExit()
            return process.terminationStatus
        }
        #expect(status == 0)
        for table in tables {
            let converted = try String(contentsOfFile: site.root + "/lo/laporan-\(table.name).csv", encoding: .utf8)
            let ours = EvaluationWriters.csv(table).dropFirst()  // the BOM
            let theirLines = converted.split(whereSeparator: \.isNewline).map(String.init)
            let ourLines = ours.split(whereSeparator: \.isNewline).map(String.init)
            #expect(theirLines.count == table.rows.count + 1, "\(table.name)")
            #expect(theirLines == ourLines, "\(table.name)")
        }
    }

    @Test func commandExitsAndWrites() async throws {
        let site = try Self.evaluatorSite()
        let today = "--today=2026-11-22"
        func run(_ arguments: [String], in directory: String) async throws -> CLI.Output {
            try await Self.offPool { try CLI.run(arguments, in: directory) }
        }
        // The incomplete published standard is an error: exit 1, the report still written in full.
        let json = try await run(["laporan", "--format", "json", today], in: site.root)
        #expect(json.status == 1)
        #expect(json.stderr.contains("galat"))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect((object["standards"] as? [Any])?.count == 5)
        let xlsx = try await run(["laporan", "--format", "xlsx", "--output", "m.xlsx", today], in: site.root)
        #expect(xlsx.status == 1)
        #expect(FileManager.default.fileExists(atPath: site.root + "/m.xlsx"))
        let csv = try await run(["laporan", "--format", "csv", "--tabel", "opd", "--output", "o.csv", today], in: site.root)
        #expect(csv.status == 1)
        #expect(try String(contentsOfFile: site.root + "/o.csv", encoding: .utf8).contains("Dinas Sosial,0,0,"))
        let clean = try Fixtures.site()
        #expect(try await run(["laporan", today], in: clean.root).status == 0)
        #expect(try await run(["laporan", "--output", "/tidak/ada/x.txt", today], in: clean.root).status == 2)
        #expect(try await run(["laporan", "--site", "/tidak/ada", today], in: clean.root).status == 2)
    }

    /// /kepatuhan/: date, pemda, counts per level, "Lengkap" only with the SK.
    @Test func compliancePage() throws {
        let withoutSK = Fixtures.standard(judul: "Tanpa SK")
            .replacingOccurrences(of: "nomor_sk: 800/1/Disdukcapil/2026\n", with: "")
        let site = try Fixtures.site(["lengkap": Fixtures.standard(judul: "Lengkap dengan SK"), "tanpa-sk": withoutSK])
        try site.write("content/dinsos/_index.md", "---\nnama: Dinas Sosial\n---\nProfil.\n")
        let report = SiteBuilder.build(BuildOptions(root: site.root, output: "public", today: Fixtures.today, incremental: false))
        #expect(report.succeeded, "\(report)")
        let html = try String(contentsOfFile: site.root + "/public/kepatuhan/index.html", encoding: .utf8)
        #expect(html.contains("Pemerintah Kota Contoh. Keadaan per tanggal 22 November 2026."))
        #expect(html.contains("Jumlah per tingkat"))
        #expect(html.contains("<tr><th scope=\"row\">Tingkat 0 <span class=\"tingkat-ket\">(belum ada standar)</span></th><td class=\"angka\">–</td><td class=\"angka\">1</td></tr>"))
        #expect(html.contains("<tr><th scope=\"row\">Tingkat 2 <span class=\"tingkat-ket\">(memuat ke-14 komponen)</span></th><td class=\"angka\">1</td><td class=\"angka\">1</td></tr>"))
        #expect(html.contains("<strong>1 dari 2</strong>"))
        #expect(html.contains("belum ada nomor SK"))
        // Exactly one standard carries the "Lengkap" badge: the one with its SK.
        #expect(html.components(separatedBy: "lencana-lengkap\">Lengkap").count == 2)
    }
}
