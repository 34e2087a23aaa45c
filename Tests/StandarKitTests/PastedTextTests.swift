import Foundation
import Testing
@testable import StandarKit

/// Text pasted from Word: list lines made into Markdown lists before cmark (line numbers kept), tab tables
/// (`pasted-table`) and component titles that are not headings (`heading-not-marked`).
@Suite struct PastedTextTests {
    typealias F = RuleFixture

    static func lineCount(_ s: String) -> Int { s.split(separator: "\n", omittingEmptySubsequences: false).count }

    /// The byte pre-check sends every body with a non-ASCII bullet to the rewrite, and none whose lines only
    /// start with other non-ASCII text.
    @Test func preCheckKnowsTheNonASCIIBullets() {
        for bullet in ListMarker.bullets where !bullet.isASCII {
            #expect(PastedText.mayChange("Teks.\n\(bullet) KTP\n"), "\(bullet)")
            #expect(PastedText.normalize("Teks.\n\(bullet) KTP\n") == "Teks.\n- KTP\n", "\(bullet)")
        }
        #expect(!PastedText.mayChange("± 30 menit.\n“Kutipan” di awal baris.\né\n"))
        #expect(PastedText.mayChange("± 30 menit.\n\ta. KTP\n"))
    }

    @Test func lettersAndBulletsBecomeListItems() {
        let input = "Persyaratan:\n1. Syarat umum\na. KTP\nb) KK\n• Surat pengantar\n2. Syarat khusus\n· Foto\n– Materai\n"
        let output = PastedText.normalize(input)
        #expect(output == "Persyaratan:\n1. Syarat umum\n   1. KTP\n   2. KK\n      - Surat pengantar\n2. Syarat khusus\n   - Foto\n   - Materai\n")
        #expect(Self.lineCount(output) == Self.lineCount(input))
    }

    @Test func tabIndentedLinesNestUnderTheItemAbove() {
        let input = "Dasar hukum:\n\tUU Nomor 25 Tahun 2009\n\t\tPasal 21\n\tPP Nomor 96 Tahun 2012\n\nSelesai."
        let output = PastedText.normalize(input)
        #expect(output == "Dasar hukum:\n- UU Nomor 25 Tahun 2009\n  - Pasal 21\n- PP Nomor 96 Tahun 2012\n\nSelesai.")
        let blocks = MarkdownParser.parse(output).blocks
        guard case .list(let list)? = blocks.dropFirst().first?.kind else {
            Issue.record("no list: \(blocks)")
            return
        }
        #expect(list.items.count == 2)
        #expect(MarkdownBlock.plainText(list.items[0].blocks) == "UU Nomor 25 Tahun 2009\nPasal 21")
        // Line numbers are the author's: the last paragraph is still on line 6.
        #expect(blocks.last?.startLine == 6)
    }

    @Test func markdownCodeTablesAndCapitalNumberingAreLeftAlone() {
        let input = "A. Persyaratan\n```\na. kode\n```\n| a. | b |\n- sudah Markdown\n\tbutir bertab\nParagraf.\n\n\tkode\nNo\tNama\tTarif\n"
        #expect(PastedText.normalize(input) == "A. Persyaratan\n```\na. kode\n```\n| a. | b |\n- sudah Markdown\n  - butir bertab\nParagraf.\n\n\tkode\nNo\tNama\tTarif\n")
        let plain = "Tidak ada yang perlu diubah.\n\n## Biaya\n\nGratis\nc. huruf ini tetap\n"
        #expect(PastedText.normalize(plain) == plain)
    }

    /// Hostile indentation (every line one tab deeper) stays a shallow list and is read quickly.
    @Test func deepIndentationStaysShallow() {
        var input = "Daftar:\n"
        for depth in 1...600 { input += String(repeating: "\t", count: depth) + "butir \(depth)\n" }
        let start = Date()
        let output = PastedText.normalize(input)
        let blocks = MarkdownParser.parse(output).blocks
        #expect(Date().timeIntervalSince(start) < 5)
        #expect(Self.lineCount(output) == Self.lineCount(input))
        let widest = output.split(separator: "\n" as Character).map { (line: Substring) -> Int in line.prefix(while: { (c: Character) -> Bool in c == " " }).count }.max() ?? 0
        #expect(widest <= PastedText.maxDepth * 2)
        #expect(MarkdownBlock.plainText(blocks).contains("butir 600"))
    }

    @Test func pastedListsReachTheStandard() throws {
        let text = Fixtures.standard(replace: [.persyaratan: "a. Fotokopi KTP\nb. Fotokopi KK\n• Pas foto"])
        let (standard, _) = F.standard(text)
        let persyaratan = try #require(standard.component(.persyaratan))
        guard case .list(let list)? = persyaratan.blocks.first?.kind else {
            Issue.record("no list: \(persyaratan.blocks)")
            return
        }
        #expect(list.ordered && list.items.count == 2)
        #expect(persyaratan.plainText == "Fotokopi KTP\nFotokopi KK\nPas foto")
    }

    // MARK: - heading-not-marked

