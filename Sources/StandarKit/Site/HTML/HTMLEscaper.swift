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
            var i = nextSpecial(bytes, from: 0, quotes: quotes)
            while i < n {
                out.append(contentsOf: UnsafeBufferPointer(start: base + runStart, count: i - runStart))
                entity(of: bytes[i]).withUTF8Buffer { out.append(contentsOf: $0) }
                runStart = i + 1
                i = nextSpecial(bytes, from: runStart, quotes: quotes)
            }
            out.append(contentsOf: UnsafeBufferPointer(start: base + runStart, count: n - runStart))
        }
    }

    /// The entity that replaces a special byte (`& < > " '`).
    @inline(__always)
    static func entity(of byte: UInt8) -> StaticString {
        switch byte {
        case 0x26: "&amp;"
        case 0x3C: "&lt;"
        case 0x3E: "&gt;"
        case 0x22: "&quot;"
        default: "&#39;"
        }
    }

    /// The special bytes (`& < >`, with `quotes` also `" '`) as bits of a word: every one is below 64.
    static let textSpecials: UInt64 = 1 << 0x26 | 1 << 0x3C | 1 << 0x3E
    static let attributeSpecials: UInt64 = textSpecials | 1 << 0x22 | 1 << 0x27

    /// The lanes of `v` that are special (`& < >`, with `quotes` also `" '`). (Folding `<`/`>` and `&`/`'` into
    /// one comparison each, by a mask, cost more: the compiler then normalized the lanes, 1.8 M more instructions.)
    @inline(__always)
    static func specialLanes(_ v: ByteBlock.Block, quotes: Bool) -> ByteBlock.Lanes {
        let lanes = ByteBlock.equal(v, 0x26) .| ByteBlock.equal(v, 0x3C) .| ByteBlock.equal(v, 0x3E)
        guard quotes else { return lanes }
        return lanes .| ByteBlock.equal(v, 0x22) .| ByteBlock.equal(v, 0x27)
    }

    /// The bytes of `v` (bit i: byte i) that are special (`& < >`, with `quotes` also `" '`).
    @inline(__always)
    static func specialBits(_ v: ByteBlock.Block, quotes: Bool) -> UInt32 {
        ByteBlock.bits(specialLanes(v, quotes: quotes))
    }

    /// The bytes of a value of one to sixteen bytes as two words that hold every one of them, and only them (a
    /// byte may be there twice): the first eight and the last eight bytes from eight on; from four, the first
    /// and the last four in each word; below four, the first, middle and last bytes (and the first again). A
    /// test of the two words as one block tests the whole value at once, without reading past its end; from eight
    /// bytes on, the words stored at the start and at `n - 8` are the value. (A byte at a time, a short value cost
    /// about 120 instructions a call of `PageBuffer.appendEscaped`, callgrind, 1,000-service build.)
    @inline(__always)
    static func shortWords(_ raw: UnsafeRawPointer, count n: Int) -> SIMD2<UInt64> {
        if n >= 8 {
            return SIMD2(raw.loadUnaligned(as: UInt64.self), raw.loadUnaligned(fromByteOffset: n &- 8, as: UInt64.self))
        }
        let half: UInt32
        if n >= 4 {
            half = raw.loadUnaligned(as: UInt32.self)
            let last = raw.loadUnaligned(fromByteOffset: n &- 4, as: UInt32.self)
            let word = UInt64(half) | UInt64(last) << 32
            return SIMD2(word, word)
        }
        let first = UInt32(raw.load(as: UInt8.self))
        half = first | UInt32(raw.load(fromByteOffset: n >> 1, as: UInt8.self)) << 8
            | UInt32(raw.load(fromByteOffset: n &- 1, as: UInt8.self)) << 16 | first << 24
        let word = UInt64(half) | UInt64(half) << 32
        return SIMD2(word, word)
    }

    /// Whether the block of `words` (as `shortWords` reads a short value) holds a special byte (`& < >`, with
    /// `quotes` also `" '`).
    @inline(__always)
    static func hasSpecial(_ words: SIMD2<UInt64>, quotes: Bool) -> Bool {
        ByteBlock.any(specialLanes(unsafeBitCast(words, to: ByteBlock.Block.self), quotes: quotes))
    }

    /// The index of the first special byte of `bytes` (`& < >`, with `quotes` also `" '`) at or after `start`;
    /// the count of bytes when there is none. Most values hold none (a title, a path, a phone number): they are
    /// read sixteen bytes at a time, the last partial block as the sixteen bytes that end the value (its bits
    /// before `start` dropped), and a value shorter than sixteen bytes a byte at a time.
    @inline(__always)
    static func nextSpecial(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, quotes: Bool) -> Int {
        guard let base = bytes.baseAddress else { return bytes.count }
        let n = bytes.count
        let raw = UnsafeRawPointer(base)
        var i = start
        // Thirty-two bytes a step while none is special (a paragraph, a description): one test of both blocks.
        while i &+ 32 <= n {
            let first = specialLanes(raw.loadUnaligned(fromByteOffset: i, as: ByteBlock.Block.self), quotes: quotes)
            let second = specialLanes(raw.loadUnaligned(fromByteOffset: i &+ 16, as: ByteBlock.Block.self), quotes: quotes)
            if ByteBlock.any(first .| second) { break }
            i &+= 32
        }
        while i &+ 16 <= n {
            let bits = specialBits(raw.loadUnaligned(fromByteOffset: i, as: ByteBlock.Block.self), quotes: quotes)
            if bits != 0 { return i &+ bits.trailingZeroBitCount }
            i &+= 16
        }
        guard i < n else { return n }
        if n >= 16 {
            let last = n &- 16
            let bits = specialBits(raw.loadUnaligned(fromByteOffset: last, as: ByteBlock.Block.self), quotes: quotes)
                >> UInt32(i &- last)
            return bits != 0 ? i &+ bits.trailingZeroBitCount : n
        }
        let specials = quotes ? attributeSpecials : textSpecials
        while i < n {
            let b = base[i]
            if b < 64, specials & (1 << UInt64(b)) != 0 { return i }
            i &+= 1
        }
        return n
    }
}
