/// `raw-html`: HTML written into the Markdown is never published (safe mode). HTML comments are allowed:
/// they are how templates carry guidance.
public struct RawHTMLRule: StandardRule {
    public static let description = RuleDescription("raw-html", .warning, "HTML mentah tidak ditampilkan di situs.")
    public init() {}

    public func check(_ standard: ServiceStandard, context: RuleContext) -> [Diagnostic] {
        var lines: [Int] = []
        func isComment(_ html: String) -> Bool {
            html.drop { $0 == " " || $0 == "\n" || $0 == "\t" }.hasPrefix("<!--")
        }
        func visit(_ inlines: [MarkdownInline], line: Int) {
            for inline in inlines {
                switch inline {
                case .html(let h) where !isComment(h): lines.append(line)
                case .emphasis(let c), .strong(let c), .strikethrough(let c), .link(_, _, let c), .image(_, _, let c):
                    visit(c, line: line)
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
                    (t.header + t.rows.flatMap { $0 }).forEach { visit($0, line: block.startLine) }
                default: break
                }
            }
        }
        visit(standard.preamble)
        standard.components.filter { !$0.fromFrontMatter }.forEach { visit($0.blocks) }
        standard.extraSections.forEach { visit($0.blocks) }
        guard let first = lines.min() else { return [] }
        let more = lines.count > 1 ? " (dan \(lines.count - 1) tempat lain)" : ""
        return [finding(standard, line: first + standard.bodyLineOffset,
                        "HTML mentah tidak ditampilkan di situs\(more)",
                        hint: "tulis dengan Markdown biasa: daftar dengan \"- \", tebal dengan **teks**, tabel dengan | kolom |")]
    }
}
