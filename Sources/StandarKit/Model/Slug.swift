/// URL slugs: lowercase ASCII letters, digits and "-".
public enum Slug {
    public static func problem(_ s: String) -> String? {
        if s.isEmpty { return "nama kosong" }
        if s.utf8.count > 100 { return "lebih dari 100 karakter" }
        for b in s.utf8 {
            switch b {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"):
                continue
            case UInt8(ascii: "A")...UInt8(ascii: "Z"):
                return "memakai huruf besar"
            case UInt8(ascii: " "):
                return "memakai spasi"
            case UInt8(ascii: "_"):
                return "memakai garis bawah \"_\""
            default:
                return "memakai karakter selain huruf kecil, angka dan tanda -"
            }
        }
        if s.hasPrefix("-") || s.hasSuffix("-") { return "diawali atau diakhiri tanda -" }
        if s.contains("--") { return "memakai tanda - ganda" }
        return nil
    }

    /// A valid slug close to `s` ("Akta Kelahiran" -> "akta-kelahiran").
    public static func suggest(_ s: String) -> String {
        var out = ""
        var dash = false
        for ch in TextNormalizer.fold(s).unicodeScalars {
            if (ch >= "a" && ch <= "z") || (ch >= "0" && ch <= "9") {
                if dash, !out.isEmpty { out += "-" }
                dash = false
                out.unicodeScalars.append(ch)
            } else {
                dash = true
            }
        }
        return out.isEmpty ? "layanan-baru" : String(out.prefix(100))
    }
}
