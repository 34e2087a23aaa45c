import Testing
@testable import StandarKit

@Suite struct FrontMatterSplitterTests {
    @Test func splitsFrontMatterAndBody() {
        let s = FrontMatterSplit.split("---\njudul: A\n---\n\n## Persyaratan\n")
        #expect(s.problem == nil)
        #expect(s.yaml == "judul: A\n")
        #expect(s.bodyStartLine == 4)
        #expect(s.body == "\n## Persyaratan\n")
    }

    @Test func acceptsDotsAsClosingFenceAndTrailingSpaces() {
        let s = FrontMatterSplit.split("---  \njudul: A\n...\nisi")
        #expect(s.problem == nil)
        #expect(s.body == "isi")
    }

    @Test func missingFrontMatter() {
        #expect(FrontMatterSplit.split("## Persyaratan\n").problem == .missing)
    }

    @Test func unterminatedFrontMatter() {
        #expect(FrontMatterSplit.split("---\njudul: A\n## Persyaratan\n").problem == .unterminated)
    }

    @Test func emptyFrontMatter() {
        let s = FrontMatterSplit.split("---\n---\nisi\n")
        #expect(s.problem == nil)
        #expect(s.yaml == "")
        #expect(s.bodyStartLine == 3)
    }
}

@Suite struct FrontMatterReaderTests {
    let reader = FrontMatterReader()

    func read(_ yaml: String, schema: [FieldSpec] = FrontMatterSchema.service) -> FrontMatter {
        reader.read(FrontMatterSplit.split("---\n" + yaml + "---\nisi\n"), schema: schema, file: "f.md")
    }

    @Test func scalarsStayText() {
        let fm = read("judul: no\nnomor_sk: 0470\nkategori: 10.000\nringkasan: 1e3\n")
        #expect(fm["judul"]?.text == "no")
        #expect(fm["nomor_sk"]?.text == "0470")
        #expect(fm["kategori"]?.text == "10.000")
        #expect(fm["ringkasan"]?.text == "1e3")
        #expect(fm.diagnostics.isEmpty)
    }

    @Test func fieldLinesAreFileLines() {
        let fm = read("judul: A\n\nkategori: B\n")
        #expect(fm["judul"]?.line == 2)
        #expect(fm["kategori"]?.line == 4)
    }

    @Test func syntaxErrorPointsAtFileLine() {
        let fm = read("judul: A\nringkasan: a: b\n")
        let d = fm.diagnostics.first { $0.rule == "front-matter" }
        #expect(d?.line == 3)
        #expect(d?.message.contains("\":\"") == true)
    }

    @Test func duplicateKeys() {
        let fm = read("judul: A\njudul: B\n")
        let d = fm.diagnostics.first { $0.rule == "front-matter" }
        #expect(d?.message.contains("lebih dari sekali") == true)
    }

    @Test func tabsAreRefusedClearly() {
        let fm = read("judul: A\nkata_kunci:\n\t- a\n")
        let d = fm.diagnostics.first { $0.rule == "front-matter" }
        #expect(d?.line == 4)
        #expect(d?.message.contains("tab") == true)
    }

    @Test func anchorsAndAliasesAreRefused() {
        let bomb = """
        a: &a ["x","x","x","x","x","x","x","x","x"]
        b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
        c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
        d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
        e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]
        f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]
        g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]
        judul: *g

        """
        let fm = read(bomb)
        let d = fm.diagnostics.first { $0.rule == "front-matter" }
        #expect(d?.message.contains("anchor") == true)
        #expect(d?.line == 2)
    }

    @Test func unknownFieldSuggestsClosest() {
        let fm = read("judul: A\nringksan: B\n")
        let d = fm.diagnostics.first { $0.rule == "unknown-field" }
        #expect(d?.hint == "maksud Anda \"ringkasan\"?")
        #expect(d?.severity == .warning)
    }

    @Test func requiredFieldMissingAndNull() {
        #expect(read("kategori: A\n").diagnostics.contains { $0.rule == "missing-field" && $0.message.contains("judul") })
        let nulled = read("judul:\n")
        #expect(nulled.diagnostics.contains { $0.rule == "missing-field" && $0.line == 2 })
    }

