import Foundation
import Testing
@testable import StandarKit

/// `standar check`'s table and JSON count every service file once: drafts and unreadable files included, an OPD
/// without a standard at level 0, and the totals agree with the summary line.
@Suite struct CheckTableTests {
    @Test func tableAddsUpWithTheSummaryLine() throws {
        let site = try LaporanTests.evaluatorSite()
        let result = Checker.run(root: site.root, today: Fixtures.today, keepStandards: false)
        let text = Reporter.text(result)
        let lines = text.split(separator: "\n").map(String.init)
        let header = try #require(lines.first { $0.hasPrefix("OPD ") })
        #expect(header.contains("Draf"))
        #expect(header.contains("Tidak terbaca"))
        #expect(header.contains("Tingkat OPD"))
        func cells(_ prefix: String) throws -> [String] {
            try #require(lines.first { $0.hasPrefix(prefix + " ") }).split(separator: " ").map(String.init)
        }
        // Standar, Draf, Tidak terbaca, Terbit, Lengkap, Belum lengkap, Tingkat 1, 2, 3, Tingkat OPD
        #expect(try cells("disdukcapil") == ["disdukcapil", "5", "1", "1", "3", "2", "1", "1", "1", "1", "1"])
        #expect(try cells("dinsos") == ["dinsos", "0", "0", "0", "0", "0", "0", "0", "0", "0", "0"])
        #expect(try cells("Jumlah") == ["Jumlah", "5", "1", "1", "3", "2", "1", "1", "1", "1", "-"])
        #expect(text.contains("5 standar (3 terbit, 1 draf, 1 tidak terbaca)"))
        for t in result.tallies.map(\.tally) {
            #expect(t.files == t.drafts + t.unreadable + t.published)
            #expect(t.published == t.complete + t.incomplete)
            #expect(t.published == t.levels[1] + t.levels[2] + t.levels[3])
        }
    }

    @Test func jsonKeepsItsFieldsAndAddsRows() throws {
        let site = try LaporanTests.evaluatorSite()
        let result = Checker.run(root: site.root, today: Fixtures.today, keepStandards: false)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(Reporter.json(result).utf8)) as? [String: Any])
        let summary = try #require(object["summary"] as? [String: Int])
        #expect(Set(summary.keys) == ["files", "services", "errors", "warnings"])
        #expect(summary["services"] == 4)
        let totals = try #require(object["totals"] as? [String: Any])
        #expect(totals["standards"] as? Int == 5)
        #expect(totals["unreadable"] as? Int == 1)
        #expect(totals["levels"] as? [String: Int] == ["1": 1, "2": 1, "3": 1])
        let rows = try #require(object["standards"] as? [[String: Any]])
        #expect(rows.count == 5)
        let broken = try #require(rows.first { $0["file"] as? String == "content/disdukcapil/rusak.md" })
        #expect(broken["status"] as? String == "tidak_terbaca")
        #expect(broken["level"] is NSNull)
        #expect((broken["errors"] as? Int ?? 0) > 0)
        let draft = try #require(rows.first { $0["slug"] as? String == "draf" })
        #expect(draft["status"] as? String == "draf")
        #expect(draft["judul"] as? String == "Masih draf")
        #expect((draft["components"] as? [String: [String]])?["missing"] == ["sarana"])
        #expect(draft["level"] as? Int == 1)
        #expect(object["diagnostics"] is [Any])
    }
}
