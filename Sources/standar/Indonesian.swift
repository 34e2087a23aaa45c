import Foundation

/// Translates the fixed English parts of swift-argument-parser's help and error texts; everything the
/// project writes itself is already in Bahasa Indonesia.
enum Indonesian {
    static let table: [(String, String)] = [
        ("USAGE:", "PEMAKAIAN:"),
        ("Usage:", "Pemakaian:"),
        ("OPTIONS:", "PILIHAN:"),
        ("ARGUMENTS:", "ARGUMEN:"),
        ("SUBCOMMANDS:", "PERINTAH:"),
        ("OVERVIEW:", "RINGKASAN:"),
        ("Show help information.", "Tampilkan bantuan ini."),
        ("Show the version.", "Tampilkan versi."),
        ("See 'standar help <subcommand>' for detailed help.", "Lihat 'standar help <perintah>' untuk bantuan lengkap."),
        ("(default: ", "(bawaan: "),
        ("<subcommand>", "<perintah>"),
        ("(values: ", "(pilihan: "),
        ("Error: ", "Galat: "),
        ("Unknown option", "Pilihan tidak dikenal"),
        ("Unexpected argument", "Argumen tidak terduga"),
        ("Missing expected argument", "Argumen yang diperlukan tidak ada"),
        ("Missing value for", "Nilai belum diberikan untuk"),
        ("is invalid for", "tidak sah untuk"),
        ("The value", "Nilai"),
        ("Please provide one of", "Pilih salah satu dari"),
        ("Help:", "Bantuan:"),
    ]

    static func translate(_ text: String) -> String {
        var out = text
        for (english, indonesian) in table {
            out = out.replacingOccurrences(of: english, with: indonesian)
        }
        return out
    }
}
