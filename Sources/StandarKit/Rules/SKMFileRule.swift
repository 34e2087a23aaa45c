/// `skm-file`: a survey file Standar cannot use (a name that is not a period, unreadable or not UTF-8 text, a
/// broken CSV, a row with more cells than the header, no answers at all).
public enum SKMFileRule: Rule {
    public static let description = RuleDescription("skm-file", .error, "Berkas SKM tidak dapat dibaca sebagai data survei.")

    static let periodHint = "beri nama berkas menurut periodenya: 2026.csv (tahunan), 2026-1.csv atau 2026-2.csv (semester), 2026-t1.csv … 2026-t4.csv (triwulan); tindak lanjutnya 2026-1-tindak-lanjut.csv"

    public static func badName(file: String, name: String) -> Diagnostic {
        diagnostic(file: file, "nama berkas SKM \"\(name)\" bukan nama periode", hint: periodHint)
    }

    public static func notText(file: String, line: Int, column: Int, problem: EncodingRule.Problem) -> Diagnostic {
        diagnostic(file: file, line: line, column: column, "berkas SKM: " + problem.message, hint: problem.hint)
    }

    public static func unreadable(file: String, reason: String) -> Diagnostic {
        diagnostic(file: file, "berkas SKM tidak dapat dibaca: \(reason)", hint: "periksa izin akses dan ukuran berkas (paling besar 8 MiB)")
    }

    public static func unterminatedQuote(file: String, line: Int) -> Diagnostic {
        diagnostic(file: file, line: line, "tanda kutip \" dibuka di baris ini tetapi tidak pernah ditutup",
                   hint: "tutup sel dengan tanda kutip \", atau simpan ulang berkas dari aplikasi lembar kerja sebagai CSV")
    }

    public static func extraCells(file: String, line: Int, count: Int, expected: Int) -> Diagnostic {
        diagnostic(file: file, line: line, "baris ini berisi \(count) sel, padahal judul kolom hanya \(expected)",
                   hint: "hapus sel berlebih atau beri tanda kutip pada teks yang memuat koma, misalnya \"Jl. Merdeka, No. 1\"")
    }

    public static func noAnswers(file: String) -> Diagnostic {
        diagnostic(file: file, "berkas SKM tidak berisi jawaban responden",
                   hint: "baris pertama berisi judul kolom U1 sampai U9, lalu satu baris untuk setiap responden")
    }

    public static func followUpWithoutSurvey(file: String, period: String) -> Diagnostic {
        diagnostic(file: file, "ada tindak lanjut untuk periode \(period), tetapi tidak ada berkas hasil survei \(period).csv",
                   hint: "tambahkan jawaban responden di \(period).csv pada folder yang sama, atau perbaiki nama periode berkas ini")
    }
}
