/// Reads an OpenDocument text file (.odt, LibreOffice Writer) into an `ImportedDocument`: headings (text:h and
/// their outline level), lists (text:list nesting, numbered or bulleted after their list style), bold spans
/// (automatic styles with a bold font weight), line breaks, and tables with merged cells (columns spanned,
/// covered cells), nested tables included.
public enum OdtReader {
    public static func read(path: String, name: String) throws(ImportError) -> ImportedDocument {
        var package = try OfficePackage(path: path, name: name)
        guard let contentBytes = try package.read("content.xml") else {
            throw ImportError("\(name) bukan dokumen OpenDocument: bagian content.xml tidak ada", hint: ImportError.saveAsDocx)
        }
        let content = try XMLTree.parse(contentBytes, part: "content.xml", file: name)
        let styles = try package.read("styles.xml").map { bytes throws(ImportError) in
            try XMLTree.parse(bytes, part: "styles.xml", file: name)
        }
        var table = StyleTable()
        if let styles {
            for section in ["office:styles", "office:automatic-styles"] {
                if let s = styles.first(section) { table.add(s) }
            }
        }
        if let automatic = content.first("office:automatic-styles") { table.add(automatic) }
        guard let text = content.first("office:body")?.first("office:text") else {
            throw ImportError("\(name) bukan dokumen teks OpenDocument (isi office:text tidak ada)", hint: ImportError.saveAsDocx)
        }
        var reader = Reader(styles: table)
        return ImportedDocument(blocks: reader.blocks(in: text, list: nil))
    }

    struct StyleTable {
        /// Text or paragraph style name -> bold.
        var bold: [String: Bool] = [:]
        var parent: [String: String] = [:]
        /// Paragraph style -> outline level (styles derived from "Heading N").
        var outline: [String: Int] = [:]
        /// List style -> levels (1-based) that are numbered.
        var numberedLevels: [String: Set<Int>] = [:]
        var bulletLevels: [String: Set<Int>] = [:]
        /// Paragraph style -> its list style (a paragraph style may carry numbering).
        var listStyleOfParagraph: [String: String] = [:]

        mutating func add(_ section: XMLElement) {
            for style in section.all("style:style") {
                guard let name = style["style:name"] else { continue }
                if let weight = style.first("style:text-properties")?["fo:font-weight"] {
                    bold[name] = weight == "bold" || (Int(weight) ?? 400) >= 600
                }
                if let p = style["style:parent-style-name"] { parent[name] = p }
                if let level = style["style:default-outline-level"].flatMap({ Int($0) }) { outline[name] = level }
                if let list = style["style:list-style-name"], !list.isEmpty { listStyleOfParagraph[name] = list }
            }
            for list in section.all("text:list-style") {
                guard let name = list["style:name"] else { continue }
                for level in list.all("text:list-level-style-number") {
                    if let l = level["text:level"].flatMap({ Int($0) }) { numberedLevels[name, default: []].insert(l) }
                }
                for level in list.all("text:list-level-style-bullet") {
                    if let l = level["text:level"].flatMap({ Int($0) }) { bulletLevels[name, default: []].insert(l) }
                }
            }
        }

        func isBold(_ style: String?) -> Bool? {
            var current = style
            var steps = 0
            while let s = current, steps < 10 {
                if let b = bold[s] { return b }
                current = parent[s]
                steps += 1
            }
            return nil
        }

        func outlineLevel(_ style: String?) -> Int? {
            var current = style
            var steps = 0
            while let s = current, steps < 10 {
                if let l = outline[s] { return l }
                current = parent[s]
                steps += 1
            }
            return nil
        }

        func ordered(listStyle: String?, level: Int) -> Bool {
            guard let listStyle else { return false }
            if numberedLevels[listStyle]?.contains(level + 1) == true { return true }
            return false
        }
    }

    struct ListContext {
        var style: String?
        var level: Int
        var id: String
    }

    struct Reader {
        let styles: StyleTable
        var depth = 0
        var listCounter = 0

        mutating func blocks(in container: XMLElement, list: ListContext?) -> [DocBlock] {
            var out: [DocBlock] = []
            for child in container.elements {
                switch child.name {
                case "text:p", "text:h":
                    out.append(.paragraph(paragraph(child, list: list)))
                case "text:list":
                    guard depth < 12 else { continue }
                    depth += 1
                    let style = child["text:style-name"] ?? list?.style
                    let id: String
                    if let list { id = list.id } else { listCounter += 1; id = "odt-\(listCounter)" }
                    let context = ListContext(style: style, level: list.map { $0.level + 1 } ?? 0, id: id)
                    for item in child.elements where item.name == "text:list-item" || item.name == "text:list-header" {
                        out += blocks(in: item, list: context)
                    }
                    depth -= 1
                case "table:table":
                    guard depth < 12 else { continue }
                    depth += 1
                    out.append(.table(table(child)))
                    depth -= 1
                case "text:section", "text:index-body", "text:soft-page-break":
                    out += blocks(in: child, list: list)
                default:
                    continue
                }
            }
            return out
        }

