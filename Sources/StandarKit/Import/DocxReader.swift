/// Reads a Word .docx file (Office Open XML) into an `ImportedDocument`: paragraphs with their heading level
/// (from the paragraph style), automatic numbering and bullets (numbering.xml: each list's abstract definition
/// and the format of each level), bold runs, line breaks, and tables with merged cells (gridSpan, vMerge),
/// nested tables included.
public enum DocxReader {
    public static func read(path: String, name: String) throws(ImportError) -> ImportedDocument {
        var package = try OfficePackage(path: path, name: name)
        guard let documentBytes = try package.read("word/document.xml") else {
            throw ImportError("\(name) bukan dokumen Word: bagian word/document.xml tidak ada", hint: ImportError.saveAsDocx)
        }
        let document = try XMLTree.parse(documentBytes, part: "word/document.xml", file: name)
        let styles = try package.read("word/styles.xml").map { bytes throws(ImportError) in
            try XMLTree.parse(bytes, part: "word/styles.xml", file: name)
        }
        let numbering = try package.read("word/numbering.xml").map { bytes throws(ImportError) in
            try XMLTree.parse(bytes, part: "word/numbering.xml", file: name)
        }
        var reader = Reader(styles: StyleTable(styles), numbering: NumberingTable(numbering))
        guard let body = document.first("w:body") else {
            throw ImportError("\(name) bukan dokumen Word yang sah: isi dokumen (w:body) tidak ada", hint: ImportError.saveAsDocx)
        }
        return ImportedDocument(blocks: reader.blocks(in: body))
    }

    /// Paragraph styles: heading level and the numbering a style carries ("List Number", "List Bullet").
    struct StyleTable {
        struct Style {
            var headingLevel: Int?
            var numID: String?
            var level: Int?
            var basedOn: String?
        }
        var styles: [String: Style] = [:]

        init(_ root: XMLElement?) {
            guard let root else { return }
            for style in root.all("w:style") where style["w:type"] == "paragraph" {
                guard let id = style["w:styleId"] else { continue }
                var s = Style()
                let name = (style.first("w:name")?["w:val"] ?? id).lowercased()
                if name == "title" {
                    s.headingLevel = 1
                } else if name.hasPrefix("heading "), let n = Int(name.dropFirst("heading ".count)) {
                    s.headingLevel = n
                }
                if let pPr = style.first("w:pPr") {
                    if s.headingLevel == nil, let outline = pPr.first("w:outlineLvl")?["w:val"].flatMap({ Int($0) }), outline < 9 {
                        s.headingLevel = outline + 1
                    }
                    if let numPr = pPr.first("w:numPr") {
                        s.numID = numPr.first("w:numId")?["w:val"]
                        s.level = numPr.first("w:ilvl")?["w:val"].flatMap { Int($0) }
                    }
                }
                s.basedOn = style.first("w:basedOn")?["w:val"]
                styles[id] = s
            }
        }

        /// The style with values inherited from the styles it is based on (at most a few steps).
        func resolved(_ id: String) -> Style? {
            guard var s = styles[id] else { return nil }
            var parent = s.basedOn
            var steps = 0
            while let p = parent, let base = styles[p], steps < 10 {
                if s.headingLevel == nil { s.headingLevel = base.headingLevel }
                if s.numID == nil { s.numID = base.numID; s.level = s.level ?? base.level }
                parent = base.basedOn
                steps += 1
            }
            return s
        }
    }

    /// numbering.xml: numId -> abstract definition -> the format of each level.
    struct NumberingTable {
        var formats: [String: [Int: String]] = [:]

        init(_ root: XMLElement?) {
            guard let root else { return }
            var abstract: [String: [Int: String]] = [:]
            for a in root.all("w:abstractNum") {
                guard let id = a["w:abstractNumId"] else { continue }
                var levels: [Int: String] = [:]
                for lvl in a.all("w:lvl") {
                    guard let i = lvl["w:ilvl"].flatMap({ Int($0) }) else { continue }
                    levels[i] = lvl.first("w:numFmt")?["w:val"] ?? "decimal"
                }
                abstract[id] = levels
            }
            for num in root.all("w:num") {
                guard let id = num["w:numId"], let a = num.first("w:abstractNumId")?["w:val"] else { continue }
                var levels = abstract[a] ?? [:]
                for override in num.all("w:lvlOverride") {
                    if let i = override["w:ilvl"].flatMap({ Int($0) }), let fmt = override.first("w:lvl")?.first("w:numFmt")?["w:val"] {
                        levels[i] = fmt
                    }
                }
                formats[id] = levels
            }
        }

        /// nil when the list has no such definition or is switched off (numId 0, format "none").
        func mark(numID: String, level: Int) -> DocListMark? {
            guard numID != "0", let levels = formats[numID] else { return nil }
            let format = levels[level] ?? "decimal"
            if format == "none" { return nil }
            return DocListMark(level: min(max(level, 0), 8), ordered: format != "bullet", listID: numID)
        }
    }

    struct Reader {
        let styles: StyleTable
        let numbering: NumberingTable
        var depth = 0

