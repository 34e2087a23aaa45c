import Testing
@testable import StandarKit

/// The component sections written into one stack buffer and the members of `common` built by `commonMembers`,
/// against the code they replace (the sections' reference is `componentsReference` in PrintPageFastPathTests, the
/// array the sections were written into; `common`'s is its literal): the same values for seeded random inputs and
/// hand-picked edge cases.
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
}
