/// `reserved-slug`: an OPD folder named like one of the site's own pages (`ContentScanner.reservedSlugs`).
public enum ReservedSlugRule: Rule {
    public static let description = RuleDescription("reserved-slug", .error, "Nama folder OPD dipakai oleh situs sendiri.")

    public static func reserved(folder: String, name: String) -> Diagnostic {
        diagnostic(file: folder, "nama folder \"\(name)\" sudah dipakai oleh halaman situs /\(name)/",
                   hint: "ganti nama folder OPD, misalnya \"\(name)-opd\" atau singkatan OPD")
    }
}
