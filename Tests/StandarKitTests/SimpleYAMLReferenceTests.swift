import Testing
@testable import StandarKit

/// `SimpleYAML` reads in place (a word-at-a-time check of the characters, memchr for line ends and closing
/// quotes, no array of lines, keys compared with the ones before them instead of hashed into a set): it must
/// read exactly what the line-array reader it replaced (kept below as `Reference`) read, except that it leaves
/// front matter with more than `SimpleYAML.maxKeys` keys to Yams.
@Suite struct SimpleYAMLReferenceTests {
    /// The reader SimpleYAML was before it read in place, unchanged.
    enum Reference {
        static func mapping(_ bytes: UnsafeBufferPointer<UInt8>) -> [(key: FrontMatterNode, value: FrontMatterNode)]? {
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

    /// Whether both readers give the same pairs for `yaml` (allowing for `maxKeys`); records a failure otherwise.
    @discardableResult
    static func compare(_ yaml: String, sourceLocation: SourceLocation = #_sourceLocation) -> Bool {
        var copy = yaml
        let expected = copy.withUTF8 { Reference.mapping($0) }
        let got = SimpleYAML.mapping(yaml)
        if let expected, expected.count > SimpleYAML.maxKeys {
            #expect(got == nil, "\(yaml.debugDescription)", sourceLocation: sourceLocation)
            return false
        }
        #expect(got?.map(\.key) == expected?.map(\.key), "\(yaml.debugDescription)", sourceLocation: sourceLocation)
        #expect(got?.map(\.value) == expected?.map(\.value), "\(yaml.debugDescription)", sourceLocation: sourceLocation)
        return got != nil
    }

    static let edgeCases: [String] = [
        "", "\n", " ", "a: b", "a: b\n", "a:\n  - b", "a: \"b\"", "a: 'b'   ", "a: b\n\n\n", "\n\na: b\n",
        // Lines and values ending on either side of an eight-byte word.
        "abcd: e\n", "abcd: ef\n", "abcd: efg\n", "abcde: \"fghijklmnopq\"\n", "a: bcdefgh:\n", "a: bcdefg:\n",
        "a: bcdefghijklmno: p\n", "a: bcdefgh #i\n", "a: bcdefghi #j\n", "a: bcdefghijklmn#o\n",
        // A character left to Yams at each place of a word.
        "a: b\u{85}\n", "ab: c\u{85}\n", "abc: d\u{85}\n", "a: bcdef\u{85}\n", "a: bcdefg\u{85}\n", "a: bcdefgh\u{85}\n",
        "a: bcde\u{2028}\n", "a: bcdef\u{2028}\n", "a: bcdefg\u{2028}\n", "a: bcd\u{FEFF}\n", "a: bcdefg\u{FEFF}\n",
        "a: bcdefg\u{FFFE}\n", "a: bcdefg\u{FFFF}\n", "a: bcdef\u{A0}\n", "a: bcdefg\u{A0}\n", "a: bcdefg\u{9F}\n",
        "a: bcdefg\u{1F600}\n", "a: bcdef\u{7F}\n", "a: bcdefgh\u{7F}\n", "a: bcdefg\t\n", "a: b\r\nc: d\n",
        "a: bcdefgh\u{0}\n", "a: bcdefgh\u{1F}\n", "a: é\n", "a: “é”\n", "a: bcdef“é”\n", "a: 'bcdefgé'\n",
        // Two- and three-byte characters across words and before a line feed.
        "a: b\u{80}\n", "a: bcdef\u{80}\n", "a: bcdefg\u{80}", "a: bcdef\u{E2}\u{80}\n", "a: bcdef\u{2028}", "a: bcdefg\u{2029}",
        // Quotes.
        "a: \"bcdefghij\\k\"\n", "a: \"bcdefghij\" k\n", "a: \"bcdefghij\n", "a: 'bcd''efg'\n", "a: 'bcdefghijk\"'\n",
        "a: \"b\"\nc: \"d\\\"\n", "a: \"\"\n", "a: ''\n",
        // Keys: duplicates near and far, lengths of a word.
        "a: b\na: c\n", "a: b\nab: c\nb: d\n", "abcdefgh: i\nabcdefgh: j\n", "abcdefgh: i\nabcdefgi: j\n",
        "a: b\nk:\n  - x\n  - y\na: z\n", String(repeating: "k", count: 999) + ": x\n", String(repeating: "k", count: 1000) + ": x\n",
        // Lists.
        "k:\n  - a\n  - b\nl: c\n", "k:\n  - a\n\n  - b\n", "k:\n- a\n", "k:\n  - a\n   - b\n", "k:\n\n", "k:\nl: a\n",
        "k:\n  -\n", "k:\n  - \n", "k:\n  -a\n", "k:\n" + String(repeating: " ", count: 64) + "- a\n",
        "k:\n" + String(repeating: " ", count: 65) + "- a\n",
    ]

    @Test func edgeCasesReadAsReferenceReadsThem() {
        var taken = 0
        for yaml in Self.edgeCases where Self.compare(yaml) { taken += 1 }
        #expect(taken >= 25, "\(taken) of \(Self.edgeCases.count)")
    }

    /// Front matter with up to and beyond `maxKeys` keys, a duplicate placed last.
    @Test func manyKeys() {
        for count in [1, 2, SimpleYAML.maxKeys - 1, SimpleYAML.maxKeys, SimpleYAML.maxKeys + 1, 200] {
            let keys = (0..<count).map { "kunci_\($0)" }
            let yaml = keys.map { "\($0): x\n" }.joined()
            #expect(Self.compare(yaml) == (count <= SimpleYAML.maxKeys), "\(count) keys")
            if count <= SimpleYAML.maxKeys {
                #expect(SimpleYAML.mapping(yaml)?.count == count)
                #expect(SimpleYAML.mapping(yaml + "kunci_0: y\n") == nil)
                Self.compare(yaml + "kunci_0: y\n")
            }
        }
    }

    /// Random text from YAML's special characters, line feeds, spaces and characters left to Yams, in lengths
    /// that cross eight-byte words; and sample front matter with such characters dropped in.
    @Test func randomTextReadsAsReferenceReadsIt() {
        let pieces: [String] = ["a", "b", "kata_kunci", "judul", ":", ": ", " ", "  ", "\n", "\n", "\n  - ", "- ", "-", "#",
                                " #", "'", "\"", "\\", "[", "]", "{", "}", "&", "*", "!", "|", ">", "?", ",", "~", "é", "“",
                                "\u{85}", "\u{A0}", "\u{2028}", "\u{FEFF}", "\u{FFFE}", "😀", "\t", "\r", "\u{7F}", "\u{1}",
                                "2026-07-09", "abcdefgh", "Akta Kelahiran"]
        var generator = TestSeed.generator(0x51A9_7E01)
        var taken = 0
        for _ in 0..<3000 {
            var yaml = ""
            for _ in 0..<Int.random(in: 0...24, using: &generator) { yaml += pieces.randomElement(using: &generator) ?? "" }
            if Self.compare(yaml) { taken += 1 }
        }
        let base = "judul: \"Akta Kelahiran\"\nringkasan: Penerbitan akta kelahiran\nditetapkan: 2026-07-09\nkata_kunci:\n  - akta\n  - 'lahir'\n"
        for _ in 0..<3000 {
            var scalars = Array(base.unicodeScalars)
            for _ in 0..<Int.random(in: 0...3, using: &generator) {
                let at = Int.random(in: 0...scalars.count, using: &generator)
                scalars.insert(contentsOf: (pieces.randomElement(using: &generator) ?? "").unicodeScalars, at: at)
            }
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars)
            if Self.compare(String(view)) { taken += 1 }
        }
        // The fast path read a good share: the random texts are mostly refused, the mutated front matter not.
        #expect(taken >= 1000, "SimpleYAML took \(taken) of 6000")
    }

