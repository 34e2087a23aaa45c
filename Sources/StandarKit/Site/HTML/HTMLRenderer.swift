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
        var out = ""
        out.reserveCapacity(blocks.count * 96)
        render(blocks, into: &out, tight: false)
        return out
    }

    public func renderInlines(_ inlines: [MarkdownInline]) -> String {
        var out = ""
        render(inlines, into: &out)
        return out
    }

    func render(_ blocks: [MarkdownBlock], into out: inout String, tight: Bool) {
        for block in blocks {
            switch block.kind {
            case .paragraph(let inlines):
                if tight {
                    render(inlines, into: &out)
                } else {
                    out += "<p>"
                    render(inlines, into: &out)
                    out += "</p>\n"
                }
            case .heading(let level, let inlines):
                let h = min(6, max(1, level + headingOffset))
                out += "<h\(h)>"
                render(inlines, into: &out)
                out += "</h\(h)>\n"
            case .blockQuote(let children):
                out += "<blockquote>\n"
                render(children, into: &out, tight: false)
                out += "</blockquote>\n"
            case .list(let list):
                renderList(list, into: &out)
            case .codeBlock(_, let code):
                out += "<pre><code>"
                HTMLEscaper.appendText(code, to: &out)
                out += "</code></pre>\n"
            case .html:
                break
            case .thematicBreak:
                out += "<hr>\n"
            case .table(let table):
                renderTable(table, into: &out)
            }
        }
    }

    func renderList(_ list: MarkdownList, into out: inout String) {
        let isTaskList = list.items.contains { $0.taskChecked != nil }
        if list.ordered {
            out += list.start == 1 ? "<ol>\n" : "<ol start=\"\(list.start)\">\n"
        } else {
            out += isTaskList ? "<ul class=\"tugas\">\n" : "<ul>\n"
        }
        for item in list.items {
            out += "<li>"
            if let checked = item.taskChecked {
                out += checked ? "<span class=\"centang\" aria-hidden=\"true\">☑</span> "
                    : "<span class=\"centang\" aria-hidden=\"true\">☐</span> "
            }
            let singleParagraph = item.blocks.count == 1 && { if case .paragraph = item.blocks[0].kind { true } else { false } }()
            if list.tight || singleParagraph {
                render(item.blocks, into: &out, tight: true)
            } else {
                out += "\n"
                render(item.blocks, into: &out, tight: false)
            }
            out += "</li>\n"
        }
        out += list.ordered ? "</ol>\n" : "</ul>\n"
    }

    func renderTable(_ table: MarkdownTable, into out: inout String) {
        func align(_ i: Int) -> String {
            guard i < table.alignments.count else { return "" }
            switch table.alignments[i] {
            case .none: return ""
            case .left: return " class=\"kiri\""
            case .center: return " class=\"tengah\""
            case .right: return " class=\"kanan\""
            }
        }
        // Focusable and labelled, so a table wider than a phone screen can be scrolled from the keyboard.
        out += "<div class=\"tabel\" tabindex=\"0\" role=\"region\" aria-label=\"Tabel\"><table>\n"
        if !table.header.isEmpty {
            out += "<thead><tr>"
            for (i, cell) in table.header.enumerated() {
                out += "<th scope=\"col\"\(align(i))>"
                renderCell(cell, into: &out)
                out += "</th>"
            }
            out += "</tr></thead>\n"
        }
        if !table.rows.isEmpty {
            out += "<tbody>\n"
            for row in table.rows {
                out += "<tr>"
                for (i, cell) in row.enumerated() {
                    out += "<td\(align(i))>"
                    renderCell(cell, into: &out)
                    out += "</td>"
                }
                out += "</tr>\n"
            }
            out += "</tbody>\n"
        }
        out += "</table></div>\n"
    }

    /// A cell's `<br>` are line breaks, and a cell whose lines are items is a list (see `TableCell`).
    func renderCell(_ cell: [MarkdownInline], into out: inout String) {
        if TableCell.hasLines(cell) {
            render(TableCell.blocks(cell, line: 0), into: &out, tight: true)
        } else {
            render(cell, into: &out)
        }
    }

    func render(_ inlines: [MarkdownInline], into out: inout String) {
        for inline in inlines {
            switch inline {
            case .text(let s):
                HTMLEscaper.appendText(s, to: &out)
            case .code(let s):
                out += "<code>"
                HTMLEscaper.appendText(s, to: &out)
                out += "</code>"
            case .emphasis(let c):
                out += "<em>"; render(c, into: &out); out += "</em>"
            case .strong(let c):
                out += "<strong>"; render(c, into: &out); out += "</strong>"
            case .strikethrough(let c):
                out += "<del>"; render(c, into: &out); out += "</del>"
            case .link(let url, let title, let c):
                if let safe = LinkPolicy.safeURL(url) {
                    out += "<a href=\""
                    HTMLEscaper.appendAttribute(safe, to: &out)
                    out += "\""
                    if !title.isEmpty {
                        out += " title=\""
                        HTMLEscaper.appendAttribute(title, to: &out)
                        out += "\""
                    }
                    if LinkPolicy.isExternal(safe) { out += " rel=\"noopener nofollow\"" }
                    out += ">"
                    render(c, into: &out)
                    out += "</a>"
                } else {
                    render(c, into: &out)
                }
            case .image(_, _, let alt):
                // Images are not loaded (no request to other hosts, nothing heavy on slow networks):
                // the alternative text stands in their place.
                render(alt, into: &out)
            case .softBreak:
                out += "\n"
            case .lineBreak:
                out += "<br>\n"
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

    public static func isExternal(_ url: String) -> Bool {
        let lower = url.lowercased()
        return lower.hasPrefix("http://") || lower.hasPrefix("https://")
    }
}
