#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Yams

/// A front-matter value as the reader checks it: a scalar (its text, whether it was written plain) or a list,
/// with Yams's 1-based marks. Made from Yams's composed `Node`, or read directly by `SimpleYAML`.
enum FrontMatterNode: Equatable {
    case scalar(String, plain: Bool, line: Int?, column: Int?)
    case sequence([FrontMatterNode], line: Int?, column: Int?)
    /// A mapping or anything else that is neither text nor a list.
    case other(line: Int?, column: Int?)

    init(_ node: Node) {
        switch node {
        case .scalar(let scalar):
            self = .scalar(scalar.string, plain: scalar.style == .plain, line: node.mark?.line, column: node.mark?.column)
        case .sequence(let sequence):
            self = .sequence(sequence.map(FrontMatterNode.init), line: node.mark?.line, column: node.mark?.column)
        default:
            self = .other(line: node.mark?.line, column: node.mark?.column)
        }
    }

    var line: Int? {
        switch self {
        case .scalar(_, _, let line, _), .sequence(_, let line, _), .other(let line, _): line
        }
    }

    var column: Int? {
        switch self {
        case .scalar(_, _, _, let column), .sequence(_, _, let column), .other(_, let column): column
        }
    }
}

/// Reads the YAML most front matter is written in — `key: value` lines at the left margin, values plain,
/// "double-quoted" or 'single-quoted' on one line, lists of such values as `- item` lines under `key:` — into
/// the pairs Yams would compose, with the same marks. Anything outside that subset (comments, escapes, flow
/// collections, block scalars, continued lines, anchors, duplicate keys, characters YAML treats specially) gives
/// nil, and the reader asks Yams. Why: Yams's parse and compose were 9% of `check`'s CPU on 10,000 standards
/// (a Node and a Mark object per scalar, a duplicate-key grouping per mapping) for front matter this plain.
///
/// The text is read in place: one pass eight bytes at a time for the characters left to Yams, then line by line
/// (memchr finds each line's end and a quoted value's closing quote), with no array of lines and no hashed set
/// of keys (these were half of the reader's 27 M instructions on 1,000 front matters).
enum SimpleYAML {
    /// Most keys read here: more go to Yams. Each key is compared with the ones before it (a duplicate key is
    /// Yams's to report), which stays cheap only for so many; a schema has at most 25 keys.
    static let maxKeys = 64

    static func mapping(_ yaml: String) -> [(key: FrontMatterNode, value: FrontMatterNode)]? {
        var yaml = yaml
        return yaml.withUTF8 { mapping(utf8: $0) }
    }

