#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension MarkdownInline {
    /// The visible text of inlines: markup dropped, breaks become spaces, raw HTML dropped.
    public static func plainText(_ inlines: [MarkdownInline]) -> String {
        var out = ""
        appendPlain(inlines, to: &out)
        return out
    }

    /// Whether the plain text of `inlines` holds `byte` (ASCII), found without building the text.
    public static func plainTextContains(_ inlines: [MarkdownInline], byte: UInt8) -> Bool {
        for inline in inlines {
            switch inline {
            case .text(var s), .code(var s):
                // `withUTF8` reads a small string (up to 15 bytes, most text nodes) in place too, where
                // `withContiguousStorageIfAvailable` gave up on it and the byte was looked for through the generic
                // `utf8` view (400 instructions a paragraph for the pasted-table rule, callgrind).
                if s.withUTF8({ buffer in
                    guard let base = buffer.baseAddress else { return false }
                    return memchr(base, Int32(byte), buffer.count) != nil
                }) { return true }
            case .emphasis(let c), .strong(let c), .strikethrough(let c), .link(_, _, let c), .image(_, _, let c):
                if plainTextContains(c, byte: byte) { return true }
            case .softBreak, .lineBreak, .html:
                break
            }
        }
        return false
    }

    static func appendPlain(_ inlines: [MarkdownInline], to out: inout String) {
        for inline in inlines {
            switch inline {
            case .text(let s), .code(let s): out += s
            case .emphasis(let c), .strong(let c), .strikethrough(let c), .link(_, _, let c), .image(_, _, let c):
                appendPlain(c, to: &out)
            case .softBreak, .lineBreak: out += " "
            case .html: break
            }
        }
    }
}

extension MarkdownBlock {
    /// The visible text of blocks, one line per paragraph, list item, table row or code line.
    /// Raw HTML (including comments) is dropped, so a section holding only a comment reads as empty.
    public static func plainText(_ blocks: [MarkdownBlock]) -> String {
        var out = ""
        appendPlain(blocks, to: &out)
        return out
    }

    static func appendPlain(_ blocks: [MarkdownBlock], to out: inout String) {
        // Each line is appended in place, not built as a string of its own first (2.9% of `check`'s CPU went
        // to building them).
        func line(_ s: String) {
            if !out.isEmpty { out += "\n" }
            out += s
        }
        func cells(_ row: [[MarkdownInline]]) {
            if !out.isEmpty { out += "\n" }
            for (i, cell) in row.enumerated() {
                if i > 0 { out += " | " }
                MarkdownInline.appendPlain(cell, to: &out)
            }
        }
        for block in blocks {
            switch block.kind {
            case .paragraph(let inlines), .heading(_, let inlines):
                if !out.isEmpty { out += "\n" }
                MarkdownInline.appendPlain(inlines, to: &out)
            case .blockQuote(let children):
                appendPlain(children, to: &out)
            case .list(let list):
                for item in list.items { appendPlain(item.blocks, to: &out) }
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
}
