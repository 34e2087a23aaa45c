import Foundation
import Testing
@testable import StandarKit

/// Standards written as the annex table (`No | Komponen | Uraian`): recognition, rules and rendering, and the
/// precision and recall of missing/empty flags over realistic table-form fixtures (Fixtures/tables).
@Suite struct TableLayoutTests {
    typealias F = RuleFixture

    static let frontMatter = """
    ---
    judul: Legalisasi Dokumen
    nomor_sk: 100/17/Kec/2025
    ditetapkan: 2025-01-02
    ditinjau: 2026-01-05
    ---

    """

    /// A 14-row table; `rows` replaces a row's text, `omit` drops rows.
    static func table(header: String = "| No | Komponen | Uraian |\n|---|---|---|", omit: Set<ComponentID> = [],
                      text: [ComponentID: String] = [:]) -> String {
        var out = frontMatter + header + "\n"
        for (i, id) in ComponentID.allCases.enumerated() where !omit.contains(id) {
            out += "| \(i + 1) | \(id.canonicalHeading) | \(text[id] ?? Self.content[id] ?? "") |\n"
        }
        return out
    }

    /// The same texts as `Fixtures.standard`, on one line each (`<br>` between lines).
    static let content: [ComponentID: String] = Fixtures.contents.mapValues {
        $0.replacingOccurrences(of: "\n", with: "<br>")
    }

