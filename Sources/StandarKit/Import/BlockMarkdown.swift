/// Turns imported blocks into Markdown as a clerk would write it by hand: Word lists (automatic numbering or
/// bullets, with their levels) and typed markers ("1.", "a.", "b)", "•", "-") become Markdown lists, nested
/// where the level says so; line breaks inside a paragraph become hard breaks, or separate list items when every
/// line starts with a marker; bold stays bold; a table (a fee table inside a cell) becomes a Markdown table.
public enum BlockMarkdown {
    public static func render(_ blocks: [DocBlock]) -> String {
        var renderer = Renderer()
        for block in blocks { renderer.add(block) }
        return renderer.finish()
    }

    /// One line of inline Markdown for `inlines` (line breaks as "\n").
    static func inline(_ inlines: [DocInline]) -> String {
        var out = ""
        var boldRun = ""
        func flushBold() {
            guard !boldRun.isEmpty else { return }
            let leading = boldRun.prefix { $0 == " " }
            let trailing = String(boldRun.reversed().prefix { $0 == " " })
            let core = boldRun.trimmingSpaces
            if core.isEmpty { out += boldRun } else { out += leading + "**" + escape(core) + "**" + trailing }
            boldRun = ""
        }
        for inline in inlines {
            switch inline {
            case .text(let t, let bold):
                let clean = cleanText(t)
                if bold { boldRun += clean } else { flushBold(); out += escape(clean) }
            case .lineBreak:
                flushBold()
                out += "\n"
            }
        }
        flushBold()
        return out
    }

    /// Control characters and odd spaces out; tabs and non-breaking spaces become spaces.
    static func cleanText(_ t: String) -> String {
        var out = String.UnicodeScalarView()
        for s in t.unicodeScalars {
            switch s.value {
            case 0x09, 0x0A, 0x0D, 0xA0, 0x2007, 0x202F: out.append(" ")
            case 0x00...0x1F, 0x7F, 0x200B, 0xFEFF, 0xAD: continue
            default: out.append(s)
            }
        }
        return String(out)
    }

    /// Backslash-escapes the characters Markdown would read as markup inside a line.
    static func escape(_ text: String) -> String {
        var out = ""
        for ch in text {
            switch ch {
            case "\\", "*", "_", "`", "[", "]", "<", ">", "|", "~": out.append("\\"); out.append(ch)
            default: out.append(ch)
            }
        }
        return out
    }

    // MARK: - Typed list markers

    struct TypedMarker {
        var ordered: Bool
        var number: Int
        var rest: String
    }

    /// "1. x", "1) x", "a. x", "b) x", "(c) x", "• x", "- x", "– x" -> the marker and the text after it.
    static func typedMarker(_ line: String) -> TypedMarker? {
        let trimmed = Substring(line).drop { $0 == " " }
        guard let first = trimmed.first else { return nil }
        let bullets = "•·-–—▪■●○◦➢➤►✓*\u{F0B7}\u{F0A7}"
        if bullets.contains(first) {
            let rest = trimmed.dropFirst()
            guard rest.first == " " || (first != "-" && first != "*" && first != "—") else { return nil }
            let text = rest.drop { $0 == " " }
            return text.isEmpty ? nil : TypedMarker(ordered: false, number: 1, rest: String(text))
        }
        var body = trimmed
        let parenthesized = body.first == "("
        if parenthesized { body = body.dropFirst() }
        let digits = body.prefix { $0.isASCII && $0.isNumber }
        var number: Int?
        var afterMarker: Substring
        if !digits.isEmpty, digits.count <= 3 {
            number = Int(digits)
            afterMarker = body.dropFirst(digits.count)
        } else if let letter = body.first, letter.isASCII, letter.isLetter, body.dropFirst().first == "." || body.dropFirst().first == ")" {
            guard let ascii = letter.lowercased().unicodeScalars.first?.value else { return nil }
            number = Int(ascii) - 0x60
            afterMarker = body.dropFirst()
        } else {
            return nil
        }
        guard let n = number, let punctuation = afterMarker.first, punctuation == "." || punctuation == ")" else { return nil }
        if parenthesized && punctuation != ")" { return nil }
        let tail = afterMarker.dropFirst()
        // "1.5 jam" and "12.000" are not markers: a marker is followed by a space.
        guard tail.first == " " else { return nil }
        let text = tail.drop { $0 == " " }
        return text.isEmpty ? nil : TypedMarker(ordered: true, number: n, rest: String(text))
    }

    // MARK: - Renderer

    enum Item {
        case paragraph([String])
        case listItem(level: Int, ordered: Bool, number: Int, lines: [String])
        case table([String])
    }

    struct Renderer {
        var items: [Item] = []
        var counters: [String: [Int: Int]] = [:]

        mutating func add(_ block: DocBlock) {
            switch block {
            case .paragraph(let p):
                addParagraph(p)
            case .table(let t):
                addTable(t)
            }
        }

