import Testing
@testable import StandarKit

/// How `StandardBuilder` assembles a component from its parts, against the assembly it replaced: one dictionary of
/// parts per component, the parts' blocks concatenated (`flatMap`) before their plain text was read.
@Suite("StandardBuilder")
struct StandardBuilderTests {
    static let headings = ["Persyaratan", "Persyaratan", "Biaya/Tarif", "Biaya: Gratis", "Biaya/Tarif : Rp 5.000",
                           "Jangka Waktu Penyelesaian", "Jangka Waktu - 3 hari kerja", "Produk Pelayanan", "Catatan",
                           "Dasar Hukum", "Layanan Pengaduan", "SERVICE DELIVERY", "Sarana: ", "Évaluasi Kinerja"]
    static let bodies = ["Fotokopi KTP.", "- KTP\n- KK\n- Surat *pengantar* RT", "<!-- isi -->", "", "-", "TBD",
                         "1. Datang\n2. **Isi** formulir\n\n   Lanjutan", "```\nkode\n```", "### Rincian\n\nRp 5.000",
                         "> kutipan", "| a | b |\n|---|---|\n| 1 | 2 |", "<div>x</div>\n\nSetelah HTML", "---", "Gratis é"]
    static let frontMatter = ["", "biaya: \"Gratis\"\n", "dasar_hukum:\n  - UU 25/2009\n  - PP 96/2012\n",
                              "waktu: \"3 hari\"\nprosedur:\n  - Datang\n  - Pulang\n"]

    /// A seeded random service file: headings repeated (several parts of one component), inline values, bodies whose
    /// text is empty (HTML, a rule), front-matter components and sometimes a component table.
    static func document(_ g: inout TemplateProgramTests.Seeded) -> String {
        var text = "---\njudul: \"Layanan\"\n" + frontMatter[Int.random(in: 0..<frontMatter.count, using: &g)] + "---\n\n"
        if Bool.random(using: &g) { text += "Pengantar.\n\n" }
        if Int.random(in: 0..<4, using: &g) == 0 {
            text += "| No | Komponen | Uraian |\n|---|---|---|\n| 1 | Persyaratan | KTP |\n| 2 | Biaya | Gratis |\n"
                + "| 3 | Waktu | 1 hari |\n| 4 | Persyaratan | KK |\n\n"
        }
        for _ in 0..<Int.random(in: 0...10, using: &g) {
            text += "## " + headings[Int.random(in: 0..<headings.count, using: &g)] + "\n\n"
            for _ in 0..<Int.random(in: 0...3, using: &g) {
                text += bodies[Int.random(in: 0..<bodies.count, using: &g)] + "\n\n"
            }
        }
        return text
    }

    @Test func componentsAsTheConcatenationOfTheirParts() {
        var g = TestSeed.generator(0xB17D)
        var singlePart = 0, multiPart = 0, inlineAndBody = 0, fromFrontMatter = 0, mixed = 0
        for _ in 0..<600 {
            let text = Self.document(&g)
            let (standard, diagnostics) = RuleFixture.standard(text)
            let body = FrontMatterSplit.split(text)
            let markdown = MarkdownParser.parse(PastedText.normalize(body.body))
            let split = StandardBuilder().splitSections(markdown.blocks, bodyLineOffset: body.bodyStartLine - 1)
            #expect(standard.components.map(\.id) == standard.components.map(\.id).sorted(), "\(text)")
            for content in standard.components where !content.fromFrontMatter {
                let parts = split.components[content.id.order]
                var blocks: [MarkdownBlock] = []
                for part in parts {
                    if parts.count > 1 {
                        blocks.append(MarkdownBlock(kind: .heading(level: 3, [.text(part.heading)]),
                                                    startLine: part.bodyLine, endLine: part.bodyLine))
                    }
                    blocks += part.blocks
                }
                let inlineValues = parts.compactMap(\.inlineValue)
                var plain = inlineValues.joined(separator: "\n")
                let bodyText = MarkdownBlock.plainText(parts.flatMap(\.blocks))
                if !bodyText.isEmpty { plain += plain.isEmpty ? bodyText : "\n" + bodyText }
                #expect(content.plainText == plain, "\(text)")
                #expect(content.isEmpty == EmptyText.isEmpty(plain))
                #expect(content.headings == parts.map(\.heading))
                #expect(content.inlineValues == inlineValues)
                #expect(MarkdownBlock.plainText(content.blocks) == MarkdownBlock.plainText(blocks))
                #expect(content.blocks.map(\.startLine) == blocks.map(\.startLine))
                if parts.count > 1 { multiPart += 1 } else { singlePart += 1 }
                if !inlineValues.isEmpty && !bodyText.isEmpty { inlineAndBody += 1 }
            }
            // Every component with parts is in the standard, once.
            let withParts = ComponentID.allCases.filter { !split.components[$0.order].isEmpty }
            #expect(Set(withParts).isSubset(of: Set(standard.components.map(\.id))))
            // Front-matter components fill the gaps, in canonical order among the sections' components; a section
            // wins over its key, which is reported.
            let fieldIDs = Set(standard.fieldLines.keys.compactMap { ComponentID(id: $0) })
            #expect(standard.components.map(\.id) == Set(withParts).union(fieldIDs).sorted(), "\(text)")
            for content in standard.components {
                #expect(content.fromFrontMatter == split.components[content.id.order].isEmpty, "\(text)")
            }
            let clashes = fieldIDs.filter { !split.components[$0.order].isEmpty }.count
            #expect(diagnostics.filter { $0.message.contains("di front matter (baris") }.count == clashes, "\(text)")
            let fromKeys = standard.components.filter(\.fromFrontMatter).count
            fromFrontMatter += fromKeys
            if fromKeys > 0 && fromKeys < standard.components.count { mixed += 1 }
        }
        // The one-part path (components read in place) and the cases that differ from it are exercised.
        #expect(singlePart > 500 && multiPart > 50 && inlineAndBody > 50 && fromFrontMatter > 50 && mixed > 50,
                "\(singlePart) \(multiPart) \(inlineAndBody) \(fromFrontMatter) \(mixed)")
    }
}
