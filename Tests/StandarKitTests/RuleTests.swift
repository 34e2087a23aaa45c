import Testing
@testable import StandarKit

@Suite struct RuleTests {
    @Test func completeStandardHasNoFindings() throws {
        let site = try Fixtures.site()
        let result = Fixtures.check(site)
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        #expect(result.site.services.count == 1)
        #expect(result.opdSummaries == [.init(slug: "disdukcapil", nama: "Dinas Kependudukan dan Pencatatan Sipil", total: 1, complete: 1)])
    }

    @Test func missingComponent() throws {
        let site = try Fixtures.site(["a": Fixtures.standard(omit: [.biaya, .evaluasi])])
        let found = Fixtures.check(site).rules("missing-component")
        #expect(found.map(\.component) == [.biaya, .evaluasi])
        #expect(found.allSatisfy { $0.severity == .error && $0.file == "content/disdukcapil/a.md" })
        #expect(found[0].hint?.contains("## Biaya/Tarif") == true)
    }

    @Test func missingComponentPointsAtMisspelledSection() throws {
        let typo = "Syrat"
        let text = Fixtures.standard(omit: [.persyaratan]) + "## \(typo)\n\nSesuatu\n"
        let site = try Fixtures.site(["a": text])
        let result = Fixtures.check(site)
        // The matcher does not take the typo for the component, but the finding points at it.
        let missing = result.rules("missing-component")
        #expect(missing.count == 1)
        #expect(missing.first?.component == .persyaratan)
        #expect(missing.first?.hint == "bagian \"\(typo)\" di baris \(RuleFixture.line(of: typo, in: text)) mungkin dimaksudkan sebagai komponen ini; ubah judulnya menjadi \"## Persyaratan\"")
    }

    @Test(arguments: ["-", "TBD", "...", "<!-- isi -->", "belum ada", "   "])
    func emptyComponent(placeholder: String) throws {
        let text = Fixtures.standard(replace: [.produk: placeholder])
        let found = Fixtures.check(try Fixtures.site(["a": text])).rules("empty-component")
        #expect(found.count == 1)
        #expect(found.first?.component == .produk)
        #expect(found.first?.line == RuleFixture.line(of: RuleFixture.heading(.produk), in: text))
    }

    @Test func componentInFrontMatter() throws {
        let site = try Fixtures.site(["a": Fixtures.standard(extraFrontMatter: "biaya: Gratis", omit: [.biaya])])
        let result = Fixtures.check(site)
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        #expect(result.site.services[0].fee?.isFree == true)
    }

    @Test func componentTwiceIsDuplicate() throws {
        let site = try Fixtures.site(["a": Fixtures.standard(extraFrontMatter: "biaya: Gratis")])
        let found = Fixtures.check(site).rules("duplicate-component")
        #expect(found.count == 1)
        #expect(found.first?.severity == .error)
        #expect(found.first?.component == .biaya)
    }

    @Test func headingsOfOneComponentMerge() throws {
        let text = Fixtures.standard(replace: [.persyaratan: "- KTP\n\n## Persyaratan Teknis\n\n- Denah lokasi"])
        let site = try Fixtures.site(["a": text])
        let result = Fixtures.check(site)
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        let c = try #require(result.site.services[0].component(.persyaratan))
        #expect(c.headings == ["Persyaratan", "Persyaratan Teknis"])
        #expect(c.plainText.contains("KTP") && c.plainText.contains("Denah"))
    }

    @Test func headingInCodeBlockOrQuoteIsNotASection() throws {
        let text = Fixtures.standard(omit: [.biaya]) + "```\n## Biaya/Tarif\nGratis\n```\n\n> ## Biaya/Tarif\n> Gratis\n"
        let site = try Fixtures.site(["a": text])
        #expect(Fixtures.check(site).rules("missing-component").map(\.component) == [.biaya])
    }

    @Test func inlineHeadingValueCounts() throws {
        let text = Fixtures.standard(omit: [.biaya]) + "## Biaya/Tarif : GRATIS\n"
        let site = try Fixtures.site(["a": text])
        let result = Fixtures.check(site)
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        #expect(result.site.services[0].fee?.isFree == true)
    }

    @Test func komponenWajibLimitsRequiredComponents() throws {
        let site = try Fixtures.site(["a": Fixtures.standard(omit: [.evaluasi])])
        try site.write("content/_index.md", "---\njudul: X\nkomponen_wajib: [persyaratan, biaya]\n---\n")
        #expect(Fixtures.check(site).rules("missing-component").isEmpty)
    }

    @Test func feeAndDurationUnreadable() throws {
        let text = Fixtures.standard(replace: [.biaya: "Sesuai ketentuan yang berlaku", .waktu: "Senin-Jumat 08.00-15.00 WIB"])
        let result = Fixtures.check(try Fixtures.site(["a": text]))
        #expect(result.rules("fee-unreadable").count == 1)
        let d = try #require(result.rules("duration-unreadable").first)
        #expect(d.hint?.contains("jam layanan") == true)
        #expect(d.severity == .warning)
    }

    @Test func reviewOverdue() throws {
        let text = Fixtures.standard().replacingOccurrences(of: "ditinjau: 2026-06-01", with: "ditinjau: 2025-01-02")
            .replacingOccurrences(of: "ditetapkan: 2026-01-10", with: "ditetapkan: 2024-01-10")
        let d = try #require(Fixtures.check(try Fixtures.site(["a": text])).rules("review-overdue").first)
        #expect(d.line == RuleFixture.line(of: "ditinjau:", in: text))
        #expect(d.message.contains("2 Januari 2025"))
    }

    @Test func reviewBeforeSetIsInvalid() throws {
        let text = Fixtures.standard().replacingOccurrences(of: "ditinjau: 2026-06-01", with: "ditinjau: 2025-12-01")
        #expect(Fixtures.check(try Fixtures.site(["a": text])).rules("invalid-field").count == 1)
    }

    @Test func missingDecree() throws {
        let text = Fixtures.standard().replacingOccurrences(of: "nomor_sk: 800/1/Disdukcapil/2026\n", with: "")
        let d = try #require(Fixtures.check(try Fixtures.site(["a": text])).rules("missing-decree").first)
        #expect(d.message.contains("nomor_sk"))
    }

    @Test func brokenFrontMatterIsNotAlsoAMissingDecree() throws {
        let text = Fixtures.standard().replacingOccurrences(of: "judul: Penerbitan Akta Kelahiran", with: "judul: \"Akta\" lahir")
        let result = Fixtures.check(try Fixtures.site(["a": text]))
        #expect(result.rules("front-matter").count == 1)
        #expect(result.rules("missing-decree").isEmpty)
    }

    @Test func rawHTMLWarns() throws {
        let text = Fixtures.standard(replace: [.produk: "<div>Akta</div>"])
        #expect(Fixtures.check(try Fixtures.site(["a": text])).rules("raw-html").count == 1)
    }

    @Test func draftGapsAreWarnings() throws {
        let text = Fixtures.standard(extraFrontMatter: "draft: true", omit: [.biaya])
        let result = Fixtures.check(try Fixtures.site(["a": text]))
        #expect(result.errorCount == 0)
        #expect(result.rules("missing-component").first?.severity == .warning)
    }

    @Test func diagnosticsAreSorted() throws {
        let site = try Fixtures.site(["b": Fixtures.standard(omit: [.biaya]), "a": Fixtures.standard(omit: [.produk])])
        let files = Fixtures.check(site).diagnostics.map(\.file)
        #expect(files == files.sorted())
    }
}
