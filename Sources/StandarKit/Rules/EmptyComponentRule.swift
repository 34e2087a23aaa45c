/// `empty-component`: a required component is present but holds no real text ("-", "TBD", a comment only).
public struct EmptyComponentRule: StandardRule {
    public static let description = RuleDescription("empty-component", .error, "Komponen ada tetapi belum diisi.")
    public init() {}

    public func check(_ standard: ServiceStandard, context: RuleContext) -> [Diagnostic] {
        standard.components.compactMap { component -> Diagnostic? in
            guard component.isEmpty, context.requiredComponents.contains(component.id) else { return nil }
            let written = component.headings.first.map { component.fromTableRow ? "baris tabel \"\($0)\"" : "bagian \"\($0)\"" }
                ?? "kolom \(component.id.id) di front matter"
            return finding(standard, line: component.line, component: component.id,
                           "komponen \"\(component.id.canonicalHeading)\" kosong (\(written) belum berisi keterangan)",
                           hint: "isi dengan keterangan yang sebenarnya; tanda \"-\", \"TBD\" atau komentar tidak dihitung sebagai isi")
        }
    }
}