        func paragraph(_ p: XMLElement, list: ListContext?) -> DocParagraph {
            let style = p["text:style-name"]
            var heading: Int?
            if p.name == "text:h" {
                heading = p["text:outline-level"].flatMap { Int($0) } ?? styles.outlineLevel(style) ?? 1
            } else if let level = styles.outlineLevel(style) {
                heading = level
            }
            var mark: DocListMark?
            if let list {
                mark = DocListMark(level: min(list.level, 8), ordered: styles.ordered(listStyle: list.style, level: list.level),
                                   listID: list.id)
                heading = nil
            } else if let paragraphList = style.flatMap({ styles.listStyleOfParagraph[$0] }), heading == nil {
                mark = DocListMark(level: 0, ordered: styles.ordered(listStyle: paragraphList, level: 0), listID: paragraphList)
            }
            var inlines: [DocInline] = []
            collect(p, bold: styles.isBold(style) ?? false, into: &inlines)
            return DocParagraph(inlines: inlines, headingLevel: heading, list: mark)
        }

        func collect(_ element: XMLElement, bold: Bool, into inlines: inout [DocInline]) {
            for child in element.children {
                switch child {
                case .text(let t):
                    inlines.append(.text(t, bold: bold))
                case .element(let e):
                    switch e.name {
                    case "text:span":
                        collect(e, bold: styles.isBold(e["text:style-name"]) ?? bold, into: &inlines)
                    case "text:s":
                        let n = min(e["text:c"].flatMap { Int($0) } ?? 1, 100)
                        inlines.append(.text(String(repeating: " ", count: max(n, 1)), bold: bold))
                    case "text:tab":
                        inlines.append(.text(" ", bold: bold))
                    case "text:line-break":
                        inlines.append(.lineBreak)
                    case "text:note", "office:annotation", "text:bookmark", "text:bookmark-start", "text:bookmark-end",
                         "text:soft-page-break":
                        continue
                    default:
                        collect(e, bold: bold, into: &inlines)
                    }
                }
            }
        }

        mutating func table(_ element: XMLElement) -> DocTable {
            var rows: [XMLElement] = []
            func gather(_ e: XMLElement) {
                for child in e.elements {
                    if child.name == "table:table-row" { rows.append(child) }
                    else if child.name == "table:table-header-rows" || child.name == "table:table-rows" || child.name == "table:table-row-group" {
                        gather(child)
                    }
                }
            }
            gather(element)
            var result: [[DocCell]] = []
            // Remaining rows each grid column stays covered by a cell spanning rows above it.
            var coveredRows: [Int: Int] = [:]
            for row in rows.prefix(5_000) {
                var cells: [DocCell] = []
                var column = 0
                var newCovers: [Int: Int] = [:]
                for cell in row.elements {
                    let repeatCount = min(cell["table:number-columns-repeated"].flatMap { Int($0) } ?? 1, 64)
                    if cell.name == "table:covered-table-cell" {
                        for _ in 0..<repeatCount {
                            if let remaining = coveredRows[column], remaining > 0 {
                                cells.append(DocCell(blocks: [], span: 1, continuesAbove: true))
                            }
                            // Otherwise it is covered by a cell spanning columns to its left, already counted.
                            column += 1
                        }
                    } else if cell.name == "table:table-cell" {
                        let span = min(max(cell["table:number-columns-spanned"].flatMap { Int($0) } ?? 1, 1), 64)
                        let rowSpan = cell["table:number-rows-spanned"].flatMap { Int($0) } ?? 1
                        for _ in 0..<repeatCount {
                            let content = blocks(in: cell, list: nil)
                            cells.append(DocCell(blocks: content, span: span))
                            if rowSpan > 1 { for c in column..<(column + span) { newCovers[c] = rowSpan - 1 } }
                            column += span
                        }
                    }
                }
                var next: [Int: Int] = [:]
                for (c, remaining) in coveredRows where remaining > 1 { next[c] = remaining - 1 }
                for (c, n) in newCovers { next[c] = n }
                coveredRows = next
                result.append(cells)
            }
            return DocTable(rows: result)
        }
    }
}
