/// `invalid-field` (the id of `InvalidFieldRule`) for dates that cannot be right: reviewed before being set,
/// or set in the future.
public struct DateOrderRule: StandardRule {
    public static let description = InvalidFieldRule.description
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
                // A date in the future is most likely a typo in the year, not a broken file: a warning.
                out.append(finding(standard, line: standard.fieldLines[key] ?? 1, severity: .warning,
                                   "tanggal \(key) (\(date.indonesian)) berada di masa depan",
                                   hint: "periksa penulisan tahun; gunakan format TTTT-BB-HH"))
            }
        }
        return out
    }
}