    @Test func everyRowIsAComponent() throws {
        let text = Self.table()
        let (standard, found) = F.standard(text)
        #expect(found.isEmpty)
        #expect(standard.components.map(\.id) == ComponentID.allCases)
        #expect(standard.components.allSatisfy { $0.fromTableRow && !$0.isEmpty })
        let biaya = try #require(standard.component(.biaya))
        #expect(biaya.headings == ["Biaya/Tarif"])
        #expect(biaya.line == F.line(of: "| 4 | Biaya/Tarif", in: text))
        #expect(standard.componentTable == ComponentTableShape(columns: 3, labelColumn: 1, textColumn: 2, numberColumn: 0,
                                                               line: F.line(of: "| No | Komponen", in: text)))
        for rule in StandardRules.all {
            #expect(rule.check(standard, context: F.context).isEmpty, "\(type(of: rule).description.id)")
        }
    }

    /// A component built from a row looks like one built from a section: same text, same fee and duration.
    @Test func rowsReadLikeSections() throws {
        let (rows, _) = F.standard(Self.table())
        let (sections, _) = F.standard(Fixtures.standard())
        for id in ComponentID.allCases {
            let row = try #require(rows.component(id))
            let section = try #require(sections.component(id))
            #expect(row.plainText == section.plainText, "\(id)")
            #expect(row.isEmpty == section.isEmpty)
        }
        #expect(rows.fee?.isFree == true && rows.fee?.isFree == sections.fee?.isFree)
        #expect(rows.duration?.value == sections.duration?.value && rows.duration?.unit == sections.duration?.unit)
        // The cell's "<br>" lines are list items, as in the section.
        let prosedur = try #require(rows.component(.prosedur))
        guard case .list(let list)? = prosedur.blocks.first?.kind else {
            Issue.record("no list: \(prosedur.blocks)")
            return
        }
        #expect(list.ordered && list.items.count == 3)
        let html = HTMLRenderer().render(prosedur.blocks)
        #expect(html == "<ol>\n<li>Pemohon mengisi formulir</li>\n<li>Petugas memverifikasi berkas</li>\n<li>Akta dicetak</li>\n</ol>\n")
    }

    @Test func blankAndDashRowsAreEmpty() throws {
        let text = Self.table(text: [.biaya: "-", .produk: " "])
        let found = F.check(EmptyComponentRule(), text)
        #expect(found.map(\.component) == [.biaya, .produk])
        let d = try #require(found.first)
        #expect(d.rule == "empty-component" && d.severity == .error)
        #expect(d.line == F.line(of: "| 4 | Biaya/Tarif", in: text))
        #expect(d.message == "komponen \"Biaya/Tarif\" kosong (baris tabel \"Biaya/Tarif\" belum berisi keterangan)")
        #expect(F.check(MissingComponentRule(), text).isEmpty)
    }

    @Test func missingRowHintNamesTheRowToAdd() throws {
        let text = Self.table(omit: [.biaya])
        let found = F.check(MissingComponentRule(), text)
        let d = try #require(found.first)
        #expect(found.count == 1)
        #expect(d.component == .biaya && d.message == "komponen \"Biaya/Tarif\" tidak ada")
        let after = F.line(of: "| 3 | Jangka Waktu", in: text)
        #expect(d.line == after)
        #expect(d.hint == "tambahkan baris \"| … | Biaya/Tarif | … |\" beserta isinya setelah baris \(after) (\"Jangka Waktu Penyelesaian\")")
        // The first component: before the row of the next one.
        let first = Self.table(header: "| Komponen | Uraian |\n|---|---|", omit: [.persyaratan])
            .replacingOccurrences(of: #"\| \d+ \| "#, with: "| ", options: .regularExpression)
        let d2 = try #require(F.check(MissingComponentRule(), first).first)
        let before = F.line(of: "| Sistem", in: first)
        #expect(d2.hint == "tambahkan baris \"| Persyaratan | … |\" beserta isinya sebelum baris \(before) (\"Sistem, Mekanisme dan Prosedur\")")
    }

    @Test func columnNumbersGroupRowsAndSplitRows() throws {
        let text = Self.frontMatter + """
        | NO | KOMPONEN | URAIAN | KETERANGAN |
        |---|---|---|---|
        | (1) | (2) | (3) | (4) |
        | A. | PENYAMPAIAN PELAYANAN (SERVICE DELIVERY) | | |
        | 1 | PERSYARATAN | | |
        | | | 1. Fotokopi KTP<br>2. Fotokopi KK | |
        | 2 | SISTEM, MEKANISME | | |
        | | DAN PROSEDUR | Datang ke loket, lalu berkas diperiksa | |
        | 3 | BIAYA/TARIF | Gratis | sesuai Perda |
        | B. | PENGELOLAAN PELAYANAN (MANUFACTURING) | | |
        | 4 | PENGAWASAN INTERNAL | | |
        | 5 | JAM PELAYANAN | Senin - Jumat | |
        """
        let (standard, found) = F.standard(text)
        #expect(found.isEmpty)
        #expect(standard.components.map(\.id) == [.persyaratan, .prosedur, .biaya, .pengawasan])
        // An empty row followed by a numbered row of something else stays empty.
        #expect(standard.component(.pengawasan)?.isEmpty == true)
        #expect(standard.extraSections.map(\.heading) == ["JAM PELAYANAN"])
        #expect(standard.component(.persyaratan)?.plainText == "Fotokopi KTP\nFotokopi KK")
        #expect(standard.component(.persyaratan)?.line == F.line(of: "| 1 | PERSYARATAN", in: text))
        #expect(standard.component(.prosedur)?.headings == ["SISTEM, MEKANISME DAN PROSEDUR"])
        #expect(standard.component(.prosedur)?.plainText == "Datang ke loket, lalu berkas diperiksa")
        #expect(standard.component(.biaya)?.plainText == "Gratis\nsesuai Perda")
    }

    @Test func componentsBeforeTheTableAndTwoTables() throws {
        let text = Self.frontMatter + """
        LAMPIRAN KEPUTUSAN CAMAT SUKAMAJU NOMOR 100/17/Kec/2025

        ## Dasar Hukum

        PP Nomor 17 Tahun 2018

        ## A. Service Delivery

        | Komponen | Uraian |
        |---|---|
        | Persyaratan | KTP |
        | Biaya | Gratis |

        ## B. Manufacturing

        | Komponen | Uraian |
        |---|---|
        | Jumlah Pelaksana | 2 orang |
        | Pengawasan Internal | Camat |
        """
        let (standard, found) = F.standard(text)
        #expect(found.isEmpty)
        #expect(standard.components.map(\.id) == [.persyaratan, .biaya, .dasarHukum, .pengawasan, .jumlahPelaksana])
        #expect(standard.component(.dasarHukum)?.fromTableRow == false)
        #expect(standard.component(.jumlahPelaksana)?.line == F.line(of: "| Jumlah Pelaksana", in: text))
    }

    @Test func componentParagraphsAboveTheTable() throws {
        let text = Self.frontMatter + """
        LAMPIRAN KEPUTUSAN CAMAT SUKAMAJU NOMOR 100/17/Kec/2025

        **Dasar Hukum**
        1. PP Nomor 17 Tahun 2018
        2. Perbup Nomor 3 Tahun 2020

        Jumlah Pelaksana: 2 orang

        | Komponen | Uraian |
        |---|---|
        | Persyaratan | KTP |
        | Biaya | Gratis |

        Ditetapkan di Sukamaju.
        """
        let (standard, found) = F.standard(text)
        #expect(found.isEmpty)
        #expect(standard.components.map(\.id) == [.persyaratan, .biaya, .dasarHukum, .jumlahPelaksana])
        let dasar = try #require(standard.component(.dasarHukum))
        #expect(dasar.line == F.line(of: "**Dasar Hukum**", in: text) && !dasar.fromTableRow)
        #expect(dasar.plainText == "PP Nomor 17 Tahun 2018\nPerbup Nomor 3 Tahun 2020")
        #expect(standard.component(.jumlahPelaksana)?.plainText == "2 orang")
        // The decree header and what follows the table stay outside the components.
        #expect(MarkdownBlock.plainText(standard.preamble) == "LAMPIRAN KEPUTUSAN CAMAT SUKAMAJU NOMOR 100/17/Kec/2025\nDitetapkan di Sukamaju.")
        #expect(F.check(HeadingNotMarkedRule(), text).isEmpty)
    }

    @Test func bothLayoutsInOneFileGiveTheComponentTwice() throws {
        let text = Self.table() + "\n## Biaya/Tarif\n\nRp 5.000\n"
        let (_, found) = F.standard(text)
        let d = try #require(found.first { $0.rule == "duplicate-component" })
        let section = F.line(of: "## Biaya/Tarif", in: text)
        let row = F.line(of: "| 4 | Biaya/Tarif", in: text)
        #expect(d.severity == .error && d.component == .biaya && d.line == section)
        #expect(d.message == "komponen Biaya/Tarif diisi dua kali: sebagai bagian \"Biaya/Tarif\" (baris \(section)) dan sebagai baris tabel \"Biaya/Tarif\" (baris \(row))")
        #expect(d.hint == "pilih satu bentuk: hapus bagian \"## Biaya/Tarif\" atau hapus baris tabelnya")
    }

    /// A wide table costs no matching beyond its first columns.
    @Test func wideTablesAreCheap() {
        let columns = 300
        var text = Self.frontMatter + "|" + String(repeating: " x |", count: columns) + "\n|" + String(repeating: "---|", count: columns) + "\n"
        let labels = ComponentID.allCases.map(\.canonicalHeading)
        for r in 0..<200 { text += "|" + (0..<columns).map { " \(labels[($0 + r) % labels.count]) |" }.joined() + "\n" }
        let start = Date()
        let (standard, _) = F.standard(text)
        #expect(Date().timeIntervalSince(start) < 10)
        #expect(standard.componentTable?.labelColumn ?? 0 <= TableLayout.maxLabelColumn)
    }

    /// A fee table inside a section stays a table of that section.
    @Test func otherTablesAreNotComponentTables() throws {
        let text = Fixtures.standard(replace: [.biaya: "| Golongan | Tarif |\n|---|---|\n| Kelas I | Rp 50.000 |\n| Kelas II | Rp 25.000 |"])
        let (standard, found) = F.standard(text)
        #expect(found.isEmpty)
        #expect(standard.componentTable == nil)
        #expect(standard.components.count == 14 && standard.components.allSatisfy { !$0.fromTableRow })
    }

    @Test func lineBreaksInCellsAreNotRawHTML() throws {
        let text = Fixtures.standard(replace: [.biaya: "| Golongan | Tarif |\n|---|---|\n| Kelas I<br/>Kelas II | Rp 50.000<BR>Rp 25.000 |"])
        #expect(F.check(RawHTMLRule(), text).isEmpty)
        let (standard, _) = F.standard(text)
        let html = HTMLRenderer().render(standard.component(.biaya)?.blocks ?? [])
        #expect(html.contains("<td>Kelas I<br>\nKelas II</td><td>Rp 50.000<br>\nRp 25.000</td>"))

        let bold = Fixtures.standard(replace: [.biaya: "| Golongan | Tarif |\n|---|---|\n| <b>Kelas I</b> | Rp 50.000 |"])
        let found = F.check(RawHTMLRule(), bold)
        let d = try #require(found.first)
        #expect(found.count == 1)
        #expect(d.line == F.line(of: "| <b>Kelas I", in: bold))
        #expect(d.message == "HTML mentah di dalam sel tabel tidak ditampilkan di situs (dan 1 tempat lain)")
        #expect(d.hint == "di dalam sel, pisahkan baris dengan <br> (butir daftar ditulis \"1. …\" atau \"- …\" per baris) dan tebalkan dengan **teks**; tag HTML lain dibuang")
    }

    @Test func cellLinesOfItemsRenderAsNestedLists() {
        let cell: [MarkdownInline] = [
            .text("Syarat:"), .html("<br>"), .text("1. Umum"), .html("<br>"), .text("a. KTP"), .html("<br>"),
            .text("b. KK"), .html("<br>"), .text("2. Khusus"),
        ]
        let html = HTMLRenderer().render(TableCell.blocks(cell, line: 1))
        #expect(html == "<p>Syarat:</p>\n<ol>\n<li>Umum<ol>\n<li>KTP</li>\n<li>KK</li>\n</ol>\n</li>\n<li>Khusus</li>\n</ol>\n")
        // In a table on the page the items no longer run together ("…KTPb. KK").
        let table = MarkdownTable(alignments: [.none], header: [[.text("Uraian")]], rows: [[cell]])
        let page = HTMLRenderer().render([MarkdownBlock(kind: .table(table), startLine: 1, endLine: 3)])
        #expect(page.contains("<td>Syarat:<ol>\n<li>Umum<ol>\n<li>KTP</li>"))
        #expect(!page.contains("KTPb."))
        // A one-line item is a list in a component row, as "- …" is in a section ...
        if case .list(let one)? = TableCell.blocks([.text("- UU Nomor 25 Tahun 2009")], line: 1).first?.kind {
            #expect(one.items.count == 1 && !one.ordered)
        } else {
            Issue.record("not a list")
        }
        // ... but a one-line cell of an ordinary table is rendered as written.
        let plain = MarkdownTable(alignments: [.none], header: [[.text("No")]], rows: [[[.text("1. Kelas I")]]])
        #expect(HTMLRenderer().render([MarkdownBlock(kind: .table(plain), startLine: 1, endLine: 3)]).contains("<td>1. Kelas I</td>"))
    }

    /// Through the whole pipeline: `check` is clean, and the site and data files show a row like a section.
    @Test func checkAndBuildTreatBothLayoutsAlike() throws {
        let table = Self.table(text: [.biaya: "Rp 15.000,-"])
        // The same standard as sections, under the same front matter.
        let full = Fixtures.standard(replace: [.biaya: "Rp 15.000,-"])
        let body = full.components(separatedBy: "---\n").dropFirst(2).joined(separator: "---\n")
        let sections = Self.frontMatter + body
        let site = try Fixtures.site(["tabel": table, "bagian": sections])
        #expect(Fixtures.check(site).diagnostics.isEmpty)
        let report = SiteBuilder.build(BuildOptions(root: site.root, output: "public", today: Fixtures.today))
        #expect(report.succeeded)
        func page(_ slug: String) throws -> String {
            let html = try String(contentsOfFile: site.root + "/public/disdukcapil/\(slug)/index.html", encoding: .utf8)
            // The components only: from the first component section to the end of the article.
            guard let start = html.range(of: "<div class=\"bagian-pelayanan\">"),
                  let end = html.range(of: "</article>") else { return "" }
            return String(html[start.lowerBound..<end.lowerBound])
        }
        let fromTable = try page("tabel")
        #expect(fromTable.contains("<ol>\n<li>Pemohon mengisi formulir</li>"))
        let fromSections = try page("bagian")
        #expect(fromTable == fromSections, "\(zip(fromTable.split(separator: "\n"), fromSections.split(separator: "\n")).filter { $0 != $1 }.prefix(3))")
        let json = try String(contentsOfFile: site.root + "/public/data/layanan.json", encoding: .utf8)
        let data = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let services = try #require(data["layanan"] as? [[String: Any]])
        let fees = services.compactMap { ($0["biaya"] as? [String: Any])?["min"] as? Int }
        #expect(fees == [15000, 15000])
    }

    // MARK: - Precision and recall over realistic table-form standards

    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures/tables")

    struct Expectation {
        var empty: Set<ComponentID>
        var missing: Set<ComponentID>
    }

    static func expectations() throws -> [String: Expectation] {
        let text = try String(contentsOf: fixtures.appendingPathComponent("expected.txt"), encoding: .utf8)
        var out: [String: Expectation] = [:]
        for line in text.split(separator: "\n") where !line.hasPrefix("#") {
            let parts = line.split(separator: " ")
            guard parts.count == 3 else { continue }
            func ids(_ field: Substring) -> Set<ComponentID> {
                Set(field.split(separator: "=", maxSplits: 1).dropFirst().first?.split(separator: ",")
                    .compactMap { ComponentID(id: String($0)) } ?? [])
            }
            out[String(parts[0].dropLast())] = Expectation(empty: ids(parts[1]), missing: ids(parts[2]))
        }
        return out
    }

    @Test func precisionAndRecallOnTableFormStandards() throws {
        let expected = try Self.expectations()
        #expect(expected.count >= 12)
        var flags = 0, correct = 0, truth = 0
        var wrong: [String] = []
        for (name, expectation) in expected.sorted(by: { $0.key < $1.key }) {
            let text = try String(contentsOf: Self.fixtures.appendingPathComponent(name), encoding: .utf8)
            let (standard, _) = F.standard(text)
            #expect(standard.componentTable != nil, "\(name): table not recognized")
            let missing = Set(MissingComponentRule().check(standard, context: F.context).compactMap(\.component))
            let empty = Set(EmptyComponentRule().check(standard, context: F.context).compactMap(\.component))
            flags += missing.count + empty.count
            truth += expectation.missing.count + expectation.empty.count
            correct += missing.intersection(expectation.missing).count + empty.intersection(expectation.empty).count
            for id in missing.symmetricDifference(expectation.missing) { wrong.append("\(name): missing \(id.id)") }
            for id in empty.symmetricDifference(expectation.empty) { wrong.append("\(name): empty \(id.id)") }
            // Pasted <br> line breaks are not raw HTML.
            #expect(RawHTMLRule().check(standard, context: F.context).isEmpty, "\(name)")
        }
        let precision = flags == 0 ? 1 : Double(correct) / Double(flags)
        let recall = truth == 0 ? 1 : Double(correct) / Double(truth)
        print("table layout: \(expected.count) standards, \(flags) flags, \(truth) expected; precision \(precision), recall \(recall)")
        #expect(wrong.isEmpty, "\(wrong)")
        #expect(precision >= 0.97)
        #expect(recall == 1)
    }

    /// The one-line fast path of `cellText` against the line-by-line reading, on random cells of texts with
    /// spaces, tabs and no-break spaces at their ends, code, emphasis, links, breaks and raw HTML.
    @Test func cellTextFastPathMatchesLineByLine() {
        var generator = TestSeed.generator(0xCE11_7E47)
        let pieces = ["", " ", "\t", "\u{00A0}", "a", "Rp10.000", "  tiga kata ", "é", "1."]
        func text() -> String {
            (0..<Int.random(in: 1...3, using: &generator)).map { _ in pieces.randomElement(using: &generator) ?? "" }.joined()
        }
        func inline(_ depth: Int) -> MarkdownInline {
            switch Int.random(in: 0..<(depth > 1 ? 3 : 9), using: &generator) {
            case 0, 1, 2: return .text(text())
            case 3: return .code(text())
            case 4: return .emphasis([inline(depth + 1), inline(depth + 1)])
            case 5: return .link(url: "https://x.go.id", title: "", [inline(depth + 1)])
            case 6: return [.softBreak, .lineBreak][Int.random(in: 0...1, using: &generator)]
            case 7: return .html(["<br>", "<BR />", "<span>"][Int.random(in: 0...2, using: &generator)])
            default: return .strong([inline(depth + 1)])
            }
        }
        var oneLine = 0
        for _ in 0..<3000 {
            let cell = (0..<Int.random(in: 0...5, using: &generator)).map { _ in inline(0) }
            #expect(TableLayout.cellText(cell) == TableLayout.cellTextByLines(cell), "\(cell)")
            if !cell.contains(where: { if case .text = $0 { false } else if case .code = $0 { false } else { true } }) {
                oneLine += 1
            }
        }
        #expect(oneLine > 300)
    }
}
