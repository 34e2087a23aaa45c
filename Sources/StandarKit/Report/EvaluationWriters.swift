import Foundation

/// One table of the evaluator's report, as cells: what the CSV, the `.xlsx` and the terminal table share.
public struct ReportTable: Sendable {
    public enum Cell: Sendable, Equatable {
        case text(String)
        case number(Int)
        case date(SimpleDate)
        case empty

        /// As written in CSV and in the terminal (dates as YYYY-MM-DD).
        public var plain: String {
            switch self {
            case .text(let s): s
            case .number(let n): String(n)
            case .date(let d): d.description
            case .empty: ""
            }
        }
    }

    /// The sheet name (at most 31 characters, as spreadsheets require).
    public var name: String
    public var headers: [String]
    public var rows: [[Cell]]
    /// Columns kept in view when scrolling right (the OPD and the service).
    public var frozenColumns: Int
}

/// The writers of `standar laporan`: terminal text, CSV, JSON (and `.xlsx`, in `XLSXReportWriter`).
public enum EvaluationWriters {
    /// The note printed with every form of the report: which levels the content can show.
    public static let levelNote = "Tingkat menurut indikator standar pelayanan KemenPAN-RB: 0 belum ada standar, "
        + "1 belum memuat ke-14 komponen, 2 memuat ke-14 komponen, 3 ditambah nomor dan tanggal SK penetapan. "
        + "Tingkat 4 (masyarakat ikut menyusun) dan 5 (standar dipantau) tidak dapat dibaca dari isi standar, "
        + "sehingga tidak dinilai."

    // MARK: Tables

    /// One row per service file: OPD, service, status, level, the 14 components, SK, last review, findings.
    public static func standardsTable(_ report: EvaluationReport) -> ReportTable {
        let headers = ["Perangkat daerah", "Layanan", "Berkas", "Status", "Tingkat"]
            + ComponentID.allCases.map(\.canonicalHeading)
            + ["Nomor SK", "Tanggal SK", "Ditinjau terakhir", "Galat", "Peringatan"]
        let rows: [[ReportTable.Cell]] = report.standards.map { r in
            var row: [ReportTable.Cell] = [
                .text(report.opdName(r.opd)), r.judul.map { .text($0) } ?? .empty, .text(r.file), .text(r.status.label),
                r.level.map { .number($0) } ?? .empty,
            ]
            row += ComponentID.allCases.map { id in r.state(id).map { .text($0.label) } ?? .empty }
            row += [r.nomorSK.map { .text($0) } ?? .empty, r.ditetapkan.map { .date($0) } ?? .empty,
                    r.ditinjau.map { .date($0) } ?? .empty, .number(r.errors), .number(r.warnings)]
            return row
        }
        return ReportTable(name: "Per standar", headers: headers, rows: rows, frozenColumns: 2)
    }

    /// One row per OPD: its level (0 without any published standard) and its standards counted by status and level.
    public static func opdTable(_ report: EvaluationReport) -> ReportTable {
        let headers = ["Perangkat daerah", "Tingkat OPD", "Standar", "Draf", "Tidak terbaca", "Terbit",
                       "Tingkat 1", "Tingkat 2", "Tingkat 3", "Lengkap", "Belum lengkap", "Standar dengan galat"]
        let rows: [[ReportTable.Cell]] = report.opds.map { o in
            let t = o.tally
            return [.text(o.nama), .number(t.level), .number(t.files), .number(t.drafts), .number(t.unreadable),
                    .number(t.published), .number(t.levels[1]), .number(t.levels[2]), .number(t.levels[3]),
                    .number(t.complete), .number(t.incomplete), .number(t.errors)]
        }
        return ReportTable(name: "Per OPD", headers: headers, rows: rows, frozenColumns: 1)
    }

    // MARK: CSV

    /// A table as CSV the way the site's data files are: UTF-8 with a BOM, CRLF, fields quoted when needed, and a
    /// leading =, +, -, @ neutralized so a spreadsheet never runs a cell as a formula.
    public static func csv(_ table: ReportTable) -> String {
        var out = "\u{FEFF}" + table.headers.map(DataExports.csvField).joined(separator: ",") + "\r\n"
        for row in table.rows {
            out += row.map { DataExports.csvField($0.plain) }.joined(separator: ",") + "\r\n"
        }
        return out
    }

    // MARK: JSON

