import Testing
@testable import StandarKit

/// The component rules, called directly on built standards: missing-component, empty-component,
/// duplicate-component, unknown-section; and the severity policy for their gaps.
@Suite struct ComponentRuleTests {
    typealias F = RuleFixture

    @Test func missingComponentPointsAtTheNextSection() throws {
        let text = Fixtures.standard(omit: [.biaya])
        let found = F.check(MissingComponentRule(), text)
        let d = try #require(found.first)
        #expect(found.count == 1)
        #expect(d.rule == "missing-component" && d.severity == .error && d.file == F.file)
        #expect(d.component == .biaya)
        #expect(d.message == "komponen \"Biaya/Tarif\" tidak ada")
        #expect(d.line == F.line(of: F.heading(.produk), in: text))
        #expect(d.hint == "tambahkan bagian \"## Biaya/Tarif\" beserta isinya sebelum bagian \"\(ComponentID.produk.canonicalHeading)\"")
    }

    @Test func missingLastComponentPointsAtTheEndOfFile() throws {
        let text = Fixtures.standard(omit: [.evaluasi])
        let d = try #require(F.check(MissingComponentRule(), text).first)
        #expect(d.line == F.standard(text).0.lastLine)
        #expect(d.hint == "tambahkan bagian \"## \(ComponentID.evaluasi.canonicalHeading)\" beserta isinya di akhir berkas")
    }

    @Test func missingComponentNamesTheMisspelledSection() throws {
        let typo = "Biayaa Tarrif Layanan Xyz"
        let text = Fixtures.standard(omit: [.biaya]) + "## \(typo)\n\nRp 5.000\n"
        let (standard, _) = F.standard(text)
        // The heading is not recognized as the component, only suggested.
        #expect(standard.component(.biaya) == nil)
        let d = try #require(MissingComponentRule().check(standard, context: F.context).first)
        #expect(d.hint == "bagian \"\(typo)\" di baris \(F.line(of: typo, in: text)) mungkin dimaksudkan sebagai komponen ini; ubah judulnya menjadi \"## Biaya/Tarif\"")
    }

    @Test func requiredComponentsLimitTheRule() {
        let text = Fixtures.standard(omit: [.biaya, .evaluasi])
        let context = RuleContext(requiredComponents: [.persyaratan, .biaya], today: Fixtures.today)
        #expect(F.check(MissingComponentRule(), text, context: context).map(\.component) == [.biaya])
    }

    @Test(arguments: ["-", "TBD", "<!-- isi -->"])
    func emptyComponent(placeholder: String) throws {
        let text = Fixtures.standard(replace: [.produk: placeholder])
        let found = F.check(EmptyComponentRule(), text)
        let d = try #require(found.first)
        #expect(found.count == 1)
        #expect(d.rule == "empty-component" && d.severity == .error && d.component == .produk)
        #expect(d.line == F.line(of: F.heading(.produk), in: text))
        #expect(d.message == "komponen \"\(ComponentID.produk.canonicalHeading)\" kosong (bagian \"\(ComponentID.produk.canonicalHeading)\" belum berisi keterangan)")
        #expect(d.hint == "isi dengan keterangan yang sebenarnya; tanda \"-\", \"TBD\" atau komentar tidak dihitung sebagai isi")
    }

    @Test func emptyFrontMatterComponent() throws {
        let text = Fixtures.standard(extraFrontMatter: "biaya: \"-\"", omit: [.biaya])
        let d = try #require(F.check(EmptyComponentRule(), text).first)
        #expect(d.message == "komponen \"Biaya/Tarif\" kosong (kolom biaya di front matter belum berisi keterangan)")
    }

    @Test func componentInFrontMatterAndAsSection() throws {
        let text = Fixtures.standard(extraFrontMatter: "biaya: Gratis")
        let found = F.standard(text).1.filter { $0.rule == "duplicate-component" }
        let d = try #require(found.first)
        #expect(found.count == 1)
        #expect(d.severity == .error && d.component == .biaya)
        #expect(d.line == F.line(of: F.heading(.biaya), in: text))
        #expect(d.message == "komponen Biaya/Tarif diisi dua kali: di front matter (baris \(F.line(of: "biaya: Gratis", in: text))) dan sebagai bagian \"Biaya/Tarif\"")
        #expect(d.hint == "pilih salah satu: hapus kolom biaya di front matter atau hapus bagian ini")
    }

