/// `file-location`: a Markdown file or a folder where no standard may be.
public enum FileLocationRule: Rule {
    public static let description = RuleDescription("file-location", .error, "Berkas Markdown berada di tempat yang salah.")

    /// A standard `name` written directly in content/, outside any OPD folder.
    public static func outsideOPD(file: String, name: String) -> Diagnostic {
        diagnostic(file: file, "standar \"\(name)\" berada langsung di content/, bukan di folder OPD",
                   hint: "pindahkan ke content/<opd>/\(name), misalnya content/disdukcapil/\(name)")
    }

    /// A folder `folder` inside the OPD folder `opdFolder`.
    public static func tooDeep(folder: String, opdFolder: String) -> Diagnostic {
        diagnostic(file: folder, "folder \"\(folder)\" terlalu dalam: standar harus langsung di content/<opd>/",
                   hint: "pindahkan berkas .md di dalamnya ke \(opdFolder)/ atau jadikan folder OPD sendiri di content/")
    }
}
