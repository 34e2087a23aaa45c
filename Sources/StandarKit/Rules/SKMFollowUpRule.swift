/// `skm-follow-up`: a follow-up row Standar cannot use (an unknown element, no action, a bad date).
public enum SKMFollowUpRule: Rule {
    public static let description = RuleDescription("skm-follow-up", .error, "Baris tindak lanjut SKM tidak sah.")

    public static func unknownElement(file: String, line: Int, value: String) -> Diagnostic {
        diagnostic(file: file, line: line, "unsur \"\(value)\" tidak dikenal",
                   hint: "tulis kode unsur U1 sampai U9, misalnya U3 untuk waktu penyelesaian")
    }

    public static func noAction(file: String, line: Int) -> Diagnostic {
        diagnostic(file: file, line: line, "kolom tindakan kosong",
                   hint: "tuliskan apa yang sudah dilakukan, misalnya \"Menambah satu loket pada jam sibuk\"")
    }

    public static func badDate(file: String, line: Int, value: String) -> Diagnostic {
        diagnostic(file: file, line: line, value.isEmpty ? "kolom tanggal kosong" : "tanggal \"\(value)\" tidak sah",
                   hint: "tulis tanggal tindakan dengan format TTTT-BB-HH, misalnya 2026-08-15")
    }
}
