/// Turns the bytes of a content file into text with "\n" line endings, or explains why it cannot.
///
/// Accepted silently: a UTF-8 byte-order mark (Windows editors write one), CRLF and CR-only line endings.
/// Refused with a located problem: UTF-16/UTF-32 files, invalid UTF-8, NUL bytes.
/// Removed and reported (`HiddenCharacter`): characters no reader can see that would reach titles, pages and
/// feeds — control characters, bidirectional overrides (the "Trojan Source" trick), line and paragraph
/// separators, a byte-order mark inside the text, and Unicode noncharacters (which make XML ill-formed).
public enum SourceDecoder {
    public struct Problem: Error, Equatable, Sendable {
        public var line: Int
        public var column: Int
        public var kind: EncodingRule.Problem
        /// The `encoding` finding's text (see `EncodingRule`).
        public var message: String { kind.message }
        public var hint: String { kind.hint }
    }

    /// A kind of invisible character removed from the text: where it first appears, and how many there were.
    public struct HiddenCharacter: Equatable, Sendable {
        public var scalar: UInt32
        public var line: Int
        public var column: Int
        public var count: Int

        /// What the character is, for the message.
        public var name: String {
            switch scalar {
            case 0x202A...0x202E, 0x2066...0x2069: return "pengubah arah teks"
            case 0x200E, 0x200F: return "penanda arah teks"
            case 0x2028: return "pemisah baris Unicode"
            case 0x2029: return "pemisah paragraf Unicode"
            case 0xFEFF: return "penanda urutan byte di tengah teks"
            case 0x00...0x1F, 0x7F...0x9F: return "karakter kendali"
            default: return "kode bukan-karakter Unicode"
            }
        }

        /// "U+202E".
        public var code: String {
            let hex = String(scalar, radix: 16, uppercase: true)
            return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
        }
    }

    public static func decode(_ bytes: [UInt8]) -> Result<String, Problem> {
        decodeCountingLines(bytes).map(\.text)
    }

    /// What an invisible scalar becomes: nil to keep it, [] to drop it, or a space (for separators that stand
    /// between words).
    static func replacement(for scalar: UInt32) -> [UInt8]? {
        switch scalar {
        case 0x0B, 0x0C, 0x2028, 0x2029: return [0x20]
        case 0x00...0x08, 0x0E...0x1F, 0x7F...0x9F, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069, 0xFEFF,
             0xFDD0...0xFDEF:
            return []
        default:
            return scalar & 0xFFFE == 0xFFFE ? [] : nil
        }
    }

