/// `skm-blank-answer`: a respondent left an element unanswered. The IKM divides each element's total by the
/// number of respondents, so every row must answer all nine.
public enum SKMBlankAnswerRule: Rule {
    public static let description = RuleDescription("skm-blank-answer", .error, "Jawaban SKM kosong.")

    public static func blank(file: String, line: Int, codes: [String]) -> Diagnostic {
        diagnostic(file: file, line: line, "jawaban \(codes.joined(separator: ", ")) kosong",
                   hint: "isi jawaban yang kosong dari kuesioner, atau hapus baris responden yang tidak menjawab semua unsur")
    }
}
