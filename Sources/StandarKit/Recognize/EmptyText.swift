/// Recognises component texts that hold no real content.
public enum EmptyText {
    /// Placeholders, compared with everything but letters and digits removed ("N/A" -> "na",
    /// "isi di sini" -> "isidisini").
    private static let placeholders: Set<String> = [
        "tbd", "tba", "todo", "na", "belumada", "tidakadadata", "isidisini", "isi", "belumdiisi",
        "belumtersedia", "databelumtersedia", "xxx", "xxxx", "placeholder", "kosong", "null", "none",
    ]

    /// True when a component's plain text holds no real content: whitespace, "-", "–", "...", "…", "TBD",
    /// "belum ada", "n/a", "tidak ada data", "isi di sini", "[isi]", lone punctuation, or only a placeholder.
    ///
    /// The text is folded and everything around the words is ignored, so "- TBD -", "(belum ada)" and
    /// "N/A." count as empty. Also empty: an instruction left from a template ("[isi persyaratan di sini]",
    /// "<isi ...>", anything of the form "isi ... di sini") and "lorem ipsum" filler. "Tidak ada" is content
    /// (for a fee it means "free"), and so is any other text.
    public static func isEmpty(_ plainText: String) -> Bool {
        // Read in place, a small string (up to 15 bytes: "Gratis", "3 hari kerja") too: `utf8` has no
        // contiguous storage to lend for one, and it was copied into an array first.
        var text = plainText
        return text.withUTF8 { bytes in
            if manyLetters(bytes) { return startsWithLoremIpsum(bytes) }
            return isEmptyASCII(bytes) ?? isEmptyScalars(plainText)
        }
    }

    /// Fast path: placeholders are short, so a text with many letters is content (unless it is lorem ipsum).
    /// Counted on the contiguous bytes, eight at a time: iterating `utf8` cost about 26 instructions a byte, and a
    /// byte at a time still 8 (callgrind).
    static func manyLetters(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return false }
        let raw = UnsafeRawPointer(base)
        // One letter count per byte lane; the sum of the lanes (a multiplication gathers it in the top byte) stays
        // below 73 while the loop runs, far from overflowing a lane or the top byte.
        var lanes: UInt64 = 0
        var i = 0
        while i + 8 <= bytes.count {
            lanes &+= asciiLetterBits(raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)) >> 7
            if (lanes &* 0x0101_0101_0101_0101) >> 56 > 64 { return true }
            i += 8
        }
        var letters = Int((lanes &* 0x0101_0101_0101_0101) >> 56)
        while i < bytes.count {
            if isASCIILetter(bytes[i]) { letters += 1 }
            i += 1
        }
        return letters > 64
    }

    /// A to Z and a to z: the byte with bit 5 set is in "a"..."z".
    @inline(__always)
    static func isASCIILetter(_ byte: UInt8) -> Bool {
        (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A
    }

    /// The high bit of each of the eight bytes of `w` that `isASCIILetter` accepts, and no other bit. On the low
    /// seven bits of each byte with bit 5 set, adding 0x1F carries into the high bit from "a" (0x61) up and adding
    /// 0x05 from "{" (0x7B) up, with no carry into the next byte; bytes from 0x80 up are not letters.
    @inline(__always)
    static func asciiLetterBits(_ w: UInt64) -> UInt64 {
        let low7 = (w | 0x2020_2020_2020_2020) & 0x7F7F_7F7F_7F7F_7F7F
        let fromA = low7 &+ 0x1F1F_1F1F_1F1F_1F1F
        let pastZ = low7 &+ 0x0505_0505_0505_0505
        return fromA & ~pastZ & ~w & 0x8080_8080_8080_8080
    }

    /// Whether the text starts with "lorem ipsum", in any case, at its first or second byte: read in place (the
    /// arrays this check built for every long component were most of `isEmpty`'s cost, cachegrind).
    static func startsWithLoremIpsum(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        func matches(droppingFirst skip: Int) -> Bool {
            guard bytes.count >= skip + loremIpsum.count else { return false }
            for k in 0..<loremIpsum.count where bytes[skip + k] | 0x20 != loremIpsum[k] { return false }
            return true
        }
        return matches(droppingFirst: 0) || matches(droppingFirst: 1)
    }
    private static let loremIpsum = Array("lorem ipsum".utf8)

    /// `isEmpty` after the letter count, for any text.
    static func isEmptyScalars(_ plainText: String) -> Bool {
        let folded = TextNormalizer.fold(plainText)
        var compact = String.UnicodeScalarView()
        for scalar in folded.unicodeScalars where TextNormalizer.isWordScalar(scalar) {
            compact.append(scalar)
        }
        let core = String(compact)
        if core.isEmpty { return true }
        if placeholders.contains(core) { return true }
        if core.hasPrefix("isi"), core.hasSuffix("disini") { return true }
        if core.hasPrefix("loremipsum") { return true }
        // A bracketed template instruction: "[isi nama produk]", "<isi>".
        if let first = folded.unicodeScalars.first, let last = folded.unicodeScalars.last,
           (first == "[" && last == "]") || (first == "<" && last == ">") || (first == "{" && last == "}"),
           core.hasPrefix("isi") {
            return true
        }
        return false
    }

    /// `isEmpty` for ASCII text, straight from the bytes, without folding the text first (4% of `check`'s CPU
    /// went to the fold and the scalar-by-scalar core); nil at the first non-ASCII byte. Folding ASCII only
    /// lowercases, drops control characters and trims white space, so the core is the lowercased letters and
    /// digits, and the first and last characters of the folded text are the first and last that are neither white
    /// space nor control characters.
    static func isEmptyASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool? {
        // The core is kept on the stack: its first 32 bytes (the longest placeholder has 17) and its last 8
        // (for "... di sini"); allocating it was most of this function's cost.
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 32) { head -> Bool? in
            var count = 0
            var tail: UInt64 = 0
            var first: UInt8 = 0, last: UInt8 = 0
            for byte in bytes {
                let c: UInt8
                switch byte {
                case 0x80...: return nil
                case 0x00...0x20, 0x7F: continue
                case 0x41...0x5A: c = byte | 0x20
                case 0x61...0x7A, 0x30...0x39: c = byte
                default: c = 0
                }
                if first == 0 { first = byte }
                last = byte
                guard c != 0 else { continue }
                if count < head.count { head[count] = c }
                tail = tail << 8 | UInt64(c)
                count += 1
            }
            if count == 0 { return true }
            let stored = UnsafeBufferPointer(rebasing: head[..<min(count, head.count)])
            if count <= head.count, placeholders.contains(String(decoding: stored, as: UTF8.self)) { return true }
            let startsWithIsi = stored.starts(with: "isi".utf8)
            // "disini" is the low 6 bytes of the tail.
            if startsWithIsi, count >= 6, tail & 0xFFFF_FFFF_FFFF == 0x64_69_73_69_6E_69 { return true }
            if stored.starts(with: "loremipsum".utf8) { return true }
            // A bracketed template instruction: "[isi nama produk]", "<isi>".
            if (first == 0x5B && last == 0x5D) || (first == 0x3C && last == 0x3E) || (first == 0x7B && last == 0x7D),
               startsWithIsi {
                return true
            }
            return false
        }
    }
}
