import Testing
@testable import StandarKit

/// The converter from cmark-gfm's tree builds the array of a node with one child as an array literal, and the
/// others by reserving and appending: nodes with no child, one child and several, at every level (blocks of the
/// document, of list items and block quotes; inlines of paragraphs, headings, emphasis, links, images and table
/// cells), give the structure cmark-gfm parsed.
@Suite struct MarkdownConverterTests {
    /// A compact, complete spelling of a document's structure (lines included).
    static func dump(_ blocks: [MarkdownBlock]) -> String {
        blocks.map { block in
            let lines = "@\(block.startLine)-\(block.endLine)"
            switch block.kind {
            case .paragraph(let inlines): return "P\(lines)(\(dump(inlines)))"
            case .heading(let level, let inlines): return "H\(level)\(lines)(\(dump(inlines)))"
            case .blockQuote(let inner): return "Q\(lines)[\(dump(inner))]"
            case .list(let list):
                let items = list.items.map { "I\($0.taskChecked.map { $0 ? "x" : "o" } ?? "")[\(dump($0.blocks))]" }
                return "L\(list.ordered ? "o" : "u")\(list.start)\(list.tight ? "t" : "l")\(lines){\(items.joined(separator: ","))}"
            case .codeBlock(let info, let code): return "C\(lines)(\(info)|\(code))"
            case .html(let html): return "R\(lines)(\(html))"
            case .thematicBreak: return "B\(lines)"
            case .table(let table):
                let header = table.header.map(dump).joined(separator: "|")
                let rows = table.rows.map { $0.map(dump).joined(separator: "|") }.joined(separator: "/")
                return "T\(lines)(\(header)//\(rows))"
            }
        }.joined(separator: " ")
    }

    static func dump(_ inlines: [MarkdownInline]) -> String {
        inlines.map { inline in
            switch inline {
            case .text(let text): return "'\(text)'"
            case .code(let code): return "`\(code)`"
            case .emphasis(let inner): return "E(\(dump(inner)))"
            case .strong(let inner): return "S(\(dump(inner)))"
            case .strikethrough(let inner): return "D(\(dump(inner)))"
            case .link(let url, let title, let inner): return "A<\(url)|\(title)>(\(dump(inner)))"
            case .image(let url, let title, let alt): return "M<\(url)|\(title)>(\(dump(alt)))"
            case .softBreak: return "~"
            case .lineBreak: return "^"
            case .html(let html): return "R(\(html))"
            }
        }.joined(separator: ",")
    }

    @Test(arguments: [
        ("# Judul", "H1@1-1('Judul')"),
        ("#", "H1@1-1()"),
        ("a\nb", "P@1-2('a',~,'b')"),
        ("*a*", "P@1-1(E('a'))"),
        ("**a** dan *b*", "P@1-1(S('a'),' dan ',E('b'))"),
        ("[x](u)", "P@1-1(A<u|>('x'))"),
        ("[x *y*](u \"t\")", "P@1-1(A<u|t>('x ',E('y')))"),
        ("![](i)", "P@1-1(M<i|>())"),
        ("~~a~~", "P@1-1(D('a'))"),
        ("- a\n- b c\n", "Lu0t@1-2{I[P@1-1('a')],I[P@2-2('b c')]}"),
        ("- a\n", "Lu0t@1-1{I[P@1-1('a')]}"),
        ("-\n", "Lu0t@1-1{I[]}"),
        ("- a\n\n  b\n", "Lu0l@1-3{I[P@1-1('a') P@3-3('b')]}"),
        ("- - a\n", "Lu0t@1-1{I[Lu0t@1-1{I[P@1-1('a')]}]}"),
        ("1. a\n2. b\n", "Lo1t@1-2{I[P@1-1('a')],I[P@2-2('b')]}"),
        ("- [x] a\n- [ ] b\n", "Lu0t@1-2{Ix[P@1-1('a')],Io[P@2-2('b')]}"),
        ("> a", "Q@1-1[P@1-1('a')]"),
        (">", "Q@1-1[]"),
        ("> a\n>\n> b", "Q@1-3[P@1-1('a') P@3-3('b')]"),
        ("| A | B |\n|---|---|\n| 1 | *2* x |\n|  | c |\n", "T@1-4('A'|'B'//'1'|E('2'),' x'/|'c')"),
        // A table of a header alone, and one with a row shorter than the header (padded with empty cells).
        ("| A |\n|---|\n", "T@1-2('A'//)"),
        ("| A | B |\n|---|---|\n| 1 |\n", "T@1-3('A'|'B'//'1'|)"),
        // cmark-gfm ends a thematic break on the line after it.
        ("a\n\n---\n\n```sh\nx\n```\n", "P@1-1('a') B@3-4 C@5-7(sh|x\n)"),
    ])
    func convertsNodesOfNoneOneAndManyChildren(_ text: String, _ expected: String) {
        #expect(Self.dump(MarkdownParser.parse(text).blocks) == expected)
    }
}
