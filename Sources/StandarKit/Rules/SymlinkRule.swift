/// `symlink`: a symbolic link that is not followed (broken, leaving content/, or to a folder).
public enum SymlinkRule: Rule {
    public static let description = RuleDescription("symlink", .error, "Tautan simbolik yang tidak diikuti.")

    public static func broken(file: String) -> Diagnostic {
        diagnostic(file: file, "tautan simbolik \"\(file)\" menunjuk ke berkas yang tidak ada",
                   hint: "hapus tautan ini atau ganti dengan berkas sebenarnya")
    }

    public static func outsideContent(file: String) -> Diagnostic {
        diagnostic(file: file, "tautan simbolik \"\(file)\" menunjuk ke luar folder content/ dan tidak diikuti",
                   hint: "salin berkasnya ke dalam content/ alih-alih memakai tautan")
    }

    public static func toFolder(file: String) -> Diagnostic {
        diagnostic(file: file, "tautan simbolik ke folder \"\(file)\" tidak diikuti",
                   hint: "pindahkan foldernya ke sini alih-alih memakai tautan")
    }
}
