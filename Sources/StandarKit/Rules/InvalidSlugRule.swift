/// `invalid-slug`: a file or folder name that cannot be a page address (see `Slug`).
public enum InvalidSlugRule: Rule {
    public static let description = RuleDescription("invalid-slug", .error, "Nama berkas atau folder tidak bisa dipakai sebagai alamat halaman.")

    /// An OPD folder `name` at `folder`; `problem` is `Slug.problem(name)`.
    public static func opdFolder(folder: String, name: String, problem: String) -> Diagnostic {
        diagnostic(file: folder, "nama folder OPD \"\(name)\" tidak bisa dipakai sebagai alamat: \(problem)",
                   hint: "ganti nama folder menjadi \"\(Slug.suggest(name))\" (huruf kecil, angka dan tanda -)")
    }

    /// A standard's file `name` (`base` without ".md"); `problem` is `Slug.problem(base)`.
    public static func serviceFile(file: String, name: String, base: String, problem: String) -> Diagnostic {
        diagnostic(file: file, "nama berkas \"\(name)\" tidak bisa dipakai sebagai alamat: \(problem)",
                   hint: "ganti nama berkas menjadi \"\(Slug.suggest(base)).md\" (huruf kecil, angka dan tanda -)")
    }

    /// A Markdown file whose extension is not a lowercase ".md" (".MD", ".markdown").
    public static func markdownExtension(file: String, name: String) -> Diagnostic {
        diagnostic(file: file, "berkas \"\(name)\" harus berakhiran .md (huruf kecil)",
                   hint: "ganti nama berkas menjadi \"\(Slug.suggest(String(name.prefix { $0 != "." }))).md\"")
    }
}
