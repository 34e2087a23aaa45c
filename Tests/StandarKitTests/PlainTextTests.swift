import Testing
@testable import StandarKit

/// The plain text of blocks and inlines, built in one pass into a stack scratch (or in two passes into one string
/// when longer), against the code it replaced: the text appended piece by piece to a `String`.
@Suite("PlainText")
struct PlainTextTests {
    /// The replaced `MarkdownInline.appendPlain`.
    static func referenceAppend(_ inlines: [MarkdownInline], to out: inout String) {
        for inline in inlines {
            switch inline {
            case .text(let s), .code(let s): out += s
            case .emphasis(let c), .strong(let c), .strikethrough(let c), .link(_, _, let c), .image(_, _, let c):
                referenceAppend(c, to: &out)
            case .softBreak, .lineBreak: out += " "
            case .html: break
            }
        }
    }

    /// The replaced `MarkdownBlock.appendPlain`.
    static func referenceAppend(_ blocks: [MarkdownBlock], to out: inout String) {
        func line(_ s: String) {
            if !out.isEmpty { out += "\n" }
            out += s
        }
        func cells(_ row: [[MarkdownInline]]) {
            if !out.isEmpty { out += "\n" }
            for (i, cell) in row.enumerated() {
                if i > 0 { out += " | " }
                referenceAppend(cell, to: &out)
            }
        }
        for block in blocks {
            switch block.kind {
            case .paragraph(let inlines), .heading(_, let inlines):
                if !out.isEmpty { out += "\n" }
                referenceAppend(inlines, to: &out)
            case .blockQuote(let children):
                referenceAppend(children, to: &out)
            case .list(let list):
                for item in list.items { referenceAppend(item.blocks, to: &out) }
            case .codeBlock(_, let code):
                line(code.hasSuffix("\n") ? String(code.dropLast()) : code)
            case .html, .thematicBreak:
                break
            case .table(let table):
                cells(table.header)
                for row in table.rows { cells(row) }
            }
        }
    }

    /// Texts of every size class: empty, small (up to 15 bytes, stored inline), large, non-ASCII, line breaks.
    static let texts = ["", "a", "KTP", "Fotokopi KTP", "Fotokopi KTP-el", "Fotokopi Kartu Keluarga (KK);", " ", "\n",
                        "é", "Rp 5.000,-", "日本語のテキスト", "😀 emoji", "\r\n", "kode\n", "kode\r\n", "a\u{301}",
                        String(repeating: "panjang ", count: 40)]

    static func inlines(_ g: inout TemplateProgramTests.Seeded, depth: Int) -> [MarkdownInline] {
        (0..<Int.random(in: 0...4, using: &g)).map { _ in
            let text = texts[Int.random(in: 0..<texts.count, using: &g)]
            switch Int.random(in: 0..<(depth > 0 ? 10 : 5), using: &g) {
            case 0: return .code(text)
            case 1: return .softBreak
            case 2: return .lineBreak
            case 3: return .html("<b>")
            case 4: return .text(text)
            case 5: return .emphasis(inlines(&g, depth: depth - 1))
            case 6: return .strong(inlines(&g, depth: depth - 1))
            case 7: return .strikethrough(inlines(&g, depth: depth - 1))
            case 8: return .link(url: "https://a.b", title: "", inlines(&g, depth: depth - 1))
            default: return .image(url: "x.png", title: "t", alt: inlines(&g, depth: depth - 1))
            }
        }
    }

    static func blocks(_ g: inout TemplateProgramTests.Seeded, depth: Int) -> [MarkdownBlock] {
        (0..<Int.random(in: 0...4, using: &g)).map { _ in
            let kind: MarkdownBlock.Kind
            switch Int.random(in: 0..<(depth > 0 ? 9 : 6), using: &g) {
            case 0: kind = .heading(level: 2, inlines(&g, depth: 2))
            case 1: kind = .codeBlock(info: "", code: texts[Int.random(in: 0..<texts.count, using: &g)])
            case 2: kind = .html("<!-- x -->")
            case 3: kind = .thematicBreak
            case 4: kind = .table(MarkdownTable(alignments: [], header: [inlines(&g, depth: 1), inlines(&g, depth: 1)],
                                               rows: [[inlines(&g, depth: 1)], []]))
            case 6: kind = .blockQuote(blocks(&g, depth: depth - 1))
            case 7: kind = .list(MarkdownList(ordered: false, start: 1, tight: true, items: [
                MarkdownListItem(blocks: blocks(&g, depth: depth - 1), taskChecked: nil),
                MarkdownListItem(blocks: blocks(&g, depth: depth - 1), taskChecked: true),
            ]))
            default: kind = .paragraph(inlines(&g, depth: 2))
            }
            return MarkdownBlock(kind: kind, startLine: 1, endLine: 1)
        }
    }