        mutating func blocks(in container: XMLElement) -> [DocBlock] {
            var out: [DocBlock] = []
            for child in container.elements {
                switch child.name {
                case "w:p":
                    out.append(.paragraph(paragraph(child)))
                    // Text boxes anchored in the paragraph (a decree header is often put in one) follow it.
                    guard depth < 8 else { continue }
                    depth += 1
                    for box in textBoxes(in: child) { out += blocks(in: box) }
                    depth -= 1
                case "w:tbl":
                    guard depth < 8 else { continue }
                    depth += 1
                    out.append(.table(table(child)))
                    depth -= 1
                case "w:sdt":
                    if let content = child.first("w:sdtContent") { out += blocks(in: content) }
                case "w:customXml", "w:ins", "w:smartTag":
                    out += blocks(in: child)
                default:
                    continue
                }
            }
            return out
        }

        func paragraph(_ p: XMLElement) -> DocParagraph {
            var headingLevel: Int?
            var list: DocListMark?
            var styleNum: (String?, Int?) = (nil, nil)
            if let pPr = p.first("w:pPr") {
                if let styleID = pPr.first("w:pStyle")?["w:val"], let style = styles.resolved(styleID) {
                    headingLevel = style.headingLevel
                    styleNum = (style.numID, style.level)
                }
                if let outline = pPr.first("w:outlineLvl")?["w:val"].flatMap({ Int($0) }), outline < 9 {
                    headingLevel = outline + 1
                }
                let numPr = pPr.first("w:numPr")
                let numID = numPr?.first("w:numId")?["w:val"] ?? styleNum.0
                let level = numPr?.first("w:ilvl")?["w:val"].flatMap { Int($0) } ?? styleNum.1 ?? 0
                if let numID { list = numbering.mark(numID: numID, level: level) }
            }
            var inlines: [DocInline] = []
            collectRuns(p, into: &inlines)
            return DocParagraph(inlines: inlines, headingLevel: list == nil ? headingLevel : nil, list: list)
        }

        func collectRuns(_ element: XMLElement, into inlines: inout [DocInline]) {
            for child in element.elements {
                switch child.name {
                case "w:r":
                    let bold = isBold(child.first("w:rPr"))
                    for part in child.elements {
                        switch part.name {
                        case "w:t":
                            let text = part.children.map { if case .text(let t) = $0 { t } else { "" } }.joined()
                            inlines.append(.text(text, bold: bold))
                        case "w:tab":
                            inlines.append(.text(" ", bold: bold))
                        case "w:br", "w:cr":
                            if part["w:type"] != "page" && part["w:type"] != "column" { inlines.append(.lineBreak) }
                        case "w:noBreakHyphen":
                            inlines.append(.text("-", bold: bold))
                        default:
                            continue
                        }
                    }
                case "w:pPr", "w:del", "w:rPr", "w:moveFrom", "w:commentRangeStart", "w:commentRangeEnd", "w:bookmarkStart", "w:bookmarkEnd",
                     "w:drawing", "w:pict", "mc:AlternateContent", "w:object", "w:footnoteReference", "w:endnoteReference":
                    // Drawings and text boxes are read as blocks of their own (see `textBoxes`), not as run text.
                    continue
                default:
                    // Hyperlinks, insertions, smart tags, fields, content controls: their runs count.
                    collectRuns(child, into: &inlines)
                }
            }
        }

        /// The text-box contents inside `element`, outermost only; the VML fallback copy of a drawing is skipped.
        func textBoxes(in element: XMLElement) -> [XMLElement] {
            var found: [XMLElement] = []
            for child in element.elements {
                if child.name == "w:txbxContent" {
                    found.append(child)
                } else if child.name != "mc:Fallback" {
                    found += textBoxes(in: child)
                }
            }
            return found
        }

        func isBold(_ rPr: XMLElement?) -> Bool {
            guard let b = rPr?.first("w:b") else { return false }
            guard let value = b["w:val"]?.lowercased() else { return true }
            return !["0", "false", "off"].contains(value)
        }

        mutating func table(_ tbl: XMLElement) -> DocTable {
            var rows: [[DocCell]] = []
            for tr in tbl.all("w:tr") {
                var row: [DocCell] = []
                for tc in tr.elements where tc.name == "w:tc" || tc.name == "w:sdt" {
                    let cellElement = tc.name == "w:sdt" ? (tc.first("w:sdtContent")?.first("w:tc") ?? tc) : tc
                    let tcPr = cellElement.first("w:tcPr")
                    let span = tcPr?.first("w:gridSpan")?["w:val"].flatMap { Int($0) } ?? 1
                    var continues = false
                    if let vMerge = tcPr?.first("w:vMerge") {
                        continues = vMerge["w:val"] == nil || vMerge["w:val"] == "continue"
                    }
                    row.append(DocCell(blocks: blocks(in: cellElement), span: min(max(span, 1), 64), continuesAbove: continues))
                }
                rows.append(row)
            }
            return DocTable(rows: rows)
        }
    }
}
