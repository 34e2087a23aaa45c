/// `invalid-field`: a front-matter value that does not fit its field's type. `DateOrderRule` reports dates that
/// cannot be right under the same id.
public enum InvalidFieldRule: Rule {
    public static let description = RuleDescription("invalid-field", .error, "Isi kolom front matter tidak sesuai jenisnya.")

    /// Why a value does not fit its field (found by `FrontMatterReader.validate`).
    public enum Problem: Error, Sendable, Equatable {
        case notSingleText(key: String)
        case date(key: String, text: String)
        case boolean(key: String, text: String)
        case email(text: String)
        case url(key: String, text: String)
        case notComponentList(key: String)
        case listItemNotText(key: String)
        case unknownComponent(id: String)
        case notTextOrList(key: String)
    }

    public static func invalid(file: String, line: Int, column: Int, _ problem: Problem) -> Diagnostic {
        let (message, hint) = text(problem)
        return diagnostic(file: file, line: line, column: column, message, hint: hint)
    }

    static func text(_ problem: Problem) -> (String, String) {
        switch problem {
        case .notSingleText(let key):
            return ("kolom \"\(key)\" harus berisi satu teks, bukan daftar", "tulis isinya pada baris yang sama: \(key): ...")
        case .date(let key, let text):
            return ("tanggal \"\(text)\" pada kolom \"\(key)\" tidak sah", "tulis tanggal dengan format TTTT-BB-HH, misalnya 2026-03-15")
        case .boolean(let key, let text):
            return ("kolom \"\(key)\" harus berisi true atau false, bukan \"\(text)\"", "tulis \(key): true atau \(key): false")
        case .email(let text):
            return ("alamat surel \"\(text)\" tidak sah", "tulis alamat lengkap, misalnya layanan@contoh.go.id")
        case .url(let key, let text):
            return ("alamat \"\(text)\" pada kolom \"\(key)\" harus diawali http:// atau https://",
                    "tulis alamat lengkap, misalnya https://contoh.go.id")
        case .notComponentList(let key):
            return ("kolom \"\(key)\" harus berupa daftar id komponen",
                    "tulis setiap id pada baris sendiri diawali \"- \", misalnya - persyaratan")
        case .listItemNotText(let key):
            return ("setiap butir kolom \"\(key)\" harus berupa teks", "tulis setiap butir pada satu baris diawali \"- \"")
        case .unknownComponent(let id):
            let ids = ComponentID.allCases.map(\.id)
            return ("\"\(id)\" bukan id komponen",
                    Suggest.closest(to: id, among: ids).map { "maksud Anda \"\($0)\"?" } ?? "id yang sah: " + ids.joined(separator: ", "))
        case .notTextOrList(let key):
            return ("kolom \"\(key)\" harus berupa teks atau daftar teks",
                    "tulis teks pada baris yang sama, atau daftar dengan setiap butir diawali \"- \"")
        }
    }
}
