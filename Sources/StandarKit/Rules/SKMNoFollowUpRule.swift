/// `skm-no-follow-up`: an element in band C or D has no recorded follow-up (PEKPPP indicators "tindak lanjut
/// hasil SKM", 7% + 7%).
public enum SKMNoFollowUpRule: Rule {
    public static let description = RuleDescription("skm-no-follow-up", .warning, "Unsur SKM bernilai rendah belum ditindaklanjuti.")

    public static func missing(file: String, period: String, codes: [String]) -> Diagnostic {
        diagnostic(file: file, "unsur \(codes.joined(separator: ", ")) bermutu rendah (C atau D) pada SKM \(period) tetapi belum ada tindak lanjutnya",
                   hint: "catat tindakan perbaikan di \(period)-tindak-lanjut.csv (kolom unsur,tindakan,tanggal) di folder yang sama")
    }
}
