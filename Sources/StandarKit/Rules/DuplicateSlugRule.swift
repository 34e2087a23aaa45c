/// `duplicate-slug`: two names that differ only in letter case publish to one address.
public enum DuplicateSlugRule: Rule {
    public static let description = RuleDescription("duplicate-slug", .error, "Dua berkas menghasilkan alamat halaman yang sama.")

    /// `file` publishes to `address`, which `first` already uses.
    public static func collision(file: String, address: String, first: String) -> Diagnostic {
        diagnostic(file: file, "alamat \"\(address)\" sudah dipakai oleh \(first)",
                   hint: "ganti nama salah satu berkas atau folder agar alamatnya berbeda")
    }
}