    static func mapping(utf8 bytes: UnsafeBufferPointer<UInt8>) -> [(key: FrontMatterNode, value: FrontMatterNode)]? {
        guard let base = bytes.baseAddress, let lineCount = safeLineCount(bytes) else { return nil }
        var pairs: [(key: FrontMatterNode, value: FrontMatterNode)] = []
        pairs.reserveCapacity(min(lineCount, maxKeys))
        let taken = withUnsafeTemporaryAllocation(of: Range<Int>.self, capacity: maxKeys) { keys -> Bool in
            var keyCount = 0
            var lines = Lines(bytes)
            var more = true
            while more {
                let line = lines.range
                if isBlank(bytes, line) { more = lines.advance(); continue }
                // A key at the left margin, a colon, then a value on the line or a list below.
                var k = line.lowerBound
                while k < line.upperBound, isKeyByte(bytes[k]) { k += 1 }
                // libyaml allows a simple key at most 1,024 characters.
                guard k > line.lowerBound, k < line.upperBound, bytes[k] == 0x3A, k - line.lowerBound < 1000,
                      keyCount < maxKeys else { return false }
                let keyRange = line.lowerBound..<k
                for earlier in keys[0..<keyCount] where earlier.count == keyRange.count
                    && memcmp(base + earlier.lowerBound, base + keyRange.lowerBound, keyRange.count) == 0 {
                    return false
                }
                keys[keyCount] = keyRange
                keyCount += 1
                let key = String(decoding: UnsafeBufferPointer(rebasing: bytes[keyRange]), as: UTF8.self)
                let keyNode = FrontMatterNode.scalar(key, plain: true, line: lines.number, column: 1)
                var v = k + 1
                if v < line.upperBound {
                    guard bytes[v] == 0x20 else { return false }
                    while v < line.upperBound, bytes[v] == 0x20 { v += 1 }
                }
                if v < line.upperBound {
                    guard let value = scalar(bytes, v..<line.upperBound, line: lines.number,
                                             column: v - line.lowerBound + 1)
                    else { return false }
                    pairs.append((keyNode, value))
                    more = lines.advance()
                    continue
                }
                // `key:` alone: the `- item` lines that follow, all at one indentation.
                var items: [FrontMatterNode] = []
                var indent = -1
                var first = (line: 0, column: 0)
                more = lines.advance()
                while more {
                    let item = lines.range
                    if isBlank(bytes, item) { more = lines.advance(); continue }
                    var d = item.lowerBound
                    while d < item.upperBound, bytes[d] == 0x20 { d += 1 }
                    // Not an item: the next key's line.
                    guard d < item.upperBound, bytes[d] == 0x2D else { break }
                    let column = d - item.lowerBound + 1
                    // `YAMLAliasScanner` refuses a `- ` this far right as too deep; it is not run on what is read here.
                    guard column - 1 <= 4 * YAMLAliasScanner.maxDepth else { return false }
                    if indent < 0 {
                        indent = column
                        first = (lines.number, column)
                        // No more items than lines left.
                        items.reserveCapacity(lineCount - lines.number + 1)
                    } else if column != indent {
                        return false
                    }
                    guard d + 1 < item.upperBound, bytes[d + 1] == 0x20 else { return false }
                    var s = d + 1
                    while s < item.upperBound, bytes[s] == 0x20 { s += 1 }
                    guard s < item.upperBound,
                          let value = scalar(bytes, s..<item.upperBound, line: lines.number, column: s - item.lowerBound + 1)
                    else { return false }
                    items.append(value)
                    more = lines.advance()
                }
                // No items: a null value, which Yams reports in its own way.
                guard !items.isEmpty else { return false }
                pairs.append((keyNode, .sequence(items, line: first.line, column: first.column)))
            }
            return true
        }
        return taken && !pairs.isEmpty ? pairs : nil
    }

    /// The lines of a text one after another, without their line feeds: the text "a\nb\n" has three lines, the
    /// last one empty.
    struct Lines {
        let bytes: UnsafeBufferPointer<UInt8>
        /// The current line.
        private(set) var range: Range<Int>
        /// Its 1-based number.
        private(set) var number = 1

        init(_ bytes: UnsafeBufferPointer<UInt8>) {
            self.bytes = bytes
            range = 0..<Self.end(of: 0, in: bytes)
        }

        /// Moves to the next line; false after the last one.
        mutating func advance() -> Bool {
            guard range.upperBound < bytes.count else { return false }
            let start = range.upperBound + 1
            range = start..<Self.end(of: start, in: bytes)
            number += 1
            return true
        }

        /// Where the line starting at `start` ends: its line feed, or the end of the text.
        static func end(of start: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
            firstIndex(of: 0x0A, in: bytes, start..<bytes.count) ?? bytes.count
        }
    }

