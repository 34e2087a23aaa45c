/// `missing-decree`: no SK number or date. A standard must be set by decree (level 3 of KemenPAN-RB's
/// indicator), so the gap is worth a warning.
public struct MissingDecreeRule: StandardRule {
    public static let description = RuleDescription("missing-decree", .warning, "Nomor SK atau tanggal penetapan belum dicantumkan.")
    public init() {}

    public func check(_ standard: ServiceStandard, context: RuleContext) -> [Diagnostic] {
        // A broken front matter is reported once, as such; its fields are not missing, only unreadable.
        guard standard.frontMatterReadable else { return [] }
        var missing: [String] = []
        if standard.nomorSK == nil { missing.append("nomor_sk") }
        if standard.ditetapkan == nil && standard.fieldLines["ditetapkan"] == nil { missing.append("ditetapkan") }
        guard !missing.isEmpty else { return [] }
        return [finding(standard, line: 1,
                        "standar belum mencantumkan \(missing.joined(separator: " dan ")) (nomor dan tanggal SK penetapan)",
                        hint: "tambahkan di front matter, misalnya nomor_sk: 800/123/Disdukcapil/2026 dan ditetapkan: 2026-03-15")]
    }
}
