import Testing
@testable import StandarKit

/// The front-matter rules: front-matter, missing-field, invalid-field, unknown-field; each with its message,
/// line, column and hint, read by `FrontMatterReader` as the loader does.
@Suite struct FrontMatterRuleTests {
    let file = "content/disdukcapil/a.md"

    func read(_ text: String, schema: [FieldSpec] = FrontMatterSchema.service) -> [Diagnostic] {
        FrontMatterReader.shared.read(FrontMatterSplit.split(text), schema: schema, file: file).diagnostics
    }

    func only(_ rule: String, _ text: String) throws -> Diagnostic {
        let found = read(text).filter { $0.rule == rule }
        #expect(found.count == 1, "\(found)")
        return try #require(found.first)
    }

    @Test func missingFrontMatter() throws {
        let d = try only("front-matter", "## Persyaratan\n- KTP\n")
        #expect(d.file == file && d.line == 1 && d.column == 1 && d.severity == .error)
        #expect(d.message == "berkas tidak diawali front matter (baris \"---\")")
        #expect(d.hint == "tambahkan di baris pertama: ---, lalu kolom seperti judul: ..., lalu tutup dengan --- sebelum isi")
    }

    @Test func unterminated() throws {
        let d = try only("front-matter", "---\njudul: X\n## Persyaratan\n")
        #expect(d.line == 1)
        #expect(d.message == "front matter dibuka dengan \"---\" tetapi tidak pernah ditutup")
        #expect(d.hint == "tambahkan baris \"---\" setelah kolom terakhir front matter, sebelum isi berkas")
    }

    @Test func tabIndent() throws {
        let text = "---\njudul: X\nkata_kunci:\n\t- a\n---\n"
        let d = try only("front-matter", text)
        #expect(d.line == F.line(of: "\t- a", in: text) && d.column == 1)
        #expect(d.message == "front matter memakai karakter tab untuk indentasi")
        #expect(d.hint == "ganti tab dengan spasi (YAML hanya menerima spasi)")
    }

    @Test func tabsOutsideIndentationAndTheirLines() {
        #expect(FrontMatterReader.lineIndentedByTab("judul: X\nkata_kunci:\n  - a\n") == nil)
        #expect(FrontMatterReader.lineIndentedByTab("judul: \"A\tB\"\nb: 1\n") == nil)
        #expect(FrontMatterReader.lineIndentedByTab("judul: X\n  \t- a\n") == 2)
        #expect(FrontMatterReader.lineIndentedByTab("a: 1\nb: x\t\n\tc: 2") == 3)
        #expect(FrontMatterReader.isNull("~", plain: true) && FrontMatterReader.isNull("NULL", plain: true))
        #expect(!FrontMatterReader.isNull("null", plain: false) && !FrontMatterReader.isNull("nUll", plain: true))
    }

    @Test func anchorOrAlias() throws {
        let text = "---\njudul: X\nkategori: &a Umum\n---\n"
        let d = try only("front-matter", text)
        #expect(d.line == F.line(of: "&a", in: text) && d.column == F.column(of: "&a", in: text))
        #expect(d.message == "front matter memakai anchor atau alias YAML (& atau *), yang tidak diizinkan")
        #expect(d.hint == "tulis isinya secara langsung; bila teks memang diawali & atau *, beri tanda kutip, misalnya judul: \"*Layanan\"")
    }

    @Test func yamlSyntaxIsTranslated() throws {
        let text = "---\njudul: X\nkategori: a: b\n---\n"
        let d = try only("front-matter", text)
        #expect(d.line == F.line(of: "a: b", in: text) && d.column == F.column(of: ": b", in: text))
        #expect(d.message == "YAML front matter salah: tanda \":\" tidak boleh muncul di sini; beri tanda kutip pada isinya")
        #expect(d.hint == "periksa penulisan YAML: setiap baris berbentuk \"kolom: isi\"; beri tanda kutip bila isi mengandung \":\" atau diawali karakter khusus")
    }

    @Test func duplicatedKeys() throws {
        let d = try only("front-matter", "---\njudul: X\njudul: Y\n---\n")
        #expect(d.message == "kolom \"judul\" ditulis lebih dari sekali di front matter")
    }

    @Test func notAMapping() throws {
        let text = "---\n- a\n- b\n---\n"
        let d = try only("front-matter", text)
        #expect(d.line == F.line(of: "- a", in: text))
        #expect(d.message == "front matter harus berupa daftar \"kolom: isi\"")
        #expect(d.hint == "tulis setiap kolom pada barisnya sendiri, misalnya judul: Penerbitan Akta Kelahiran")
    }