    @Test func sameHeadingTwiceIsAWarning() throws {
        let text = Fixtures.standard() + "## Biaya/Tarif\n\nGratis juga\n"
        let found = F.standard(text).1.filter { $0.rule == "duplicate-component" }
        let d = try #require(found.first)
        #expect(found.count == 1)
        #expect(d.severity == .warning && d.component == .biaya)
        let first = F.line(of: F.heading(.biaya), in: text)
        let second = F.line(of: "Gratis juga", in: text) - 2
        #expect(d.line == second && second > first)
        #expect(d.message == "bagian \"Biaya/Tarif\" sudah ditulis di baris \(first); isinya digabung")
        #expect(d.hint == "hapus salah satu bagian, atau beri judul yang berbeda bila isinya memang berbeda")
    }

    @Test func unknownSectionSuggestsTheComponent() throws {
        let typo = "Syrat"
        let text = Fixtures.standard(omit: [.persyaratan]) + "## \(typo)\n\n- KTP\n"
        let found = F.check(UnknownSectionRule(), text)
        let d = try #require(found.first)
        #expect(found.count == 1)
        #expect(d.rule == "unknown-section" && d.severity == .warning && d.component == .persyaratan)
        #expect(d.line == F.line(of: "## \(typo)", in: text))
        #expect(d.message == "judul \"\(typo)\" tidak dikenali sebagai komponen standar")
        #expect(d.hint == "maksud Anda \"Persyaratan\"? Ubah judulnya menjadi \"## Persyaratan\"")
    }

    @Test func unknownSectionWhenTheComponentExists() throws {
        let typo = "Syrat"
        let text = Fixtures.standard() + "## \(typo)\n\n- KTP\n"
        let d = try #require(F.check(UnknownSectionRule(), text).first)
        #expect(d.hint == "maksud Anda \"Persyaratan\"? Komponen itu sudah ada; bila bagian ini tambahan, beri judul yang lebih jelas")
    }

    @Test func otherSectionsPassSilently() {
        #expect(F.check(UnknownSectionRule(), Fixtures.standard() + "## Catatan\n\nTambahan.\n").isEmpty)
    }
}

/// `SeverityPolicy`: gaps become warnings for drafts and under `--allow-incomplete`, nothing else changes.
@Suite struct SeverityPolicyTests {
    let gaps = Fixtures.standard(omit: [.biaya], replace: [.produk: "-"])

    func severities(_ text: String, _ policy: SeverityPolicy) -> [String: Severity] {
        let (standard, _) = RuleFixture.standard(text)
        let found = Checker.findings(standard, context: RuleFixture.context, policy: policy)
        return Dictionary(found.map { ($0.rule, $0.severity) }, uniquingKeysWith: { a, _ in a })
    }

    @Test func gapsAreErrorsByDefault() {
        #expect(severities(gaps, SeverityPolicy()) == ["missing-component": .error, "empty-component": .error])
    }

    @Test func gapsAreWarningsForDrafts() {
        let draft = gaps.replacingOccurrences(of: "ditinjau: 2026-06-01", with: "ditinjau: 2026-06-01\ndraft: true")
        #expect(severities(draft, SeverityPolicy()) == ["missing-component": .warning, "empty-component": .warning])
    }

    @Test func gapsAreWarningsUnderAllowIncomplete() {
        #expect(severities(gaps, SeverityPolicy(allowIncomplete: true)) == ["missing-component": .warning, "empty-component": .warning])
    }

    @Test func otherErrorsStayErrors() {
        var d = [Diagnostic(file: "x", line: 1, severity: .error, rule: "invalid-field", message: "m")]
        SeverityPolicy(allowIncomplete: true).apply(to: &d, draft: true)
        #expect(d[0].severity == .error)
        #expect(SeverityPolicy.gapRules == [MissingComponentRule.description.id, EmptyComponentRule.description.id])
    }

    @Test func buildAllowIncompletePublishesWithWarnings() throws {
        let site = try Fixtures.site(["a": gaps])
        #expect(SiteBuilder.build(BuildOptions(root: site.root, output: "public", today: Fixtures.today)).stoppedAt == .check)
        var options = BuildOptions(root: site.root, output: "public", today: Fixtures.today)
        options.allowIncomplete = true
        let report = SiteBuilder.build(options)
        #expect(report.succeeded)
        #expect(report.diagnostics.filter { SeverityPolicy.gapRules.contains($0.rule) }.map(\.severity) == [.warning, .warning])
    }
}
