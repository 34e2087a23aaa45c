/// `windows-name`: a file or folder named like a Windows device (`aux.md`, `con.md`, `lpt1/`); a Windows
/// checkout of the site cannot hold it, so the standard vanishes there.
public enum WindowsNameRule: Rule {
    public static let description = RuleDescription("windows-name", .error, "Nama berkas atau folder yang tidak bisa dipakai di Windows (aux, con, nul, ...).")

    static let reserved: Set<String> = {
        var names: Set<String> = ["con", "prn", "aux", "nul"]
        for i in 0...9 { names.insert("com\(i)"); names.insert("lpt\(i)") }
        return names
    }()

    /// Whether `name` (with or without an extension) is reserved on Windows.
    public static func isReserved(_ name: String) -> Bool {
        reserved.contains(String(name.prefix { $0 != "." }).lowercased().trimmingTrailingSpaces)
    }

    public static func serviceFile(file: String, name: String, base: String) -> Diagnostic {
        diagnostic(file: file, "nama berkas \"\(name)\" adalah nama perangkat di Windows; berkas ini tidak bisa disalin ke komputer Windows",
                   hint: "ganti nama berkas menjadi \"\(Slug.suggest(base))-layanan.md\" atau nama lain yang menjelaskan layanannya")
    }

    public static func opdFolder(folder: String, name: String) -> Diagnostic {
        diagnostic(file: folder, "nama folder \"\(name)\" adalah nama perangkat di Windows; folder ini tidak bisa disalin ke komputer Windows",
                   hint: "ganti nama folder menjadi \"\(Slug.suggest(name))-opd\" atau singkatan OPD")
    }
}

private extension String {
    var trimmingTrailingSpaces: String {
        var s = Substring(self)
        while s.last == " " { s = s.dropLast() }
        return String(s)
    }
}
