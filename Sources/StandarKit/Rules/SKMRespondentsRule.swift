/// `skm-few-respondents`: fewer respondents than Standar's floor. PermenPAN-RB 14/2017 sizes the sample from
/// the population served with the Krejcie–Morgan table (population 100 → 80, 1 000 → 278, 1 000 000 → 384);
/// the site does not record the population, so Standar warns below a floor of 30 — the table's sample for a
/// population of 30 is 28, and hardly any service unit serves fewer people in a period.
public enum SKMRespondentsRule: Rule {
    public static let description = RuleDescription("skm-few-respondents", .warning, "Responden SKM terlalu sedikit.")
    public static let minimum = 30

    public static func tooFew(file: String, count: Int) -> Diagnostic {
        diagnostic(file: file, "survei ini hanya punya \(count) responden; Standar meminta paling sedikit \(minimum)",
                   hint: "tentukan jumlah sampel dari jumlah penerima layanan dengan tabel Krejcie–Morgan (PermenPAN-RB 14/2017), misalnya 80 responden untuk 100 penerima layanan")
    }
}
