/// What a table cell holds once its line breaks are read. A Word table pasted into Markdown keeps a cell's lines
/// apart with `<br>` (raw inline HTML to cmark); those are line breaks, and a cell whose lines are "1. …",
/// "a. …" or "- …" items is a list ("a." items under a "1." item are nested in it).
public enum TableCell {
    /// True for `<br>`, `<br/>`, `<br />`, in any letter case.
    public static func isLineBreak(_ html: String) -> Bool {
        var compact = ""
        for c in html.lowercased() where c != " " && c != "\t" && c != "\n" { compact.append(c) }
        return compact == "<br>" || compact == "<br/>" || compact == "</br>"
    }

    /// The cell's lines, split at `<br>` (and at hard or soft breaks), with empty lines dropped.
    public static func lines(_ inlines: [MarkdownInline]) -> [[MarkdownInline]] {
        var lines: [[MarkdownInline]] = [[]]
        for inline in inlines {
            switch inline {
            case .html(let h) where isLineBreak(h): lines.append([])
            case .lineBreak, .softBreak: lines.append([])
            default: lines[lines.count - 1].append(inline)
            }
        }
        return lines.map(trim).filter { !MarkdownInline.plainText($0).trimmed.isEmpty }
    }

    /// True when the cell has more than one line (a `<br>` between texts): rendering it as blocks changes it.
    public static func hasLines(_ inlines: [MarkdownInline]) -> Bool {
        mayHoldLines(inlines) && lines(inlines).count > 1
    }

    /// False when the cell is one line: only raw HTML (a `<br>`), a hard or a soft break at its top level splits a
    /// cell, and most cells hold none. Splitting and trimming the lines to find that out cost about 2,500
    /// instructions a cell (callgrind).
    public static func mayHoldLines(_ inlines: [MarkdownInline]) -> Bool {
        inlines.contains {
            switch $0 {
            case .softBreak, .lineBreak, .html: true
            default: false
            }
        }
    }

    /// The cell as blocks at `line`: lines of items become a list, other lines one paragraph with line breaks.
    /// (The renderer keeps a one-line cell of an ordinary table as text: see `hasLines`.)
    public static func blocks(_ inlines: [MarkdownInline], line: Int) -> [MarkdownBlock] {
        let cellLines = lines(inlines)
        var out: [MarkdownBlock] = []
        var paragraph: [MarkdownInline] = []
        var items: [Item] = []
        func flushParagraph() {
            guard !paragraph.isEmpty else { return }
            out.append(MarkdownBlock(kind: .paragraph(paragraph), startLine: line, endLine: line))
            paragraph = []
        }
        func flushItems() {
            guard !items.isEmpty else { return }
            out.append(list(items[...], line: line))
            items = []
        }
        for cellLine in cellLines {
            if let item = item(cellLine) {
                flushParagraph()
                items.append(item)
            } else {
                flushItems()
                if !paragraph.isEmpty { paragraph.append(.lineBreak) }
                paragraph += cellLine
            }
        }
        flushParagraph()
        flushItems()
        return out
    }

    enum Style: Equatable { case number, letter, bullet }

    struct Item {
        var style: Style
        var number: Int
        var inlines: [MarkdownInline]
    }

    /// The list built from items: the first item's style is the list's; items of another style that follow an
    /// item become a list nested in it.
    static func list(_ items: ArraySlice<Item>, line: Int) -> MarkdownBlock {
        let style = items.first?.style ?? .bullet
        var listItems: [MarkdownListItem] = []
        var index = items.startIndex
        while index < items.endIndex {
            let item = items[index]
            var end = index + 1
            while end < items.endIndex, items[end].style != style { end += 1 }
            var blocks = [MarkdownBlock(kind: .paragraph(item.inlines), startLine: line, endLine: line)]
            if end > index + 1 {
                blocks.append(list(items[(index + 1)..<end], line: line))
            }
            listItems.append(MarkdownListItem(blocks: blocks, taskChecked: nil))
            index = end
        }
        let list = MarkdownList(ordered: style != .bullet, start: max(1, items.first?.number ?? 1), tight: true,
                                items: listItems)
        return MarkdownBlock(kind: .list(list), startLine: line, endLine: line)
    }

