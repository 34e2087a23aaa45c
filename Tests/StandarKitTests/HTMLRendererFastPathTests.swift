import Testing
@testable import StandarKit

/// The renderer writing into a `PageBuffer`, and its shortcuts, against the code they replaced (the renderer kept
/// below as `ReferenceHTMLRenderer`): the same bytes for seeded random documents and hand-picked edge cases.
@Suite struct HTMLRendererFastPathTests {
    typealias Seeded = TemplateProgramTests.Seeded

    /// Texts with every special byte, non-ASCII, breaks, and lengths around the 8-byte words of the escaper.
    static let textPieces = ["a", "Akta", " ", "<", ">", "&", "\"", "'", "é", "日本", "😀", "e\u{301}", "\t", "12345678",
                             "abcdefg", "<br>", "1. ", "a. ", "- ", "• ", "x", "&amp;", ":", "/"]
    /// URLs: schemes in any case, colons before and after a path, protocol-relative, backslashes, white space at
    /// either end or inside, non-ASCII, controls and invisible characters.
    static let urlPieces = ["http", "HTTP", "https", "HtTpS", "mailto", "tel", "TEL", "javascript", "ftp", "data",
                            ":", "://", "//", "/", "?", "#", "\\", " ", "\t", "\n", "\r\n", "\u{7F}", "\u{0}",
                            "é", "\u{200B}", "\u{202E}", "\u{2028}", "\u{A0}", "\u{FEFF}", "\u{FFFE}", "\u{212A}",
                            "\u{301}", "x", "lapor.go.id", "%2F", "..", "a:b", "q=1&r=2", "\"", "'", "<", "&"]

    static func text(_ g: inout Seeded, pieces: Int = 6) -> String {
        (0..<Int.random(in: 0...pieces, using: &g)).map { _ in textPieces.randomElement(using: &g) ?? "" }.joined()
    }

    static func url(_ g: inout Seeded) -> String {
        (0..<Int.random(in: 0...5, using: &g)).map { _ in urlPieces.randomElement(using: &g) ?? "" }.joined()
    }

    static func inlines(_ g: inout Seeded, depth: Int) -> [MarkdownInline] {
        (0..<Int.random(in: 0...5, using: &g)).map { _ in
            let kind = Int.random(in: 0..<(depth > 0 ? 11 : 5), using: &g)
            switch kind {
            case 0, 1: return .text(text(&g, pieces: 12))
            case 2: return .softBreak
            case 3: return .lineBreak
            case 4: return .html(Bool.random(using: &g) ? "<br>" : (Bool.random(using: &g) ? "<BR />" : "<b>"))
            case 5: return .code(text(&g))
            case 6: return .emphasis(inlines(&g, depth: depth - 1))
            case 7: return .strong(inlines(&g, depth: depth - 1))
            case 8: return .strikethrough(inlines(&g, depth: depth - 1))
            case 9: return .link(url: url(&g), title: Bool.random(using: &g) ? "" : text(&g), inlines(&g, depth: depth - 1))
            default: return .image(url: url(&g), title: text(&g), alt: inlines(&g, depth: depth - 1))
            }
        }
    }

    static func blocks(_ g: inout Seeded, depth: Int) -> [MarkdownBlock] {
        (0..<Int.random(in: 0...4, using: &g)).map { _ in
            let kind: MarkdownBlock.Kind
            switch Int.random(in: 0..<(depth > 0 ? 10 : 6), using: &g) {
            case 0, 1: kind = .paragraph(inlines(&g, depth: 2))
            case 2: kind = .heading(level: Int.random(in: -1...8, using: &g), inlines(&g, depth: 1))
            case 3: kind = .codeBlock(info: text(&g), code: text(&g, pieces: 20))
            case 4: kind = Bool.random(using: &g) ? .html("<div>") : .thematicBreak
            case 5: kind = .table(table(&g))
            case 6: kind = .blockQuote(blocks(&g, depth: depth - 1))
            default:
                let items = (0..<Int.random(in: 0...4, using: &g)).map { _ in
                    MarkdownListItem(blocks: blocks(&g, depth: depth - 1),
                                     taskChecked: [nil, nil, true, false].randomElement(using: &g) ?? nil)
                }
                kind = .list(MarkdownList(ordered: Bool.random(using: &g), start: Int.random(in: 0...3, using: &g),
                                          tight: Bool.random(using: &g), items: items))
            }
            return MarkdownBlock(kind: kind, startLine: 1, endLine: 1)
        }
    }

