/// `maklumat`: an OPD without a maklumat pelayanan, or one without date, signatory or text.
public enum MaklumatRule: Rule {
    public static let description = RuleDescription("maklumat", .warning, "Maklumat pelayanan belum ada atau belum lengkap.")

    static let indicator = "indikator PEKPPP \"Maklumat pelayanan tersedia, ditetapkan dan dipublikasikan\", bobot 10%"

    public static func missing(file: String, folder: String) -> Diagnostic {
        diagnostic(file: file, "OPD ini belum punya maklumat pelayanan (\(indicator))",
                   hint: "buat \(folder)/maklumat.md berisi teks maklumat dengan penandatangan, jabatan dan tanggal di front matter")
    }

    public static func incomplete(file: String, line: Int, missing: [String]) -> Diagnostic {
        diagnostic(file: file, line: line, "maklumat pelayanan belum mencantumkan \(missing.joined(separator: ", ")) (\(indicator))",
                   hint: "lengkapi front matter, misalnya penandatangan: dr. Nama Lengkap, jabatan: Kepala Dinas, tanggal: 2026-01-02, dan tulis teks maklumat di bawahnya")
    }
}
