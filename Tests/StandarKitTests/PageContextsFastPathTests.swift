import Testing
@testable import StandarKit

/// The component sections written into one stack buffer, the service page's and poster page's members appended
/// after `commonMembers`, and the JSON-LD's excerpts cut on the stack, against the code they replace (the
/// sections' reference is `componentsReference` in PrintPageFastPathTests, the array the sections were written
/// into; the excerpts' is `Excerpt.of`): the same values for seeded random inputs and hand-picked edge cases.
@Suite struct PageContextsFastPathTests {
    typealias Seeded = TemplateProgramTests.Seeded

    // MARK: Component sections

    /// A standard whose components are drawn at random: filled or empty, with inline values (special bytes,
    /// non-ASCII) and random Markdown blocks, some long enough to outgrow the kilobyte on the stack.
    static func standard(_ g: inout Seeded) -> ServiceStandard {
        var s = ServiceStandard(
            file: "", opd: "dinas", slug: "layanan", judul: "L", ringkasan: nil, kategori: nil, nomorSK: nil,
            ditetapkan: nil, ditinjau: nil, kataKunci: [], draft: false, components: [], extraSections: [],
            preamble: [], fee: nil, duration: nil, fieldLines: [:], bodyLineOffset: 0, lastLine: 1)
        for id in ComponentID.allCases where Int.random(in: 0..<4, using: &g) != 0 {
            var blocks = HTMLRendererFastPathTests.blocks(&g, depth: 3)
            if Int.random(in: 0..<8, using: &g) == 0 {
                blocks.append(MarkdownBlock(kind: .paragraph([.text(String(repeating: "panjang & <lebar> é ", count: 80))]),
                                            startLine: 1, endLine: 1))
            }
            let values = (0..<[0, 0, 1, 2][Int.random(in: 0..<4, using: &g)]).map { _ in
                HTMLRendererFastPathTests.text(&g, pieces: 8)
            }
            s.components.append(ComponentContent(id: id, headings: [], line: 1, fromFrontMatter: false,
                                                 inlineValues: values, blocks: blocks, plainText: "",
                                                 isEmpty: Int.random(in: 0..<6, using: &g) == 0))
        }
        return s
    }

    static var contexts: PageContexts {
        let model = SiteModel(config: SiteConfig(file: "", judul: "Situs"), opds: [], services: [], baseURL: nil)
        return PageContexts(model: model, cssAsset: "", jsAsset: "")
    }

