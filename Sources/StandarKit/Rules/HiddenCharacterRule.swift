/// `hidden-character`: a character no reader can see (a control character, a bidirectional override, a Unicode
/// line separator, a noncharacter) was found in a file. It is removed before anything is read, so it never
/// reaches a title, a page or a feed; the warning tells the author where it was.
public enum HiddenCharacterRule: Rule {
    public static let description = RuleDescription("hidden-character", .warning, "Karakter tak terlihat (kendali, pengubah arah teks, pemisah baris Unicode) dihapus dari teks.")

    static func finding(_ c: SourceDecoder.HiddenCharacter, file: String) -> Diagnostic {
        let more = c.count > 1 ? " (dan \(c.count - 1) lainnya di berkas ini)" : ""
        let done = SourceDecoder.replacement(for: c.scalar)?.isEmpty == false ? "diganti spasi" : "dihapus dari teks"
        return diagnostic(file: file, line: c.line, column: c.column,
                          "karakter tak terlihat \(c.code) (\(c.name)) \(done)\(more)",
                          hint: "hapus karakter itu di editor (biasanya terbawa saat menyalin dari aplikasi lain): hapus lalu ketik ulang kata di sekitarnya")
    }
}
