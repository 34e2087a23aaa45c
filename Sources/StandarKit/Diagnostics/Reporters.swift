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
        var out = "{\n  \"summary\": {\"files\": \(result.site.fileCount), \"services\": \(result.serviceCount), "
            + "\"errors\": \(result.errorCount), \"warnings\": \(result.warningCount)},\n  \"diagnostics\": ["
        for (i, d) in result.diagnostics.enumerated() {
            out += i == 0 ? "\n    " : ",\n    "
            out += "{\"file\": \(JSONText.quote(d.file)), \"line\": \(d.line), \"column\": \(d.column), "
            out += "\"severity\": \(JSONText.quote(d.severity.rawValue)), \"rule\": \(JSONText.quote(d.rule)), "
            if let c = d.component { out += "\"component\": \(JSONText.quote(c.id)), " }
            out += "\"message\": \(JSONText.quote(d.message)), \"hint\": \(d.hint.map(JSONText.quote) ?? "null")}"
        }
        out += result.diagnostics.isEmpty ? "]\n}\n" : "\n  ]\n}\n"
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
