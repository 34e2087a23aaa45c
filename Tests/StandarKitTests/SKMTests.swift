import Foundation
import Testing
@testable import StandarKit

/// SKM/IKM (PermenPAN-RB 14/2017), the maklumat pelayanan and the self-assessment (issue 11).
@Suite struct SKMTests {
    /// Four respondents. Totals per element (column sums):
    /// U1 4+3+4+3 = 14, U2 3+3+4+2 = 12, U3 2+2+3+2 = 9, U4 4+4+4+4 = 16, U5 3+4+3+3 = 13,
    /// U6 3+3+4+3 = 13, U7 4+3+4+4 = 15, U8 3+3+3+4 = 13, U9 3+3+2+3 = 11; all together 116.
    static let answers = """
    responden,umur,U1,U2,U3,U4,U5,U6,U7,U8,U9
    1,34,4,3,2,4,3,3,4,3,3
    2,51,3,3,2,4,4,3,3,3,3
    3,27,4,4,3,4,3,4,4,3,2
    4,45,3,2,2,4,3,3,4,4,3

    """

    static func site(_ extra: [String: String]) throws -> TemporarySite {
        var files = ["content/_index.md": Fixtures.siteIndex, "content/disdukcapil/_index.md": Fixtures.opdIndex,
                     "content/disdukcapil/akta-kelahiran.md": Fixtures.standard()]
        for (k, v) in extra { files[k] = v }
        return try TemporarySite(files)
    }

    static func survey(_ site: TemporarySite) -> SKMSurvey? {
        SiteLoader(root: site.root).loadHeader().opds.first?.pekppp.latest
    }

    @Test func ikmMatchesAHandCalculation() throws {
        let site = try Self.site(["content/disdukcapil/skm/2026-1.csv": Self.answers])
        let s = try #require(Self.survey(site))
        #expect(s.respondents == 4)
        #expect(s.totals == [14, 12, 9, 16, 13, 13, 15, 13, 11])
        // NRR = total / 4: 3.50 3.00 2.25 4.00 3.25 3.25 3.75 3.25 2.75.
        #expect((0..<9).map { s.nrrHundredths($0) } == [350, 300, 225, 400, 325, 325, 375, 325, 275])
        // Weighted NRR U1 = 3.5 / 9 = 0.38888… -> 0.3889; U3 = 2.25 / 9 = 0.25.
        #expect(s.weightedTenThousandths(0) == 3889)
        #expect(s.weightedTenThousandths(2) == 2500)
        // IKM = Σ(NRR × 1/9) × 25 = (32.25 / 9) × 25 = 116 × 25 / 36 = 80.5555… -> 80.56, band B (76.61–88.30).
        #expect(s.ikmHundredths == 8056)
        #expect(s.band == .b)
        // Converted: U2 3.00 × 25 = 75.00 (C), U3 2.25 × 25 = 56.25 (D), U9 2.75 × 25 = 68.75 (C).
        #expect(s.convertedHundredths(2) == 5625)
        #expect(s.band(2) == .d)
        #expect(s.band(1) == .c && s.band(8) == .c && s.band(0) == .b && s.band(3) == .a)
        #expect(s.lowElements == [1, 2, 8])
        #expect(s.lowestElements == [2])
    }

    @Test func bandBoundariesUseTheRoundedValue() {
        #expect(SKMBand.of(hundredths: 10_000) == .a)
        #expect(SKMBand.of(hundredths: 8831) == .a)
        #expect(SKMBand.of(hundredths: 8830) == .b)
        #expect(SKMBand.of(hundredths: 7661) == .b)
        #expect(SKMBand.of(hundredths: 7660) == .c)
        #expect(SKMBand.of(hundredths: 6500) == .c)
        #expect(SKMBand.of(hundredths: 6499) == .d)
        // Every answer 4: exactly 100,00 with the 1/9 weight (0,111 would give 99,90).
        let all4 = SKMSurvey(opd: "o", file: "f", period: SKMPeriod("2026")!, respondents: 3, totals: Array(repeating: 12, count: 9))
        #expect(all4.ikmHundredths == 10_000)
    }

