/// `missing-site`: no `content/` folder, or no `content/_index.md`.
public enum MissingSiteRule: Rule {
    public static let description = RuleDescription("missing-site", .error, "content/_index.md tidak ada.")

    public static func missingContentFolder() -> Diagnostic {
        diagnostic(file: "content", "folder content/ tidak ditemukan",
                   hint: "jalankan perintah ini di folder situs (yang berisi content/), atau buat situs baru dengan \"standar init\"")
    }

    public static func missingIndex() -> Diagnostic {
        diagnostic(file: "content/_index.md", "content/_index.md tidak ada",
                   hint: "buat content/_index.md dengan front matter berisi paling tidak judul: <judul situs>")
    }
}
