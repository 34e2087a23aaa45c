/// Turns the bytes of a content file into text with "\n" line endings, or explains why it cannot.
///
/// Accepted silently: a UTF-8 byte-order mark (Windows editors write one), CRLF and CR-only line endings.
/// Refused with a located problem: UTF-16/UTF-32 files, invalid UTF-8, NUL bytes.
public enum SourceDecoder {
    public struct Problem: Error, Equatable, Sendable {
        public var line: Int
        public var column: Int
        public var kind: EncodingRule.Problem
        /// The `encoding` finding's text (see `EncodingRule`).
        public var message: String { kind.message }
        public var hint: String { kind.hint }
    }

    public static func decode(_ bytes: [UInt8]) -> Result<String, Problem> {
        decodeCountingLines(bytes).map(\.text)
    }

    /// The text and its number of lines (a final line break does not start another line).
    public static func decodeCountingLines(_ bytes: [UInt8]) -> Result<(text: String, lines: Int), Problem> {
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
            if b < 0x80 {
                if b == 0x0D {
                    out.append(0x0A)
                    if i + 1 < n, bytes[i + 1] == 0x0A { i += 1 }
                    line += 1
                    column = 1
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
            out.append(contentsOf: bytes[i..<(i + length)])
            i += length
            column += 1
        }
        let lines = out.last == 0x0A ? line - 1 : line
        return .success((String(decoding: out, as: UTF8.self), max(1, lines)))
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
