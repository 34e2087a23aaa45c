/// `too-large`: the file is larger than a service standard can reasonably be; it is not read.
public enum TooLargeRule: Rule {
    public static let description = RuleDescription("too-large", .error, "Berkas melebihi batas ukuran.")

    public static func tooLarge(file: String, size: Int, limit: Int) -> Diagnostic {
        diagnostic(file: file, "berkas berukuran \(size / 1024) KiB, melebihi batas \(limit / 1024) KiB",
                   hint: "standar pelayanan biasanya hanya beberapa KiB; pecah menjadi beberapa standar atau hapus isi yang tidak perlu (gambar tempelan, tabel sangat besar)")
    }
}