    /// The line as a list item when it starts with "1.", "1)", "a.", "b)", "-", "•", "·", "–" or "*" and a space.
    static func item(_ line: [MarkdownInline]) -> Item? {
        guard case .text(let first)? = line.first else { return nil }
        guard let marker = ListMarker.parse(Substring(first)) else { return nil }
        var rest = line
        let remaining = String(first[marker.end...]).drop { $0 == " " || $0 == "\t" }
        if remaining.isEmpty { rest.removeFirst() } else { rest[0] = .text(String(remaining)) }
        guard !MarkdownInline.plainText(rest).trimmed.isEmpty else { return nil }
        return Item(style: marker.style, number: marker.number, inlines: rest)
    }

    static func trim(_ line: [MarkdownInline]) -> [MarkdownInline] {
        // Most cells have nothing to trim: a text whose first (last) byte is not a space or tab cannot start (end)
        // with either character, so it is left alone without making a new String (1.5k instructions a line).
        func mayTrim(_ s: String, atStart: Bool) -> Bool {
            guard let b = atStart ? s.utf8.first : s.utf8.last else { return true }
            return b == 0x20 || b == 0x09
        }
        var line = line
        if case .text(let s)? = line.first, mayTrim(s, atStart: true) {
            let t = String(s.drop { $0 == " " || $0 == "\t" })
            if t.isEmpty { line.removeFirst() } else { line[0] = .text(t) }
        }
        if case .text(let s)? = line.last, mayTrim(s, atStart: false) {
            var t = s
            while let last = t.last, last == " " || last == "\t" { t.removeLast() }
            if t.isEmpty { line.removeLast() } else { line[line.count - 1] = .text(t) }
        }
        return line
    }
}

/// A list marker at the start of a line as people write them in Word and in Markdown: "1.", "12)", "a.", "b)",
/// "-", "*", "•", "·", "–", "▪", "○", "" (Word's Symbol-font bullet), each followed by a space or tab.
struct ListMarker {
    var style: TableCell.Style
    /// The item's number: the digits, or the letter's place in the alphabet (a = 1); 1 for bullets.
    var number: Int
    /// Where the marker ends (before the space).
    var end: Substring.Index

    static let bullets: Set<Character> = ["-", "*", "+", "•", "·", "–", "▪", "○", "◦", "●", "■", "\u{F0B7}", "\u{F0A7}"]

    static func parse(_ text: Substring) -> ListMarker? {
        guard let first = text.first else { return nil }
        func spaced(_ index: Substring.Index) -> Bool {
            index < text.endIndex && (text[index] == " " || text[index] == "\t")
        }
        if bullets.contains(first) {
            let end = text.index(after: text.startIndex)
            return spaced(end) ? ListMarker(style: .bullet, number: 1, end: end) : nil
        }
        if first.isASCII, first.isNumber {
            let digits = text.prefix { $0.isASCII && $0.isNumber }
            guard digits.count <= 3, let number = Int(digits), digits.endIndex < text.endIndex else { return nil }
            let punct = text[digits.endIndex]
            guard punct == "." || punct == ")" else { return nil }
            let end = text.index(after: digits.endIndex)
            return spaced(end) ? ListMarker(style: .number, number: number, end: end) : nil
        }
        if first.isASCII, first.isLetter {
            let next = text.index(after: text.startIndex)
            guard next < text.endIndex, text[next] == "." || text[next] == ")" else { return nil }
            let end = text.index(after: next)
            guard spaced(end), let ascii = first.lowercased().unicodeScalars.first?.value else { return nil }
            return ListMarker(style: .letter, number: Int(ascii) - 0x60, end: end)
        }
        return nil
    }
}