    @Test func keyNotText() throws {
        // A list used as a key is refused by the anchor scanner before Yams composes it (a complex key).
        let text = "---\njudul: X\n[a]: b\n---\n"
        let d = try only("front-matter", text)
        #expect(d.line == F.line(of: "[a]", in: text) && d.column == 4, "column \(d.column)")
        #expect(d.message == "front matter memakai kunci YAML yang rumit (\"? \" atau daftar sebagai nama kolom), yang tidak diizinkan")
        #expect(d.hint?.hasPrefix("nama kolom harus berupa teks biasa") == true)
    }

    @Test func missingFieldAbsent() throws {
        let text = "---\nkategori: A\n---\n"
        let d = try only("missing-field", text)
        #expect(d.line == 1 && d.severity == .error)
        #expect(d.message == "kolom wajib \"judul\" tidak ada di front matter")
        let about = try #require(FrontMatterSchema.service.first { $0.key == "judul" }?.description)
        #expect(d.hint == "tambahkan baris judul: ... di antara kedua baris \"---\". \(about)")
    }

    @Test func missingFieldEmptyIsReportedOnce() throws {
        let text = "---\nkategori: A\njudul: ~\n---\n"
        let d = try only("missing-field", text)
        #expect(d.line == F.line(of: "judul:", in: text) && d.column == 1)
        #expect(d.message == "kolom wajib \"judul\" kosong")
        let about = try #require(FrontMatterSchema.service.first { $0.key == "judul" }?.description)
        #expect(d.hint == "isi kolom judul: \(about)")
    }

    @Test(arguments: [
        ("ditetapkan: 2026-02-30", "tanggal \"2026-02-30\" pada kolom \"ditetapkan\" tidak sah",
         "tulis tanggal dengan format TTTT-BB-HH, misalnya 2026-03-15"),
        ("draft: mungkin", "kolom \"draft\" harus berisi true atau false, bukan \"mungkin\"", "tulis draft: true atau draft: false"),
        ("kategori: [a, b]", "kolom \"kategori\" harus berisi satu teks, bukan daftar", "tulis isinya pada baris yang sama: kategori: ..."),
        ("kata_kunci: [[a]]", "setiap butir kolom \"kata_kunci\" harus berupa teks", "tulis setiap butir pada satu baris diawali \"- \""),
        ("kata_kunci: {a: b}", "kolom \"kata_kunci\" harus berupa teks atau daftar teks",
         "tulis teks pada baris yang sama, atau daftar dengan setiap butir diawali \"- \""),
    ])
    func invalidField(line: String, message: String, hint: String) throws {
        let text = "---\njudul: X\n\(line)\n---\n"
        let d = try only("invalid-field", text)
        let key = String(line.prefix { $0 != ":" })
        #expect(d.line == F.line(of: key + ":", in: text))
        #expect(d.column == key.count + 3)
        #expect(d.severity == .error)
        #expect(d.message == message)
        #expect(d.hint == hint)
    }

    @Test func invalidFieldsOfTheSiteAndOPDSchemas() throws {
        func one(_ text: String, _ schema: [FieldSpec]) -> Diagnostic? { read(text, schema: schema).first { $0.rule == "invalid-field" } }
        let email = one("---\nnama: X\nemail: bukan\n---\n", FrontMatterSchema.opd)
        #expect(email?.message == "alamat surel \"bukan\" tidak sah")
        #expect(email?.hint == "tulis alamat lengkap, misalnya layanan@contoh.go.id")
        let url = one("---\nnama: X\nsitus: ftp://x\n---\n", FrontMatterSchema.opd)
        #expect(url?.message == "alamat \"ftp://x\" pada kolom \"situs\" harus diawali http:// atau https://")
        #expect(url?.hint == "tulis alamat lengkap, misalnya https://contoh.go.id")
        let list = one("---\njudul: X\nkomponen_wajib: biaya\n---\n", FrontMatterSchema.site)
        #expect(list?.message == "kolom \"komponen_wajib\" harus berupa daftar id komponen")
        #expect(list?.hint == "tulis setiap id pada baris sendiri diawali \"- \", misalnya - persyaratan")
        let id = one("---\njudul: X\nkomponen_wajib: [persyaratan, biayaa]\n---\n", FrontMatterSchema.site)
        #expect(id?.message == "\"biayaa\" bukan id komponen")
        #expect(id?.hint == "maksud Anda \"biaya\"?")
    }

    @Test func unknownField() throws {
        let text = "---\njudul: X\njudull: Y\nzzzz: 1\n---\n"
        let found = read(text).filter { $0.rule == "unknown-field" }
        #expect(found.count == 2)
        let typo = try #require(found.first)
        #expect(typo.severity == .warning)
        #expect(typo.line == F.line(of: "judull", in: text) && typo.column == 1)
        #expect(typo.message == "kolom \"judull\" tidak dikenal")
        #expect(typo.hint == "maksud Anda \"judul\"?")
        let known = FrontMatterSchema.service.map(\.key).filter { ComponentID(id: $0) == nil }.joined(separator: ", ")
        #expect(found.last?.hint == "kolom yang dikenal: " + known)
    }

    typealias F = RuleFixture
}