    /// Cells of plain text (most), with `<br>` or breaks between items or lines, and empty ones.
    static func table(_ g: inout Seeded) -> MarkdownTable {
        func cell() -> [MarkdownInline] {
            switch Int.random(in: 0..<4, using: &g) {
            case 0: return [.text(text(&g))]
            case 1: return [.text("1. " + text(&g)), .html("<br>"), .text("a. x"), .lineBreak, .text("2. y")]
            default: return inlines(&g, depth: 1)
            }
        }
        let columns = Int.random(in: 0...4, using: &g)
        let alignments: [MarkdownTable.Alignment] = (0..<Int.random(in: 0...columns, using: &g)).map { _ in
            [.none, .left, .center, .right].randomElement(using: &g) ?? .none
        }
        return MarkdownTable(alignments: alignments, header: (0..<columns).map { _ in cell() },
                             rows: (0..<Int.random(in: 0...3, using: &g)).map { _ in
                                 (0..<Int.random(in: 0...columns + 1, using: &g)).map { _ in cell() }
                             })
    }

    @Test func randomDocumentsRenderAsBefore() {
        var g = TestSeed.generator(0x4854_4D4C)
        var longest = 0
        for round in 0..<3_000 {
            let doc = Self.blocks(&g, depth: 3)
            let offset = round % 3
            let expected = ReferenceHTMLRenderer(headingOffset: offset).render(doc)
            #expect(HTMLRenderer(headingOffset: offset).render(doc) == expected)
            // Appended after what the buffer already holds, as the component sections are.
            let bytes = Self.rendered(doc, offset: offset, tight: round % 2 == 0, after: "<p>x</p>\n")
            var reference = Array("<p>x</p>\n".utf8)
            ReferenceHTMLRenderer(headingOffset: offset).render(doc, into: &reference, tight: round % 2 == 0)
            #expect(bytes == reference)
            longest = max(longest, bytes.count)
        }
        // Some documents outgrow a kilobyte (the stack buffer `PageContexts.components` renders sections into).
        #expect(longest > 1024)
    }

    /// `blocks` rendered into a `PageBuffer` after `prefix`, as bytes.
    static func rendered(_ blocks: [MarkdownBlock], offset: Int = 0, tight: Bool, after prefix: String = "") -> [UInt8] {
        var page = PageBuffer(capacity: 64)
        page.append(prefix)
        HTMLRenderer(headingOffset: offset).render(blocks, into: &page, tight: tight)
        return Array(page.bytes)
    }

    @Test func edgeCases() {
        let long = String(repeating: "panjang & <lebar> ", count: 200)
        let cases: [[MarkdownBlock]] = [
            [], [MarkdownBlock(kind: .paragraph([]), startLine: 1, endLine: 1)],
            [MarkdownBlock(kind: .paragraph([.text(long)]), startLine: 1, endLine: 1)],
            [MarkdownBlock(kind: .codeBlock(info: "", code: long + "😀"), startLine: 1, endLine: 1)],
            [MarkdownBlock(kind: .paragraph([.link(url: " https://lapor.go.id/ ", title: "t\"", [.text("x")]),
                                             .link(url: "HTTPS://LAPOR.GO.ID", title: "", [.text("y")]),
                                             .link(url: "//evil.example", title: "", [.text("z")]),
                                             .link(url: "/a:b", title: "", []), .link(url: "", title: "", [])]),
                           startLine: 1, endLine: 1)],
            [MarkdownBlock(kind: .table(MarkdownTable(alignments: [.left], header: [[.text("a")], []],
                                                      rows: [[[.text("1. x"), .html("<br>"), .text("2. y")]], []])),
                           startLine: 1, endLine: 1)],
        ]
        for blocks in cases {
            #expect(HTMLRenderer().render(blocks) == ReferenceHTMLRenderer().render(blocks))
            let bytes = Self.rendered(blocks, tight: false)
            var reference: [UInt8] = []
            ReferenceHTMLRenderer().render(blocks, into: &reference, tight: false)
            #expect(bytes == reference)
        }
    }

