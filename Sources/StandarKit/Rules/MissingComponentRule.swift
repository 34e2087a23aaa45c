/// `missing-component`: a required component has no section and no front-matter key.
public struct MissingComponentRule: StandardRule {
    public static let description = Rules.missingComponent
    public init() {}

    public func check(_ standard: ServiceStandard, context: RuleContext) -> [Diagnostic] {
        context.requiredComponents.compactMap { id -> Diagnostic? in
            guard standard.component(id) == nil else { return nil }
            var hint = "tambahkan bagian \"## \(id.canonicalHeading)\" beserta isinya"
            if let near = standard.extraSections.first(where: { $0.suggestion == id }) {
                hint = "bagian \"\(near.heading)\" di baris \(near.line) mungkin dimaksudkan sebagai komponen ini; ubah judulnya menjadi \"## \(id.canonicalHeading)\""
            }
            return finding(standard, line: 1, component: id,
                           "komponen \"\(id.canonicalHeading)\" tidak ada", hint: hint)
        }
    }
}
