/// `skm-answer`: an answer that is not a score from 1 to 4 (a number out of range, a word, a decimal).
public enum SKMAnswerRule: Rule {
    public static let description = RuleDescription("skm-answer", .error, "Jawaban SKM bukan nilai 1 sampai 4.")

    static let hint = "setiap jawaban U1–U9 adalah angka bulat 1, 2, 3 atau 4 (1 tidak baik … 4 sangat baik)"

    public static func outOfRange(file: String, line: Int, column: Int = 1, code: String, value: String) -> Diagnostic {
        diagnostic(file: file, line: line, column: column, "jawaban \(code) bernilai \(value), di luar rentang 1–4", hint: hint)
    }

    public static func notNumber(file: String, line: Int, column: Int = 1, code: String, value: String) -> Diagnostic {
        diagnostic(file: file, line: line, column: column, "jawaban \(code) \"\(value)\" bukan angka", hint: hint)
    }
}