    @Test(arguments: [
        ("**Biaya/Tarif**", "ganti huruf tebal dengan judul bagian: `## Biaya/Tarif`"),
        ("Biaya/Tarif", "tambahkan `## ` di depannya: `## Biaya/Tarif`"),
        ("##D. Biaya/Tarif", "tambahkan spasi setelah tanda pagar: `## D. Biaya/Tarif`"),
    ])
    func titleWithoutHeadingMark(line: String, fix: String) throws {
        let text = Fixtures.standard(omit: [.biaya], replace: [.waktu: "3 hari kerja\n\n\(line)\n\nGratis"])
        let at = F.line(of: line, in: text)
        let found = F.check(HeadingNotMarkedRule(), text)
        let d = try #require(found.first)
        #expect(found.count == 1)
        #expect(d.rule == "heading-not-marked" && d.severity == .warning && d.component == .biaya && d.line == at)
        #expect(d.message == "baris \(at) tampak seperti judul komponen \"Biaya/Tarif\" tetapi tidak ditulis sebagai judul")
        #expect(d.hint == fix)
        // missing-component points at the same line instead of saying only "tidak ada".
        let missing = try #require(F.check(MissingComponentRule(), text).first)
        #expect(missing.line == at && missing.message == "komponen \"Biaya/Tarif\" tidak ada")
        #expect(missing.hint == "baris \(at) tampak seperti judul komponen ini tetapi tidak ditulis sebagai judul; \(fix)")
    }

    @Test func listItemTitleAndNoFalseAlarms() throws {
        let text = Fixtures.standard(omit: [.biaya], replace: [.waktu: "3 hari kerja\n\n1. BIAYA\n\nGratis"])
        let d = try #require(F.check(HeadingNotMarkedRule(), text).first)
        #expect(d.line == F.line(of: "1. BIAYA", in: text))
        #expect(d.hint == "tulis sebagai judul bagian, bukan butir daftar: `## BIAYA`")
        // A present component, or a sentence that mentions a fee, is not a title.
        #expect(F.check(HeadingNotMarkedRule(), Fixtures.standard(replace: [.waktu: "**Biaya**"])).isEmpty)
        let sentence = Fixtures.standard(omit: [.biaya], replace: [.waktu: "Jangka waktu tidak termasuk waktu menunggu pembayaran biaya retribusi di bank yang ditunjuk oleh pemerintah daerah setempat"])
        #expect(F.check(HeadingNotMarkedRule(), sentence).isEmpty)
    }

    // MARK: - pasted-table

    @Test func tabSeparatedLinesGetTheMarkdownTable() throws {
        let text = Fixtures.standard(replace: [.biaya: "Golongan\tTarif\nKelas I\tRp 50.000\nKelas II\tRp 25.000"])
        let found = F.check(PastedTableRule(), text)
        let d = try #require(found.first)
        let at = F.line(of: "Golongan\tTarif", in: text)
        #expect(found.count == 1)
        #expect(d.rule == "pasted-table" && d.severity == .warning && d.line == at)
        #expect(d.message == "3 baris mulai baris \(at) tampak seperti tabel yang ditempel (kolom dipisah tab) dan tidak tampil sebagai tabel")
        #expect(d.hint == "tulis sebagai tabel Markdown: baris pertama `| Golongan | Tarif |`, di bawahnya `| --- | --- |`, lalu satu baris `| … | … |` untuk setiap baris data")
        #expect(F.check(PastedTableRule(), Fixtures.standard()).isEmpty)
    }

    /// The rule skips a body whose source holds no tab and no "&": a tab written as an entity is still found, and
    /// the parser says which documents can hold one.
    @Test func tabsWrittenAsEntitiesAreFoundAndOthersSkipped() throws {
        let entity = Fixtures.standard(replace: [.biaya: "Golongan&#9;Tarif\nKelas I&Tab;Rp 50.000"])
        let found = F.check(PastedTableRule(), entity)
        #expect(found.count == 1 && found.first?.rule == "pasted-table", "\(found)")
        #expect(MarkdownParser.parse("a&#9;b").mayHoldTab && MarkdownParser.parse("a\tb").mayHoldTab)
        #expect(!MarkdownParser.parse("Tanpa tab, tanpa entitas.\n\n- butir").mayHoldTab)
        #expect(MarkdownParser.parse("a <b>c</b>").mayHoldRawHTML && !MarkdownParser.parse("a &lt;b&gt; c").mayHoldRawHTML)
    }

    /// `mayChange` as it was before it jumped from line to line with memchr.
    static func mayChangeReference(_ body: String) -> Bool {
        let bytes = Array(body.utf8)
        var atLineStart = true
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            if atLineStart {
                if b == 0x20 { i += 1; continue }
                if b == 0x09 { return true }
                if b >= 0x80 {
                    if PastedText.nonASCIIBullets.contains(where: { bytes[i...].starts(with: $0) }) { return true }
                    atLineStart = false
                    i += 1
                    continue
                }
                if (b | 0x20) >= 0x61, (b | 0x20) <= 0x7A, i + 1 < bytes.count, bytes[i + 1] == 0x2E || bytes[i + 1] == 0x29 {
                    return true
                }
                atLineStart = false
            }
            if b == 0x0A { atLineStart = true }
            i += 1
        }
        return false
    }

    @Test func mayChangeMatchesTheByteLoop() {
        var generator = TestSeed.generator(0xAA5C03B1)
        let pieces = ["a", "b.", "a.", "z)", "1.", " ", "  ", "\t", "\n", "\n\n", "•", "–", "±", "é", "x", "Teks ", "-", ")", "."]
        for _ in 0..<5000 {
            let body = (0..<Int.random(in: 0...12, using: &generator)).map { _ in
                pieces[Int.random(in: 0..<pieces.count, using: &generator)]
            }.joined()
            #expect(PastedText.mayChange(body) == Self.mayChangeReference(body), "\(body.debugDescription)")
        }
    }
}
