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
        var s = s
        // Scanned as contiguous UTF-8 (most text has nothing to escape and is appended whole).
        let needs = s.withUTF8 { bytes in
            bytes.contains { $0 < 0x3F && ($0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 || $0 == 0x27) }
        }
        guard needs else { out += s; return }
        // Copy runs of ordinary text whole; every special character is ASCII, so runs end on scalar boundaries.
        let utf8 = s.utf8
        var runStart = utf8.startIndex
        var i = utf8.startIndex
        while i != utf8.endIndex {
            let escape: String?
            switch utf8[i] {
            case 0x26: escape = "&amp;"
            case 0x3C: escape = "&lt;"
            case 0x3E: escape = "&gt;"
            case 0x22: escape = quotes ? "&quot;" : nil
            case 0x27: escape = quotes ? "&#39;" : nil
            default: escape = nil
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
    }
}

// MARK: Into bytes

extension HTMLEscaper {
    /// Appends the UTF-8 bytes of `s` as they are.
    @inline(__always)
    static func appendRaw(_ s: String, to out: inout [UInt8]) {
        var s = s
        s.withUTF8 { out.append(contentsOf: $0) }
    }

    static func appendText(_ s: String, to out: inout [UInt8]) { append(s, to: &out, quotes: false) }

    static func appendAttribute(_ s: String, to out: inout [UInt8]) { append(s, to: &out, quotes: true) }

    /// The escaped bytes of `s`; runs with no special byte are copied whole.
    static func append(_ s: String, to out: inout [UInt8], quotes: Bool) {
        var s = s
        s.withUTF8 { bytes in
            guard let base = bytes.baseAddress else { return }
            let n = bytes.count
            var runStart = 0
            var i = firstSpecialWord(bytes, quotes: quotes)
            while i < n {
                let b = bytes[i]
                i += 1
                // Every special byte is below "?" (0x3F).
                guard b < 0x3F else { continue }
                let escape: StaticString
                switch b {
                case 0x26: escape = "&amp;"
                case 0x3C: escape = "&lt;"
                case 0x3E: escape = "&gt;"
                case 0x22 where quotes: escape = "&quot;"
                case 0x27 where quotes: escape = "&#39;"
                default: continue
                }
                out.append(contentsOf: UnsafeBufferPointer(start: base + runStart, count: i - 1 - runStart))
                escape.withUTF8Buffer { out.append(contentsOf: $0) }
                runStart = i
            }
            out.append(contentsOf: UnsafeBufferPointer(start: base + runStart, count: bytes.count - runStart))
        }
    }

    /// Where the first eight bytes holding a special byte (`& < >`, with `quotes` also `" '`) start, read a word
    /// at a time; the count of bytes when there is none. A value shorter than a word is read as one word padded
    /// with zeros; the last, partial word of a longer one as the word that ends with it.
    @inline(__always)
    static func firstSpecialWord(_ bytes: UnsafeBufferPointer<UInt8>, quotes: Bool) -> Int {
        guard let base = bytes.baseAddress else { return 0 }
        let n = bytes.count
        let raw = UnsafeRawPointer(base)
        @inline(__always) func special(_ w: UInt64) -> Bool {
            var hits = ByteWord.byteBits(0x26, w) | ByteWord.byteBits(0x3C, w) | ByteWord.byteBits(0x3E, w)
            if quotes { hits |= ByteWord.byteBits(0x22, w) | ByteWord.byteBits(0x27, w) }
            return hits != 0
        }
        if n < 8 {
            var w: UInt64 = 0
            withUnsafeMutableBytes(of: &w) { $0.baseAddress?.copyMemory(from: raw, byteCount: n) }
            return special(w) ? 0 : n
        }
        var i = 0
        while i &+ 8 <= n {
            if special(raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)) { return i }
            i &+= 8
        }
        if i < n, special(raw.loadUnaligned(fromByteOffset: n &- 8, as: UInt64.self)) { return n &- 8 }
        return n
    }
}