    @Test func linksAsSafeURLAndIsExternal() {
        var g = TestSeed.generator(0x4C49_4E4B)
        var urls = ["", " ", "http://x", "https://x", "HTTP://X", "http:x", "https:", "http", "//x", "/", "//", "/\\x",
                    "a:b/c", "a/b:c", "?a:b", "#a:b", "mailto:a@b", "MailTo:a@b", "tel:+62", "javascript:alert(1)",
                    "java\tscript:x", " /x", "/x ", "/é", "\u{212A}:x", "https://\u{301}", "ttp://x", "httpss://x",
                    "HTTPS://lapor.go.id/a?b=1#c", "x:", ":x", "@:x"]
        for _ in 0..<20_000 { urls.append(Self.url(&g)) }
        var shortcuts = 0
        for raw in urls {
            let expected = LinkPolicy.safeURL(raw).map { ($0, LinkPolicy.isExternal($0)) }
            let link = LinkPolicy.safeLink(raw)
            #expect(link?.url == expected?.0 && link?.external == expected?.1, "\(raw.debugDescription)")
            var copy = raw
            if copy.withUTF8({ LinkPolicy.printableASCIILink($0) }) != nil { shortcuts += 1 }
        }
        #expect(shortcuts > 2_000)
    }

    @Test func cellsWithoutBreaksAreOneLine() {
        var g = TestSeed.generator(0x4345_4C4C)
        var oneLine = 0
        for _ in 0..<20_000 {
            let cell = Self.inlines(&g, depth: 2)
            if !TableCell.mayHoldLines(cell) {
                oneLine += 1
                #expect(TableCell.lines(cell).count <= 1)
            }
        }
        #expect(oneLine > 1_000)
        #expect(TableCell.mayHoldLines([.text("a"), .html("<br>"), .text("b")]))
        #expect(!TableCell.mayHoldLines([.text("a"), .emphasis([.lineBreak]), .text("b")]))
    }
}

/// The renderer as it was before it wrote into a `PageBuffer`: the reference of the tests above.
struct ReferenceHTMLRenderer {
    var headingOffset: Int

    init(headingOffset: Int = 0) { self.headingOffset = headingOffset }

    func render(_ blocks: [MarkdownBlock]) -> String {
        var out: [UInt8] = []
        render(blocks, into: &out, tight: false)
        return String(decoding: out, as: UTF8.self)
    }

    func render(_ blocks: [MarkdownBlock], into out: inout [UInt8], tight: Bool) {
        for block in blocks {
            switch block.kind {
            case .paragraph(let inlines):
                if tight {
                    render(inlines, into: &out)
                } else {
                    Self.append("<p>", to: &out)
                    render(inlines, into: &out)
                    Self.append("</p>\n", to: &out)
                }
            case .heading(let level, let inlines):
                let h = UInt8(ascii: "0") + UInt8(min(6, max(1, level + headingOffset)))
                Self.append("<h", to: &out); out.append(h); out.append(UInt8(ascii: ">"))
                render(inlines, into: &out)
                Self.append("</h", to: &out); out.append(h); Self.append(">\n", to: &out)
            case .blockQuote(let children):
                Self.append("<blockquote>\n", to: &out)
                render(children, into: &out, tight: false)
                Self.append("</blockquote>\n", to: &out)
            case .list(let list):
                renderList(list, into: &out)
            case .codeBlock(_, let code):
                Self.append("<pre><code>", to: &out)
                HTMLEscaper.appendText(code, to: &out)
                Self.append("</code></pre>\n", to: &out)
            case .html:
                break
            case .thematicBreak:
                Self.append("<hr>\n", to: &out)
            case .table(let table):
                renderTable(table, into: &out)
            }
        }
    }

    @inline(__always)
    static func append(_ literal: StaticString, to out: inout [UInt8]) {
        literal.withUTF8Buffer { out.append(contentsOf: $0) }
    }

    func renderList(_ list: MarkdownList, into out: inout [UInt8]) {
        let isTaskList = list.items.contains { $0.taskChecked != nil }
        if list.ordered {
            if list.start == 1 {
                Self.append("<ol>\n", to: &out)
            } else {
                HTMLEscaper.appendRaw("<ol start=\"\(list.start)\">\n", to: &out)
            }
        } else {
            if isTaskList { Self.append("<ul class=\"tugas\">\n", to: &out) } else { Self.append("<ul>\n", to: &out) }
        }
        for item in list.items {
            Self.append("<li>", to: &out)
            if let checked = item.taskChecked {
                if checked {
                    Self.append("<span class=\"centang\" aria-hidden=\"true\">☑</span> ", to: &out)
                } else {
                    Self.append("<span class=\"centang\" aria-hidden=\"true\">☐</span> ", to: &out)
                }
            }
            let singleParagraph = item.blocks.count == 1 && { if case .paragraph = item.blocks[0].kind { true } else { false } }()
            if list.tight || singleParagraph {
                render(item.blocks, into: &out, tight: true)
            } else {
                out.append(0x0A)
                render(item.blocks, into: &out, tight: false)
            }
            Self.append("</li>\n", to: &out)
        }
        if list.ordered { Self.append("</ol>\n", to: &out) } else { Self.append("</ul>\n", to: &out) }
    }

