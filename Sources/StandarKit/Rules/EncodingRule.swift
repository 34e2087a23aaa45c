/// `encoding`: the file is not valid UTF-8 text (UTF-16, invalid bytes, NUL bytes) or cannot be read at all.
public enum EncodingRule: Rule {
    public static let description = RuleDescription("encoding", .error, "Berkas bukan teks UTF-8 yang sah (UTF-16, byte tidak sah, byte NUL).")

    /// Why `SourceDecoder` refused a file's bytes.
    public enum Problem: Sendable, Equatable {
        /// A UTF-16 byte-order mark.
        case utf16ByteOrderMark
        /// NUL bytes between ASCII letters: UTF-16 without a byte-order mark.
        case utf16WithoutByteOrderMark
        case nulByte
        case invalidUTF8

        public var message: String {
            switch self {
            case .utf16ByteOrderMark: "berkas disimpan dengan pengodean UTF-16, bukan UTF-8"
            case .utf16WithoutByteOrderMark: "berkas tampaknya disimpan dengan pengodean UTF-16, bukan UTF-8"
            case .nulByte: "berkas berisi byte NUL (berkas biner atau rusak)"
            case .invalidUTF8: "berkas berisi byte yang bukan UTF-8 yang sah"
            }
        }

        public var hint: String {
            switch self {
            case .utf16ByteOrderMark: "buka berkas di editor teks lalu simpan ulang dengan pengodean \"UTF-8\""
            case .utf16WithoutByteOrderMark: "simpan ulang berkas dengan pengodean \"UTF-8\""
            case .nulByte: "pastikan ini berkas teks Markdown; hapus karakter tak terlihat atau salin isinya ke berkas baru"
            case .invalidUTF8: "simpan ulang berkas dengan pengodean \"UTF-8\" (berkas ini mungkin disimpan sebagai ANSI/Windows-1252)"
            }
        }
    }

    /// The bytes at `line`:`column` are not UTF-8 text.
    public static func undecodable(file: String, _ problem: Problem, line: Int, column: Int) -> Diagnostic {
        diagnostic(file: file, line: line, column: column, problem.message, hint: problem.hint)
    }

    /// The file system refused to read the file (`reason` from the system).
    public static func unreadable(file: String, reason: String) -> Diagnostic {
        diagnostic(file: file, "berkas tidak dapat dibaca: \(reason)", hint: "periksa izin akses berkas")
    }
}