    /// The first index of `byte` in `range` of `bytes` (memchr), or nil.
    static func firstIndex(of byte: UInt8, in bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int? {
        guard let base = bytes.baseAddress, !range.isEmpty,
              let found = memchr(base + range.lowerBound, Int32(byte), range.count) else { return nil }
        return UnsafeRawPointer(found) - UnsafeRawPointer(base)
    }

    /// One scalar filling `range` (up to the end of its line): quoted without escapes, or plain without the
    /// characters that would make it something else.
    static func scalar(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, line: Int, column: Int) -> FrontMatterNode? {
        let first = bytes[range.lowerBound]
        if first == 0x22 || first == 0x27 {   // " or '
            let inside = range.lowerBound + 1
            // The first quote closes ('' inside single quotes is an escaped quote: what follows must be spaces).
            guard let end = firstIndex(of: first, in: bytes, inside..<range.upperBound) else { return nil }
            if first == 0x22, firstIndex(of: 0x5C, in: bytes, inside..<end) != nil { return nil }   // an escape
            // Nothing may follow the closing quote but spaces.
            for p in (end + 1)..<range.upperBound where bytes[p] != 0x20 { return nil }
            let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[inside..<end]), as: UTF8.self)
            return .scalar(text, plain: false, line: line, column: column)
        }
        // Indicators that start something other than a plain scalar (or may): - ? : , [ ] { } # & * ! | > % @ `
        switch first {
        case 0x2D, 0x3F, 0x3A, 0x2C, 0x5B, 0x5D, 0x7B, 0x7D, 0x23, 0x26, 0x2A, 0x21, 0x7C, 0x3E, 0x25, 0x40, 0x60:
            return nil
        default:
            break
        }
        // ": " (or a final ":") makes a mapping, " #" starts a comment: words of eight bytes without ':' or '#'
        // are passed whole. (The first byte is neither, so `p - 1` is inside the range.)
        guard let base = bytes.baseAddress else { return nil }
        var p = range.lowerBound
        while p < range.upperBound {
            if p + 8 <= range.upperBound {
                let w = UInt64(littleEndian: UnsafeRawPointer(base + p).loadUnaligned(as: UInt64.self))
                if !ByteWord.hasByte(0x3A, w), !ByteWord.hasByte(0x23, w) {
                    p += 8
                    continue
                }
            }
            switch bytes[p] {
            case 0x3A where p + 1 == range.upperBound || bytes[p + 1] == 0x20:
                return nil
            case 0x23 where bytes[p - 1] == 0x20:
                return nil
            default:
                break
            }
            p += 1
        }
        var end = range.upperBound
        while end > range.lowerBound, bytes[end - 1] == 0x20 { end -= 1 }
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[range.lowerBound..<end]), as: UTF8.self)
        return .scalar(text, plain: true, line: line, column: column)
    }

    static func isKeyByte(_ b: UInt8) -> Bool {
        (b >= 0x61 && b <= 0x7A) || (b >= 0x41 && b <= 0x5A) || (b >= 0x30 && b <= 0x39) || b == 0x5F
    }

    static func isBlank(_ bytes: UnsafeBufferPointer<UInt8>, _ line: Range<Int>) -> Bool {
        line.allSatisfy { bytes[$0] == 0x20 }
    }

    /// The number of lines of `bytes` (line feeds plus one) when no line holds a tab, carriage return or other
    /// control character, nor one of the characters YAML reads as a line break, a byte-order mark or a
    /// non-printable one (NEL and the C1 controls, U+2028/2029, U+FEFF, U+FFFE/FFFF); nil when one does.
    /// Eight bytes at a time: a word of printable ASCII and line feeds passes with a few operations, the bytes
    /// of any other word are looked at one by one.
    static func safeLineCount(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard let base = bytes.baseAddress else { return 1 }
        let high: UInt64 = 0x8080_8080_8080_8080
        var lines = 1
        var p = 0
        while p < bytes.count {
            let stop = min(p + 8, bytes.count)
            if stop - p == 8 {
                let w = UInt64(littleEndian: UnsafeRawPointer(base + p).loadUnaligned(as: UInt64.self))
                // Below 0x80, adding 0x60 sets a byte's high bit exactly when it is 0x20 or more.
                let feeds = ByteWord.bytesEqual(w, 0x0A)
                if w & high == 0, ~(w &+ 0x6060_6060_6060_6060) & high == feeds, ByteWord.bytesEqual(w, 0x7F) == 0 {
                    // One bit a line feed (bit 7 of its byte), summed by a multiply into the top byte.
                    lines += Int(truncatingIfNeeded: ((feeds >> 7) &* 0x0101_0101_0101_0101) >> 56)
                    p = stop
                    continue
                }
            }
            for q in p..<stop {
                if bytes[q] == 0x0A {
                    lines += 1
                } else if !isSafe(bytes, q) {
                    return nil
                }
            }
            p = stop
        }
        return lines
    }

    /// Whether the character starting at `p` (not a line feed) may be read here: see `safeLineCount`.
    static func isSafe(_ bytes: UnsafeBufferPointer<UInt8>, _ p: Int) -> Bool {
        let b = bytes[p]
        if b < 0x20 || b == 0x7F { return false }
        if b >= 0x80 {
            let b1: UInt8 = p + 1 < bytes.count ? bytes[p + 1] : 0
            let b2: UInt8 = p + 2 < bytes.count ? bytes[p + 2] : 0
            if b == 0xC2, b1 < 0xA0 { return false }
            if b == 0xE2, b1 == 0x80, b2 == 0xA8 || b2 == 0xA9 { return false }
            if b == 0xEF, (b1 == 0xBB && b2 == 0xBF) || (b1 == 0xBF && (b2 == 0xBE || b2 == 0xBF)) { return false }
            if b >= 0xF0 { return false }   // outside the Basic Multilingual Plane: leave it to Yams
        }
        return true
    }
}
