import Yams

/// `front-matter`: the front matter is missing, not closed, or not readable YAML of `key: value` lines.
public enum FrontMatterRule: Rule {
    public static let description = RuleDescription("front-matter", .error, "Front matter tidak ada, tidak ditutup, atau YAML-nya salah.")

    public static func missing(file: String) -> Diagnostic {
        diagnostic(file: file, "berkas tidak diawali front matter (baris \"---\")",
                   hint: "tambahkan di baris pertama: ---, lalu kolom seperti judul: ..., lalu tutup dengan --- sebelum isi")
    }

    public static func unterminated(file: String) -> Diagnostic {
        diagnostic(file: file, "front matter dibuka dengan \"---\" tetapi tidak pernah ditutup",
                   hint: "tambahkan baris \"---\" setelah kolom terakhir front matter, sebelum isi berkas")
    }

    /// A tab in the indentation of `line` (libyaml's own message for it is cryptic).
    public static func tabIndent(file: String, line: Int) -> Diagnostic {
        diagnostic(file: file, line: line, "front matter memakai karakter tab untuk indentasi",
                   hint: "ganti tab dengan spasi (YAML hanya menerima spasi)")
    }

    /// What `YAMLAliasScanner` (or the anchor search after compose) refused, before Yams could expand it.
    public static func refused(_ hit: YAMLAliasScanner.Hit, file: String, line: Int) -> Diagnostic {
        switch hit.kind {
        case .anchorOrAlias:
            diagnostic(file: file, line: line, column: hit.column,
                       "front matter memakai anchor atau alias YAML (& atau *), yang tidak diizinkan",
                       hint: "tulis isinya secara langsung; bila teks memang diawali & atau *, beri tanda kutip, misalnya judul: \"*Layanan\"")
        case .complexKey:
            diagnostic(file: file, line: line, column: hit.column,
                       "front matter memakai kunci YAML yang rumit (\"? \" atau daftar sebagai nama kolom), yang tidak diizinkan",
                       hint: "nama kolom harus berupa teks biasa, misalnya judul: ...; bila isi memang diawali \"?\", beri tanda kutip")
        case .tooDeep:
            diagnostic(file: file, line: line, column: hit.column,
                       "front matter bersarang terlalu dalam (lebih dari \(YAMLAliasScanner.maxDepth) tingkat)",
                       hint: "front matter hanya berisi kolom teks dan daftar; tulis daftar satu tingkat, misalnya kata_kunci: [akta, kelahiran]")
        }
    }

    /// What libyaml (through Yams) refused.
    public enum YAMLProblem: Sendable, Equatable {
        case duplicatedKeys([String])
        /// libyaml's English `problem` and optional `context` ("while parsing ..."), translated when known.
        case syntax(problem: String, context: String?)
        case unreadable
    }

    public static func yaml(file: String, line: Int, column: Int, _ problem: YAMLProblem) -> Diagnostic {
        let message: String
        switch problem {
        case .duplicatedKeys(let keys):
            message = "kolom \(keys.map { "\"\($0)\"" }.joined(separator: ", ")) ditulis lebih dari sekali di front matter"
        case .syntax(let problem, let context):
            message = "YAML front matter salah: \(translate(problem))" + contextNote(context)
        case .unreadable:
            message = "YAML front matter tidak dapat dibaca"
        }
        return diagnostic(file: file, line: line, column: column, message,
                          hint: "periksa penulisan YAML: setiap baris berbentuk \"kolom: isi\"; beri tanda kutip bila isi mengandung \":\" atau diawali karakter khusus")
    }

    /// Yams failed with an error that is not a `YamlError`.
    public static func unreadable(file: String, line: Int) -> Diagnostic {
        diagnostic(file: file, line: line, "front matter tidak dapat dibaca", hint: nil)
    }

    public static func notMapping(file: String, line: Int) -> Diagnostic {
        diagnostic(file: file, line: line, "front matter harus berupa daftar \"kolom: isi\"",
                   hint: "tulis setiap kolom pada barisnya sendiri, misalnya judul: Penerbitan Akta Kelahiran")
    }

    public static func keyNotText(file: String, line: Int, column: Int) -> Diagnostic {
        diagnostic(file: file, line: line, column: column, "nama kolom front matter harus berupa teks", hint: nil)
    }

    /// Line, column (relative to the YAML) and the problem of a Yams error.
    static func locate(_ error: YamlError) -> (line: Int, column: Int, problem: YAMLProblem) {
        switch error {
        case .duplicatedKeysInMapping(let duplicates, let context):
            return (context.mark.line, context.mark.column, .duplicatedKeys(duplicates.map { "\($0)" }))
        case .scanner(let context, let problem, let mark, _):
            return (mark.line, mark.column, .syntax(problem: problem, context: context?.text))
        case .parser(let context, let problem, let mark, _):
            return (mark.line, mark.column, .syntax(problem: problem, context: context?.text))
        case .composer(let context, let problem, let mark, _):
            return (mark.line, mark.column, .syntax(problem: problem, context: context?.text))
        default:
            return (1, 1, .unreadable)
        }
    }

    /// The libyaml context ("while parsing ...") in Indonesian, or nothing when there is no translation.
    static func contextNote(_ text: String?) -> String {
        guard let text else { return "" }
        let translated = translate(text)
        return translated == text ? "" : " (\(translated))"
    }

    static func translate(_ problem: String) -> String {
        for (english, indonesian) in translations where problem.contains(english) { return indonesian }
        return problem
    }

    static let translations: [(String, String)] = [
        ("mapping values are not allowed in this context", "tanda \":\" tidak boleh muncul di sini; beri tanda kutip pada isinya"),
        ("found character that cannot start any token", "ada karakter yang tidak boleh mengawali isi; beri tanda kutip pada isinya"),
        ("did not find expected key", "baris ini tidak berbentuk \"kolom: isi\" yang diharapkan"),
        ("could not find expected ':'", "tanda \":\" setelah nama kolom tidak ditemukan"),
        ("found unexpected end of stream", "front matter berakhir sebelum waktunya (tanda kutip belum ditutup?)"),
        ("found undefined alias", "alias YAML tidak dikenal"),
        ("did not find expected node content", "isi kolom tidak ditemukan"),
        ("block sequence entries are not allowed in this context", "butir daftar \"- \" tidak boleh berada di sini"),
        ("while scanning a simple key", "saat membaca nama kolom"),
        ("while parsing a block mapping", "saat membaca daftar kolom"),
        ("while scanning a quoted scalar", "saat membaca teks bertanda kutip"),
        ("while parsing a flow sequence", "saat membaca daftar dalam kurung siku"),
        ("while parsing a block collection", "saat membaca daftar"),
        ("while parsing a flow node", "saat membaca isi dalam kurung"),
        ("while parsing a flow mapping", "saat membaca isi dalam kurung kurawal"),
        ("while parsing a block node", "saat membaca isi kolom"),
        ("while scanning a block scalar", "saat membaca teks beberapa baris"),
        ("while scanning a plain scalar", "saat membaca isi kolom"),
        ("while scanning an anchor", "saat membaca anchor"),
        ("while scanning an alias", "saat membaca alias"),
        ("while scanning a tag", "saat membaca tag"),
        ("while scanning a directive", "saat membaca baris yang diawali %"),
        ("found unexpected document start", "ada \"---\" kedua di dalam front matter"),
        ("expected a single document in the stream", "front matter hanya boleh berisi satu dokumen YAML"),
    ]
}
