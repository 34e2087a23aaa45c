/// `missing-opd`: an OPD folder without `_index.md`.
public enum MissingOPDRule: Rule {
    public static let description = RuleDescription("missing-opd", .error, "Folder OPD tidak memiliki _index.md.")

    public static func missingIndex(folder: String, name: String) -> Diagnostic {
        diagnostic(file: folder, "folder OPD \"\(name)\" tidak memiliki _index.md",
                   hint: "buat \(folder)/_index.md dengan front matter berisi paling tidak nama: <nama lengkap OPD>")
    }
}