    @Test func periodsAndSemicolonCSV() throws {
        #expect(SKMPeriod("2026-t3")?.label == "Triwulan III 2026")
        #expect(SKMPeriod("2026-2")?.end.description == "2026-12-31")
        #expect(SKMPeriod("2026-t1")?.end.description == "2026-03-31")
        #expect(SKMPeriod("2026-3") == nil)
        #expect(SKMPeriod("26") == nil)
        let rows = try CSVReader.rows("a;b\n\"x;y\";\"say \"\"hi\"\"\"\n").get()
        #expect(rows == [CSVReader.Row(line: 1, cells: ["a", "b"], columns: [1, 3]),
                         CSVReader.Row(line: 2, cells: ["x;y", "say \"hi\""], columns: [1, 7])])
    }

    @Test func badAnswersAreErrorsAtTheirLine() throws {
        let csv = """
        U1,U2,U3,U4,U5,U6,U7,U8,U9
        4,3,2,4,3,3,4,3,3
        4,5,2,4,3,3,4,3,3
        4,3,,4,3,3,4,3,
        4,3,dua,4,3,3,4,3,3
        4,3,2,4,3,3,4,3,3,9

        """
        let site = try Self.site(["content/disdukcapil/skm/2026-1.csv": csv])
        let result = Fixtures.check(site)
        let file = "content/disdukcapil/skm/2026-1.csv"
        let range = try #require(result.rules("skm-answer").first { $0.line == 3 })
        #expect(range.file == file && range.severity == .error)
        // "4,5,…": the U2 cell starts at column 3.
        #expect(range.column == 3)
        #expect(range.message == "jawaban U2 bernilai 5, di luar rentang 1–4")
        #expect(range.hint?.contains("1, 2, 3 atau 4") == true)
        let blank = try #require(result.rules("skm-blank-answer").first)
        #expect(blank.line == 4 && blank.message == "jawaban U3, U9 kosong")
        #expect(blank.hint?.contains("hapus baris") == true)
        let word = try #require(result.rules("skm-answer").first { $0.line == 5 })
        #expect(word.message == "jawaban U3 \"dua\" bukan angka")
        #expect(word.column == 5)
        let extra = try #require(result.rules("skm-file").first)
        #expect(extra.line == 6 && extra.message == "baris ini berisi 10 sel, padahal judul kolom hanya 9")
        // Nothing half-way: the build stops and writes nothing.
        let report = SiteBuilder.build(BuildOptions(root: site.root, output: "public", today: Fixtures.today))
        #expect(report.stoppedAt == .check)
        #expect(!FileManager.default.fileExists(atPath: site.root + "/public"))
        #expect(Self.survey(site) == nil)
    }

    @Test func missingColumnAndBadNames() throws {
        let site = try Self.site([
            "content/disdukcapil/skm/2026-1.csv": "U1,U2,U3,U4,U5,U6,U7,U9\n4,4,4,4,4,4,4,4\n",
            "content/disdukcapil/skm/semester-1.csv": Self.answers,
            "content/disdukcapil/skm/2025-t2-tindak-lanjut.csv": "unsur,tindakan,tanggal\nU1,x,2025-08-01\n",
            "content/disdukcapil/skm/catatan.txt": "x",
        ])
        let result = Fixtures.check(site)
        let missing = try #require(result.rules("skm-missing-column").first)
        #expect(missing.file == "content/disdukcapil/skm/2026-1.csv" && missing.line == 1)
        #expect(missing.message == "kolom U8 tidak ada di baris judul")
        #expect(missing.hint?.contains("U1, U2, … U9") == true)
        let names = result.rules("skm-file").map(\.message)
        #expect(names.contains("nama berkas SKM \"semester-1.csv\" bukan nama periode"))
        #expect(names.contains("ada tindak lanjut untuk periode 2025-t2, tetapi tidak ada berkas hasil survei 2025-t2.csv"))
        #expect(result.rules("ignored-file").map(\.file) == ["content/disdukcapil/skm/catatan.txt"])
        #expect(result.rules("file-location").isEmpty)
    }

    @Test func warningsForFewRespondentsOldSurveyAndNoFollowUp() throws {
        let site = try Self.site(["content/disdukcapil/skm/2025-1.csv": Self.answers])
        let result = Fixtures.check(site)  // today 2026-11-22: 2025-06-30 is 510 days ago
        let few = try #require(result.rules("skm-few-respondents").first)
        #expect(few.severity == .warning && few.message == "survei ini hanya punya 4 responden; Standar meminta paling sedikit 30")
        #expect(few.hint?.contains("Krejcie–Morgan") == true)
        let old = try #require(result.rules("skm-outdated").first)
        #expect(old.file == "content/disdukcapil/skm/2025-1.csv")
        #expect(old.message == "SKM terakhir (Semester I 2025) berakhir 30 Juni 2025, lebih dari setahun yang lalu (510 hari)")
        let none = try #require(result.rules("skm-no-follow-up").first)
        #expect(none.message == "unsur U2, U3, U9 bermutu rendah (C atau D) pada SKM 2025-1 tetapi belum ada tindak lanjutnya")
        #expect(none.hint?.contains("2025-1-tindak-lanjut.csv") == true)
        #expect(result.errorCount == 0)
    }

    @Test func followUpRowsAreCheckedAndClearTheWarning() throws {
        let followUp = """
        unsur,tindakan,tanggal
        U2,Bagan alur di setiap loket,2026-08-01
        U3,"Menambah petugas, memantau antrean",2026-08-15
        U9,Kotak saran dibuka setiap pekan,2026-09-01
        U10,x,2026-09-01
        U1,,2026-09-01
        U1,x,kemarin

        """
        let site = try Self.site(["content/disdukcapil/skm/2026-1.csv": Self.answers,
                                  "content/disdukcapil/skm/2026-1-tindak-lanjut.csv": followUp])
        let result = Fixtures.check(site)
        #expect(result.rules("skm-no-follow-up").isEmpty)
        let rows = result.rules("skm-follow-up")
        #expect(rows.map(\.line) == [5, 6, 7])
        #expect(rows.map(\.message) == ["unsur \"U10\" tidak dikenal", "kolom tindakan kosong", "tanggal \"kemarin\" tidak sah"])
        #expect(rows.allSatisfy { $0.hint != nil && $0.severity == .error })
        let s = try #require(Self.survey(site))
        #expect(s.followUps.map(\.element) == [1, 2, 8])
        #expect(s.followUps[1].action == "Menambah petugas, memantau antrean")
    }

    @Test func maklumatMissingOrIncompleteIsAWarningNamingTheIndicator() throws {
        let site = try Self.site(["content/disdukcapil/maklumat.md": "---\njabatan: Kepala Dinas\n---\nKami sanggup.\n"])
        var result = Fixtures.check(site)
        let incomplete = try #require(result.rules("maklumat").first)
        #expect(incomplete.file == "content/disdukcapil/maklumat.md" && incomplete.severity == .warning)
        #expect(incomplete.message == "maklumat pelayanan belum mencantumkan penandatangan, tanggal (indikator PEKPPP \"Maklumat pelayanan tersedia, ditetapkan dan dipublikasikan\", bobot 10%)")
        try site.remove("content/disdukcapil/maklumat.md")
        result = Fixtures.check(site)
        let missing = try #require(result.rules("maklumat").first)
        #expect(missing.file == "content/disdukcapil/_index.md")
        #expect(missing.message.contains("bobot 10%"))
        #expect(missing.hint?.contains("content/disdukcapil/maklumat.md") == true)
    }

    @Test func pagesShowMaklumatIKMTableChartAndSelfAssessment() throws {
        let site = try Self.site(["content/disdukcapil/skm/2026-1.csv": Self.answers,
                                  "content/disdukcapil/skm/2026-1-tindak-lanjut.csv": "unsur,tindakan,tanggal\nU3,Menambah loket,2026-07-20\n"])
        let report = SiteBuilder.build(BuildOptions(root: site.root, output: "public", today: Fixtures.today))
        #expect(report.succeeded)
        let out = site.root + "/public/"
        let opd = try String(contentsOfFile: out + "disdukcapil/index.html", encoding: .utf8)
        #expect(opd.contains("<strong>80,56</strong>, mutu pelayanan <strong>B (Baik)</strong>, dari 4 responden"))
        #expect(opd.contains("<tr><th scope=\"row\">U3 Waktu penyelesaian <span class=\"lencana lencana-kurang\">terendah</span></th><td class=\"angka\">2,25</td><td class=\"angka\">0,2500</td><td class=\"angka\">56,25</td><td>D (Tidak Baik)</td></tr>"))
        #expect(opd.contains("<svg class=\"grafik-skm\""))
        #expect(opd.contains("<title id=\"grafik-skm-disdukcapil-2026-1-judul\">"))
        #expect(opd.contains("U1 3,50, U2 3,00, U3 2,25"))
        #expect(opd.contains("Menambah loket"))
        #expect(opd.contains("Unsur bermutu rendah yang belum ditindaklanjuti: U2 sistem, mekanisme dan prosedur, U9 penanganan pengaduan, saran dan masukan."))
        #expect(opd.contains("Maklumat pelayanan</h2>"))
        let service = try String(contentsOfFile: out + "disdukcapil/akta-kelahiran/index.html", encoding: .utf8)
        #expect(service.contains("<a href=\"../../disdukcapil/maklumat/\">maklumat pelayanan</a>"))
        let poster = try String(contentsOfFile: out + "disdukcapil/maklumat/index.html", encoding: .utf8)
        #expect(poster.contains("<h1>Maklumat Pelayanan</h1>") && poster.contains("Drs. Budi Santoso, M.Si."))
        let skm = try String(contentsOfFile: out + "skm/index.html", encoding: .utf8)
        #expect(skm.contains("<td class=\"angka\">80,56</td>"))
        let compliance = try String(contentsOfFile: out + "kepatuhan/index.html", encoding: .utf8)
        #expect(compliance.contains("Penilaian mandiri, bukan nilai resmi."))
        // Standard 17 + review 14 + maklumat 10 + survey 17 + published 7 met; follow-up of U2, U9 missing.
        #expect(compliance.contains("65 dari 79 poin"))
        #expect(compliance.contains("2 dari 3 unsur rendah belum ditindaklanjuti: U2, U9"))
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: out + "data/skm.json"))) as? [String: Any]
        let first = (json?["opd"] as? [[String: Any]])?.first
        let survey = (first?["skm"] as? [[String: Any]])?.first
        #expect(survey?["ikm"] as? Double == 80.56)
        #expect(survey?["unsur_rendah"] as? [String] == ["U2", "U3", "U9"])
        let csv = try String(contentsOfFile: out + "data/skm.csv", encoding: .utf8)
        #expect(csv.contains("disdukcapil,Dinas Kependudukan dan Pencatatan Sipil,2026-1,2026-06-30,4,3.50,3.00,2.25,4.00,3.25,3.25,3.75,3.25,2.75,80.56,B,U2 U3 U9,1\r\n"))
    }

    @Test func changingAnSKMFileRebuildsTheOPDPage() throws {
        let site = try Self.site(["content/disdukcapil/skm/2026-1.csv": Self.answers])
        var options = BuildOptions(root: site.root, output: "public", today: Fixtures.today)
        options.incremental = true
        #expect(SiteBuilder.build(options).succeeded)
        try site.write("content/disdukcapil/skm/2026-1.csv", Self.answers.replacingOccurrences(of: "4,45,3,2,2", with: "4,45,4,2,2"))
        #expect(SiteBuilder.build(options).succeeded)
        let opd = try String(contentsOfFile: site.root + "/public/disdukcapil/index.html", encoding: .utf8)
        // U1 total 15: IKM = 117 × 25 / 36 = 81.25.
        #expect(opd.contains("<strong>81,25</strong>"))
    }
}