    func renderTable(_ table: MarkdownTable, into out: inout [UInt8]) {
        func align(_ i: Int, _ out: inout [UInt8]) {
            guard i < table.alignments.count else { return }
            switch table.alignments[i] {
            case .none: return
            case .left: Self.append(" class=\"kiri\"", to: &out)
            case .center: Self.append(" class=\"tengah\"", to: &out)
            case .right: Self.append(" class=\"kanan\"", to: &out)
            }
        }
        // Focusable and labelled, so a table wider than a phone screen can be scrolled from the keyboard.
        Self.append("<div class=\"tabel\" tabindex=\"0\" role=\"region\" aria-label=\"Tabel\"><table>\n", to: &out)
        if !table.header.isEmpty {
            Self.append("<thead><tr>", to: &out)
            for (i, cell) in table.header.enumerated() {
                Self.append("<th scope=\"col\"", to: &out)
                align(i, &out)
                out.append(UInt8(ascii: ">"))
                renderCell(cell, into: &out)
                Self.append("</th>", to: &out)
            }
            Self.append("</tr></thead>\n", to: &out)
        }
        if !table.rows.isEmpty {
            Self.append("<tbody>\n", to: &out)
            for row in table.rows {
                Self.append("<tr>", to: &out)
                for (i, cell) in row.enumerated() {
                    Self.append("<td", to: &out)
                    align(i, &out)
                    out.append(UInt8(ascii: ">"))
                    renderCell(cell, into: &out)
                    Self.append("</td>", to: &out)
                }
                Self.append("</tr>\n", to: &out)
            }
            Self.append("</tbody>\n", to: &out)
        }
        Self.append("</table></div>\n", to: &out)
    }

    /// A cell's `<br>` are line breaks, and a cell whose lines are items is a list (see `TableCell`).
    func renderCell(_ cell: [MarkdownInline], into out: inout [UInt8]) {
        if TableCell.hasLines(cell) {
            render(TableCell.blocks(cell, line: 0), into: &out, tight: true)
        } else {
            render(cell, into: &out)
        }
    }

    func render(_ inlines: [MarkdownInline], into out: inout [UInt8]) {
        for inline in inlines {
            switch inline {
            case .text(let s):
                HTMLEscaper.appendText(s, to: &out)
            case .code(let s):
                Self.append("<code>", to: &out)
                HTMLEscaper.appendText(s, to: &out)
                Self.append("</code>", to: &out)
            case .emphasis(let c):
                Self.append("<em>", to: &out); render(c, into: &out); Self.append("</em>", to: &out)
            case .strong(let c):
                Self.append("<strong>", to: &out); render(c, into: &out); Self.append("</strong>", to: &out)
            case .strikethrough(let c):
                Self.append("<del>", to: &out); render(c, into: &out); Self.append("</del>", to: &out)
            case .link(let url, let title, let c):
                if let safe = LinkPolicy.safeURL(url) {
                    Self.append("<a href=\"", to: &out)
                    HTMLEscaper.appendAttribute(safe, to: &out)
                    out.append(UInt8(ascii: "\""))
                    if !title.isEmpty {
                        Self.append(" title=\"", to: &out)
                        HTMLEscaper.appendAttribute(title, to: &out)
                        out.append(UInt8(ascii: "\""))
                    }
                    if LinkPolicy.isExternal(safe) { Self.append(" rel=\"noopener nofollow\"", to: &out) }
                    out.append(UInt8(ascii: ">"))
                    render(c, into: &out)
                    Self.append("</a>", to: &out)
                } else {
                    render(c, into: &out)
                }
            case .image(_, _, let alt):
                // Images are not loaded (no request to other hosts, nothing heavy on slow networks):
                // the alternative text stands in their place.
                render(alt, into: &out)
            case .softBreak:
                out.append(0x0A)
            case .lineBreak:
                Self.append("<br>\n", to: &out)
            case .html:
                break
            }
        }
    }
}
