/// URL slugs: lowercase ASCII letters, digits and "-".
public enum Slug {
    /// Why `s` is not a valid slug (in Indonesian, for a finding), or nil when it is one.
    public static func problem(_ s: String) -> String? {
        // Almost every slug is valid: one pass over its contiguous bytes says so. Walking the generic `utf8` view
        // twice cost about 3,600 instructions a slug (callgrind); anything else is named by the full check below.
        if s.utf8.withContiguousStorageIfAvailable(isPlainSlug) == true { return nil }
        return problemByBytes(s)
    }

    /// True when `bytes` are 1 to 100 of a-z, 0-9 and "-", with no dash at either end nor two in a row: exactly
    /// the slugs `problemByBytes` finds no problem with.
    static func isPlainSlug(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard !bytes.isEmpty, bytes.count <= 100 else { return false }
        // Before the first byte as after a dash: a dash here would lead or double one.
        var afterDash = true
        for b in bytes {
            if b &- 0x61 < 26 || b &- 0x30 < 10 {
                afterDash = false
            } else if b == 0x2D, !afterDash {
                afterDash = true
            } else {
                return false
            }
        }
        return !afterDash
    }

    /// The full check, byte by byte through the `utf8` view: the reference for `isPlainSlug`, and what names the
    /// problem of an invalid slug.
    static func problemByBytes(_ s: String) -> String? {
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
        // Only a-z, 0-9 and "-" are left here: check the dashes on the bytes.
        let utf8 = s.utf8
        if utf8.first == 0x2D || utf8.last == 0x2D { return "diawali atau diakhiri tanda -" }
        var previous: UInt8 = 0
        for b in utf8 {
            if b == 0x2D, previous == 0x2D { return "memakai tanda - ganda" }
            previous = b
        }
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
