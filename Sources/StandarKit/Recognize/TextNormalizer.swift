import Foundation

/// Folds text from published standards into a canonical, comparable form.
///
/// Real documents are pasted from Word, PDF and web pages, so they carry no-break spaces, zero-width
/// characters, byte-order marks, fullwidth forms, curly quotes and typographic dashes. `fold` removes
/// all of that so the matchers and parsers only ever see lowercase, mostly-ASCII text with single spaces.
public enum TextNormalizer {
    /// Lowercases, folds Unicode look-alikes (no-break spaces, zero-width chars, fullwidth forms, curly quotes,
    /// en/em dashes), strips diacritics, collapses whitespace, trims.
    ///
    /// Also maps "…" to "..." and "×" to "x" (so "1×24 jam" reads like "1x24 jam").
    public static func fold(_ s: String) -> String {
        foldASCII(s) ?? foldScalars(s)
    }

    /// The folded text being written, as UTF-8: appending to a `String.UnicodeScalarView` from a nested function
    /// cost about 440 instructions a scalar (the append plus exclusivity checks, callgrind).
    struct FoldOutput {
        var bytes: [UInt8] = []
        var pendingSpace = false

        @inline(__always)
        mutating func emit(_ scalar: Unicode.Scalar) {
            if pendingSpace, !bytes.isEmpty { bytes.append(0x20) }
            pendingSpace = false
            if scalar.value < 0x80 {
                bytes.append(UInt8(truncatingIfNeeded: scalar.value))
            } else {
                bytes.append(contentsOf: scalar.utf8)
            }
        }
    }

    /// `fold` scalar by scalar, for any text.
    static func foldScalars(_ s: String) -> String {
        var out = FoldOutput()
        out.bytes.reserveCapacity(s.utf8.count)

        for scalar in s.unicodeScalars {
            let v = scalar.value
            if v < 0x80 {
                switch v {
                case 0x41...0x5A:
                    out.emit(Unicode.Scalar(UInt8(v + 0x20)))
                case 0x09...0x0D, 0x20:
                    out.pendingSpace = true
                case 0x00...0x08, 0x0E...0x1F, 0x7F:
                    continue
                default:
                    out.emit(scalar)
                }
                continue
            }
            switch v {
            case 0xFF01...0xFF5E:
                // Fullwidth ASCII forms ("／", "：", "Ａ").
                let ascii = v - 0xFEE0
                if (0x41...0x5A).contains(ascii) {
                    out.emit(Unicode.Scalar(UInt8(ascii + 0x20)))
                } else {
                    out.emit(Unicode.Scalar(UInt8(ascii)))
                }
            case 0x2018, 0x2019, 0x201A, 0x201B, 0x2032, 0x02BC, 0x02B9:
                out.emit("'")
            case 0x201C, 0x201D, 0x201E, 0x201F, 0x2033, 0x00AB, 0x00BB:
                out.emit("\"")
            case 0x2010...0x2015, 0x2212, 0xFE58, 0xFE63, 0x2043:
                out.emit("-")
            case 0x2026:
                out.emit("."); out.emit("."); out.emit(".")
            case 0x00D7:
                out.emit("x")
            case 0x2044, 0x2215:
                out.emit("/")
            case 0xFE55, 0x2236:
                out.emit(":")
            default:
                let props = scalar.properties
                if props.isWhitespace {
                    out.pendingSpace = true
                    continue
                }
                switch props.generalCategory {
                case .format, .control:
                    // Zero-width spaces and joiners, BOM, soft hyphen, bidi marks.
                    continue
                case .nonspacingMark, .spacingMark, .enclosingMark:
                    // Combining diacritics of already-decomposed input.
                    continue
                default:
                    break
                }
                if props.isAlphabetic {
                    emitFoldedLetter(scalar, into: &out)
                } else {
                    out.emit(scalar)
                }
            }
        }
        return String(decoding: out.bytes, as: UTF8.self)
    }

    /// `fold` for pure ASCII text, into one buffer (most of a standard's text: 4.7% of `check`'s CPU went to
    /// appending scalar by scalar); nil at the first non-ASCII byte. Eight bytes at a time where they need no
    /// more than lowercasing (`printableWord`), else byte by byte: byte by byte only, it cost about 12
    /// instructions a byte (10.6 M of a 1,000-service build, callgrind).
    static func foldASCII(_ s: String) -> String? {
        // Read in place and written straight into the new String's storage (an array appended byte by byte, then
        // copied into a String, cost about 6,000 instructions a fee or time text, callgrind). The folded text is
        // never longer than the text: a run of white space becomes at most one space, written with its first
        // byte (and taken back at the end), so at most as many bytes are written as read.
        var s = s
        return s.withUTF8 { bytes -> String? in
            var ascii = true
            let folded = String(unsafeUninitializedCapacity: bytes.count) { out -> Int in
                guard let source = bytes.baseAddress, let dst = out.baseAddress else { return 0 }
                let n = bytes.count
                var count = 0
                // Whether nothing is written yet or a space was written last: white space then writes nothing.
                var afterSpace = true
                var i = 0
                while i < n {
                    let end: Int
                    if i + 8 <= n {
                        let w = UInt64(littleEndian: UnsafeRawPointer(source + i).loadUnaligned(as: UInt64.self))
                        if let lowered = printableWord(w, afterSpace: afterSpace) {
                            UnsafeMutableRawPointer(dst + count).storeBytes(of: lowered.littleEndian, as: UInt64.self)
                            count += 8
                            i += 8
                            afterSpace = w >> 56 == 0x20
                            continue
                        }
                        end = i + 8
                    } else {
                        end = n
                    }
                    while i < end {
                        let byte = source[i]
                        i += 1
                        switch byte {
                        case 0x80...:
                            ascii = false
                            return 0
                        case 0x09...0x0D, 0x20:
                            if !afterSpace {
                                dst[count] = 0x20
                                count += 1
                                afterSpace = true
                            }
                        case 0x00...0x08, 0x0E...0x1F, 0x7F:
                            continue
                        default:
                            dst[count] = byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte
                            count += 1
                            afterSpace = false
                        }
                    }
                }
                return afterSpace && count > 0 ? count - 1 : count
            }
            return ascii ? folded : nil
        }
    }