    /// The whole report as JSON (documented in the README).
    public static func json(_ report: EvaluationReport) -> String {
        let total = report.total
        let summary: JSONValue = .object([
            ("files", .int(report.files)), ("standards", .int(total.files)), ("published", .int(total.published)),
            ("drafts", .int(total.drafts)), ("unreadable", .int(total.unreadable)), ("errors", .int(report.errorCount)),
            ("warnings", .int(report.warningCount)), ("levels", levels(total.levels)),
            ("opds_per_level", levels(report.opdsPerLevel, from: 0)),
        ])
        let opds = report.opds.map { o -> JSONValue in
            let t = o.tally
            return .object([
                ("opd", .string(o.slug)), ("nama", .string(o.nama)), ("level", .int(t.level)), ("standards", .int(t.files)),
                ("published", .int(t.published)), ("drafts", .int(t.drafts)), ("unreadable", .int(t.unreadable)),
                ("levels", levels(t.levels)), ("complete", .int(t.complete)), ("incomplete", .int(t.incomplete)),
                ("with_errors", .int(t.errors)),
            ])
        }
        let standards = report.standards.map { Reporter.standard($0, opdName: report.opdName($0.opd)) }
        return JSONWriter.string(.object([
            ("title", .string(report.judul)), ("pemda", JSONValue(report.pemda)), ("date", .string(report.today.description)),
            ("summary", summary), ("opds", .array(opds)), ("standards", .array(standards)),
        ]), layout: .records) + "\n"
    }

    /// Counts per level as an object keyed by the level ("1": 3, ...), from `first`.
    static func levels(_ counts: [Int], from first: Int = 1) -> JSONValue {
        .object((first..<counts.count).map { ("\($0)", .int(counts[$0])) })
    }

    // MARK: Terminal

    /// Both tables, aligned for the terminal; the 14 components as numbered columns with a legend.
    public static func text(_ report: EvaluationReport) -> String {
        var out = "Laporan kepatuhan standar pelayanan"
        if let pemda = report.pemda { out += " — \(pemda)" }
        out += "\nPer tanggal \(report.today.indonesian).\n\n"
        out += "Per perangkat daerah\n"
        let opd = opdTable(report)
        // Short names keep the table within a terminal: the OPD's abbreviation when it has one.
        var opdRows = zip(opd.rows, report.opds).map { row, o in
            [o.singkatan ?? clip(o.nama, 40)] + row.dropFirst().map(\.plain)
        }
        let t = report.total
        opdRows.append(["Jumlah", "-", "\(t.files)", "\(t.drafts)", "\(t.unreadable)", "\(t.published)", "\(t.levels[1])",
                        "\(t.levels[2])", "\(t.levels[3])", "\(t.complete)", "\(t.incomplete)", "\(t.errors)"])
        out += TextTable.render(headers: opd.headers, rows: opdRows, leftAligned: [0])
        let perLevel = report.opdsPerLevel
        out += "OPD per tingkat: " + (0...3).map { "tingkat \($0): \(perLevel[$0])" }.joined(separator: ", ") + ".\n\n"

        out += "Per standar\n"
        let components = ComponentID.allCases
        let headers = ["OPD", "Layanan", "Status", "Tingkat"] + components.map { String($0.order + 1) }
            + ["Nomor SK", "Tanggal SK", "Ditinjau"]
        let rows: [[String]] = report.standards.map { r in
            let name = report.opds.first { $0.slug == r.opd }.map { $0.singkatan ?? $0.nama } ?? r.opd
            var row = [clip(name, 24), clip(r.judul ?? r.file, 40), r.status.label, r.level.map(String.init) ?? "-"]
            row += components.map { id in
                switch r.state(id) {
                case .ada: "✓"
                case .kosong: "○"
                case .tidakAda: "✗"
                case nil: "-"
                }
            }
            row += [r.nomorSK.map { clip($0, 30) } ?? "-", r.ditetapkan?.description ?? "-", r.ditinjau?.description ?? "-"]
            return row
        }
        out += TextTable.render(headers: headers, rows: rows,
                                leftAligned: Set([0, 1, 2] + Array(4..<(headers.count))))
        out += "Komponen: " + components.map { "\($0.order + 1) \($0.canonicalHeading)" }.joined(separator: "; ") + ".\n"
        out += "✓ ada, ○ kosong, ✗ tidak ada, - berkas tidak terbaca.\n\n"
        out += levelNote + "\n"
        return out
    }

    static func clip(_ s: String, _ limit: Int) -> String {
        s.count <= limit ? s : String(s.prefix(limit - 1)) + "…"
    }
}
