/// Why a document could not be imported, in Bahasa Indonesia, with a hint for the clerk.
public struct ImportError: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Kind: Sendable, Equatable {
        /// The file cannot be read as a document (corrupt, hostile, unsupported): nothing was written for it.
        case unreadable
        /// The run itself cannot go on (no content/ folder, a bad --opd).
        case cannotRun
    }

    public var kind: Kind
    public var message: String
    public var hint: String?
    public var description: String { message }

    public init(_ message: String, hint: String? = nil) {
        self.init(.unreadable, message, hint: hint)
    }

    public init(_ kind: Kind, _ message: String, hint: String? = nil) {
        self.kind = kind
        self.message = message
        self.hint = hint
    }

    static let saveAsDocx = "buka berkas itu di Word atau LibreOffice, pilih Simpan Sebagai (Save As) dengan jenis "
        + "\"Dokumen Word (.docx)\" atau \"Teks ODF (.odt)\", lalu impor berkas barunya"
}
