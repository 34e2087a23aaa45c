import Testing
@testable import StandarKit

/// `splitSections` hands each section its blocks as one run; the code it replaced, which appended them one block
/// at a time, is the reference (`referenceSplitSections`), on seeded random service files mixing sections, tables
/// that are and are not component tables, level-3 headings, group headings and preamble titles.
@Suite("splitSections")
struct SplitSectionsTests {
    static let headings = ["## Persyaratan", "## Biaya/Tarif", "## Biaya: Gratis", "## Jangka Waktu Penyelesaian",
                           "### Rincian", "### Persyaratan", "## Catatan", "# Dasar Hukum", "## A. Penyampaian Pelayanan",
                           "## SERVICE DELIVERY", "#### Kecil", "## Sarana: ", "## Évaluasi Kinerja", "## Produk Pelayanan"]
    static let bodies = ["Fotokopi KTP.", "- KTP\n- KK", "<!-- isi -->", "-", "TBD", "1. Datang\n2. Pulang",
                         "```\nkode\n```", "> kutipan", "<div>x</div>", "---", "Gratis é",
                         "| a | b |\n|---|---|\n| 1 | 2 |",
                         "| No | Komponen | Uraian |\n|---|---|---|\n| 1 | Persyaratan | KTP |\n| 2 | Biaya | Gratis |\n"
                             + "| 3 | Waktu | 1 hari |\n| | Catatan lain | x |",
                         "| Persyaratan | KTP |\n|---|---|\n| Biaya | Gratis |\n| Produk | Izin |\n| Pengaduan | SMS |",
                         "**Dasar Hukum**\nUU 25/2009", "Maklumat: Kami siap", "Tanda tangan"]

    /// A seeded random service body.
    static func body(_ g: inout TemplateProgramTests.Seeded) -> String {
        var text = ""
        for _ in 0..<Int.random(in: 0...14, using: &g) {
            if Int.random(in: 0..<3, using: &g) == 0 {
                text += headings[Int.random(in: 0..<headings.count, using: &g)] + "\n\n"
            } else {
                text += bodies[Int.random(in: 0..<bodies.count, using: &g)] + "\n\n"
            }
        }
        return text
    }

    /// The split written out: every field, the table breaks in order (a set's order is its own).
    static func describe(_ split: StandardBuilder.Split) -> String {
        var copy = split
        copy.tableBreaks = []
        // The parts grouped by component, as `components` gives them: `splitSections` keeps them in file order, the
        // reference fills them component by component.
        copy.components = split.components
        return "\(copy)\n\(split.tableBreaks.sorted())"
    }

    @Test func sectionsAsBlockByBlock() {
        var g = TestSeed.generator(0x5_B117)
        var withTables = 0, multiBlock = 0, extrasAfterTables = 0
        let builder = StandardBuilder()
        for round in 0..<1_500 {
            let markdown = MarkdownParser.parse(Self.body(&g))
            let offset = Int.random(in: 0...9, using: &g)
            let split = builder.splitSections(markdown.blocks, bodyLineOffset: offset)
            let reference = builder.referenceSplitSections(markdown.blocks, bodyLineOffset: offset)
            #expect(Self.describe(split) == Self.describe(reference), "round \(round)")
            if !split.tables.isEmpty { withTables += 1 }
            if split.components.contains(where: { $0.contains { $0.blocks.count > 1 } }) { multiBlock += 1 }
            if !split.tables.isEmpty, split.extras.contains(where: { !$0.blocks.isEmpty }) { extrasAfterTables += 1 }
        }
        // Component tables, sections of several blocks and extra sections with blocks are all exercised.
        #expect(withTables > 200 && multiBlock > 200 && extrasAfterTables > 50, "\(withTables) \(multiBlock) \(extrasAfterTables)")
        #expect(Self.describe(builder.splitSections([], bodyLineOffset: 0))
                    == Self.describe(builder.referenceSplitSections([], bodyLineOffset: 0)))
    }

    /// The parts of all components are kept in one array: `components` groups them by component, each component's
    /// in the order found, and setting it keeps that order; `hasParts` and `lastPart` answer from the same array.
    @Test func partsGroupedByComponent() {
        func part(_ heading: String) -> StandardBuilder.Part {
            StandardBuilder.Part(heading: heading, line: 1, bodyLine: 1, inlineValue: nil, blocks: [])
        }
        var split = StandardBuilder.Split()
        #expect(split.components.count == ComponentID.allCases.count && split.components.allSatisfy(\.isEmpty))
        for (order, heading) in [(3, "a"), (1, "b"), (3, "c"), (0, "d"), (1, "e")] {
            split.entries.append(StandardBuilder.Split.Entry(order: order, part: part(heading)))
        }
        #expect(split.components[3].map(\.heading) == ["a", "c"])
        #expect(split.components[1].map(\.heading) == ["b", "e"])
        #expect(split.components[0].map(\.heading) == ["d"])
        #expect(split.components.map(\.count).reduce(0, +) == 5)
        #expect(split.hasParts(3) && !split.hasParts(2))
        #expect(split.lastPart(3) == 2 && split.lastPart(1) == 4 && split.lastPart(13) == nil)
        let grouped = split.components
        split.components = grouped
        #expect(split.entries.map(\.part.heading) == ["d", "b", "e", "a", "c"])
        #expect(split.components.map { $0.map(\.heading) } == grouped.map { $0.map(\.heading) })
        split.components[5].append(part("f"))
        #expect(split.lastPart(5) == 5 && split.entries.map(\.order) == [0, 1, 1, 3, 3, 5])
    }
}

