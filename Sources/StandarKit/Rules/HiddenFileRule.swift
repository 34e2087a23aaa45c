/// `hidden-file`: a Markdown file in content/ whose name starts with "." (`.akta-kelahiran.md`): it is hidden in
/// most file managers and never published. Other hidden files (".DS_Store", editor swap files) are left alone.
public enum HiddenFileRule: Rule {
    public static let description = RuleDescription("hidden-file", .warning, "Berkas Markdown tersembunyi (nama diawali titik) di content/ tidak diterbitkan.")

    /// Whether `name` is a hidden Markdown file rather than a tool's hidden file.
    static func applies(to name: String) -> Bool {
        name.hasPrefix(".") && name.lowercased().hasSuffix(".md")
    }

    public static func hidden(file: String, name: String) -> Diagnostic {
        let visible = String(name.drop { $0 == "." })
        return diagnostic(file: file, "berkas \"\(name)\" diawali titik sehingga tersembunyi, dan isinya tidak diterbitkan",
                          hint: "ganti nama berkas menjadi \"\(Slug.suggest(String(visible.dropLast(3)))).md\" bila isinya harus diterbitkan, atau hapus berkas ini")
    }
}
