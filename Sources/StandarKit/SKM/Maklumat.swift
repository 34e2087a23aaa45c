/// An OPD's maklumat pelayanan (service pledge), from `content/<opd>/maklumat.md`: the signatory, position and
/// date in the front matter, the pledge itself as the Markdown body.
public struct Maklumat: Sendable {
    public var file: String
    public var penandatangan: String?
    public var jabatan: String?
    public var tanggal: SimpleDate?
    public var nomor: String?
    public var body: [MarkdownBlock]

    /// Everything the evaluation looks for: text, signatory and date.
    public var complete: Bool { penandatangan != nil && tanggal != nil && !body.isEmpty }

    public static let schema: [FieldSpec] = [
        FieldSpec("penandatangan", .text, "Nama pejabat yang menandatangani maklumat, misalnya \"Drs. Budi Santoso, M.Si.\"."),
        FieldSpec("jabatan", .text, "Jabatan penandatangan, misalnya \"Kepala Dinas\"."),
        FieldSpec("tanggal", .date, "Tanggal maklumat ditetapkan, format TTTT-BB-HH."),
        FieldSpec("nomor", .text, "Nomor maklumat atau keputusan yang menetapkannya, bila ada."),
    ]
}

/// The PEKPPP material of one OPD: its maklumat and its surveys, oldest period first.
public struct OPDPekppp: Sendable {
    public var maklumat: Maklumat?
    public var surveys: [SKMSurvey] = []

    public init(maklumat: Maklumat? = nil, surveys: [SKMSurvey] = []) {
        self.maklumat = maklumat
        self.surveys = surveys
    }

    /// The latest survey.
    public var latest: SKMSurvey? { surveys.last }
}