    @Test(arguments: [
        ("ditetapkan: 2026-02-30\n", "tanggal"),
        ("ditetapkan: 15-03-2026\n", "tanggal"),
        ("draft: mungkin\n", "true atau false"),
        ("ringkasan: [a, b]\n", "satu teks"),
        ("kata_kunci: {a: b}\n", "daftar"),
    ])
    func invalidFields(line: String, expected: String) {
        let fm = read("judul: A\n" + line)
        let d = fm.diagnostics.first { $0.rule == "invalid-field" }
        #expect(d?.message.contains(expected) == true, "\(fm.diagnostics)")
        #expect(d?.line == 3)
    }

    @Test func opdEmailAndURL() {
        let fm = read("nama: Dinas\nemail: bukan-surel\nsitus: javascript:alert(1)\n", schema: FrontMatterSchema.opd)
        #expect(fm.diagnostics.filter { $0.rule == "invalid-field" }.count == 2)
        #expect(fm["situs"] == nil)
    }

    @Test func komponenWajibMustBeKnownIds() {
        let fm = read("judul: A\nkomponen_wajib:\n  - persyaratan\n  - biya\n", schema: FrontMatterSchema.site)
        let d = fm.diagnostics.first { $0.rule == "invalid-field" }
        #expect(d?.hint == "maksud Anda \"biaya\"?")
    }

    @Test func componentAsFrontMatterTextOrList() {
        let fm = read("judul: A\nbiaya: Gratis\npersyaratan:\n  - KTP\n  - KK\n")
        #expect(fm["biaya"]?.value == .text("Gratis"))
        #expect(fm["persyaratan"]?.value == .list(["KTP", "KK"]))
    }

    @Test func rootMustBeMapping() {
        let fm = read("- a\n- b\n")
        #expect(fm.diagnostics.contains { $0.rule == "front-matter" })
    }
}

@Suite struct SimpleDateTests {
    @Test func parsesAndRoundTrips() throws {
        let d = try #require(SimpleDate("2024-02-29"))
        #expect(SimpleDate(dayNumber: d.dayNumber) == d)
        #expect(d.indonesian == "29 Februari 2024")
        #expect(SimpleDate("2023-02-29") == nil)
        #expect(SimpleDate("2023-13-01") == nil)
        #expect(SimpleDate("2023-1-01") == nil)
    }

    @Test func dayNumbers() throws {
        #expect(SimpleDate("1970-01-01")?.dayNumber == 0)
        #expect(SimpleDate("2026-11-22")?.dayNumber == 20779)
    }

    @Test func todayHonoursSourceDateEpoch() {
        #expect(SimpleDate.today(environment: ["SOURCE_DATE_EPOCH": "0"]).description == "1970-01-01")
    }
}

@Suite struct SuggestTests {
    @Test func closest() {
        #expect(Suggest.closest(to: "Judul", among: ["judul", "ringkasan"]) == "judul")
        #expect(Suggest.closest(to: "kata-kunci", among: ["kata_kunci"]) == "kata_kunci")
        #expect(Suggest.closest(to: "xyz", among: ["judul"]) == nil)
    }
}

@Suite struct YAMLAliasScannerTests {
    @Test(arguments: [
        ("a: &x 1\n", 1, 4), ("a: *x\n", 1, 4), ("- &x a\n", 1, 3), ("a: [1, *x]\n", 1, 8),
        ("a: {b: *x}\n", 1, 8), ("a: !!str &x v\n", 1, 10), ("a:\n  *x\n", 2, 3), ("<<: *base\n", 1, 5),
        ("a: [\n  1,\n  *x]\n", 3, 3),
    ])
    func finds(yaml: String, line: Int, column: Int) {
        #expect(YAMLAliasScanner.firstAnchorOrAlias(in: yaml) == .init(line: line, column: column))
    }

    @Test(arguments: [
        "judul: Layanan *penting* warga\n", "judul: Izin Usaha & Perdagangan\n", "judul: \"*kutip\"\n",
        "judul: '&kutip'\n", "a: b # *komentar\n", "ringkasan: |\n  *baris* &teks\n  - *x\nb: c\n",
        "judul: Rp 5.000 * 2\n", "a: 5*3\n", "- a & b\n",
    ])
    func ignoresText(yaml: String) {
        #expect(YAMLAliasScanner.firstAnchorOrAlias(in: yaml) == nil)
    }
}