    @Test func blocksAndInlinesAsBefore() {
        var g = TestSeed.generator(0x9_1A1E)
        var nonEmpty = 0
        for round in 0..<4_000 {
            let blocks = Self.blocks(&g, depth: 3)
            var expected = ""
            Self.referenceAppend(blocks, to: &expected)
            #expect(MarkdownBlock.plainText(blocks) == expected, "round \(round)")
            #expect(Array(MarkdownBlock.plainText(blocks).utf8) == Array(expected.utf8))
            if !expected.isEmpty { nonEmpty += 1 }
            let inlines = Self.inlines(&g, depth: 3)
            var expectedInline = ""
            Self.referenceAppend(inlines, to: &expectedInline)
            #expect(Array(MarkdownInline.plainText(inlines).utf8) == Array(expectedInline.utf8), "round \(round)")
        }
        #expect(nonEmpty > 2_000)
        // The one-paragraph and one-text shortcuts, and single texts of every size.
        for text in Self.texts {
            let paragraph = [MarkdownBlock(kind: .paragraph([.text(text)]), startLine: 1, endLine: 1)]
            #expect(MarkdownBlock.plainText(paragraph) == text)
            #expect(MarkdownInline.plainText([.text(text)]) == text)
            #expect(MarkdownInline.plainText([.code(text), .softBreak]) == text + " ")
        }
        #expect(MarkdownBlock.plainText([]) == "")
        #expect(MarkdownInline.plainText([]) == "")
    }

    /// Texts around the size of the stack scratch, where `text` turns to two passes: lengths on either side of
    /// it, a multi-byte character straddling its end, and lists long enough to take several times its size.
    @Test func textsAroundTheScratchSizeAsBefore() {
        let capacity = PlainTextBuffer.scratchCapacity
        var g = TestSeed.generator(0x9_1A1F)
        var short = 0, long = 0
        func check(_ blocks: [MarkdownBlock]) {
            var expected = ""
            Self.referenceAppend(blocks, to: &expected)
            #expect(Array(MarkdownBlock.plainText(blocks).utf8) == Array(expected.utf8))
            if expected.utf8.count <= capacity { short += 1 } else { long += 1 }
        }
        func paragraphs(_ texts: [String]) -> [MarkdownBlock] {
            texts.map { MarkdownBlock(kind: .paragraph([.text($0)]), startLine: 1, endLine: 1) }
        }
        for size in (capacity - 6)...(capacity + 6) {
            // Two paragraphs joined by a line break, the second ending in a two-, three- or four-byte character.
            for tail in ["", "é", "日", "😀"] {
                let first = String(repeating: "a", count: 10)
                let second = String(repeating: "b", count: max(0, size - 11 - tail.utf8.count)) + tail
                check(paragraphs([first, second]))
                check(paragraphs([first + tail, second, tail]))
                check([MarkdownBlock(kind: .paragraph([.text(first), .softBreak, .emphasis([.text(second)])]),
                                     startLine: 1, endLine: 1)])
            }
        }
        for _ in 0..<300 {
            let items = (0..<Int.random(in: 0...40, using: &g)).map { _ in
                MarkdownListItem(blocks: paragraphs([Self.texts[Int.random(in: 0..<Self.texts.count, using: &g)]]),
                                 taskChecked: nil)
            }
            check([MarkdownBlock(kind: .list(MarkdownList(ordered: true, start: 1, tight: true, items: items)),
                                 startLine: 1, endLine: 1)] + Self.blocks(&g, depth: 2))
        }
        #expect(short > 100)
        #expect(long > 100)
    }
}

/// `PlainTextBytes.append` reads a string in place where it lends its bytes, and through a copy where it does not.
@Suite("PlainTextBytes")
struct PlainTextBytesTests {
    /// Small strings (up to 15 bytes, stored in the string itself), native ones, strings made from substrings and
    /// from bytes, non-ASCII ones, appended one after another: the bytes written are the strings' bytes, in the
    /// scratch and counted without one; a string that does not fit is left out whole.
    @Test func appendWritesTheBytes() {
        var g = TestSeed.generator(0x9_1A20)
        let pieces = PlainTextTests.texts + ["123456789012345", "1234567890123456", "é234567890123", String("ab cd ef".dropFirst(3)),
                                             String(decoding: Array("Fotokopi KTP yang masih berlaku".utf8), as: UTF8.self)]
        for _ in 0..<2_000 {
            let strings = (0..<Int.random(in: 0...8, using: &g)).map { _ in pieces[Int.random(in: 0..<pieces.count, using: &g)] }
            let expected = strings.flatMap { Array($0.utf8) }
            let capacity = Int.random(in: 0...400, using: &g)
            var counter = PlainTextBytes(buffer: nil)
            for s in strings { counter.append(s) }
            #expect(counter.count == expected.count)
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: capacity) { scratch in
                var writer = PlainTextBytes(buffer: scratch)
                var fitting: [UInt8] = []
                var cut = false
                for s in strings {
                    writer.append(s)
                    if !cut, fitting.count + s.utf8.count <= capacity { fitting += Array(s.utf8) } else if s.utf8.count > 0 { cut = true }
                }
                #expect(Array(UnsafeBufferPointer(rebasing: scratch[..<writer.count])).starts(with: fitting.prefix(writer.count)))
                #expect(writer.overflowed == (expected.count > capacity))
                if !writer.overflowed { #expect(Array(UnsafeBufferPointer(rebasing: scratch[..<writer.count])) == expected) }
            }
        }
    }
}
