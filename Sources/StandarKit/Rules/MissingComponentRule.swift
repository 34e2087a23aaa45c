/// `missing-component`: a required component has no section and no front-matter key.
public struct MissingComponentRule: StandardRule {
    public static let description = RuleDescription("missing-component", .error, "Komponen wajib standar pelayanan tidak ada.")
    public init() {}

    public func check(_ standard: ServiceStandard, context: RuleContext) -> [Diagnostic] {
        context.requiredComponents.compactMap { id -> Diagnostic? in
            guard standard.component(id) == nil else { return nil }
            // Point where the section belongs: at the next component in canonical order, or the end of file.
            let next = standard.components.first { $0.id > id && !$0.fromFrontMatter }
            let line = next?.line ?? standard.lastLine
            var hint = next.map { "tambahkan bagian \"## \(id.canonicalHeading)\" beserta isinya sebelum bagian \"\($0.headings.first ?? "")\"" }
                ?? "tambahkan bagian \"## \(id.canonicalHeading)\" beserta isinya di akhir berkas"
            if let near = standard.extraSections.first(where: { $0.suggestion == id }) {
                hint = "bagian \"\(near.heading)\" di baris \(near.line) mungkin dimaksudkan sebagai komponen ini; ubah judulnya menjadi \"## \(id.canonicalHeading)\""
            }
            return finding(standard, line: line, component: id,
                           "komponen \"\(id.canonicalHeading)\" tidak ada", hint: hint)
        }
    }
}
