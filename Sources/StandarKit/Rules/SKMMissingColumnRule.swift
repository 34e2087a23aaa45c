/// `skm-missing-column`: the answers file lacks one of the nine element columns U1…U9, or a follow-up file one
/// of its columns.
public enum SKMMissingColumnRule: Rule {
    public static let description = RuleDescription("skm-missing-column", .error, "Kolom wajib berkas SKM tidak ada.")

    public static func missingElements(file: String, codes: [String]) -> Diagnostic {
        diagnostic(file: file, "kolom \(codes.joined(separator: ", ")) tidak ada di baris judul",
                   hint: "baris pertama harus memuat judul kolom U1, U2, … U9 (satu kolom untuk setiap unsur SKM menurut PermenPAN-RB 14/2017)")
    }

    public static func duplicate(file: String, code: String) -> Diagnostic {
        diagnostic(file: file, "kolom \(code) ditulis lebih dari sekali di baris judul",
                   hint: "setiap unsur U1–U9 hanya boleh punya satu kolom")
    }

    public static func missingFollowUp(file: String, columns: [String]) -> Diagnostic {
        diagnostic(file: file, "kolom \(columns.joined(separator: ", ")) tidak ada di baris judul berkas tindak lanjut",
                   hint: "baris pertama berkas tindak lanjut: unsur,tindakan,tanggal")
    }
}
