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
        // ASCII names (nearly all) are decided from the bytes: every reserved name has 3 or 4 letters or digits
        // (the scan of 10,000 file names spent 10 ms of its 33 ms here).
        if let ascii = name.utf8.withContiguousStorageIfAvailable({ bytes -> Bool? in
            var end = 0
            while end < bytes.count, bytes[end] != 0x2E {
                if bytes[end] >= 0x80 { return nil }
                end += 1
            }
            while end > 0, bytes[end - 1] == 0x20 { end -= 1 }
            guard end == 3 || end == 4 else { return false }
            var stem = ""
            for k in 0..<end { stem.unicodeScalars.append(Unicode.Scalar(bytes[k] | (bytes[k] >= 0x41 && bytes[k] <= 0x5A ? 0x20 : 0))) }
            return reserved.contains(stem)
        }), let decided = ascii { return decided }
        return reserved.contains(String(name.prefix { $0 != "." }).lowercased().trimmingTrailingSpaces)
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
