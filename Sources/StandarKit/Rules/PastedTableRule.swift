/// `pasted-table`: lines whose columns are separated by tabs — a table copied from Word or a spreadsheet. Markdown
/// has no tab tables, so the page would run the cells together; the hint gives the Markdown table to write.
public struct PastedTableRule: StandardRule {
    public static let description = RuleDescription("pasted-table", .warning, "Tabel yang ditempel (kolom dipisah tab) tidak tampil sebagai tabel.")
    public init() {}

    public func check(_ standard: ServiceStandard, context: RuleContext) -> [Diagnostic] {
        guard standard.bodyMayHoldTab else { return [] }
        var found: [Diagnostic] = []
        func visit(_ blocks: [MarkdownBlock]) {
            for block in blocks {
                switch block.kind {
                case .paragraph(let inlines):
                    if let cells = Self.tabRows(inlines) {
                        found.append(finding(standard, line: block.startLine + standard.bodyLineOffset,
                                             "\(cells.count) baris mulai baris \(block.startLine + standard.bodyLineOffset) tampak seperti tabel yang ditempel (kolom dipisah tab) dan tidak tampil sebagai tabel",
                                             hint: Self.hint(cells)))
                    }
                case .blockQuote(let children): visit(children)
                case .list(let list): list.items.forEach { visit($0.blocks) }
                default: break
                }
            }
        }
        visit(standard.preamble)
        for component in standard.components where !component.fromFrontMatter { visit(component.blocks) }
        standard.extraSections.forEach { visit($0.blocks) }
        return found
    }

    /// The cells of each line when at least two lines of the paragraph hold a tab between texts.
    static func tabRows(_ inlines: [MarkdownInline]) -> [[String]]? {
        // Almost no paragraph holds a tab: look for one before building any line.
        guard MarkdownInline.plainTextContains(inlines, byte: 0x09) else { return nil }
        var lines: [String] = [""]
        for inline in inlines {
            switch inline {
            case .softBreak, .lineBreak: lines.append("")
            case .text(let s), .code(let s): lines[lines.count - 1] += s
            default: lines[lines.count - 1] += MarkdownInline.plainText([inline])
            }
        }
        let rows = lines.map { line in
            line.split(separator: "\t", omittingEmptySubsequences: true).map { String($0).trimmed }.filter { !$0.isEmpty }
        }
        let tabbed = rows.filter { $0.count >= 2 }
        return tabbed.count >= 2 ? tabbed : nil
    }

    /// The Markdown table to write instead, shown by its first row.
    static func hint(_ rows: [[String]]) -> String {
        let columns = rows.map(\.count).max() ?? 2
        let header = rows[0] + Array(repeating: " ", count: max(0, columns - rows[0].count))
        let line1 = "| " + header.joined(separator: " | ") + " |"
        let line2 = "|" + Array(repeating: " --- |", count: columns).joined()
        let line3 = "| " + Array(repeating: "…", count: columns).joined(separator: " | ") + " |"
        return "tulis sebagai tabel Markdown: baris pertama `\(line1)`, di bawahnya `\(line2)`, lalu satu baris `\(line3)` untuk setiap baris data"
    }
}