    @Test func componentsMatchTheReference() {
        var g = TestSeed.generator(0x26_C1)
        let contexts = Self.contexts
        var longest = 0
        var filled = 0
        for _ in 0..<400 {
            let s = Self.standard(&g)
            for ids in [ComponentID.allCases[0..<6], ComponentID.allCases[6...], ComponentID.allCases[...]] {
                let fast = contexts.components(s, ids)
                #expect(ServiceContextFastPathTests.dump(fast)
                        == ServiceContextFastPathTests.dump(contexts.componentsReference(s, ids)))
                guard case .list(let sections) = fast else { Issue.record("not a list"); continue }
                #expect(sections.count == ids.count)
                for case .object(let section) in sections {
                    if case .utf8(let html)? = section["isi"] { longest = max(longest, html.count) }
                    if case .bool(true)? = section["ada"] { filled += 1 }
                }
            }
        }
        // Some sections outgrow the stack buffer (and the sections after them are written on the heap).
        #expect(longest > 1024)
        #expect(filled > 1_000)
        // No component at all, and none asked for.
        let empty = Self.standard(&g)
        var none = empty
        none.components = []
        for s in [empty, none] {
            for ids in [ComponentID.allCases[0..<0], ComponentID.allCases[...]] {
                #expect(ServiceContextFastPathTests.dump(contexts.components(s, ids))
                        == ServiceContextFastPathTests.dump(contexts.componentsReference(s, ids)))
            }
        }
    }

    // MARK: Common members

    @Test func commonMatchesTheLiteral() {
        var g = TestSeed.generator(0x26_C2)
        let contexts = Self.contexts
        for round in 0..<200 {
            let title = ServiceContextFastPathTests.randomPiece(&g)
            let crumbs: [TemplateValue] = (0..<round % 4).map { _ in .text(ServiceContextFastPathTests.randomPiece(&g)) }
            let jsonld = Array(ServiceContextFastPathTests.randomPiece(&g).utf8)
            let search = round % 2 == 0
            let fast = contexts.common(title: .text(title), description: "d", canonical: "", akar: "../",
                                       crumbs: crumbs, search: search, jsonld: jsonld)
            let reference: TemplateObject = [
                "situs": contexts.situs,
                "halaman": ["judul": .text(title), "deskripsi": "d", "kanonik": ""],
                "akar": .text("../"),
                "aset_css": .text(contexts.cssAsset),
                "aset_js": .text(contexts.jsAsset),
                "pakai_cari": .bool(search),
                "remah": .list(crumbs),
                "jsonld": .utf8(jsonld),
            ]
            #expect(ServiceContextFastPathTests.dump(.object(fast)) == ServiceContextFastPathTests.dump(.object(reference)))
        }
    }

    // MARK: JSON-LD excerpts

    static let excerptPieces = ["a", "Akta Kelahiran", " ", "\n", "\r\n", "\r", "\u{0B}", "\u{0C}", "\n\n", "<", "&",
                                "\"", "\\", "\t", "é", "日本", "😀", "e\u{301}", "\u{2028}", "…", "1234567",
                                "12345678901234567890", "- ", "1. "]

    /// The literal `appendExcerpt` writes and the literal of `Excerpt.of`, and whether the stack path wrote it.
    static func excerpts(_ text: String, limit: Int) -> (fast: [UInt8], reference: [UInt8], stack: Bool) {
        var w = JSONWriter(layout: .compact)
        let stack = JSONLD.appendExcerpt(text, limit: limit, to: &w)
        var r = JSONWriter(layout: .compact)
        r.appendQuoted(Excerpt.of(text, limit: limit))
        return (w.bytes, r.bytes, stack)
    }

    @Test func excerptsMatchExcerptOf() {
        var g = TestSeed.generator(0x26_C3)
        var stack = 0, cut = 0
        let rounds = 5_000
        for round in 0..<rounds {
            // Mostly ASCII, as fees and products are; a non-ASCII piece in some, before or after the cut.
            let ascii = round % 3 != 0
            let pieces = ascii ? Self.excerptPieces.filter { $0.utf8.allSatisfy { $0 < 0x80 } } : Self.excerptPieces
            let text = (0..<Int.random(in: 0...40, using: &g)).map { _ in pieces.randomElement(using: &g) ?? "" }.joined()
            let limit = [0, 1, 2, 3, 15, 16, 17, 40, 200][Int.random(in: 0..<9, using: &g)]
            let e = Self.excerpts(text, limit: limit)
            #expect(e.fast == e.reference, "\(text.debugDescription) \(limit)")
            if e.stack { stack += 1 }
            if e.stack, Excerpt.of(text, limit: limit).hasSuffix("…") { cut += 1 }
        }
        // Most texts (the ASCII ones) are cut on the stack, many of them at the limit.
        #expect(stack > rounds / 2)
        #expect(cut > rounds / 10)
        // Around the limit, line breaks at either end and at the cut, non-ASCII just before and after it.
        let x200 = String(repeating: "x", count: 200)
        for text in ["", "\n", "\r\n\r\n", "a\n", "\na", x200, x200 + "y", x200 + "\n", x200 + "\ny", x200 + "é",
                     String(x200.dropLast()) + "é", String(x200.dropLast()) + "\ny", "\n" + x200, x200 + "😀" + x200,
                     String(repeating: "a\r\n", count: 150), String(repeating: "<&>", count: 100),
                     String(repeating: "é", count: 300)] {
            for limit in [0, 1, 199, 200, 201] {
                let e = Self.excerpts(text, limit: limit)
                #expect(e.fast == e.reference, "\(text.debugDescription) \(limit)")
            }
        }
        #expect(Self.excerpts(x200 + "y", limit: 200).stack)
        #expect(!Self.excerpts("é", limit: 200).stack)
    }
}
