import Foundation

/// Renders `MarkdownDocument` values to HTML. Safe by construction: raw HTML is never emitted, every text is
/// escaped, and only http(s), mailto, tel and site-relative links survive.
public struct HTMLRenderer: Sendable {
    /// Added to every heading level, so a `##` in a section body can sit below the page's own headings.
    public var headingOffset: Int

    public init(headingOffset: Int = 0) {
        self.headingOffset = headingOffset
    }

    public func render(_ blocks: [MarkdownBlock]) -> String {
        var out = PageBuffer(capacity: blocks.count * 96)
        render(blocks, into: &out, tight: false)
        return String(decoding: out.bytes, as: UTF8.self)
    }

    public func renderInlines(_ inlines: [MarkdownInline]) -> String {
        var out = PageBuffer(capacity: 256)
        render(inlines, into: &out)
        return String(decoding: out.bytes, as: UTF8.self)
    }

    // Rendered into UTF-8 bytes: perf had the String appends of the component sections at 2.4% of a build's CPU.
    // Written into a `PageBuffer`, not appended to the array piece by piece: `Array.append(contentsOf:)` cost about
    // 120 instructions a call (a generic sequence copy), and a section makes dozens of them (cachegrind).

    /// Appends the blocks' HTML to `out`. `releasenone`, as the inline `render` (see there), and so are the list,
    /// table and cell renderers it calls.
    @_effects(releasenone)
    func render(_ blocks: [MarkdownBlock], into out: inout PageBuffer, tight: Bool) {
        // Elements read by index, not by `for in`: the optimizer then borrows each payload in place instead of
        // copying the element (a retain and a release per block or inline, cachegrind). Same in the lists below.
        for i in blocks.indices {
            switch blocks[i].kind {
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
                Self.append("<h", to: &out); Self.append(h, to: &out); Self.append(">", to: &out)
                render(inlines, into: &out)
                Self.append("</h", to: &out); Self.append(h, to: &out); Self.append(">\n", to: &out)
            case .blockQuote(let children):
                Self.append("<blockquote>\n", to: &out)
                render(children, into: &out, tight: false)
                Self.append("</blockquote>\n", to: &out)
            case .list(let list):
                renderList(list, into: &out)
            case .codeBlock(_, let code):
                Self.append("<pre><code>", to: &out)
                out.appendEscaped(code, quotes: false)
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

    @inline(__always)
    static func append(_ literal: StaticString, to out: inout PageBuffer) {
        out.append(literal.utf8Start, count: literal.utf8CodeUnitCount)
    }

    /// `PageBuffer.appendEscaped(_:quotes:)` without quotes, the bytes read in place; the rare string that does not
    /// lend them (bridged, not on Linux) goes through a `releasenone` copy, so the optimizer need not retain the
    /// text of every inline it reads (see `PlainTextBytes.appendCopy`).
    @inline(__always)
    static func appendEscaped(_ s: String, to out: inout PageBuffer) {
        let done: Void? = s.utf8.withContiguousStorageIfAvailable { out.appendEscaped($0, quotes: false) }
        if done == nil { appendEscapedCopy(of: s, to: &out) }
    }

    @inline(never) @_effects(releasenone)
    static func appendEscapedCopy(of s: String, to out: inout PageBuffer) {
        var s = s
        s.withUTF8 { out.appendEscaped($0, quotes: false) }
    }

    @inline(__always)
    static func append(_ byte: UInt8, to out: inout PageBuffer) {
        withUnsafePointer(to: byte) { out.append($0, count: 1) }
    }

    @_effects(releasenone)
    func renderList(_ list: MarkdownList, into out: inout PageBuffer) {
        let isTaskList = list.items.contains { $0.taskChecked != nil }
        if list.ordered {
            if list.start == 1 {
                Self.append("<ol>\n", to: &out)
            } else {
                out.appendRaw("<ol start=\"\(list.start)\">\n")
            }
        } else {
            if isTaskList { Self.append("<ul class=\"tugas\">\n", to: &out) } else { Self.append("<ul>\n", to: &out) }
        }
        for k in list.items.indices {
            Self.append("<li>", to: &out)
            if let checked = list.items[k].taskChecked {
                if checked {
                    Self.append("<span class=\"centang\" aria-hidden=\"true\">☑</span> ", to: &out)
                } else {
                    Self.append("<span class=\"centang\" aria-hidden=\"true\">☐</span> ", to: &out)
                }
            }
            let blocks = list.items[k].blocks
            let singleParagraph = blocks.count == 1 && { if case .paragraph = blocks[0].kind { true } else { false } }()
            if list.tight || singleParagraph {
                render(blocks, into: &out, tight: true)
            } else {
                Self.append("\n", to: &out)
                render(blocks, into: &out, tight: false)
            }
            Self.append("</li>\n", to: &out)
        }
        if list.ordered { Self.append("</ol>\n", to: &out) } else { Self.append("</ul>\n", to: &out) }
    }

    @_effects(releasenone)
    func renderTable(_ table: MarkdownTable, into out: inout PageBuffer) {
        /// The end of a cell's opening tag: its alignment class, if any, and ">".
        func align(_ i: Int, _ out: inout PageBuffer) {
            switch i < table.alignments.count ? table.alignments[i] : .none {
            case .none: Self.append(">", to: &out)
            case .left: Self.append(" class=\"kiri\">", to: &out)
            case .center: Self.append(" class=\"tengah\">", to: &out)
            case .right: Self.append(" class=\"kanan\">", to: &out)
            }
        }
        // Focusable and labelled, so a table wider than a phone screen can be scrolled from the keyboard.
        Self.append("<div class=\"tabel\" tabindex=\"0\" role=\"region\" aria-label=\"Tabel\"><table>\n", to: &out)
        if !table.header.isEmpty {
            Self.append("<thead><tr>", to: &out)
            for (i, cell) in table.header.enumerated() {
                Self.append("<th scope=\"col\"", to: &out)
                align(i, &out)
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
    @_effects(releasenone)
    func renderCell(_ cell: [MarkdownInline], into out: inout PageBuffer) {
        if TableCell.hasLines(cell) {
            render(TableCell.blocks(cell, line: 0), into: &out, tight: true)
        } else {
            render(cell, into: &out)
        }
    }

    /// `releasenone`: it releases nothing its caller holds (only the strings it makes, such as checked links);
    /// without it, the optimizer assumed every call could, and the block loops retained and released every
    /// paragraph's inlines around it.
    @_effects(releasenone)
    func render(_ inlines: [MarkdownInline], into out: inout PageBuffer) {
        for i in inlines.indices {
            switch inlines[i] {
            case .text(let s):
                Self.appendEscaped(s, to: &out)
            case .code(let s):
                Self.append("<code>", to: &out)
                Self.appendEscaped(s, to: &out)
                Self.append("</code>", to: &out)
            case .emphasis(let c):
                Self.append("<em>", to: &out); render(c, into: &out); Self.append("</em>", to: &out)
            case .strong(let c):
                Self.append("<strong>", to: &out); render(c, into: &out); Self.append("</strong>", to: &out)
            case .strikethrough(let c):
                Self.append("<del>", to: &out); render(c, into: &out); Self.append("</del>", to: &out)
            case .link(let url, let title, let c):
                if let link = LinkPolicy.safeLink(url) {
                    Self.append("<a href=\"", to: &out)
                    out.appendEscaped(link.url, quotes: true)
                    Self.append("\"", to: &out)
                    if !title.isEmpty {
                        Self.append(" title=\"", to: &out)
                        out.appendEscaped(title, quotes: true)
                        Self.append("\"", to: &out)
                    }
                    if link.external { Self.append(" rel=\"noopener nofollow\"", to: &out) }
                    Self.append(">", to: &out)
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
                Self.append("\n", to: &out)
            case .lineBreak:
                Self.append("<br>\n", to: &out)
            case .html:
                break
            }
        }
    }
}

/// Which link targets may appear in a published page.
public enum LinkPolicy {
    /// The URL if it is http(s), mailto, tel, or relative to the site (path, query or fragment); nil otherwise.
    /// Refused as well: anything a browser would read as another host although it looks site-relative — `//host`,
    /// `/\host`, `\\host` (browsers treat `\` as `/` in web URLs) — and any backslash, control, whitespace,
    /// line-separator or invisible format character anywhere (browsers drop tabs and newlines inside URLs, which is
    /// how "java\tscript:" and "/\t/host" fool a filter).
    public static func safeURL(_ raw: String) -> String? {
        let url = raw.trimmed
        guard !url.isEmpty else { return nil }
        for scalar in url.unicodeScalars where !isAllowed(scalar) {
            return nil
        }
        if let colon = url.firstIndex(of: ":") {
            let beforeColon = url[..<colon]
            // A colon after the first "/", "?" or "#" belongs to the path, not to a scheme.
            if !beforeColon.contains(where: { $0 == "/" || $0 == "?" || $0 == "#" }) {
                let scheme = beforeColon.lowercased()
                return ["http", "https", "mailto", "tel"].contains(scheme) ? url : nil
            }
        }
        // A protocol-relative URL leads to another host: an external link must say https:// itself.
        if url.hasPrefix("//") { return nil }
        return url
    }

    /// False for a backslash, ASCII control or space, and Unicode controls, separators and format characters
    /// (zero-width, bidi overrides, U+2028/9).
    static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value < 0x21 || scalar.value == 0x7F || scalar == "\\" { return false }
        if scalar.isASCII { return true }
        switch scalar.properties.generalCategory {
        case .control, .format, .lineSeparator, .paragraphSeparator, .spaceSeparator, .surrogate:
            return false
        default:
            return !scalar.properties.isNoncharacterCodePoint
        }
    }

    /// `safeURL(raw)` and whether it is external (`isExternal`), read from the bytes when `raw` is printable ASCII
    /// without a backslash (nothing to trim, every character allowed: nearly every link). The String path cost
    /// about 8,000 instructions a link (cachegrind).
    static func safeLink(_ raw: String) -> (url: String, external: Bool)? {
        var raw = raw
        switch raw.withUTF8({ printableASCIILink($0) }) {
        case .refused?: return nil
        case .internal?: return (raw, false)
        case .external?: return (raw, true)
        case nil:
            guard let url = safeURL(raw) else { return nil }
            return (url, isExternal(url))
        }
    }

    /// What `safeURL` and `isExternal` make of a link.
    enum Verdict { case refused, `internal`, external }

    /// The verdict on `bytes` when all of them are printable ASCII other than a backslash; nil otherwise (then
    /// trimming or Unicode decide, and the String path does). Such a string is its own trimmed form, every
    /// character is one byte, and lowercasing is ASCII's.
    static func printableASCIILink(_ bytes: UnsafeBufferPointer<UInt8>) -> Verdict? {
        guard !bytes.isEmpty else { return nil }
        var colon: Int?
        var pathStart: Int?   // the first "/", "?" or "#"
        for i in bytes.indices {
            let b = bytes[i]
            guard b >= 0x21, b < 0x7F, b != 0x5C else { return nil }
            if b == 0x3A, colon == nil { colon = i }
            if b == 0x2F || b == 0x3F || b == 0x23, pathStart == nil { pathStart = i }
        }
        /// Whether `bytes[range]` spells `lowercase`, its letters in either case.
        func spells(_ lowercase: StaticString, _ range: Range<Int>) -> Bool {
            guard range.count == lowercase.utf8CodeUnitCount else { return false }
            for (k, i) in range.enumerated() {
                let b = bytes[i]
                if (b &- 0x41 < 26 ? b | 0x20 : b) != lowercase.utf8Start[k] { return false }
            }
            return true
        }
        func starts(with lowercase: StaticString) -> Bool {
            bytes.count >= lowercase.utf8CodeUnitCount && spells(lowercase, 0..<lowercase.utf8CodeUnitCount)
        }
        let external = starts(with: "http://") || starts(with: "https://")
        if let colon, pathStart.map({ $0 > colon }) ?? true {
            let scheme = 0..<colon
            guard spells("http", scheme) || spells("https", scheme) || spells("mailto", scheme) || spells("tel", scheme)
            else { return .refused }
        } else if bytes.count >= 2, bytes[0] == 0x2F, bytes[1] == 0x2F {
            return .refused
        }
        return external ? .external : .internal
    }

    public static func isExternal(_ url: String) -> Bool {
        let lower = url.lowercased()
        return lower.hasPrefix("http://") || lower.hasPrefix("https://")
    }
}
