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
        let summaries = result.opdSummaries
        if !summaries.isEmpty {
            let header = ("OPD", "Standar", "Lengkap", "Belum lengkap")
            let width = max(header.0.count, summaries.map(\.slug.count).max() ?? 0)
            func row(_ a: String, _ b: String, _ c: String, _ d: String) -> String {
                a.padding(toLength: width, withPad: " ", startingAt: 0) + "  " + pad(b, 7) + "  " + pad(c, 7) + "  " + pad(d, 13) + "\n"
            }
            out += row(header.0, header.1, header.2, header.3)
            for s in summaries { out += row(s.slug, "\(s.total)", "\(s.complete)", "\(s.incomplete)") }
            let total = summaries.reduce(0) { $0 + $1.total }
            let complete = summaries.reduce(0) { $0 + $1.complete }
            out += row("Jumlah", "\(total)", "\(complete)", "\(total - complete)")
            out += "\n"
        }
        out += "\(result.site.fileCount) berkas, \(result.serviceCount) standar: "
            + "\(result.errorCount) galat, \(result.warningCount) peringatan.\n"
        return out
    }

    /// The stable machine-readable form documented in the README.
    public static func json(_ result: CheckResult) -> String {
        let summary: JSONValue = .object([
            ("files", .int(result.site.fileCount)), ("services", .int(result.serviceCount)),
            ("errors", .int(result.errorCount)), ("warnings", .int(result.warningCount)),
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
        return JSONWriter.string(.object([("summary", summary), ("diagnostics", .array(diagnostics))]), layout: .records) + "\n"
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
