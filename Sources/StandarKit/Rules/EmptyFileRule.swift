/// `empty-file`: the file holds nothing but white space.
public enum EmptyFileRule: Rule {
    public static let description = RuleDescription("empty-file", .error, "Berkas kosong.")

    public static func empty(file: String) -> Diagnostic {
        diagnostic(file: file, "berkas kosong",
                   hint: "isi berkas dengan front matter dan komponen standar, atau hapus berkas ini; \"standar new\" membuat kerangkanya")
    }
}
