/// `skm-outdated`: an OPD's latest survey period ended more than a year ago. PermenPAN-RB 14/2017 asks for
/// the survey at least once a year (PEKPPP indicator "SKM sesuai PermenPAN-RB 14/2017", weight 17%).
public enum SKMOutdatedRule: Rule {
    public static let description = RuleDescription("skm-outdated", .warning, "Survei kepuasan masyarakat terakhir lebih dari setahun yang lalu.")
    public static let maxDays = 365

    public static func outdated(file: String, period: String, end: SimpleDate, days: Int) -> Diagnostic {
        diagnostic(file: file, "SKM terakhir (\(period)) berakhir \(end.indonesian), lebih dari setahun yang lalu (\(days) hari)",
                   hint: "lakukan SKM paling sedikit sekali setahun dan tambahkan hasilnya di folder skm/ (indikator PEKPPP \"SKM sesuai PermenPAN-RB 14/2017\", bobot 17%)")
    }
}
