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
enum SimpleYAML {
    static func mapping(_ yaml: String) -> [(key: FrontMatterNode, value: FrontMatterNode)]? {
        var yaml = yaml
        return yaml.withUTF8 { mapping(utf8: $0) }
    }

    static func mapping(utf8 bytes: UnsafeBufferPointer<UInt8>) -> [(key: FrontMatterNode, value: FrontMatterNode)]? {
        var lines: [Range<Int>] = []
        var start = 0
        for (i, b) in bytes.enumerated() where b == 0x0A {
            lines.append(start..<i)
            start = i + 1
        }
        lines.append(start..<bytes.count)
        for range in lines where !isSafe(bytes, range) { return nil }

        var pairs: [(key: FrontMatterNode, value: FrontMatterNode)] = []
        // Room for a whole front matter: grown from empty, the duplicate-key set was rehashed three times a file.
        var keys = Set<String>(minimumCapacity: 32)
        var i = 0
        while i < lines.count {
            let line = lines[i]
            if isBlank(bytes, line) { i += 1; continue }
            // A key at the left margin, a colon, then a value on the line or a list below.
            var k = line.lowerBound
            while k < line.upperBound, isKeyByte(bytes[k]) { k += 1 }
            // libyaml allows a simple key at most 1,024 characters.
            guard k > line.lowerBound, k < line.upperBound, bytes[k] == 0x3A, k - line.lowerBound < 1000 else { return nil }
            let key = String(decoding: UnsafeBufferPointer(rebasing: bytes[line.lowerBound..<k]), as: UTF8.self)
            guard keys.insert(key).inserted else { return nil }
            let keyNode = FrontMatterNode.scalar(key, plain: true, line: i + 1, column: 1)
            var v = k + 1
            if v < line.upperBound {
                guard bytes[v] == 0x20 else { return nil }
                while v < line.upperBound, bytes[v] == 0x20 { v += 1 }
            }
            if v < line.upperBound {
                guard let value = scalar(bytes, v..<line.upperBound, line: i + 1, column: v - line.lowerBound + 1)
                else { return nil }
                pairs.append((keyNode, value))
                i += 1
                continue
            }
            // `key:` alone: the `- item` lines that follow, all at one indentation.
            var items: [FrontMatterNode] = []
            var indent = -1
            var first = (line: 0, column: 0)
            var j = i + 1
            while j < lines.count {
                let item = lines[j]
                if isBlank(bytes, item) { j += 1; continue }
                var d = item.lowerBound
                while d < item.upperBound, bytes[d] == 0x20 { d += 1 }
                guard d < item.upperBound, bytes[d] == 0x2D else { break }
                let column = d - item.lowerBound + 1
                // `YAMLAliasScanner` refuses a `- ` this far right as too deep; it is not run on what is read here.
                guard column - 1 <= 4 * YAMLAliasScanner.maxDepth else { return nil }
                if indent < 0 {
                    indent = column
                    first = (j + 1, column)
                } else if column != indent {
                    return nil
                }
                guard d + 1 < item.upperBound, bytes[d + 1] == 0x20 else { return nil }
                var s = d + 1
                while s < item.upperBound, bytes[s] == 0x20 { s += 1 }
                guard s < item.upperBound,
                      let value = scalar(bytes, s..<item.upperBound, line: j + 1, column: s - item.lowerBound + 1)
                else { return nil }
                items.append(value)
                j += 1
            }
            // No items: a null value, which Yams reports in its own way.
            guard !items.isEmpty else { return nil }
            pairs.append((keyNode, .sequence(items, line: first.line, column: first.column)))
            i = j
        }
        return pairs.isEmpty ? nil : pairs
    }

    /// One scalar filling `range` (up to the end of its line): quoted without escapes, or plain without the
    /// characters that would make it something else.
    static func scalar(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, line: Int, column: Int) -> FrontMatterNode? {
        let first = bytes[range.lowerBound]
        if first == 0x22 || first == 0x27 {   // " or '
            var end = range.lowerBound + 1
            while end < range.upperBound, bytes[end] != first {
                if bytes[end] == 0x5C, first == 0x22 { return nil }   // an escape
                end += 1
            }
            guard end < range.upperBound else { return nil }
            // Nothing may follow the closing quote but spaces ('' inside single quotes is an escaped quote).
            for p in (end + 1)..<range.upperBound where bytes[p] != 0x20 { return nil }
            let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[(range.lowerBound + 1)..<end]), as: UTF8.self)
            return .scalar(text, plain: false, line: line, column: column)
        }
        // Indicators that start something other than a plain scalar (or may): - ? : , [ ] { } # & * ! | > % @ `
        switch first {
        case 0x2D, 0x3F, 0x3A, 0x2C, 0x5B, 0x5D, 0x7B, 0x7D, 0x23, 0x26, 0x2A, 0x21, 0x7C, 0x3E, 0x25, 0x40, 0x60:
            return nil
        default:
            break
        }
        var end = range.upperBound
        for p in range {
            switch bytes[p] {
            case 0x3A where p + 1 == range.upperBound || bytes[p + 1] == 0x20:   // ": " or a final ":"
                return nil
            case 0x23 where bytes[p - 1] == 0x20:   // " #" starts a comment
                return nil
            default:
                break
            }
        }
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

    /// No tab, carriage return or control character, and none of the characters YAML reads as a line break,
    /// a byte-order mark or a non-printable one (NEL and the C1 controls, U+2028/2029, U+FEFF, U+FFFE/FFFF).
    static func isSafe(_ bytes: UnsafeBufferPointer<UInt8>, _ line: Range<Int>) -> Bool {
        var p = line.lowerBound
        while p < line.upperBound {
            let b = bytes[p]
            if b < 0x20 || b == 0x7F { return false }
            if b >= 0x80 {
                let b1: UInt8 = p + 1 < line.upperBound ? bytes[p + 1] : 0
                let b2: UInt8 = p + 2 < line.upperBound ? bytes[p + 2] : 0
                if b == 0xC2, b1 < 0xA0 { return false }
                if b == 0xE2, b1 == 0x80, b2 == 0xA8 || b2 == 0xA9 { return false }
                if b == 0xEF, (b1 == 0xBB && b2 == 0xBF) || (b1 == 0xBF && (b2 == 0xBE || b2 == 0xBF)) { return false }
                if b >= 0xF0 { return false }   // outside the Basic Multilingual Plane: leave it to Yams
            }
            p += 1
        }
        return true
    }
}