    /// The eight ASCII bytes of `w` (little-endian) lowercased, when that is all the fold does to them: each is
    /// printable (0x20 to 0x7E) and no space follows a space (nor starts the word when `afterSpace`). Nil
    /// otherwise: a byte beyond ASCII, a control character or other white space, or spaces to fold into one.
    @inline(__always)
    static func printableWord(_ w: UInt64, afterSpace: Bool) -> UInt64? {
        let high: UInt64 = 0x8080_8080_8080_8080
        guard w & high == 0 else { return nil }
        // Below 0x20: adding 0x60 leaves the high bit clear (no carry leaves a byte below 0x80).
        guard ~(w &+ 0x6060_6060_6060_6060) & high == 0, ByteWord.bytesEqual(w, 0x7F) == 0 else { return nil }
        let spaces = ByteWord.bytesEqual(w, 0x20)
        guard spaces & (spaces << 8 | (afterSpace ? 0x80 : 0)) == 0 else { return nil }
        // 0x41 to 0x5A: at least 0x80 after adding 0x3F, below it after adding 0x25; its 0x20 bit is then set.
        let upper = (w &+ 0x3F3F_3F3F_3F3F_3F3F) & ~(w &+ 0x2525_2525_2525_2525) & high
        return w | upper >> 2
    }

    /// Lowercases a non-ASCII letter and drops its diacritics ("É" -> "e").
    private static func emitFoldedLetter(_ scalar: Unicode.Scalar, into out: inout FoldOutput) {
        let lower = scalar.properties.lowercaseMapping
        for part in lower.decomposedStringWithCanonicalMapping.unicodeScalars {
            switch part.properties.generalCategory {
            case .nonspacingMark, .spacingMark, .enclosingMark:
                continue
            default:
                out.emit(part)
            }
        }
    }

    /// True for scalars that belong to a word: ASCII letters and digits, and non-ASCII letters or numbers.
    @inline(__always)
    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if v < 0x80 {
            return (0x61...0x7A).contains(v) || (0x30...0x39).contains(v) || (0x41...0x5A).contains(v)
        }
        let props = scalar.properties
        return props.isAlphabetic || props.numericType != nil
    }

    /// Splits folded text into word tokens (runs of letters and digits); everything else separates.
    static func words(_ folded: String) -> [String] {
        if let ascii = asciiWords(folded) { return ascii }
        return scalarWords(folded)
    }

    /// `words` for ASCII text, cut from the UTF-8 bytes (most words fit a small string: no allocation); nil at
    /// the first non-ASCII byte.
    static func asciiWords(_ text: String) -> [String]? {
        text.utf8.withContiguousStorageIfAvailable { bytes -> [String]? in
            var result: [String] = []
            var start = -1
            for i in 0..<bytes.count {
                let byte = bytes[i]
                if byte >= 0x80 { return nil }
                if (0x61...0x7A).contains(byte) || (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) {
                    if start < 0 { start = i }
                } else if start >= 0 {
                    result.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<i]), as: UTF8.self))
                    start = -1
                }
            }
            if start >= 0 {
                result.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start...]), as: UTF8.self))
            }
            return result
        } ?? nil
    }

    /// `words` scalar by scalar, for any text.
    static func scalarWords(_ folded: String) -> [String] {
        var result: [String] = []
        var current = String.UnicodeScalarView()
        for scalar in folded.unicodeScalars {
            if isWordScalar(scalar) {
                current.append(scalar)
            } else if !current.isEmpty {
                result.append(String(current))
                current = String.UnicodeScalarView()
            }
        }
        if !current.isEmpty { result.append(String(current)) }
        return result
    }

    /// Trims whitespace and invisible format characters (zero-width spaces, BOM) from both ends.
    static func trimVisible(_ s: Substring) -> String {
        // Visible ASCII at both ends (most fee and time texts): nothing to trim, no Unicode property lookups.
        if let first = s.utf8.first, let last = s.utf8.last, first > 0x20, first < 0x7F, last > 0x20, last < 0x7F {
            return String(s)
        }
        func invisible(_ scalar: Unicode.Scalar) -> Bool {
            let props = scalar.properties
            return props.isWhitespace || props.generalCategory == .format || props.generalCategory == .control
        }
        let scalars = s.unicodeScalars
        guard let first = scalars.firstIndex(where: { !invisible($0) }),
              let last = scalars.lastIndex(where: { !invisible($0) })
        else { return "" }
        return String(scalars[first...last])
    }
}
