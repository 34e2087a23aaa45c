import Testing
@testable import StandarKit

/// Two sections of one single-valued component with different values (issue: two `## Biaya` with different
/// amounts merged silently).
@Suite struct ConflictingComponentTests {
    func findings(_ text: String) throws -> (CheckResult, String) {
        let site = try Fixtures.site(["a": text])
        return (Fixtures.check(site), text)
    }

    /// 1-based line of the first line of `text` that starts with `prefix`, counted after `after` lines match.
    func line(of prefix: String, in text: String, occurrence: Int = 1) -> Int? {
        var seen = 0
        for (i, l) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() where l.hasPrefix(prefix) {
            seen += 1
            if seen == occurrence { return i + 1 }
        }
        return nil
    }

    @Test func twoFeesThatDifferAreNamedWithBothLines() throws {
        let text = Fixtures.standard(replace: [.biaya: "Rp 10.000", .evaluasi: "Evaluasi tiap tiga bulan\n\n## Biaya\n\nGratis"])
        let (result, _) = try findings(text)
        let found = result.rules("conflicting-component")
        #expect(found.count == 1)
        let first = try #require(line(of: "## Biaya", in: text))
        let second = try #require(line(of: "## Biaya", in: text, occurrence: 2))
        #expect(found.first?.line == second)
        #expect(found.first?.severity == .warning)
        #expect(found.first?.component == .biaya)
        #expect(found.first?.message == "komponen Biaya/Tarif ditulis di dua bagian dengan nilai berbeda: \"Rp 10.000\" (baris \(first)) dan \"Gratis\" (baris \(second))")
        #expect(found.first?.hint?.hasPrefix("satukan menjadi satu bagian") == true)
    }

    @Test func twoTimesThatDiffer() throws {
        let text = Fixtures.standard(replace: [.waktu: "3 hari kerja", .evaluasi: "Evaluasi\n\n## Waktu Penyelesaian\n\n14 hari kerja"])
        let (result, _) = try findings(text)
        #expect(result.rules("conflicting-component").map(\.component) == [.waktu])
    }

    @Test func sameValueTwiceOrUnreadablePartsAreNotConflicts() throws {
        for extra in ["## Tarif\n\nGratis, tidak dipungut biaya", "## Tarif Retribusi\n\nSesuai Perda Nomor 5 Tahun 2023"] {
            let text = Fixtures.standard(replace: [.biaya: "Gratis", .evaluasi: "Evaluasi\n\n" + extra])
            let (result, _) = try findings(text)
            #expect(result.rules("conflicting-component").isEmpty, "\(extra)")
        }
        // Two parts of a multi-valued component (administrative and technical requirements) are normal.
        let text = Fixtures.standard(replace: [.persyaratan: "- KTP", .evaluasi: "Evaluasi\n\n## Persyaratan Teknis\n\n- Denah"])
        #expect(try findings(text).0.rules("conflicting-component").isEmpty)
    }
}
