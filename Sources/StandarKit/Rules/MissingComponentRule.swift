/// `missing-component`: a required component has no section and no front-matter key.
public struct MissingComponentRule: StandardRule {
    public static let description = RuleDescription("missing-component", .error, "Komponen wajib standar pelayanan tidak ada.")
    public init() {}

    public func check(_ standard: ServiceStandard, context: RuleContext) -> [Diagnostic] {
        let missing = context.requiredComponents.filter { !standard.hasComponent($0) }
        guard !missing.isEmpty else { return [] }
        let unmarked = Dictionary(HeadingNotMarkedRule.candidates(in: standard).map { ($0.component, $0) },
                                  uniquingKeysWith: { first, _ in first })
        return missing.compactMap { id -> Diagnostic? in
            // A title written without "## " is the likeliest cause: point at it.
            if let unmarked = unmarked[id] {
                return finding(standard, line: unmarked.line, component: id,
                               "komponen \"\(id.canonicalHeading)\" tidak ada",
                               hint: "baris \(unmarked.line) tampak seperti judul komponen ini tetapi tidak ditulis sebagai judul; \(unmarked.fix)")
            }
            var (line, hint) = standard.componentTable.map { Self.rowPlace(id, table: $0, in: standard) }
                ?? Self.sectionPlace(id, in: standard)
            if let near = standard.extraSections.first(where: { $0.suggestion == id }) {
                hint = standard.componentTable == nil
                    ? "bagian \"\(near.heading)\" di baris \(near.line) mungkin dimaksudkan sebagai komponen ini; ubah judulnya menjadi \"## \(id.canonicalHeading)\""
                    : "\"\(near.heading)\" di baris \(near.line) mungkin dimaksudkan sebagai komponen ini; ubah tulisannya menjadi \"\(id.canonicalHeading)\""
            }
            return finding(standard, line: line, component: id,
                           "komponen \"\(id.canonicalHeading)\" tidak ada", hint: hint)
        }
    }

    /// Section layout: before the next component in canonical order, or at the end of the file.
    static func sectionPlace(_ id: ComponentID, in standard: ServiceStandard) -> (Int, String) {
        let next = standard.components.first { $0.id > id && !$0.fromFrontMatter }
        let hint = next.map { "tambahkan bagian \"## \(id.canonicalHeading)\" beserta isinya sebelum bagian \"\($0.headings.first ?? "")\"" }
            ?? "tambahkan bagian \"## \(id.canonicalHeading)\" beserta isinya di akhir berkas"
        return (next?.line ?? standard.lastLine, hint)
    }

    /// Table layout: a row in the table's own columns, after the row of the component before it in canonical
    /// order (or before the row of the next one).
    static func rowPlace(_ id: ComponentID, table: ComponentTableShape, in standard: ServiceStandard) -> (Int, String) {
        let rows = standard.components.filter(\.fromTableRow)
        let row = table.rowTemplate(id.canonicalHeading)
        if let previous = rows.last(where: { $0.id < id }) {
            return (previous.line, "tambahkan baris \"\(row)\" beserta isinya setelah baris \(previous.line) (\"\(previous.headings.first ?? "")\")")
        }
        if let next = rows.first(where: { $0.id > id }) {
            return (next.line, "tambahkan baris \"\(row)\" beserta isinya sebelum baris \(next.line) (\"\(next.headings.first ?? "")\")")
        }
        return (table.line, "tambahkan baris \"\(row)\" beserta isinya ke tabel komponen di baris \(table.line)")
    }
}