    /// The text and its number of lines (a final line break does not start another line), and the invisible
    /// characters removed from it.
    public static func decodeCountingLines(_ bytes: [UInt8]) -> Result<(text: String, lines: Int, hidden: [HiddenCharacter]), Problem> {
        var start = 0
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { start = 3 }
        if start == 0, bytes.count >= 2,
           (bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF) {
            return .failure(Problem(line: 1, column: 1, kind: .utf16ByteOrderMark))
        }
        // UTF-16 without a byte-order mark shows as ASCII letters alternating with NUL bytes.
        var line = 1
        var column = 1
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count - start)
        var hidden: [HiddenCharacter] = []
        // The runs of multi-byte scalars in `out`, while there are few (see `string(_:wide:)`); nil when too many.
        var wide: [Range<Int>]? = []
        func hide(_ scalar: UInt32) {
            if let k = hidden.firstIndex(where: { $0.scalar == scalar }) {
                hidden[k].count += 1
            } else {
                hidden.append(HiddenCharacter(scalar: scalar, line: line, column: column, count: 1))
            }
        }
        var i = start
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            if b == 0 {
                let looksUTF16 = (i + 1 < n && bytes[i + 1] != 0 && bytes[i + 1] < 0x80)
                    || (i > start && bytes[i - 1] != 0 && bytes[i - 1] < 0x80)
                return .failure(Problem(line: line, column: column,
                                        kind: looksUTF16 ? .utf16WithoutByteOrderMark : .nulByte))
            }
            if (b >= 0x20 && b < 0x7F) || b == 0x09 || b == 0x0A {
                // A run of printable ASCII, tabs and line feeds (most of a file) is copied whole: appending byte
                // by byte checked the buffer's capacity and uniqueness per byte (4% of `check`'s CPU).
                var j = i
                // Eight bytes at a time while none is a control character other than a line feed or tab, DEL or
                // non-ASCII (SWAR tests on one UInt64); line feeds are counted from their byte mask. Only a word
                // with another byte goes through the byte loop (words with a line feed did, every line of a file).
                bytes.withUnsafeBufferPointer { buffer in
                    guard let base = buffer.baseAddress else { return }
                    scan: while j < n {
                        while j + 8 <= n {
                            // Whole blocks of sixteen bytes first (SSE2 compares, line feeds counted in the lanes):
                            // words with a line feed, one a line, were most of this decoder (11.9 M instructions
                            // of a 1,000-service build). The word test then finds the byte that stopped them.
                            let run = Self.plainBlocks(UnsafeRawPointer(base), from: j, to: n)
                            if run.end > j {
                                if let last = run.lastFeed {
                                    line += run.feeds
                                    column = run.end - last
                                } else {
                                    column += run.end - j
                                }
                                j = run.end
                                if j + 8 > n { break }
                            }
                            let x = UnsafeRawPointer(base + j).loadUnaligned(as: UInt64.self)
                            if Self.isPlainASCII(x) {
                                column += 8
                                j += 8
                                continue
                            }
                            // Line feeds and tabs read as spaces: the word is then plain or it is not.
                            let feeds = ByteWord.bytesEqual(x, 0x0A), tabs = ByteWord.bytesEqual(x, 0x09)
                            guard Self.isPlainASCII(x ^ (feeds >> 7) &* 0x2A ^ (tabs >> 7) &* 0x29) else { break }
                            if feeds == 0 {
                                column += 8
                            } else {
                                line += Int(truncatingIfNeeded: ((feeds >> 7) &* 0x0101_0101_0101_0101) >> 56)
                                // Byte k of the word is its last line feed: 7 - k bytes follow it on the new line.
                                column = 1 + 7 - (63 - feeds.leadingZeroBitCount) / 8
                            }
                            j += 8
                        }
                        let stop = min(n, j + 8)
                        while j < stop {
                            let c = buffer[j]
                            if c == 0x0A {
                                line += 1
                                column = 1
                            } else if (c >= 0x20 && c < 0x7F) || c == 0x09 {
                                column += 1
                            } else {
                                break scan
                            }
                            j += 1
                        }
                    }
                }
                out.append(contentsOf: bytes[i..<j])
                i = j
                continue
            }
            if b < 0x80 {
                if b == 0x0D {
                    out.append(0x0A)
                    if i + 1 < n, bytes[i + 1] == 0x0A { i += 1 }
                    line += 1
                    column = 1
                } else if b < 0x20 && b != 0x09 && b != 0x0A || b == 0x7F, let replacement = replacement(for: UInt32(b)) {
                    hide(UInt32(b))
                    out.append(contentsOf: replacement)
                    column += 1
                } else {
                    out.append(b)
                    if b == 0x0A { line += 1; column = 1 } else { column += 1 }
                }
                i += 1
                continue
            }
            let length = utf8SequenceLength(bytes, at: i)
            if length == 0 {
                return .failure(Problem(line: line, column: column, kind: .invalidUTF8))
            }
            // Only C2 (C1 controls), E2 (separators, bidi controls), EF (BOM, noncharacters) and 4-byte sequences
            // (plane-end noncharacters) can start an invisible character.
            if b == 0xC2 || b == 0xE2 || b == 0xEF || length == 4, let replacement = replacement(for: scalar(bytes, at: i, length: length)) {
                hide(scalar(bytes, at: i, length: length))
                out.append(contentsOf: replacement)
            } else {
                let at = out.count
                out.append(contentsOf: bytes[i..<(i + length)])
                if let runs = wide {
                    if let last = runs.last, last.upperBound == at {
                        wide?[runs.count - 1] = last.lowerBound..<out.count
                    } else if runs.count < Self.maxPieces(bytes.count) {
                        wide?.append(at..<out.count)
                    } else {
                        wide = nil
                    }
                }
            }
            i += length
            column += 1
        }
        let lines = out.last == 0x0A ? line - 1 : line
        return .success((string(out, wide: wide), max(1, lines), hidden))
    }

    /// How many runs of multi-byte scalars a text of `count` bytes may have for `string(_:wide:)` to build it
    /// in pieces: each piece costs a few hundred instructions, the bytes it spares about 9 each.
    static func maxPieces(_ count: Int) -> Int { count / 128 }

    /// `out` (well-formed UTF-8) as a string. The standard library validates the bytes again, one at a time at
    /// about 9 instructions a byte as soon as one is not ASCII, but a word at a time while all are: a text with
    /// few runs of multi-byte scalars (`wide`; nil when there are too many) is built from its ASCII runs and
    /// those runs (a third of the files of a site have one, and their validation was 12 M instructions of a
    /// 1,000-service build).
    static func string(_ out: [UInt8], wide: [Range<Int>]?) -> String {
        guard let wide, !wide.isEmpty else { return String(decoding: out, as: UTF8.self) }
        return out.withUnsafeBufferPointer { buffer in
            var text = ""
            text.reserveCapacity(buffer.count)
            var start = 0
            for run in wide {
                if start < run.lowerBound {
                    text += String(decoding: UnsafeBufferPointer(rebasing: buffer[start..<run.lowerBound]), as: UTF8.self)
                }
                text += String(decoding: UnsafeBufferPointer(rebasing: buffer[run]), as: UTF8.self)
                start = run.upperBound
            }
            if start < buffer.count {
                text += String(decoding: UnsafeBufferPointer(rebasing: buffer[start...]), as: UTF8.self)
            }
            return text
        }
    }

    /// The whole blocks of sixteen bytes from `start` (up to `end`) that hold only printable ASCII (0x20–0x7E),
    /// tabs and line feeds: where they end, how many line feeds they hold and the index of the last (nil when
    /// none). The same test as `isPlainASCII` with line feeds and tabs read as spaces, on twice the bytes; the
    /// line feeds are counted in the lanes of a vector (a lane's count would wrap after 255 blocks, so it is
    /// summed every 255 blocks), and the last one is looked for once, back from the end.
    static func plainBlocks(_ base: UnsafeRawPointer, from start: Int, to end: Int)
        -> (end: Int, feeds: Int, lastFeed: Int?) {
        typealias Block = SIMD16<UInt8>
        var j = start
        var feeds = 0
        var clean = true
        while clean, j &+ 16 <= end {
            var counts = Block()
            let stop = j &+ min(end &- j, 16 * 255)
            while j &+ 16 <= stop {
                let v = (base + j).loadUnaligned(as: Block.self)
                let lineFeeds = ByteBlock.equal(v, 0x0A)
                let spaced = v.replacing(with: 0x20, where: lineFeeds .| ByteBlock.equal(v, 0x09))
                let outside = unsafeBitCast((spaced &- Block(repeating: 0x20)) .>= Block(repeating: 0x5F),
                                            to: SIMD2<UInt64>.self)
                if outside[0] | outside[1] != 0 {
                    clean = false
                    break
                }
                // A lane that holds a line feed is all ones: subtracting it adds one.
                counts &-= unsafeBitCast(lineFeeds, to: Block.self)
                j &+= 16
            }
            let words = unsafeBitCast(counts, to: SIMD2<UInt64>.self)
            feeds &+= byteSum(words[0]) &+ byteSum(words[1])
        }
        guard feeds > 0 else { return (j, 0, nil) }
        var k = j &- 16
        while k >= start {
            let bits = ByteBlock.bits(ByteBlock.equal((base + k).loadUnaligned(as: Block.self), 0x0A))
            if bits != 0 { return (j, feeds, k &+ 31 &- bits.leadingZeroBitCount) }
            k &-= 16
        }
        return (j, feeds, nil)   // not reached: a block holds the line feeds counted
    }

    /// The sum of the eight bytes of `w` (at most 2,040).
    @inline(__always)
    static func byteSum(_ w: UInt64) -> Int {
        let pairs = (w & 0x00FF_00FF_00FF_00FF) &+ ((w >> 8) & 0x00FF_00FF_00FF_00FF)
        return Int(truncatingIfNeeded: (pairs &* 0x0001_0001_0001_0001) >> 48)
    }

    /// Whether all eight bytes of `x` are printable ASCII (0x20–0x7E). Bit tricks that never miss a byte
    /// outside that range: a high bit set, a byte below 0x20, a byte equal to 0x7F.
    @inline(__always)
    static func isPlainASCII(_ x: UInt64) -> Bool {
        let high: UInt64 = 0x8080_8080_8080_8080
        let below = (x &- 0x2020_2020_2020_2020) & ~x & high
        let del = x ^ 0x7F7F_7F7F_7F7F_7F7F
        let isDel = (del &- 0x0101_0101_0101_0101) & ~del & high
        return (x & high) | below | isDel == 0
    }

    /// The scalar value of a well-formed sequence.
    static func scalar(_ bytes: [UInt8], at i: Int, length: Int) -> UInt32 {
        var value = UInt32(bytes[i]) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
        for k in 1..<length { value = value << 6 | UInt32(bytes[i + k] & 0x3F) }
        return value
    }

    /// Length of a well-formed UTF-8 sequence starting at `i`, or 0 when it is malformed (overlong forms,
    /// surrogates and values above U+10FFFF included).
    static func utf8SequenceLength(_ bytes: [UInt8], at i: Int) -> Int {
        let n = bytes.count
        let b0 = bytes[i]
        func cont(_ k: Int) -> Bool { i + k < n && bytes[i + k] & 0xC0 == 0x80 }
        switch b0 {
        case 0xC2...0xDF:
            return cont(1) ? 2 : 0
        case 0xE0:
            return cont(1) && cont(2) && bytes[i + 1] >= 0xA0 ? 3 : 0
        case 0xED:
            return cont(1) && cont(2) && bytes[i + 1] < 0xA0 ? 3 : 0
        case 0xE1...0xEC, 0xEE...0xEF:
            return cont(1) && cont(2) ? 3 : 0
        case 0xF0:
            return cont(1) && cont(2) && cont(3) && bytes[i + 1] >= 0x90 ? 4 : 0
        case 0xF1...0xF3:
            return cont(1) && cont(2) && cont(3) ? 4 : 0
        case 0xF4:
            return cont(1) && cont(2) && cont(3) && bytes[i + 1] < 0x90 ? 4 : 0
        default:
            return 0
        }
    }
}
