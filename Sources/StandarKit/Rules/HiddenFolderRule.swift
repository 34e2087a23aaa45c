/// `hidden-folder`: a folder in content/ whose name starts with "." (`..dinas/`, `.disdukcapil/`); nothing in it
/// is published. Folders of version control and editors are left alone (`ignoredNames`).
public enum HiddenFolderRule: Rule {
    public static let description = RuleDescription("hidden-folder", .warning, "Folder tersembunyi (nama diawali titik) di content/ tidak diterbitkan.")

    /// Hidden folders that tools create and that never hold content.
    public static let ignoredNames: Set<String> = [".git", ".svn", ".hg", ".vscode", ".idea", ".obsidian", ".standar"]

    public static func hidden(folder: String, name: String) -> Diagnostic {
        let visible = String(name.drop { $0 == "." })
        return diagnostic(file: folder, "folder \"\(name)\" diawali titik sehingga tersembunyi, dan isinya tidak diterbitkan",
                          hint: visible.isEmpty ? "hapus folder ini atau beri nama tanpa titik di depan"
                              : "ganti nama folder menjadi \"\(Slug.suggest(visible))\" bila isinya harus diterbitkan, atau pindahkan ke luar content/")
    }
}
