/// `invalid-field` for dates that cannot be right: reviewed before being set, or set in the future.
public struct DateOrderRule: StandardRule {
    public static let description = Rules.invalidField
    public init() {}

    public func check(_ standard: ServiceStandard, context: RuleContext) -> [Diagnostic] {
        var out: [Diagnostic] = []
        if let set = standard.ditetapkan, let reviewed = standard.ditinjau, reviewed < set {
            out.append(finding(standard, line: standard.fieldLines["ditinjau"] ?? 1,
                               "tanggal ditinjau (\(reviewed.indonesian)) lebih awal dari tanggal ditetapkan (\(set.indonesian))",
                               hint: "periksa kedua tanggal; tanggal peninjauan tidak boleh sebelum penetapan"))
        }
        for key in ["ditetapkan", "ditinjau"] {
            let date = key == "ditetapkan" ? standard.ditetapkan : standard.ditinjau
            if let date, date > context.today {
                var d = finding(standard, line: standard.fieldLines[key] ?? 1,
                                "tanggal \(key) (\(date.indonesian)) berada di masa depan",
                                hint: "periksa penulisan tahun; gunakan format TTTT-BB-HH")
                d.severity = .warning
                out.append(d)
            }
        }
        return out
    }
}