    /// The line count and the character check of whole text against the line-by-line check.
    @Test func safeLineCountMatchesLineByLineCheck() {
        let pieces: [String] = ["a", " ", "\n", "é", "“", "\u{85}", "\u{A0}", "\u{9F}", "\u{2028}", "\u{2029}", "\u{202F}",
                                "\u{FEFF}", "\u{FEFE}", "\u{FFFE}", "\u{FFFD}", "😀", "\t", "\r", "\u{7F}", "\u{0}", "\u{1F}", "~"]
        var generator = TestSeed.generator(0x5AFE_11CE)
        for round in 0..<4000 {
            var text = ""
            for _ in 0..<Int.random(in: 0...(round % 40), using: &generator) { text += pieces.randomElement(using: &generator) ?? "" }
            var copy = text
            copy.withUTF8 { bytes in
                var lines: [Range<Int>] = []
                var start = 0
                for (i, b) in bytes.enumerated() where b == 0x0A {
                    lines.append(start..<i)
                    start = i + 1
                }
                lines.append(start..<bytes.count)
                let safe = lines.allSatisfy { Reference.isSafe(bytes, $0) }
                #expect(SimpleYAML.safeLineCount(bytes) == (safe ? lines.count : nil), "\(text.debugDescription)")
            }
        }
    }
}
