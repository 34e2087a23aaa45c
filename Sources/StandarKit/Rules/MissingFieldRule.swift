/// `missing-field`: a required front-matter key is absent or empty.
public enum MissingFieldRule: Rule {
    public static let description = RuleDescription("missing-field", .error, "Kolom wajib front matter tidak diisi.")

    /// `key` is written but holds nothing (`judul:`, `judul: ~`).
    public static func empty(file: String, line: Int, column: Int, key: String, about: String) -> Diagnostic {
        diagnostic(file: file, line: line, column: column, "kolom wajib \"\(key)\" kosong",
                   hint: "isi kolom \(key): \(about)")
    }

    /// `key` is not written at all; `line` is the opening fence.
    public static func absent(file: String, line: Int, key: String, about: String) -> Diagnostic {
        diagnostic(file: file, line: line, "kolom wajib \"\(key)\" tidak ada di front matter",
                   hint: "tambahkan baris \(key): ... di antara kedua baris \"---\". \(about)")
    }
}
