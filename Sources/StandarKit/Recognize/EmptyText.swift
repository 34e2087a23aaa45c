/// Recognises component texts that hold no real content.
public enum EmptyText {
    /// Placeholders, compared with everything but letters and digits removed ("N/A" -> "na",
    /// "isi di sini" -> "isidisini").
    static let placeholders: Set<String> = [
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
    /// arrays this check built for every long component were most of `isEmpty`'s cost, cachegrind), its first
    /// eight bytes as one word.
    static func startsWithLoremIpsum(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return false }
        let raw = UnsafeRawPointer(base)
        func matches(droppingFirst skip: Int) -> Bool {
            guard bytes.count >= skip + 11 else { return false }
            // "lorem ip" as a little-endian word, each byte compared with bit 5 set, as the bytes after it.
            return raw.loadUnaligned(fromByteOffset: skip, as: UInt64.self) | 0x2020_2020_2020_2020 == 0x7069_206D_6572_6F6C
                && bytes[skip + 8] | 0x20 == 0x73 && bytes[skip + 9] | 0x20 == 0x75 && bytes[skip + 10] | 0x20 == 0x6D
        }
        return matches(droppingFirst: 0) || matches(droppingFirst: 1)
    }

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
    /// went to the fold and the scalar-by-scalar core); nil when a byte is not ASCII. Folding ASCII only
    /// lowercases, drops control characters and trims white space, so the core is the lowercased letters and
    /// digits, and the first and last characters of the folded text are the first and last that are neither white
    /// space nor control characters.
    ///
    /// Only the ends of the text are read byte by byte: up to `longestPlaceholder` + 1 letters and digits from the
    /// front (a longer core is no placeholder, and the prefixes looked for are shorter) and, from the back, the last
    /// six ("... di sini") and the last visible byte. Reading every byte through one `switch` cost about 1,800 instructions a text
    /// (callgrind, 1,000-service build); the rest is only checked to be ASCII, eight bytes at a time.
    static func isEmptyASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool? {
        guard isASCII(bytes) else { return nil }
        // The core is kept on the stack: its first 32 bytes; allocating it was most of this function's cost.
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 32) { head -> Bool in
            // From the front: the first visible byte and the first core bytes, until the core is known to be
            // longer than any placeholder (`count` then stops there).
            var count = 0
            var first: UInt8 = 0
            var i = 0
            while i < bytes.count, count <= longestPlaceholder {
                let byte = bytes[i]
                i += 1
                if isBlank(byte) { continue }
                if first == 0 { first = byte }
                let c = coreByte(byte)
                guard c != 0 else { continue }
                if count < head.count { head[count] = c }
                count += 1
            }
            if count == 0 { return true }
            let stored = UnsafeBufferPointer(rebasing: head[..<min(count, head.count)])
            if count <= longestPlaceholder, placeholders.contains(String(decoding: stored, as: UTF8.self)) { return true }
            // From the back: the last visible byte and the last six core bytes, the last one lowest.
            var last: UInt8 = 0
            var tail: UInt64 = 0
            var tailCount = 0
            var j = bytes.count
            while j > 0, last == 0 || tailCount < 6 {
                j -= 1
                let byte = bytes[j]
                if isBlank(byte) { continue }
                if last == 0 { last = byte }
                let c = coreByte(byte)
                guard c != 0, tailCount < 6 else { continue }
                tail |= UInt64(c) << (8 * tailCount)
                tailCount += 1
            }
            let startsWithIsi = hasPrefix(stored, "isi")
            // "disini" is the low 6 bytes of the tail.
            if startsWithIsi, count >= 6, tail == 0x64_69_73_69_6E_69 { return true }
            if hasPrefix(stored, "loremipsum") { return true }
            // A bracketed template instruction: "[isi nama produk]", "<isi>".
            if (first == 0x5B && last == 0x5D) || (first == 0x3C && last == 0x3E) || (first == 0x7B && last == 0x7D),
               startsWithIsi {
                return true
            }
            return false
        }
    }

    /// Letters and digits in the longest placeholder ("databelumtersedia"); the tests check it against
    /// `placeholders`.
    static var longestPlaceholder: Int { 17 }

    /// Whether `bytes` start with `prefix`: the generic `starts(with:)` cost about 90 instructions a call.
    @inline(__always)
    static func hasPrefix(_ bytes: UnsafeBufferPointer<UInt8>, _ prefix: StaticString) -> Bool {
        guard bytes.count >= prefix.utf8CodeUnitCount else { return false }
        let start = prefix.utf8Start
        for k in 0..<prefix.utf8CodeUnitCount where bytes[k] != start[k] { return false }
        return true
    }

    /// White space and control characters, which the fold drops or trims: 0x00 to 0x20 and 0x7F.
    @inline(__always)
    static func isBlank(_ byte: UInt8) -> Bool {
        byte <= 0x20 || byte == 0x7F
    }

    /// The byte in the core: a letter lowercased or a digit; 0 for any other byte.
    @inline(__always)
    static func coreByte(_ byte: UInt8) -> UInt8 {
        switch byte {
        case 0x41...0x5A: byte | 0x20
        case 0x61...0x7A, 0x30...0x39: byte
        default: 0
        }
    }

    /// Whether every byte is below 0x80, read eight at a time.
    static func isASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return true }
        let raw = UnsafeRawPointer(base)
        var high: UInt64 = 0
        var i = 0
        while i + 8 <= bytes.count {
            high |= raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
            i += 8
        }
        while i < bytes.count {
            high |= UInt64(bytes[i])
            i += 1
        }
        return high & 0x8080_8080_8080_8080 == 0
    }
}
