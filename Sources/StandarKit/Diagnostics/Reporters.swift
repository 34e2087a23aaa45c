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
        for d in result.diagnostics {
            out += "\(d.file):\(d.line):\(d.column): \(d.severity.label): \(d.message) [\(d.rule)]\n"
            if let hint = d.hint { out += "    saran: \(hint)\n" }
        }
        if !result.diagnostics.isEmpty { out += "\n" }
        out += table(result)
        let total = result.tallies.reduce(StandardTally()) { $0 + $1.tally }
        out += "\(result.site.fileCount) berkas, \(total.files) standar (\(total.published) terbit, \(total.drafts) draf, "
            + "\(total.unreadable) tidak terbaca): \(result.errorCount) galat, \(result.warningCount) peringatan.\n"
        return out
    }

    /// The table per OPD: every service file counted once, as published, draft or unreadable; published standards
    /// split into complete and incomplete and by KemenPAN-RB level; an OPD without a published standard is at
    /// level 0. Every row adds up: Standar = Draf + Tidak terbaca + Terbit, Terbit = Lengkap + Belum lengkap =
    /// Tingkat 1 + 2 + 3.
    public static func table(_ result: CheckResult) -> String {
        let tallies = result.tallies
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
        var out = "{\n  \"summary\": {\"files\": \(result.site.fileCount), \"services\": \(result.serviceCount), "
            + "\"errors\": \(result.errorCount), \"warnings\": \(result.warningCount)},\n"
            + "  \"totals\": {\"standards\": \(total.files), \"published\": \(total.published), \"drafts\": \(total.drafts), "
            + "\"unreadable\": \(total.unreadable), \"complete\": \(total.complete), \"incomplete\": \(total.incomplete), "
            + "\"levels\": \(EvaluationWriters.levelsJSON(total.levels))},\n  \"diagnostics\": ["
        for (i, d) in result.diagnostics.enumerated() {
            out += i == 0 ? "\n    " : ",\n    "
            out += "{\"file\": \(JSONText.quote(d.file)), \"line\": \(d.line), \"column\": \(d.column), "
            out += "\"severity\": \(JSONText.quote(d.severity.rawValue)), \"rule\": \(JSONText.quote(d.rule)), "
            if let c = d.component { out += "\"component\": \(JSONText.quote(c.id)), " }
            out += "\"message\": \(JSONText.quote(d.message)), \"hint\": \(d.hint.map(JSONText.quote) ?? "null")}"
        }
        out += result.diagnostics.isEmpty ? "],\n  \"standards\": [" : "\n  ],\n  \"standards\": ["
        for (i, row) in result.standards.enumerated() {
            out += i == 0 ? "\n    " : ",\n    "
            out += standardJSON(row, opdName: nil)
        }
        out += result.standards.isEmpty ? "]\n}\n" : "\n  ]\n}\n"
        return out
    }

    /// One standard as a JSON object: file, OPD, title, status, level and its components by state. `opdName` adds
    /// the OPD's name (`standar laporan`).
    public static func standardJSON(_ row: StandardRow, opdName: String?) -> String {
        func ids(_ state: ComponentState) -> String {
            "[" + ComponentID.allCases.filter { row.state($0) == state }.map { JSONText.quote($0.id) }
                .joined(separator: ", ") + "]"
        }
        var out = "{\"file\": \(JSONText.quote(row.file)), \"opd\": \(JSONText.quote(row.opd)), "
        if let opdName { out += "\"opd_nama\": \(JSONText.quote(opdName)), " }
        out += "\"slug\": \(JSONText.quote(row.slug)), \"judul\": \(row.judul.map(JSONText.quote) ?? "null"), "
        out += "\"status\": \(JSONText.quote(row.status.rawValue)), \"level\": \(row.level.map(String.init) ?? "null"), "
        out += "\"complete\": \(row.complete), "
        if row.components.isEmpty {
            out += "\"components\": null, "
        } else {
            out += "\"components\": {\"present\": \(ids(.ada)), \"empty\": \(ids(.kosong)), \"missing\": \(ids(.tidakAda))}, "
        }
        out += "\"nomor_sk\": \(row.nomorSK.map(JSONText.quote) ?? "null"), "
        out += "\"ditetapkan\": \(row.ditetapkan.map { JSONText.quote($0.description) } ?? "null"), "
        out += "\"ditinjau\": \(row.ditinjau.map { JSONText.quote($0.description) } ?? "null"), "
        out += "\"errors\": \(row.errors), \"warnings\": \(row.warnings)}"
        return out
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

/// JSON string literals without Foundation's encoder (stable output, no escaped slashes).
public enum JSONText {
    /// A JSON string literal. "<", ">" and "&" are escaped too, so the text is safe inside <script> (JSON-LD);
    /// runs of ordinary text are copied whole.
    public static func quote(_ s: String) -> String {
        var out = "\""
        out.reserveCapacity(s.utf8.count + 8)
        let utf8 = s.utf8
        var runStart = utf8.startIndex
        var i = utf8.startIndex
        while i != utf8.endIndex {
            let b = utf8[i]
            var escape: String?
            switch b {
            case 0x22: escape = "\\\""
            case 0x5C: escape = "\\\\"
            case 0x0A: escape = "\\n"
            case 0x0D: escape = "\\r"
            case 0x09: escape = "\\t"
            case 0x3C: escape = "\\u003c"
            case 0x3E: escape = "\\u003e"
            case 0x26: escape = "\\u0026"
            case 0x00..<0x20:
                let hex = String(b, radix: 16)
                escape = "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            case 0xE2:
                // U+2028 and U+2029 end a line in JavaScript.
                let j = utf8.index(after: i)
                if j != utf8.endIndex, utf8[j] == 0x80 {
                    let k = utf8.index(after: j)
                    if k != utf8.endIndex, utf8[k] == 0xA8 || utf8[k] == 0xA9 {
                        out += s[runStart..<i]
                        out += utf8[k] == 0xA8 ? "\\u2028" : "\\u2029"
                        i = utf8.index(after: k)
                        runStart = i
                        continue
                    }
                }
            default:
                break
            }
            if let escape {
                out += s[runStart..<i]
                out += escape
                i = utf8.index(after: i)
                runStart = i
            } else {
                i = utf8.index(after: i)
            }
        }
        out += s[runStart..<utf8.endIndex]
        out += "\""
        return out
    }
}
