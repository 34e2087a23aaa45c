import Foundation
import Testing
@testable import StandarKit

/// The fixtures made by scripts/make-import-fixtures.py.
enum ImportFixtures {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures/import").path

    static func path(_ name: String) -> String { folder + "/" + name }

    static func read(_ name: String) throws(ImportError) -> ImportedDocument {
        let path = path(name)
        switch (name as NSString).pathExtension {
        case "odt": return try OdtReader.read(path: path, name: name)
        default: return try DocxReader.read(path: path, name: name)
        }
    }

    static func extract(_ name: String) throws -> [ExtractedStandard] {
        StandardExtractor().extract(try read(name))
    }

    /// Imports `names` into a new site under OPD `opd` and checks it.
    static func importAndCheck(_ names: [String], opd: String = "disdukcapil") throws -> (TemporarySite, [Importer.FileResult], CheckResult) {
        let site = try TemporarySite(["content/_index.md": Fixtures.siteIndex, "content/\(opd)/_index.md": Fixtures.opdIndex])
        let importer = try Importer(root: site.root, opd: opd, converter: LegacyConverter())
        var taken = Set<String>()
        let results = names.map { importer.importFile(path($0), name: $0, taken: &taken) }
        return (site, results, Checker.run(root: site.root, today: SimpleDate(year: 2024, month: 6, day: 1) ?? Fixtures.today))
    }
}

/// List items of a component, as "depth:text" (depth 0 for the outer list).
func listItems(_ blocks: [MarkdownBlock], depth: Int = 0) -> [String] {
    var out: [String] = []
    for block in blocks {
        switch block.kind {
        case .list(let list):
            for item in list.items {
                let own = item.blocks.filter { if case .list = $0.kind { false } else { true } }
                out.append("\(depth):" + MarkdownBlock.plainText(own).trimmingSpaces)
                out += listItems(item.blocks.filter { if case .list = $0.kind { true } else { false } }, depth: depth + 1)
            }
        case .blockQuote(let inner):
            out += listItems(inner, depth: depth)
        default:
            continue
        }
    }
    return out
}

@Suite("Import: reading and extracting")
struct ImportExtractTests {
    @Test func annexWithDecreeHeaderAndTwoServices() throws {
        let standards = try ImportFixtures.extract("lampiran-disdukcapil.docx")
        #expect(standards.map(\.judul) == ["Penerbitan Kartu Keluarga", "Penerbitan Akta Kelahiran"])
        for s in standards {
            #expect(s.layout == .table)
            #expect(s.decree.nomor == "800/016/Disdukcapil/2024")
            #expect(s.decree.tanggal == SimpleDate(year: 2024, month: 1, day: 2))
            #expect(s.missing.isEmpty, "\(s.judul): \(s.missing)")
            #expect(s.empty.isEmpty, "\(s.judul): \(s.empty)")
        }
        // The second service's table is split in two by "B. Pengelolaan Pelayanan (Manufacturing)", and its time
        // label is written over two rows ("Jangka Waktu" / "Penyelesaian").
        let akta = standards[1]
        let waktu = try #require(akta.components[.waktu])
        #expect(DocCell(blocks: waktu.flatMap(\.blocks)).plainText == "3 (tiga) hari kerja")
        #expect(akta.components[.evaluasi] != nil)
    }

