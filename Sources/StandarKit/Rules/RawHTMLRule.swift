/// `raw-html`: HTML written into the Markdown is never published (safe mode). HTML comments are allowed:
/// they are how templates carry guidance, and so is `<br>` inside a table cell: it is how a pasted Word table
/// keeps a cell's lines apart, and it is published as a line break.
public struct RawHTMLRule: StandardRule {
    public static let description = RuleDescription("raw-html", .warning, "HTML mentah tidak ditampilkan di situs.")
    public init() {}

    public func check(_ standard: ServiceStandard, context: RuleContext) -> [Diagnostic] {
        guard standard.bodyMayHoldRawHTML else { return [] }
        var lines: [Int] = []
        var cellLines: [Int] = []
        func isComment(_ html: String) -> Bool {
            html.drop { $0 == " " || $0 == "\n" || $0 == "\t" }.hasPrefix("<!--")
        }
        func visit(_ inlines: [MarkdownInline], line: Int, inCell: Bool = false) {
            for inline in inlines {
                switch inline {
                case .html(let h) where inCell && TableCell.isLineBreak(h): break
                case .html(let h) where !isComment(h):
                    if inCell { cellLines.append(line) } else { lines.append(line) }
                case .emphasis(let c), .strong(let c), .strikethrough(let c), .link(_, _, let c), .image(_, _, let c):
                    visit(c, line: line, inCell: inCell)
                default: break
                }
            }
        }
        func visit(_ blocks: [MarkdownBlock]) {
            for block in blocks {
                switch block.kind {
                case .html(let h) where !isComment(h): lines.append(block.startLine)
                case .paragraph(let i), .heading(_, let i): visit(i, line: block.startLine)
                case .blockQuote(let c): visit(c)
                case .list(let l): l.items.forEach { visit($0.blocks) }
                case .table(let t):
                    t.header.forEach { visit($0, line: t.headerLine > 0 ? t.headerLine : block.startLine, inCell: true) }
                    for (i, row) in t.rows.enumerated() {
                        row.forEach { visit($0, line: t.line(ofRow: i) > 0 ? t.line(ofRow: i) : block.startLine, inCell: true) }
                    }
                default: break
                }
            }
        }
        visit(standard.preamble)
        for component in standard.components where !component.fromFrontMatter { visit(component.blocks) }
        standard.extraSections.forEach { visit($0.blocks) }
        var found: [Diagnostic] = []
        if let first = lines.min() {
            let more = lines.count > 1 ? " (dan \(lines.count - 1) tempat lain)" : ""
            found.append(finding(standard, line: first + standard.bodyLineOffset,
                                 "HTML mentah tidak ditampilkan di situs\(more)",
                                 hint: "tulis dengan Markdown biasa: daftar dengan \"- \", tebal dengan **teks**, tabel dengan | kolom |"))
        }
        if let first = cellLines.min() {
            let more = cellLines.count > 1 ? " (dan \(cellLines.count - 1) tempat lain)" : ""
            found.append(finding(standard, line: first + standard.bodyLineOffset,
                                 "HTML mentah di dalam sel tabel tidak ditampilkan di situs\(more)",
                                 hint: "di dalam sel, pisahkan baris dengan <br> (butir daftar ditulis \"1. …\" atau \"- …\" per baris) dan tebalkan dengan **teks**; tag HTML lain dibuang"))
        }
        return found
    }
}
