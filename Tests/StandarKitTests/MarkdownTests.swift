import Testing
@testable import StandarKit

@Suite struct MarkdownParserTests {
    @Test func headingsCarryLines() {
        let doc = MarkdownParser.parse("intro\n\n## Persyaratan\n\n- KTP\n")
        #expect(doc.blocks.count == 3)
        guard case .heading(2, let inlines) = doc.blocks[1].kind else { Issue.record("no heading"); return }
        #expect(MarkdownInline.plainText(inlines) == "Persyaratan")
        #expect(doc.blocks[1].startLine == 3)
    }

    @Test func gfmExtensions() {
        let doc = MarkdownParser.parse("| A | B |\n|:--|--:|\n| 1 | 2 |\n\n~~lama~~ https://lapor.go.id\n\n- [x] KTP\n- [ ] KK\n")
        let html = HTMLRenderer().render(doc.blocks)
        #expect(html.contains("<th scope=\"col\" class=\"kiri\">A</th>"))
        #expect(html.contains("<td class=\"kanan\">2</td>"))
        #expect(html.contains("<del>lama</del>"))
        #expect(html.contains("<a href=\"https://lapor.go.id\" rel=\"noopener nofollow\">https://lapor.go.id</a>"))
        #expect(html.contains("☑"))
    }

    @Test func strikethroughSurvivesConcurrentParsing() async {
        // cmark-gfm's special-character table is global: parses must be serialized (MarkdownParser does).
        await withTaskGroup(of: String.self) { group in
            for _ in 0..<64 {
                group.addTask { HTMLRenderer().render(MarkdownParser.parse("a ~~b~~ *c* | x |\n|---|\n| y |\n").blocks) }
            }
            for await html in group {
                #expect(html.contains("<del>b</del>"))
            }
        }
    }

    @Test func concurrentParsesGiveTheSerialResult() async {
        // Long documents, so that block parsing (outside the lock) of one overlaps the inline pass of another.
        let documents = (0..<8).map { n in
            (0..<(40 + n * 10)).map { i in
                "## Bagian \(i)\n\npara ~~coret \(i)~~ *miring* _x_ www.contoh.go.id \\[\(i)\\] `kode`\n\n"
                    + "| a | b |\n|---|:-:|\n| ~~\(i)~~ | **\(n)** |\n\n- [x] tugas\n- item ~~\(i)~~\n\n> kutip\n"
            }.joined()
        }
        let expected = documents.map { HTMLRenderer().render(MarkdownParser.parse($0).blocks) }
        #expect(expected.allSatisfy { $0.contains("<del>coret 0</del>") && $0.contains("<table") })
        await withTaskGroup(of: (Int, String).self) { group in
            for round in 0..<48 {
                let index = round % documents.count
                let document = documents[index]
                group.addTask { (index, HTMLRenderer().render(MarkdownParser.parse(document).blocks)) }
            }
            for await (index, html) in group {
                #expect(html == expected[index])
            }
        }
    }

    @Test func rawHTMLIsNeverRendered() {
        let doc = MarkdownParser.parse("<script>alert(1)</script>\n\nteks <b onclick=x>tebal</b>\n\n<!-- catatan -->\n")
        let html = HTMLRenderer().render(doc.blocks)
        #expect(!html.contains("<script"))
        #expect(!html.contains("<b "))
        #expect(!html.contains("catatan"))
        #expect(html.contains("tebal"))
    }

    @Test(arguments: [
        "[x](javascript:alert(1))", "[x](JAVASCRIPT:alert(1))", "[x](java\tscript:alert(1))",
        "[x](data:text/html;base64,PHNjcmlwdD4=)", "[x](vbscript:msgbox)", "[x](file:///etc/passwd)",
    ])
    func unsafeLinksAreDropped(markdown: String) {
        let html = HTMLRenderer().render(MarkdownParser.parse(markdown).blocks)
        #expect(!html.contains("href"))
        #expect(html.contains("x"))
    }

    @Test(arguments: [
        ("[a](https://a.go.id)", "https://a.go.id"), ("[a](mailto:x@y.id)", "mailto:x@y.id"),
        ("[a](tel:+62812)", "tel:+62812"), ("[a](/disdukcapil/ktp/)", "/disdukcapil/ktp/"),
        ("[a](#biaya)", "#biaya"),
    ])
    func safeLinksSurvive(markdown: String, href: String) {
        #expect(HTMLRenderer().render(MarkdownParser.parse(markdown).blocks).contains("href=\"\(href)\""))
    }

    @Test func escapesText() {
        let html = HTMLRenderer().render(MarkdownParser.parse("a &lt; \\<b\\> \"q\" 'x' & y").blocks)
        #expect(html == "<p>a &lt; &lt;b&gt; \"q\" 'x' &amp; y</p>\n")
    }

    @Test func deepNestingIsFlattenedNotCrashing() {
        let deep = String(repeating: "> ", count: 5000) + "dalam\n"
        let doc = MarkdownParser.parse(deep)
        #expect(MarkdownBlock.plainText(doc.blocks).contains("dalam"))
        let lists = String(repeating: "- ", count: 3000) + "x\n"
        #expect(MarkdownBlock.plainText(MarkdownParser.parse(lists).blocks).contains("x"))
        let emphasis = String(repeating: "*a ", count: 5000) + String(repeating: "a*", count: 5000)
        _ = HTMLRenderer().render(MarkdownParser.parse(emphasis).blocks)
    }

    @Test func plainTextDropsComments() {
        #expect(MarkdownBlock.plainText(MarkdownParser.parse("<!-- isi di sini -->\n").blocks).isEmpty)
    }

    /// `plainTextContains` finds a byte exactly when the plain text holds it: in small (≤ 15 bytes) and large
    /// strings, in text and code, nested in emphasis and links, and never in raw HTML or a link's URL.
    @Test func plainTextContainsAgreesWithThePlainText() {
        var generator = TestSeed.generator(0x7AB_C0DE)
        let texts = ["", "a", "\t", "a\tb", "kolom satu\tkolom dua", String(repeating: "x", count: 15) + "\t",
                     String(repeating: "y", count: 40), "é\t", "<br>"]
        func inline(_ depth: Int) -> MarkdownInline {
            let text = texts.randomElement(using: &generator) ?? ""
            switch Int.random(in: 0..<(depth > 1 ? 3 : 7), using: &generator) {
            case 0, 1: return .text(text)
            case 2: return .code(text)
            case 3: return .html("<b\tx>")
            case 4: return .link(url: "https://x.go.id/\t", title: "\t", [inline(depth + 1)])
            case 5: return .emphasis([inline(depth + 1), inline(depth + 1)])
            default: return .softBreak
            }
        }
        var found = 0
        for _ in 0..<2000 {
            let inlines = (0..<Int.random(in: 0...4, using: &generator)).map { _ in inline(0) }
            let expected = MarkdownInline.plainText(inlines).utf8.contains(0x09)
            #expect(MarkdownInline.plainTextContains(inlines, byte: 0x09) == expected, "\(inlines)")
            if expected { found += 1 }
        }
        #expect(found > 200 && found < 1800)
    }
}
