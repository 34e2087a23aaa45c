/// `unknown-section`: a section heading that looks like a misspelled component. Other extra sections
/// ("Deskripsi", "Catatan", group headings) are allowed and pass silently.
public struct UnknownSectionRule: StandardRule {
    public static let description = RuleDescription("unknown-section", .warning, "Judul bagian tidak dikenali sebagai komponen.")
    public init() {}

    public func check(_ standard: ServiceStandard, context: RuleContext) -> [Diagnostic] {
        standard.extraSections.compactMap { section -> Diagnostic? in
            guard !section.isGroup, let suggestion = section.suggestion else { return nil }
            let present = standard.hasComponent(suggestion)
            return finding(standard, line: section.line, component: suggestion,
                           "judul \"\(section.heading)\" tidak dikenali sebagai komponen standar",
                           hint: present
                            ? "maksud Anda \"\(suggestion.canonicalHeading)\"? Komponen itu sudah ada; bila bagian ini tambahan, beri judul yang lebih jelas"
                            : "maksud Anda \"\(suggestion.canonicalHeading)\"? Ubah judulnya menjadi \"## \(suggestion.canonicalHeading)\"")
        }
    }
}