        mutating func addParagraph(_ p: DocParagraph) {
            let text = BlockMarkdown.inline(p.inlines)
            var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { $0.trimmingSpaces }
            while lines.last?.isEmpty == true { lines.removeLast() }
            while lines.first?.isEmpty == true { lines.removeFirst() }
            lines = lines.filter { !$0.isEmpty }
            guard !lines.isEmpty else { return }
            if let list = p.list {
                var byLevel = counters[list.listID] ?? [:]
                let n = (byLevel[list.level] ?? 0) + 1
                byLevel[list.level] = n
                for deeper in byLevel.keys where deeper > list.level { byLevel[deeper] = nil }
                counters[list.listID] = byLevel
                items.append(.listItem(level: list.level, ordered: list.ordered, number: n, lines: lines))
                return
            }
            // Lines that each start with a typed marker are items of their own ("1. KTP<br>2. KK").
            // Lines are already escaped: a typed "*" bullet reads "\*" here.
            let markers = lines.map { BlockMarkdown.typedMarker($0.hasPrefix("\\*") ? String($0.dropFirst()) : $0) }
            let markedFromSecond = lines.count >= 2 && markers.dropFirst().allSatisfy { $0 != nil }
            if markers.first.flatMap({ $0 }) != nil || markedFromSecond {
                var start = 0
                if markers[0] == nil {
                    items.append(.paragraph([lines[0]]))
                    start = 1
                }
                let nestedUnderPrevious = start == 0 && isInsideList && lines.count == 1
                var pending: (TypedMarker, [String])?
                for i in start..<lines.count {
                    if let m = markers[i] {
                        if let (pm, pl) = pending { appendTyped(pm, pl, nested: nestedUnderPrevious) }
                        pending = (m, [m.rest])
                    } else if let (pm, pl) = pending {
                        pending = (pm, pl + [lines[i]])
                    }
                }
                if let (pm, pl) = pending { appendTyped(pm, pl, nested: nestedUnderPrevious) }
                return
            }
            items.append(.paragraph(lines))
        }

        var isInsideList: Bool {
            if case .listItem? = items.last { return true }
            return false
        }

        mutating func appendTyped(_ marker: TypedMarker, _ lines: [String], nested: Bool) {
            // A typed bullet right under a Word-numbered item sits one level deeper; otherwise level 0.
            var level = 0
            if nested, case .listItem(let previousLevel, let previousOrdered, _, _)? = items.last, previousOrdered != marker.ordered {
                level = previousLevel + 1
            } else if nested, case .listItem(let previousLevel, _, _, _)? = items.last {
                level = previousLevel
            }
            items.append(.listItem(level: level, ordered: marker.ordered, number: marker.number, lines: lines))
        }

        mutating func addTable(_ table: DocTable) {
            let grid = table.gridRows.filter { row in row.contains { !$0.plainText.trimmingSpaces.isEmpty } }
            let width = grid.map(\.count).max() ?? 0
            guard !grid.isEmpty, width > 0 else { return }
            if width == 1 || grid.count == 1 && width <= 2 {
                // A one-column table or a single row is text laid out in a box: keep it as paragraphs.
                for row in grid { for cell in row { for block in cell.blocks { add(block) } } }
                return
            }
            var lines: [String] = []
            for (index, row) in grid.enumerated() {
                var cells = row.map { cell in
                    cell.continuesAbove ? "" : BlockMarkdown.escape(BlockMarkdown.cleanText(
                        cell.plainText.split(whereSeparator: \.isNewline).map { $0.trimmingSpaces }
                            .filter { !$0.isEmpty }.joined(separator: "; ")))
                }
                while cells.count < width { cells.append("") }
                lines.append("| " + cells.joined(separator: " | ") + " |")
                if index == 0 { lines.append("|" + String(repeating: " --- |", count: width)) }
            }
            items.append(.table(lines))
        }

        func finish() -> String {
            var out = ""
            var previousWasList = false
            var widths: [Int] = []
            for item in items {
                switch item {
                case .paragraph(let lines):
                    if !out.isEmpty { out += "\n" }
                    var first = lines
                    if let line = first.first, line.hasPrefix("#") || line.hasPrefix("+ ") || line.hasPrefix("=") {
                        first[0] = "\\" + line
                    }
                    out += hardBreaks(first, indent: "") + "\n"
                    previousWasList = false
                    widths = []
                case .table(let lines):
                    if !out.isEmpty { out += "\n" }
                    out += lines.joined(separator: "\n") + "\n"
                    previousWasList = false
                    widths = []
                case .listItem(let level, let ordered, let number, let lines):
                    if !out.isEmpty && !previousWasList { out += "\n" }
                    let depth = min(level, widths.count)
                    widths = Array(widths.prefix(depth))
                    let indent = String(repeating: " ", count: widths.reduce(0, +))
                    let marker = ordered ? "\(number). " : "- "
                    out += indent + marker + hardBreaks(lines, indent: indent + String(repeating: " ", count: marker.count)) + "\n"
                    widths.append(marker.count)
                    previousWasList = true
                }
            }
            return out
        }

        func hardBreaks(_ lines: [String], indent: String) -> String {
            var out = ""
            for (i, line) in lines.enumerated() {
                if i == 0 {
                    out += line
                } else {
                    out += "\\\n" + indent + protectLineStart(line)
                }
            }
            return out
        }

        /// A continuation line that would start a list or heading is escaped so it stays text.
        func protectLineStart(_ line: String) -> String {
            if let first = line.first, first == "#" || first == "+" || first == "-" || first == "=" { return "\\" + line }
            if let m = BlockMarkdown.typedMarker(line), m.ordered, let dot = line.firstIndex(where: { $0 == "." || $0 == ")" }) {
                return String(line[..<dot]) + "\\" + String(line[dot...])
            }
            return line
        }
    }
}

extension StringProtocol {
    /// The text without leading and trailing spaces (ASCII space only; other whitespace is cleaned before).
    var trimmingSpaces: String {
        var s = Substring(self)
        while s.first == " " { s = s.dropFirst() }
        while s.last == " " { s = s.dropLast() }
        return String(s)
    }
}
