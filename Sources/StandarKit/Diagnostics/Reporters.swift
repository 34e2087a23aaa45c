import Foundation

/// Output formats of `standar check`.
public enum ReportFormat: String, CaseIterable, Sendable {
    case text, json, github
}

public enum Reporter {
    public static func render(_ result: CheckResult, format: ReportFormat) -> String {
        switch format {
        case .text: text(result)
        case .json: json(result)
        case .github: github(result)
        }
    }

    /// Compiler-style lines, a hint line under each, then a table per OPD.
    public static func text(_ result: CheckResult) -> String {
        var out = ""
        out.reserveCapacity(result.diagnostics.count * 256)
        // Appended piece by piece: interpolation built a temporary string per line (this loop runs alone at the
        // end of a check, 20 ms for 10,000 warnings).
        for d in result.diagnostics {
            out += d.file
            out += ":"
            out += String(d.line)
            out += ":"
            out += String(d.column)
            out += ": "
            out += d.severity.label
            out += ": "
            out += d.message
            out += " ["
            out += d.rule
            out += "]\n"
            if let hint = d.hint {
                out += "    saran: "
                out += hint
                out += "\n"
            }
        }
        if !result.diagnostics.isEmpty { out += "\n" }
        // The tallies group every row by OPD: computed once for the table and the total.
        let tallies = result.tallies
        out += table(tallies)
        let total = tallies.reduce(StandardTally()) { $0 + $1.tally }
        out += "\(result.site.fileCount) berkas, \(total.files) standar (\(total.published) terbit, \(total.drafts) draf, "
            + "\(total.unreadable) tidak terbaca): \(result.errorCount) galat, \(result.warningCount) peringatan.\n"
        return out
    }

    /// The table per OPD: every service file counted once, as published, draft or unreadable; published standards
    /// split into complete and incomplete and by KemenPAN-RB level; an OPD without a published standard is at
    /// level 0. Every row adds up: Standar = Draf + Tidak terbaca + Terbit, Terbit = Lengkap + Belum lengkap =
    /// Tingkat 1 + 2 + 3.
    public static func table(_ result: CheckResult) -> String {
        table(result.tallies)
    }

    static func table(_ tallies: [(slug: String, tally: StandardTally)]) -> String {
        guard !tallies.isEmpty else { return "" }
        let headers = ["OPD", "Standar", "Draf", "Tidak terbaca", "Terbit", "Lengkap", "Belum lengkap",
                       "Tingkat 1", "Tingkat 2", "Tingkat 3", "Tingkat OPD"]
        func cells(_ name: String, _ t: StandardTally, level: String) -> [String] {
            [name, "\(t.files)", "\(t.drafts)", "\(t.unreadable)", "\(t.published)", "\(t.complete)", "\(t.incomplete)",
             "\(t.levels[1])", "\(t.levels[2])", "\(t.levels[3])", level]
        }
        var rows = tallies.map { cells($0.slug, $0.tally, level: "\($0.tally.level)") }
        let total = tallies.reduce(StandardTally()) { $0 + $1.tally }
        rows.append(cells("Jumlah", total, level: "-"))
        return TextTable.render(headers: headers, rows: rows, leftAligned: [0]) + "\n"
    }

    /// The stable machine-readable form documented in the README.
    public static func json(_ result: CheckResult) -> String {
        let total = result.tallies.reduce(StandardTally()) { $0 + $1.tally }
        let summary: JSONValue = .object([
            ("files", .int(result.site.fileCount)), ("services", .int(result.serviceCount)),
            ("errors", .int(result.errorCount)), ("warnings", .int(result.warningCount)),
        ])
        let totals: JSONValue = .object([
            ("standards", .int(total.files)), ("published", .int(total.published)), ("drafts", .int(total.drafts)),
            ("unreadable", .int(total.unreadable)), ("complete", .int(total.complete)),
            ("incomplete", .int(total.incomplete)), ("levels", EvaluationWriters.levels(total.levels)),
        ])
        let diagnostics = result.diagnostics.map { d -> JSONValue in
            var fields: [(String, JSONValue)] = [
                ("file", .string(d.file)), ("line", .int(d.line)), ("column", .int(d.column)),
                ("severity", .string(d.severity.rawValue)), ("rule", .string(d.rule)),
            ]
            if let c = d.component { fields.append(("component", .string(c.id))) }
            fields += [("message", .string(d.message)), ("hint", JSONValue(d.hint))]
            return .object(fields)
        }
        let standards = result.standards.map { standard($0, opdName: nil) }
        return JSONWriter.string(.object([("summary", summary), ("totals", totals), ("diagnostics", .array(diagnostics)),
                                          ("standards", .array(standards))]), layout: .records) + "\n"
    }

    /// One standard as a JSON object: file, OPD, title, status, level and its components by state. `opdName` adds
    /// the OPD's name (`standar laporan`).
    public static func standard(_ row: StandardRow, opdName: String?) -> JSONValue {
        func ids(_ state: ComponentState) -> JSONValue {
            .array(ComponentID.allCases.filter { row.state($0) == state }.map { .string($0.id) })
        }
        var fields: [(String, JSONValue)] = [("file", .string(row.file)), ("opd", .string(row.opd))]
        if let opdName { fields.append(("opd_nama", .string(opdName))) }
        fields += [
            ("slug", .string(row.slug)), ("judul", JSONValue(row.judul)), ("status", .string(row.status.rawValue)),
            ("level", JSONValue(row.level)), ("complete", .bool(row.complete)),
            ("components", row.components.isEmpty ? .null
                : .object([("present", ids(.ada)), ("empty", ids(.kosong)), ("missing", ids(.tidakAda))])),
            ("nomor_sk", JSONValue(row.nomorSK)), ("ditetapkan", JSONValue(row.ditetapkan?.description)),
            ("ditinjau", JSONValue(row.ditinjau?.description)), ("errors", .int(row.errors)),
            ("warnings", .int(row.warnings)),
        ]
        return .object(fields)
    }

    /// GitHub Actions workflow commands, one per diagnostic, then the summary as a notice.
    public static func github(_ result: CheckResult) -> String {
        var out = ""
        for d in result.diagnostics {
            let kind = d.severity == .error ? "error" : "warning"
            let message = d.message + (d.hint.map { " — saran: \($0)" } ?? "")
            out += "::\(kind) file=\(escapeProperty(d.file)),line=\(d.line),col=\(d.column),title=\(escapeProperty(d.rule))::\(escapeData(message))\n"
        }
        out += "::notice::\(escapeData("\(result.serviceCount) standar: \(result.errorCount) galat, \(result.warningCount) peringatan"))\n"
        return out
    }

    static func pad(_ s: String, _ width: Int) -> String {
        String(repeating: " ", count: max(0, width - s.count)) + s
    }

    static func escapeData(_ s: String) -> String {
        s.replacingOccurrences(of: "%", with: "%25").replacingOccurrences(of: "\r", with: "%0D")
            .replacingOccurrences(of: "\n", with: "%0A")
    }

    static func escapeProperty(_ s: String) -> String {
        escapeData(s).replacingOccurrences(of: ":", with: "%3A").replacingOccurrences(of: ",", with: "%2C")
    }
}
