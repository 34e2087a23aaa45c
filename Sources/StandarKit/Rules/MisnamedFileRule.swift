import Foundation

/// `misnamed-file`: a standard saved with a second extension (`surat-sehat.md.txt`, as Notepad does); it is not
/// read, so it is an error with the rename as the hint.
public enum MisnamedFileRule: Rule {
    public static let description = RuleDescription("misnamed-file", .error, "Berkas Markdown dengan akhiran tambahan (misalnya .md.txt) tidak dibaca.")

    /// Whether `name` looks like a Markdown file with something after ".md" (backups aside): a second extension
    /// (".md.txt"), ".mdx", or spaces after ".md".
    public static func isNearMiss(_ name: String) -> Bool {
        let lower = name.lowercased()
        return lower.contains(".md.") || lower.hasSuffix(".mdx")
            || (lower.last?.isWhitespace == true && lower.trimmingCharacters(in: .whitespaces).hasSuffix(".md"))
    }

    public static func misnamed(file: String, name: String) -> Diagnostic {
        let lower = name.lowercased()
        if !lower.contains(".md.") {
            // ".mdx" or "x.md " (a space after the extension).
            let base = lower.hasSuffix(".mdx") ? String(name.dropLast(4))
                : String(name.trimmingCharacters(in: .whitespaces).dropLast(3))
            return diagnostic(file: file, "berkas \"\(name)\" tidak berakhiran tepat \".md\" sehingga tidak dibaca",
                              hint: "ganti nama berkas menjadi \"\(Slug.suggest(base)).md\"")
        }
        let cut = name.range(of: ".md.", options: .caseInsensitive)
        let base = cut.map { String(name[..<$0.lowerBound]) } ?? name
        let extra = cut.map { String(name[name.index(before: $0.upperBound)...]) } ?? ""
        return diagnostic(file: file, "berkas \"\(name)\" berakhiran \"\(extra)\" setelah .md sehingga tidak dibaca",
                          hint: "ganti nama berkas menjadi \"\(Slug.suggest(base)).md\" (pada Windows, tampilkan ekstensi berkas di File Explorer)")
    }
}
