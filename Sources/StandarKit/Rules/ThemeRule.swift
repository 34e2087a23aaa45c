/// `theme` (build only): a theme that cannot render the site — missing theme, unreadable file, template syntax
/// error, unsupported Mustache feature, missing page template or partial, a variable the site model does not have.
public enum ThemeRule: Rule {
    public static let description = RuleDescription("theme", .error, "Tema tidak dapat dipakai: sintaks templat salah, partial atau variabel tidak ada (saat build).")

    /// `tema: <name>` in content/_index.md names no folder in themes/.
    public static func missingTheme(name: String) -> Diagnostic {
        diagnostic(file: "content/_index.md", "tema \"\(name)\" tidak ditemukan di themes/\(name)/",
                   hint: "buat folder themes/\(name)/ berisi templates/ dan assets/, atau hapus kolom tema untuk memakai tema bawaan")
    }

    public static func unreadableFile(file: String) -> Diagnostic {
        diagnostic(file: file, "berkas tema tidak dapat dibaca atau terlalu besar (batas 4 MiB)", hint: nil)
    }

    /// A syntax error at `line`:`column`; `reason` is the parser's error in Indonesian.
    public static func syntax(file: String, line: Int, column: Int, reason: String) -> Diagnostic {
        diagnostic(file: file, line: line, column: column, "templat tidak dapat dibaca: \(reason)",
                   hint: "periksa pasangan {{#...}} dan {{/...}} serta kurung kurawal di baris ini")
    }

    /// A Mustache feature outside the subset Standar's templates support; `feature` names it in Indonesian.
    public static func unsupportedFeature(file: String, line: Int, column: Int, feature: String) -> Diagnostic {
        diagnostic(file: file, line: line, column: column, "templat memakai fitur Mustache yang tidak didukung: \(feature)",
                   hint: "pakai hanya variabel {{nama}}, bagian {{#nama}}...{{/nama}} dan {{^nama}}...{{/nama}}, komentar {{! ... }} dan partial {{> nama}}")
    }

    public static func missingPageTemplate(name: String) -> Diagnostic {
        diagnostic(file: "themes/default/templates/\(name).mustache", "templat halaman \"\(name)\" tidak ada",
                   hint: "tambahkan templates/\(name).mustache ke tema")
    }

    public static func missingPartial(file: String, line: Int, column: Int, partial: String) -> Diagnostic {
        diagnostic(file: file, line: line, column: column, "templat memanggil partial \"\(partial)\" yang tidak ada",
                   hint: "buat templates/\(partial).mustache atau perbaiki nama partial")
    }

    /// `{{name}}` names nothing the page contexts provide; `suggestion` is the closest known name.
    public static func unknownVariable(file: String, line: Int, column: Int, name: String,
                                       suggestion: String?) -> Diagnostic {
        diagnostic(file: file, line: line, column: column, "templat memakai \"\(name)\" yang tidak ada di data situs",
                   hint: suggestion.map { "maksud Anda \"\($0)\"?" } ?? "lihat daftar nama di themes/default/README.md")
    }
}
