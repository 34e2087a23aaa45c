/// `unknown-field`: a front-matter key no schema knows (often a typo).
public enum UnknownFieldRule: Rule {
    public static let description = RuleDescription("unknown-field", .warning, "Kolom front matter tidak dikenal.")

    /// `suggestion` is the closest known key, if any is close; otherwise the hint lists `known`.
    public static func unknown(file: String, line: Int, column: Int, key: String, suggestion: String?,
                               known: [String]) -> Diagnostic {
        diagnostic(file: file, line: line, column: column, "kolom \"\(key)\" tidak dikenal",
                   hint: suggestion.map { "maksud Anda \"\($0)\"?" } ?? "kolom yang dikenal: " + known.joined(separator: ", "))
    }
}