/// The code `splitSections` replaced, kept as the reference of its test: each block appended to its target one at
/// a time.
extension StandardBuilder {
    func referenceSplitSections(_ blocks: [MarkdownBlock], bodyLineOffset: Int) -> Split {
        enum Target { case preamble, component(ComponentID), extra(Int) }
        var split = Split()
        var target = Target.preamble
        func append(_ block: MarkdownBlock) {
            switch target {
            case .preamble: split.preamble.append(block)
            case .component(let id):
                let i = id.order
                if let last = split.components[i].indices.last { split.components[i][last].blocks.append(block) }
            case .extra(let i): split.extras[i].blocks.append(block)
            }
        }
        let layout = TableLayout { text in cache?.match(text, with: matcher) ?? matcher.match(text) }
        for block in blocks {
            if case .table(let table) = block.kind,
               let recognized = layout.recognize(table, bodyLineOffset: bodyLineOffset) {
                split.tables.append(recognized.shape)
                split.tableBreaks.insert(split.preamble.count)
                for row in recognized.rows {
                    let line = row.line + bodyLineOffset
                    if let id = row.match.component {
                        split.components[id.order].append(Part(
                            heading: row.label, line: line, bodyLine: row.line, inlineValue: row.match.inlineValue,
                            blocks: row.blocks, fromRow: true))
                    } else {
                        split.extras.append(ExtraSection(heading: row.label, level: 2, line: line, isGroup: false,
                                                         blocks: row.blocks, suggestion: row.match.suggestion))
                    }
                }
                if case .component = target { target = .preamble }
                continue
            }
            guard case .heading(let level, let inlines) = block.kind else {
                append(block)
                continue
            }
            let inComponent: Bool = if case .component = target { true } else { false }
            if level >= 3, inComponent {
                append(block)
                continue
            }
            let text = MarkdownInline.plainText(inlines).trimmed
            let match = cache?.match(text, with: matcher) ?? matcher.match(text)
            let line = block.startLine + bodyLineOffset
            switch match.kind {
            case .component(let id):
                let part = Part(heading: text, line: line, bodyLine: block.startLine,
                                inlineValue: match.inlineValue, blocks: [])
                split.components[id.order].append(part)
                target = .component(id)
            case .group, .other:
                if level >= 3 {
                    append(block)
                    continue
                }
                let isGroup: Bool = if case .group = match.kind { true } else { false }
                split.extras.append(ExtraSection(heading: text, level: level, line: line, isGroup: isGroup,
                                                 blocks: [], suggestion: match.suggestion))
                target = .extra(split.extras.count - 1)
            }
        }
        if !split.tables.isEmpty { liftParagraphComponents(&split, bodyLineOffset: bodyLineOffset) }
        return split
    }
}
