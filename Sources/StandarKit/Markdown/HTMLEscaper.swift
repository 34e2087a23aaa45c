/// Escaping for HTML text and attribute values.
public enum HTMLEscaper {
    public static func text(_ s: String) -> String {
        var out = ""
        appendText(s, to: &out)
        return out
    }

    public static func attribute(_ s: String) -> String {
        var out = ""
        appendAttribute(s, to: &out)
        return out
    }

    public static func appendText(_ s: String, to out: inout String) {
        append(s, to: &out, quotes: false)
    }

    public static func appendAttribute(_ s: String, to out: inout String) {
        append(s, to: &out, quotes: true)
    }

    static func append(_ s: String, to out: inout String, quotes: Bool) {
        var needs = false
        for b in s.utf8 where b == 0x26 || b == 0x3C || b == 0x3E || b == 0x22 || b == 0x27 {
            needs = true
            break
        }
        guard needs else { out += s; return }
        for scalar in s.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += quotes ? "&quot;" : "\""
            case "'": out += quotes ? "&#39;" : "'"
            default: out.unicodeScalars.append(scalar)
            }
        }
    }
}
