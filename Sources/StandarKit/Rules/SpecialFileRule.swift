/// `special-file`: an entry in content/ that is neither a regular file, a folder nor a link (a FIFO, socket or
/// device, even when named like `x.md`); it is never read.
public enum SpecialFileRule: Rule {
    public static let description = RuleDescription("special-file", .error, "Isi content/ yang bukan berkas biasa (FIFO, soket, perangkat) tidak dibaca.")

    public static func special(file: String, name: String) -> Diagnostic {
        diagnostic(file: file, "\"\(name)\" bukan berkas biasa (FIFO, soket atau perangkat) dan tidak dibaca",
                   hint: "hapus \"\(name)\" dari content/, lalu simpan isinya sebagai berkas teks .md biasa")
    }
}