    @Test func wordNumberingBecomesNestedMarkdownLists() throws {
        let kk = try #require(try ImportFixtures.extract("lampiran-disdukcapil.docx").first)
        let persyaratan = BlockMarkdown.render(try #require(kk.components[.persyaratan]).flatMap(\.blocks))
        #expect(persyaratan == """
        1. Surat pengantar RT/RW
        2. Dokumen kependudukan:
           1. Kartu Keluarga lama
           2. KTP-el kepala keluarga
        3. Buku nikah atau akta perkawinan

        """)
        let biaya = BlockMarkdown.render(try #require(kk.components[.biaya]).flatMap(\.blocks))
        #expect(biaya == "**Tidak dipungut biaya** (gratis)\n")
        // Line breaks whose lines start with "-" become a list under the first line.
        let pengaduan = BlockMarkdown.render(try #require(kk.components[.pengaduan]).flatMap(\.blocks))
        #expect(pengaduan.contains("Pengaduan, saran dan masukan disampaikan melalui:\n\n- SP4N-LAPOR! (www.lapor.go.id)\n- WhatsApp"))
    }

    @Test func odtReadsTheSameAsDocx() throws {
        let docx = try ImportFixtures.extract("lampiran-disdukcapil.docx")
        let odt = try ImportFixtures.extract("lampiran-disdukcapil.odt")
        #expect(odt.map(\.judul) == docx.map(\.judul))
        for (a, b) in zip(docx, odt) {
            #expect(a.decree == b.decree)
            #expect(a.present == b.present)
            for id in ComponentID.allCases {
                let left = BlockMarkdown.render(a.components[id]?.flatMap(\.blocks) ?? [])
                let right = BlockMarkdown.render(b.components[id]?.flatMap(\.blocks) ?? [])
                #expect(left == right, "\(a.judul) \(id)")
            }
        }
    }

    @Test func handWrittenOdtWithRowSpansListStylesAndANestedTable() throws {
        let standards = try ImportFixtures.extract("langsung-kesbangpol.odt")
        let s = try #require(standards.first)
        #expect(standards.count == 1)
        #expect(s.judul == "Izin Penelitian")
        #expect(s.isComplete)
        #expect(s.decree == DecreeHeader(nomor: "070/12/2024", tanggal: SimpleDate(year: 2024, month: 8, day: 17)))
        func md(_ id: ComponentID) -> String { BlockMarkdown.render(s.components[id]?.flatMap(\.blocks) ?? []) }
        #expect(md(.persyaratan) == "1. KTP-el pemohon\n2. Surat dari desa:\n   1. Surat pengantar\n   2. Surat keterangan domisili\n3. Pas foto 3x4\n")
        // The label "Jangka Waktu" / "Penyelesaian" over two rows, the number cell spanning both.
        #expect(md(.waktu) == "Lebih kurang 35 Menit -- 65 Menit\n")
        let time = DurationParser.parse(DocCell(blocks: s.components[.waktu]?.flatMap(\.blocks) ?? []).plainText)
        #expect(time.value == 35 && time.maxValue == 65 && time.unit == .menit)
        #expect(md(.biaya).contains("| Umum | Rp 10.000 |"))
        #expect(FeeParser.parse(DocCell(blocks: s.components[.biaya]?.flatMap(\.blocks) ?? []).plainText).state == .bersyarat)
        #expect(md(.produk) == "**Surat Izin** Penelitian\n")
        #expect(md(.pengaduan) == "SP4N-LAPOR!\\\nTelepon (0274) 555\n")
    }

    @Test func decreeHeaderInATextBoxIsReadOnce() throws {
        let document = try ImportFixtures.read("kotak-teks-dishub.docx")
        let texts = document.blocks.compactMap { if case .paragraph(let p) = $0 { p.plainText } else { nil } }
        #expect(texts.filter { $0.hasPrefix("NOMOR") }.count == 1)
        #expect(!texts.contains { $0.contains("LAMPIRAN") && $0.contains("NOMOR") })
        let s = try #require(StandardExtractor().extract(document).first)
        #expect(s.judul == "Pengujian Kendaraan Bermotor")
        #expect(s.decree == DecreeHeader(nomor: "551/77/Dishub/2024", tanggal: SimpleDate(year: 2024, month: 5, day: 9)))
        #expect(s.isComplete)
    }

    @Test func fourColumnsNestedFeeTableGapsAndUnplacedRows() throws {
        let standards = try ImportFixtures.extract("lampiran-rsud.docx")
        let s = try #require(standards.first)
        #expect(standards.count == 1)
        #expect(s.judul == "Pelayanan Rawat Inap")
        #expect(s.decree.nomor == "12 TAHUN 2024")
        #expect(s.decree.tanggal == SimpleDate(year: 2024, month: 3, day: 15))
        #expect(s.missing == [.jumlahPelaksana])
        #expect(s.empty == [.evaluasi])
        #expect(s.unplaced.map(\.label) == ["Maklumat Pelayanan"])
        let biaya = BlockMarkdown.render(try #require(s.components[.biaya]).flatMap(\.blocks))
        #expect(biaya.contains("| Kelas | Tarif per hari |\n| --- | --- |\n| Kelas I | Rp 300.000 |"))
        let persyaratan = BlockMarkdown.render(try #require(s.components[.persyaratan]).flatMap(\.blocks))
        #expect(persyaratan.contains("**Keterangan:** Asli dan fotokopi"))
    }

    @Test func wordHeadingDocument() throws {
        let standards = try ImportFixtures.extract("judul-dpmptsp.docx")
        #expect(standards.map(\.judul) == ["Persetujuan Bangunan Gedung", "Surat Keterangan Usaha"])
        #expect(standards.first?.layout == .headings)
        #expect(standards.first?.missing == [])
        let sku = try #require(standards.last)
        #expect(sku.present == [.persyaratan, .biaya])
        #expect(DocCell(blocks: sku.components[.biaya]?.flatMap(\.blocks) ?? []).plainText == "Gratis")
        #expect(standards.first?.decree == DecreeHeader())
    }

    @Test func boldParagraphHeadingsHeaderTableAndTitleInsideTheTable() throws {
        let standards = try ImportFixtures.extract("tebal-kecamatan.docx")
        #expect(standards.map(\.judul) == ["Surat Keterangan Pindah", "Legalisasi Dokumen Kependudukan"])
        #expect(standards.map(\.layout) == [.headings, .table])
        for s in standards {
            #expect(s.isComplete, "\(s.judul): missing \(s.missing), empty \(s.empty), unplaced \(s.unplacedParts.map(\.label))")
            #expect(s.decree.nomor == "100.3/25/Kec.Skj/2024")
            #expect(s.decree.tanggal == SimpleDate(year: 2024, month: 2, day: 5))
        }
        let pindah = try #require(standards.first)
        #expect(BlockMarkdown.render(pindah.components[.persyaratan]?.flatMap(\.blocks) ?? [])
                == "1. Surat pengantar RT/RW\n2. KTP-el dan Kartu Keluarga asli\n")
        #expect(DocCell(blocks: pindah.components[.biaya]?.flatMap(\.blocks) ?? []).plainText == "Gratis")
    }

    /// A table built in code: rows of (label, content) under "NO | KOMPONEN | URAIAN".
    static func annex(_ rows: [(String, String, String)]) -> DocBlock {
        func cell(_ t: String) -> DocCell { DocCell(blocks: t.isEmpty ? [] : [.paragraph(DocParagraph(inlines: [.text(t, bold: false)]))]) }
        var table: [[DocCell]] = [[cell("NO"), cell("KOMPONEN"), cell("URAIAN")]]
        for (n, label, content) in rows { table.append([cell(n), cell(label), cell(content)]) }
        return .table(DocTable(rows: table))
    }

    @Test func repeatedHeaderRowsAndSplitLabels() throws {
        let title = DocBlock.paragraph(DocParagraph(inlines: [.text("STANDAR PELAYANAN IZIN REKLAME", bold: true)]))
        let doc = ImportedDocument(blocks: [title, Self.annex([
            ("1", "Persyaratan", "KTP"), ("2", "Prosedur", "Daftar"), ("3", "Jangka Waktu", ""), ("", "Penyelesaian", "3 hari kerja"),
            ("NO", "KOMPONEN", "URAIAN"),
            ("4", "Biaya/Tarif", "-"), ("5", "Produk", "Izin"), ("6", "Catatan Lain", "Lihat papan informasi"),
        ])])
        let s = try #require(StandardExtractor().extract(doc).first)
        #expect(s.judul == "Izin Reklame")
        #expect(DocCell(blocks: s.components[.waktu]?.flatMap(\.blocks) ?? []).plainText == "3 hari kerja")
        #expect(s.empty == [.biaya])
        #expect(s.unplacedParts.map(\.label) == ["Catatan Lain"])
        #expect(s.present == [.persyaratan, .prosedur, .waktu, .produk])
    }

    @Test func cellsBeyondTheContentColumnStayWithTheirRow() throws {
        func cell(_ t: String) -> DocCell { DocCell(blocks: [.paragraph(DocParagraph(inlines: [.text(t, bold: false)]))]) }
        let table = DocTable(rows: [
            [cell("NO"), cell("KOMPONEN"), cell("URAIAN")],
            [cell("1"), cell("Persyaratan"), cell("KTP")],
            [cell("2"), cell("Biaya/Tarif"), cell("Rp"), cell("25.000")],
            [cell("3"), cell("Produk"), cell("Surat izin")],
        ])
        let s = try #require(StandardExtractor().extract(ImportedDocument(blocks: [
            .paragraph(DocParagraph(inlines: [.text("Izin Usaha", bold: true)])), .table(table)])).first)
        #expect(DocCell(blocks: s.components[.biaya]?.flatMap(\.blocks) ?? []).plainText == "Rp\n25.000")
    }

    @Test func titleBlocksAndManufacturingTables() throws {
        func bold(_ t: String) -> DocBlock { .paragraph(DocParagraph(inlines: [.text(t, bold: true)])) }
        let doc = ImportedDocument(blocks: [
            bold("STANDAR PELAYANAN"), bold("IZIN PRAKTIK BIDAN"), bold("PADA DINAS KESEHATAN KOTA SUKAMAJU"),
            Self.annex([("1", "Persyaratan", "STR"), ("2", "Prosedur", "Daftar"), ("3", "Waktu", "5 hari kerja")]),
            bold("STANDAR PELAYANAN (MANUFACTURING)"),
            Self.annex([("7", "Dasar Hukum", "UU 17/2023"), ("8", "Sarana", "Ruang"), ("9", "Kompetensi Pelaksana", "Bidan")]),
        ])
        let standards = StandardExtractor().extract(doc)
        #expect(standards.map(\.judul) == ["Izin Praktik Bidan"])
        #expect(standards.first?.present == [.persyaratan, .prosedur, .waktu, .dasarHukum, .sarana, .kompetensi])
    }

    @Test func aDocumentTitleOrForewordWithoutComponentsIsNotAStandard() throws {
        func heading(_ t: String, _ level: Int) -> DocBlock { .paragraph(DocParagraph(inlines: [.text(t, bold: false)], headingLevel: level)) }
        func para(_ t: String) -> DocBlock { .paragraph(DocParagraph(inlines: [.text(t, bold: false)])) }
        let doc = ImportedDocument(blocks: [
            heading("STANDAR PELAYANAN DPMPTSP KOTA SUKAMAJU", 1), heading("Kata Pengantar", 1), para("Puji syukur ..."),
            heading("Izin Reklame", 1), heading("Persyaratan", 2), para("KTP"),
        ])
        #expect(StandardExtractor().extract(doc).map(\.judul) == ["Izin Reklame"])
    }

    @Test func textBeforeTheFirstComponentHeadingIsLeftForTheClerk() throws {
        func heading(_ t: String, _ level: Int) -> DocBlock { .paragraph(DocParagraph(inlines: [.text(t, bold: false)], headingLevel: level)) }
        func para(_ t: String) -> DocBlock { .paragraph(DocParagraph(inlines: [.text(t, bold: false)])) }
        let doc = ImportedDocument(blocks: [
            heading("Izin Trayek", 1), para("Layanan ini untuk angkutan umum."),
            heading("Persyaratan", 2), para("KTP"), heading("Maklumat", 2), para("Kami sanggup."),
            heading("Izin Parkir", 1), heading("Biaya/Tarif", 2), para("Rp 5.000"),
        ])
        let standards = StandardExtractor().extract(doc)
        #expect(standards.map(\.judul) == ["Izin Trayek", "Izin Parkir"])
        #expect(standards.first?.unplacedParts.map(\.label) == ["Teks di luar komponen", "Maklumat"])
        #expect(standards.first?.present == [.persyaratan])
        #expect(standards.last?.present == [.biaya])
        #expect(standards.last?.unplacedParts.isEmpty == true)
    }

    @Test func signatureBlockIsDropped() {
        let lines = ["Catatan: berlaku sejak ditetapkan", "KEPALA DINAS KESEHATAN,", "ttd", "dr. ANI", "NIP. 1970"]
        #expect(StandardExtractor.State.withoutSignature(lines) == ["Catatan: berlaku sejak ditetapkan"])
        #expect(StandardExtractor.State.withoutSignature(["Kepala Bidang Pelayanan mengawasi"]) == ["Kepala Bidang Pelayanan mengawasi"])
    }

    @Test("decree dates", arguments: [
        ("2 Januari 2024", "2024-01-02"), ("02 Pebruari 2024", "2024-02-02"), ("31 Desember 2023", "2023-12-31"),
        ("17 Agustus 2025.", "2025-08-17"), ("2-1-2024", "2024-01-02"), ("02/01/2024", "2024-01-02"),
        ("2024-01-02", "2024-01-02"), ("1 Nopember 2024", "2024-11-01"),
    ])
    func decreeDates(_ c: (String, String)) {
        #expect(DecreeHeader.date(c.0)?.description == c.1)
    }

    @Test func unreadableDecreeDates() {
        #expect(DecreeHeader.date("31 Nopember 2024") == nil)
        #expect(DecreeHeader.date("Januari 2024") == nil)
        #expect(DecreeHeader.date("") == nil)
    }

    @Test("service titles", arguments: [
        ("STANDAR PELAYANAN PENERBITAN KARTU KELUARGA", "Penerbitan Kartu Keluarga"),
        ("TENTANG STANDAR PELAYANAN PENERBITAN KK", "Penerbitan KK"),
        ("1. Standar Pelayanan Pembuatan KTP-el", "Pembuatan KTP-el"),
        ("II. PELAYANAN IZIN USAHA MIKRO DAN KECIL", "Pelayanan Izin Usaha Mikro dan Kecil"),
        ("STANDAR PELAYANAN PUBLIK:", ""),
        ("Standar Pelayanan", ""),
    ])
    func serviceTitles(_ c: (String, String)) {
        #expect(StandardExtractor.State.cleanTitle(c.0) == c.1)
    }

    @Test func headerOpeningLines() {
        #expect(DecreeHeader.opensHeader("LAMPIRAN"))
        #expect(DecreeHeader.opensHeader("LAMPIRAN II"))
        #expect(DecreeHeader.opensHeader("LAMPIRAN KEPUTUSAN KEPALA DINAS KESEHATAN"))
        #expect(DecreeHeader.opensHeader("Lampiran I Peraturan Bupati Sukamaju"))
        #expect(!DecreeHeader.opensHeader("Lampiran formulir permohonan yang sudah diisi"))
        #expect(!DecreeHeader.opensHeader("Lampiran KTP"))
    }

    @Test func decreeFields() {
        #expect(DecreeHeader.field("NOMOR : 800/016/Disdukcapil/2024", requireColon: true) == .nomor("800/016/Disdukcapil/2024"))
        #expect(DecreeHeader.field("Nomor 12 Tahun 2024", requireColon: false) == .nomor("12 Tahun 2024"))
        #expect(DecreeHeader.field("Nomor 12 Tahun 2024", requireColon: true) == nil)
        #expect(DecreeHeader.field("TANGGAL\t: 2 Januari 2024", requireColon: true) == .tanggal("2 Januari 2024"))
        #expect(DecreeHeader.field("Nomorator", requireColon: false) == nil)
    }

    @Test func typedMarkersInOneParagraph() {
        let p = DocParagraph(inlines: [.text("1. KTP", bold: false), .lineBreak, .text("2. KK", bold: false), .lineBreak,
                                       .text("3. Rp 1.500 per lembar", bold: false)])
        #expect(BlockMarkdown.render([.paragraph(p)]) == "1. KTP\n2. KK\n3. Rp 1.500 per lembar\n")
        let bullets = DocParagraph(inlines: [.text("• satu", bold: false), .lineBreak, .text("• dua", bold: false)])
        #expect(BlockMarkdown.render([.paragraph(bullets)]) == "- satu\n- dua\n")
        let plain = DocParagraph(inlines: [.text("Baris satu", bold: false), .lineBreak, .text("baris dua", bold: false)])
        #expect(BlockMarkdown.render([.paragraph(plain)]) == "Baris satu\\\nbaris dua\n")
        #expect(BlockMarkdown.typedMarker("1.5 jam") == nil)
        #expect(BlockMarkdown.typedMarker("b) Fotokopi KK")?.number == 2)
    }

    @Test func markdownSpecialCharactersAreEscaped() {
        let p = DocParagraph(inlines: [.text("# Catatan *penting* <b> [1] a|b", bold: false)])
        #expect(BlockMarkdown.render([.paragraph(p)]) == "\\# Catatan \\*penting\\* \\<b\\> \\[1\\] a\\|b\n")
    }
}

@Suite("Import: writing and checking")
struct ImportWriteTests {
    @Test func completeAnnexImportsToStandardsThatPassCheck() throws {
        let (site, results, check) = try ImportFixtures.importAndCheck(["lampiran-disdukcapil.docx"])
        #expect(results.first?.error == nil)
        #expect(results.first?.standards.map(\.path) == ["content/disdukcapil/penerbitan-kartu-keluarga.md",
                                                         "content/disdukcapil/penerbitan-akta-kelahiran.md"])
        #expect(check.errorCount == 0, "\(check.diagnostics)")
        #expect(check.rules("missing-component").isEmpty)
        #expect(check.rules("empty-component").isEmpty)
        #expect(check.rules("raw-html").isEmpty)
        let kk = try #require(check.site.services.first { $0.slug == "penerbitan-kartu-keluarga" })
        #expect(!kk.draft)
        #expect(kk.judul == "Penerbitan Kartu Keluarga")
        #expect(kk.nomorSK == "800/016/Disdukcapil/2024")
        #expect(kk.ditetapkan == SimpleDate(year: 2024, month: 1, day: 2))
        #expect(kk.components.count == 14)
        #expect(listItems(try #require(kk.component(.persyaratan)).blocks) == [
            "0:Surat pengantar RT/RW", "0:Dokumen kependudukan:", "1:Kartu Keluarga lama", "1:KTP-el kepala keluarga",
            "0:Buku nikah atau akta perkawinan"])
        #expect(listItems(try #require(kk.component(.prosedur)).blocks).count == 4)
        #expect(kk.fee?.isFree == true)
        #expect(kk.duration?.value == 1)
        #expect(kk.duration?.unit == .hariKerja)
        let text = try String(contentsOfFile: site.root + "/content/disdukcapil/penerbitan-akta-kelahiran.md", encoding: .utf8)
        // The signature block after the last table is not content.
        #expect(!text.contains("Belum Ditempatkan"))
        #expect(!text.contains("KEPALA DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL,"))
        #expect(!text.contains("draft:"))
        // Same front matter keys as `standar new`.
        for key in ["judul:", "ringkasan:", "kategori:", "nomor_sk:", "ditetapkan:", "ditinjau:", "kata_kunci:"] {
            #expect(text.contains("\n" + key), "\(key)")
        }
    }

    @Test func everyGoodFixtureImportsToStandardsThatPassCheck() throws {
        let names = ["lampiran-disdukcapil.docx", "lampiran-rsud.docx", "judul-dpmptsp.docx", "tebal-kecamatan.docx",
                     "lampiran-disdukcapil.odt", "langsung-kesbangpol.odt", "kotak-teks-dishub.docx"]
        let (_, results, check) = try ImportFixtures.importAndCheck(names)
        #expect(results.allSatisfy { $0.error == nil })
        #expect(results.map { $0.standards.count } == [2, 1, 2, 2, 2, 1, 1])
        #expect(check.errorCount == 0, "\(check.diagnostics)")
        // Complete sources give complete, published standards with their SK; the others are drafts.
        let complete = results.flatMap(\.standards).filter(\.complete)
        #expect(complete.count == 9)
        for service in check.site.services {
            let written = try #require(results.flatMap(\.standards).first { $0.path == service.file || service.file.hasSuffix($0.path) })
            #expect(service.draft == !written.complete, "\(service.file)")
            if written.complete {
                #expect(service.gaps(required: ComponentID.allCases).isEmpty, "\(service.file)")
                #expect((service.nomorSK != nil) == (written.standard.decree.nomor != nil))
            }
        }
    }

    @Test func odtAndDocImportLikeTheDocx() throws {
        var names = ["lampiran-disdukcapil.odt"]
        if LegacyConverter().soffice != nil { names.append("lampiran-disdukcapil.doc") }
        let (_, results, check) = try ImportFixtures.importAndCheck(names)
        for result in results {
            #expect(result.error == nil, "\(result.name): \(String(describing: result.error))")
            #expect(result.standards.count == 2)
            #expect(result.standards.allSatisfy { $0.complete })
        }
        #expect(check.errorCount == 0, "\(check.diagnostics)")
        for service in check.site.services {
            #expect(service.gaps(required: ComponentID.allCases).isEmpty, "\(service.file)")
            #expect(service.nomorSK == "800/016/Disdukcapil/2024")
        }
    }

    @Test func incompleteSourceIsWrittenAsDraftWithHints() throws {
        let (site, results, check) = try ImportFixtures.importAndCheck(["lampiran-rsud.docx"], opd: "rsud")
        let written = try #require(results.first?.standards.first)
        #expect(!written.complete)
        #expect(check.errorCount == 0, "\(check.diagnostics)")
        let text = try String(contentsOfFile: site.root + "/" + written.path, encoding: .utf8)
        #expect(text.contains("draft: true"))
        #expect(text.contains("## Jumlah Pelaksana\n\n<!-- Tidak ada di dokumen asal."))
        #expect(text.contains("## Evaluasi Kinerja Pelaksana\n\n<!-- Kosong di dokumen asal."))
        #expect(text.contains("**Maklumat Pelayanan**\n\nKami sanggup"))
        #expect(text.contains("ditetapkan: 2024-03-15"))
        let service = try #require(check.site.services.first)
        #expect(Set(service.gaps(required: ComponentID.allCases)) == [.jumlahPelaksana, .evaluasi])
        #expect(service.fee?.text.contains("Pasien JKN") == true)
    }

    @Test func neverOverwrites() throws {
        let (site, _, _) = try ImportFixtures.importAndCheck(["lampiran-disdukcapil.docx"])
        let path = site.root + "/content/disdukcapil/penerbitan-kartu-keluarga.md"
        try "diubah petugas".write(toFile: path, atomically: false, encoding: .utf8)
        let importer = try Importer(root: site.root, opd: "disdukcapil")
        var taken = Set<String>()
        let again = importer.importFile(ImportFixtures.path("lampiran-disdukcapil.docx"), name: "lampiran-disdukcapil.docx", taken: &taken)
        #expect(again.standards.allSatisfy { $0.failure?.contains("sudah ada dan tidak ditimpa") == true })
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "diubah petugas")
    }

    @Test func cannotRunWithoutContentOrWithABadOPD() throws {
        let empty = NSTemporaryDirectory() + "standar-impor-" + UUID().uuidString
        #expect(throws: ImportError.self) { try Importer(root: empty, opd: "x") }
        let site = try TemporarySite(["content/_index.md": Fixtures.siteIndex])
        do {
            _ = try Importer(root: site.root, opd: "../luar")
            Issue.record("a path as --opd was accepted")
        } catch {
            #expect(error.kind == .cannotRun)
        }
        do {
            _ = try Importer(root: site.root, opd: nil)
            Issue.record("no OPD folder and no --opd was accepted")
        } catch {
            #expect(error.message.contains("belum punya folder OPD"))
        }
    }
}

@Suite("Import: hostile documents")
struct ImportHostileTests {
    func failure(_ name: String) -> ImportError? {
        do {
            _ = try ImportFixtures.read(name)
            return nil
        } catch {
            return error
        }
    }

    @Test func zipBombStopsAtTheLimit() {
        let error = failure("bom-zip.docx")
        #expect(error?.message.contains("bom zip") == true, "\(String(describing: error))")
    }

    @Test func entityExpansionIsRefused() {
        #expect(failure("entitas.docx")?.message.contains("<!DOCTYPE") == true)
    }

    @Test func notAZipAndNoDocumentPart() {
        #expect(failure("bukan-zip.docx")?.message.contains("bukan arsip ZIP") == true)
        #expect(failure("tanpa-dokumen.docx")?.message.contains("word/document.xml tidak ada") == true)
    }

    @Test func pathNamesInsideTheZipAreNeverUsed() throws {
        let (site, results, _) = try ImportFixtures.importAndCheck(["nama-jalur.docx"], opd: "rsud")
        #expect(results.first?.standards.count == 1)
        let files = snapshotFiles(site.root).keys.sorted()
        // maklumat.md comes with every OPD of a TemporarySite; the import wrote only the standard.
        #expect(files == ["content/_index.md", "content/rsud/_index.md", "content/rsud/maklumat.md",
                          "content/rsud/pelayanan-rawat-inap.md"])
        #expect(!FileManager.default.fileExists(atPath: "/tmp/standar-jahat.md"))
    }

    @Test func deepNestingAndDeclarationsInXML() {
        let deep = Array((String(repeating: "<a>", count: 500) + String(repeating: "</a>", count: 500)).utf8)
        #expect(throws: ImportError.self) { try XMLTree.parse(deep, part: "x.xml", file: "f") }
        let lower = Array("<?xml version=\"1.0\"?><!doctype x [<!entity a \"b\">]><x>&a;</x>".utf8)
        #expect(throws: ImportError.self) { try XMLTree.parse(lower, part: "x.xml", file: "f") }
        let broken = Array("<a><b></a>".utf8)
        #expect(throws: ImportError.self) { try XMLTree.parse(broken, part: "x.xml", file: "f") }
    }

    /// Truncated and corrupted copies of a real fixture are read or refused with an ImportError: never a crash
    /// or a hang. (A run of 330 such mutations through the CLI found none either.)
    @Test func corruptedCopiesNeverCrash() throws {
        let original = try #require(FileManager.default.contents(atPath: ImportFixtures.path("lampiran-rsud.docx")))
        let folder = try TemporaryFolder()
        var seed: UInt64 = 0x5eed
        func next() -> Int {
            seed = seed &* 6364136223846793005 &+ 1442695040888963407
            return Int(truncatingIfNeeded: seed >> 33)
        }
        var refused = 0
        for i in 0..<40 {
            var bytes = [UInt8](original)
            if i % 4 == 0 {
                bytes = Array(bytes.prefix(next() % bytes.count))
            } else {
                for _ in 0..<(1 + next() % 12) { bytes[next() % bytes.count] = UInt8(truncatingIfNeeded: next()) }
            }
            let path = folder.path + "/rusak-\(i).docx"
            _ = FileManager.default.createFile(atPath: path, contents: Data(bytes))
            do {
                _ = StandardExtractor().extract(try DocxReader.read(path: path, name: "rusak-\(i).docx"))
            } catch {
                refused += 1
                #expect(!error.message.isEmpty)
            }
        }
        #expect(refused > 0)
    }

    @Test func legacyFormatWithoutLibreOfficeSaysHowToSaveAsDocx() {
        let converter = LegacyConverter(environment: ["PATH": "/nonexistent"])
        #expect(converter.soffice == nil)
        do {
            _ = try converter.withConverted(ImportFixtures.path("lampiran-disdukcapil.doc"), name: "lampiran-disdukcapil.doc") {
                (_: String) throws(ImportError) in 0
            }
            Issue.record("converted without soffice")
        } catch {
            #expect(error.message.contains("LibreOffice (soffice) tidak terpasang"))
            #expect(error.hint?.contains("Simpan Sebagai") == true)
        }
    }
}
