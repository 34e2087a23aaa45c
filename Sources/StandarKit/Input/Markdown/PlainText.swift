#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension MarkdownInline {
    /// The visible text of inlines: markup dropped, breaks become spaces, raw HTML dropped.
    public static func plainText(_ inlines: [MarkdownInline]) -> String {
        // One text, most headings and table cells: the text itself.
        if inlines.count == 1, case .text(let text) = inlines[0] { return text }
        return PlainTextBuffer.text { appendPlain(inlines, to: &$0) }
    }

    /// Whether the plain text of `inlines` holds `byte` (ASCII), found without building the text.
    public static func plainTextContains(_ inlines: [MarkdownInline], byte: UInt8) -> Bool {
        for i in inlines.indices {
            switch inlines[i] {
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

    /// `releasenone`: it releases nothing its caller holds (only what it retains itself); without it, the optimizer
    /// assumed every call could, and its callers copied (retained and released) every block they passed it.
    @_effects(releasenone)
    static func appendPlain(_ inlines: [MarkdownInline], to out: inout PlainTextBytes) {
        // Elements read by index, not by `for in`: the optimizer then borrows each payload in place instead of
        // copying the element (a retain and a release per inline, cachegrind). Same in the functions below.
        for i in inlines.indices {
            switch inlines[i] {
            case .text(let s), .code(let s): out.append(s)
            case .emphasis(let c), .strong(let c), .strikethrough(let c), .link(_, _, let c), .image(_, _, let c):
                appendPlain(c, to: &out)
            case .softBreak, .lineBreak: out.append(ascii: 0x20)
            case .html: break
            }
        }
    }
}

extension MarkdownBlock {
    /// The visible text of blocks, one line per paragraph, list item, table row or code line.
    /// Raw HTML (including comments) is dropped, so a section holding only a comment reads as empty.
    public static func plainText(_ blocks: [MarkdownBlock]) -> String {
        // One paragraph: the text of its inlines.
        if blocks.count == 1, case .paragraph(let inlines) = blocks[0].kind { return MarkdownInline.plainText(inlines) }
        return PlainTextBuffer.text { appendPlain(blocks, to: &$0) }
    }

    /// `releasenone`, as `MarkdownInline.appendPlain`: nothing its caller holds is released (only its own copies).
    @_effects(releasenone)
    static func appendPlain(_ blocks: [MarkdownBlock], to out: inout PlainTextBytes) {
        // Each line is appended in place, not built as a string of its own first (2.9% of `check`'s CPU went
        // to building them).
        func line(_ s: String) {
            if !out.isEmpty { out.append(ascii: 0x0A) }
            out.append(s)
        }
        func cells(_ row: [[MarkdownInline]]) {
            if !out.isEmpty { out.append(ascii: 0x0A) }
            for (i, cell) in row.enumerated() {
                if i > 0 { out.append(" | ") }
                MarkdownInline.appendPlain(cell, to: &out)
            }
        }
        for i in blocks.indices {
            switch blocks[i].kind {
            case .paragraph(let inlines), .heading(_, let inlines):
                if !out.isEmpty { out.append(ascii: 0x0A) }
                MarkdownInline.appendPlain(inlines, to: &out)
            case .blockQuote(let children):
                appendPlain(children, to: &out)
            case .list(let list):
                for k in list.items.indices { appendPlain(list.items[k].blocks, to: &out) }
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

/// Builds a plain text. The blocks are walked once into a scratch buffer on the stack, whose bytes become the
/// string; a text longer than the scratch is built in two passes: its UTF-8 length counted, then its bytes written
/// into a string allocated once. Appending piece by piece to a `String` grew it several times and cost about 300
/// instructions an append; the second walk cost half of `plainText` (callgrind, 1,000-service build).
enum PlainTextBuffer {
    /// Bytes of the stack scratch, for the tests: `text` writes the literal, so that the buffer is on the stack
    /// without asking the runtime whether the stack has room (it is not asked up to 1,024 bytes). Nearly all
    /// components' texts fit.
    static let scratchCapacity = 1_024

    /// The text that `write` appends; `write` runs once, or, for a text longer than the scratch, three times, and
    /// must append the same each time.
    static func text(_ write: (inout PlainTextBytes) -> Void) -> String {
        let short: String? = withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 1_024) { scratch in
            var writer = PlainTextBytes(buffer: scratch)
            write(&writer)
            guard !writer.overflowed else { return nil }
            return String(decoding: UnsafeBufferPointer(rebasing: scratch[..<writer.count]), as: UTF8.self)
        }
        if let short { return short }
        return twoPassText(write)
    }

    /// The text that `write` appends, its length counted first, then its bytes written into a string of that
    /// capacity; `write` runs twice.
    static func twoPassText(_ write: (inout PlainTextBytes) -> Void) -> String {
        var length = PlainTextBytes(buffer: nil)
        write(&length)
        guard length.count > 0 else { return "" }
        return String(unsafeUninitializedCapacity: length.count) { buffer in
            var writer = PlainTextBytes(buffer: buffer)
            write(&writer)
            return writer.count
        }
    }
}

/// Where `appendPlain` puts the visible text: it counts the UTF-8 bytes of a plain text (no `buffer`), or writes
/// them into `buffer`.
struct PlainTextBytes {
    let buffer: UnsafeMutableBufferPointer<UInt8>?
    private(set) var count = 0
    /// Something did not fit in `buffer` and was left out: what was written is not the whole text.
    private(set) var overflowed = false

    /// True until something was appended.
    var isEmpty: Bool { count == 0 }

    mutating func append(_ text: String) {
        guard let buffer else {
            count += text.utf8.count
            return
        }
        // Read in place where the string lends its bytes: copying it into a variable for `withUTF8` retained and
        // released it at every append (1.8 M instructions a 1,000-service build, callgrind).
        if text.utf8.withContiguousStorageIfAvailable({ append($0, to: buffer) }) != nil { return }
        appendCopy(of: text, to: buffer)
    }

    /// `append` for a string that does not lend its bytes (none on Linux: only bridged strings). Declared
    /// `releasenone` (it releases nothing but the copy it makes): without it, the optimizer assumed every append
    /// could release the caller's strings, and `appendPlain` retained and released every inline it read
    /// (cachegrind).
    @inline(never) @_effects(releasenone)
    private mutating func appendCopy(of text: String, to buffer: UnsafeMutableBufferPointer<UInt8>) {
        var text = text
        text.withUTF8 { append($0, to: buffer) }
    }

    /// Copies `bytes` after the text written so far; never cuts: bytes that do not fit whole are left out, and the
    /// writer marked as overflowed.
    private mutating func append(_ bytes: UnsafeBufferPointer<UInt8>, to buffer: UnsafeMutableBufferPointer<UInt8>) {
        guard bytes.count <= buffer.count - count else {
            overflowed = true
            return
        }
        if let source = bytes.baseAddress, let target = buffer.baseAddress {
            (target + count).initialize(from: source, count: bytes.count)
            count += bytes.count
        }
    }

    mutating func append(ascii byte: UInt8) {
        guard let buffer else {
            count += 1
            return
        }
        guard count < buffer.count else {
            overflowed = true
            return
        }
        buffer[count] = byte
        count += 1
    }
}
