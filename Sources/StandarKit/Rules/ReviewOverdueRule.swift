/// `review-overdue`: not reviewed (or, without `ditinjau`, not set) for more than a year.
public struct ReviewOverdueRule: StandardRule {
    public static let description = RuleDescription("review-overdue", .warning, "Standar belum ditinjau lebih dari satu tahun.")
    public static let maxDays = 365
    public init() {}

    public func check(_ standard: ServiceStandard, context: RuleContext) -> [Diagnostic] {
        guard let last = standard.lastReviewed else { return [] }
        let age = context.today.dayNumber - last.dayNumber
        guard age > Self.maxDays else { return [] }
        let key = standard.ditinjau != nil ? "ditinjau" : "ditetapkan"
        return [finding(standard, line: standard.fieldLines[key] ?? 1,
                        "standar terakhir ditinjau \(last.indonesian), lebih dari setahun yang lalu (\(age) hari)",
                        hint: "tinjau ulang standar ini bersama masyarakat, lalu perbarui kolom ditinjau dengan tanggal peninjauan")]
    }
}
