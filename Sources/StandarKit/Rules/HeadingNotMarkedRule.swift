/// `heading-not-marked`: a line that names a missing component but is not a heading — a bold line
/// (`**Biaya**`), a plain line ("Biaya/Tarif"), `##A. Persyaratan` without the space, or a list item
/// ("1. PERSYARATAN") as text pasted from Word leaves them. The component is then missing; this rule says where
/// its title is and how to mark it, and `missing-component` points at the same line.
public struct HeadingNotMarkedRule: StandardRule {
    public static let description = RuleDescription("heading-not-marked", .warning, "Judul komponen tidak ditulis sebagai judul bagian (##).")
    public init() {}

    /// How the title was written.
    enum Style { case plain, bold, noSpace, listItem }

    struct Candidate {
        var component: ComponentID
        /// File line.
        var line: Int
        /// The title as written, without markup.
        var title: String
        var style: Style

        /// What to do, in the words of the message and the hint.
        var fix: String {
            switch style {
            case .plain: "tambahkan `## ` di depannya: `## \(title)`"
            case .bold: "ganti huruf tebal dengan judul bagian: `## \(title)`"
            case .noSpace: "tambahkan spasi setelah tanda pagar: `## \(title)`"
            case .listItem: "tulis sebagai judul bagian, bukan butir daftar: `## \(title)`"
            }
        }
    }

    /// Titles longer than this are sentences, not headings.
    static let maxTitleLength = 90

    public func check(_ standard: ServiceStandard, context: RuleContext) -> [Diagnostic] {
        Self.candidates(in: standard).map { c in
            finding(standard, line: c.line, component: c.component,
                    "baris \(c.line) tampak seperti judul komponen \"\(c.component.canonicalHeading)\" tetapi tidak ditulis sebagai judul",
                    hint: c.fix)
        }
    }

    /// The first unmarked title of each missing component, in file order.
    static func candidates(in standard: ServiceStandard) -> [Candidate] {
        // Only missing components are looked for: a complete standard costs no matching.
        guard standard.components.count < ComponentID.allCases.count else { return [] }
        let matcher = HeadingMatcher()
        var found: [ComponentID: Candidate] = [:]
        func consider(_ inlines: [MarkdownInline], line: Int, listItem: Bool) {
            guard let (title, style) = title(of: inlines, listItem: listItem),
                  let id = matcher.match(title).component,
                  !standard.hasComponent(id), found[id] == nil else { return }
            found[id] = Candidate(component: id, line: line + standard.bodyLineOffset, title: title, style: style)
        }
        func visit(_ blocks: [MarkdownBlock]) {
            for block in blocks {
                switch block.kind {
                case .paragraph(let inlines):
                    consider(inlines, line: block.startLine, listItem: false)
                case .list(let list):
                    for item in list.items {
                        guard case .paragraph(let inlines)? = item.blocks.first?.kind else { continue }
                        consider(inlines, line: item.blocks[0].startLine, listItem: true)
                    }
                default:
                    break
                }
            }
        }
        visit(standard.preamble)
        for component in standard.components where !component.fromFrontMatter { visit(component.blocks) }
        standard.extraSections.forEach { visit($0.blocks) }
        return found.values.sorted { $0.line < $1.line }
    }

    /// The first line of a paragraph as a title, with how it was marked; nil when it is too long to be one.
    static func title(of inlines: [MarkdownInline], listItem: Bool) -> (String, Style)? {
        let firstLine = Array(inlines.prefix { if case .softBreak = $0 { false } else if case .lineBreak = $0 { false } else { true } })
        var text = MarkdownInline.plainText(firstLine).trimmed
        guard !text.isEmpty, text.count <= maxTitleLength else { return nil }
        var style = Style.plain
        if listItem {
            style = .listItem
        } else if case .strong? = firstLine.first, firstLine.count <= 2 {
            style = .bold
        } else if text.hasPrefix("#") {
            text = String(text.drop { $0 == "#" }).trimmed
            style = .noSpace
        }
        // A title has few words; a sentence that mentions "biaya" is not one.
        guard text.split(separator: " ").count <= 12 else { return nil }
        return (text, style)
    }
}
