import Testing
@testable import StandarKit

/// Byte-level fast paths of small text helpers against the String versions they replace.
struct TextFastPathTests {
    @Test func relativeLinksMatchTheCharacterVersion() {
        var g = TemplateProgramTests.Seeded(state: 99)
        let pieces = ["layanan", "indeks", "s", "2", "31", "a", "", "x-y", "é"]
        func path() -> String {
            (0..<Int.random(in: 0...4, using: &g)).map { _ in pieces.randomElement(using: &g) ?? "" }.joined(separator: "/")
                + (Bool.random(using: &g) ? "/" : "")
        }
        var pairs = [("layanan/indeks/s/2/", "layanan/indeks/s/31/"), ("", ""), ("a/", "a/"), ("/a//b/", "a/b/c/"),
                     ("layanan/", ""), ("", "layanan/indeks/")]
        for _ in 0..<5_000 { pairs.append((path(), path())) }
        for (from, to) in pairs {
            #expect(PageContexts.relativeLink(from: from, to: to) == PageContexts.relativeLinkCharacters(from: from, to: to),
                    "\(from) -> \(to)")
        }
        #expect(PageContexts.relativeLink(from: "layanan/indeks/s/2/", to: "layanan/indeks/s/31/") == "../31/")
    }

    @Test func firstLineMatchesSplit() {
        var g = TemplateProgramTests.Seeded(state: 5)
        let pieces = ["Akta", "\n", "\n\n", "\r\n", "\r", " ", "é", "e\u{301}", "\n\u{301}", "kelahiran"]
        var texts = ["", "\n", "a", "\na\nb", "\r\n\r\n", "a\r\nb\nc"]
        for _ in 0..<5_000 {
            texts.append((0..<Int.random(in: 0...6, using: &g)).map { _ in pieces.randomElement(using: &g) ?? "" }.joined())
        }
        for text in texts {
            #expect(ServiceSummary.firstLine(text).map(String.init) == text.split(separator: "\n").first.map(String.init),
                    "\(text.debugDescription)")
        }
    }

    @Test func isoDatesAsBefore() {
        func reference(_ d: SimpleDate) -> String {
            func pad(_ v: Int, _ w: Int) -> String { String(repeating: "0", count: max(0, w - String(v).count)) + String(v) }
            return "\(pad(d.year, 4))-\(pad(d.month, 2))-\(pad(d.day, 2))"
        }
        for day in stride(from: -800_000, through: 3_000_000, by: 997) {
            let date = SimpleDate(dayNumber: day)
            #expect(date.description == reference(date))
        }
        #expect(SimpleDate(year: 2026, month: 3, day: 5)?.description == "2026-03-05")
    }

    @Test func sortKeysMatchTheCharacterVersion() {
        var g = TemplateProgramTests.Seeded(state: 11)
        let pieces = ["Akta", " ", "\"", "(", "1", "-", "é", "Z", "\t", "\r\n", "_", "9x", "–", "."]
        var texts = ["", " ", "\"Akta\"", "(1) Izin", "...", "é", "\r\nA"]
        for _ in 0..<5_000 {
            texts.append((0..<Int.random(in: 0...6, using: &g)).map { _ in pieces.randomElement(using: &g) ?? "" }.joined())
        }
        for text in texts {
            #expect(ServiceIndex.sortKey(text) == ServiceIndex.sortKeyCharacters(text), "\(text.debugDescription)")
        }
    }

    @Test func tableCellsTrimAsBefore() {
        func reference(_ line: [MarkdownInline]) -> [MarkdownInline] {
            var line = line
            if case .text(let s)? = line.first {
                let t = String(s.drop { $0 == " " || $0 == "\t" })
                if t.isEmpty { line.removeFirst() } else { line[0] = .text(t) }
            }
            if case .text(let s)? = line.last {
                var t = s
                while let last = t.last, last == " " || last == "\t" { t.removeLast() }
                if t.isEmpty { line.removeLast() } else { line[line.count - 1] = .text(t) }
            }
            return line
        }
        var g = TemplateProgramTests.Seeded(state: 12)
        let pieces = ["a", " ", "\t", " \u{301}", "\u{600} ", "é", ""]
        for _ in 0..<5_000 {
            let line: [MarkdownInline] = (0..<Int.random(in: 0...3, using: &g)).map { _ in
                Int.random(in: 0..<5, using: &g) == 0 ? .softBreak
                    : .text((0..<Int.random(in: 0...4, using: &g)).map { _ in pieces.randomElement(using: &g) ?? "" }.joined())
            }
            #expect("\(TableCell.trim(line))" == "\(reference(line))", "\(line)")
        }
    }
}

/// The vector test of `MarkdownComplexity`'s inline scan against a byte-by-byte reference.
struct InlineMarkerBlockTests {
    @Test func blocksWithAMarkerAreFound() {
        let markers: Set<UInt8> = [0x2A, 0x3C, 0x40, 0x5B, 0x57, 0x5F, 0x77, 0x7E]
        var g = TemplateProgramTests.Seeded(state: 0xB10C)
        let ordinary = Array("abcdefghijklmnopqrstuvxyz ABCDEFGHIJKLMNOPQRSTUVXYZ0123456789.,:;-()\u{7F}".utf8) + [0xC3, 0xA9, 0x00, 0x80, 0xFF]
        for round in 0..<20_000 {
            var block = (0..<16).map { _ in ordinary.randomElement(using: &g) ?? 0x61 }
            if round % 2 == 0 { block[Int.random(in: 0..<16, using: &g)] = markers.randomElement(using: &g) ?? 0x2A }
            let vector = block.withUnsafeBytes { $0.loadUnaligned(as: SIMD16<UInt8>.self) }
            #expect((MarkdownComplexity.inlineMarkerBits(vector) != 0) == block.contains { markers.contains($0) }, "\(block)")
            let bits = (0..<16).reduce(UInt32(0)) { $0 | (markers.contains(block[$1]) ? 1 << UInt32($1) : 0) }
            #expect(MarkdownComplexity.inlineMarkerBits(vector) == bits, "\(block)")
        }
    }
}

/// The sixteen-byte test of JSON quoting against a byte-by-byte reference, and quoting against a reference
/// written scalar by scalar.
struct JSONEscapeBlockTests {
    @Test func escapeBitsAreExact() {
        let specials: Set<UInt8> = [0x22, 0x5C, 0x3C, 0x3E, 0x26]
        var g = TestSeed.generator(0x1503)
        for round in 0..<20_000 {
            var block = (0..<16).map { _ in UInt8.random(in: 0x20...0x7F, using: &g) }
            if round % 2 == 0 { block[Int.random(in: 0..<16, using: &g)] = UInt8.random(in: 0...255, using: &g) }
            let vector = block.withUnsafeBytes { $0.loadUnaligned(as: SIMD16<UInt8>.self) }
            let bits = (0..<16).reduce(UInt32(0)) { bits, i in
                let b = block[i]
                return bits | (b < 0x20 || b >= 0x80 || specials.contains(b) ? 1 << UInt32(i) : 0)
            }
            #expect(JSONWriter.escapeBits(vector) == bits, "\(block)")
        }
    }

    static func reference(_ text: String, scriptSafe: Bool) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "<" where scriptSafe: out += "\\u003c"
            case ">" where scriptSafe: out += "\\u003e"
            case "&" where scriptSafe: out += "\\u0026"
            case "\u{2028}" where scriptSafe: out += "\\u2028"
            case "\u{2029}" where scriptSafe: out += "\\u2029"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }

    @Test func quotingMatchesTheReference() {
        var g = TestSeed.generator(0x1504)
        let pieces = ["a", "kata ", "0123456789abcdef", "<", ">", "&", "\"", "\\", "\n", "\r\n", "\t", "\u{1}", "\u{7F}",
                      "é", "—", "“", "\u{2028}", "\u{2029}", "\u{2027}", "🙂", String(repeating: "x", count: 15)]
        for _ in 0..<5_000 {
            let text = (0..<Int.random(in: 0...12, using: &g)).map { _ in pieces.randomElement(using: &g) ?? "" }.joined()
            for scriptSafe in [true, false] {
                #expect(JSONWriter.quote(text, scriptSafe: scriptSafe) == Self.reference(text, scriptSafe: scriptSafe),
                        "\(text.debugDescription)")
            }
        }
    }
}

/// File names are ordered by their UTF-8 bytes; the memcmp comparison against the generic one.
struct UTF8OrderTests {
    @Test func memcmpOrderMatchesTheUTF8Views() {
        var g = TemplateProgramTests.Seeded(state: 0x50)
        let pieces = ["a", "b", "A", "-", "_", "1", "é", "e\u{301}", "Ω", "", "akta", "akta-kelahiran", "\u{0}"]
        for _ in 0..<10_000 {
            let a = (0..<Int.random(in: 0...3, using: &g)).map { _ in pieces.randomElement(using: &g) ?? "" }.joined()
            let b = Bool.random(using: &g) ? a + (pieces.randomElement(using: &g) ?? "")
                : (0..<Int.random(in: 0...3, using: &g)).map { _ in pieces.randomElement(using: &g) ?? "" }.joined()
            #expect(FileSystem.utf8Precedes(a, b) == a.utf8.lexicographicallyPrecedes(b.utf8), "\(a.debugDescription) \(b.debugDescription)")
            #expect(FileSystem.utf8Precedes(b, a) == b.utf8.lexicographicallyPrecedes(a.utf8))
        }
    }
}

/// The index's entry order against the order it replaced: (key, service) by String's `<`.
struct IndexEntryOrderTests {
    @Test func entryOrderIsTheStringOrder() {
        var g = TestSeed.generator(0x1DE7_0BDE)
        let pieces = ["a", "ab", "b", "akta", " ", "-", "0", "9", "z", "Z", "~", "\u{7F}", "\u{0}", "", "é"]
        for _ in 0..<20_000 {
            func entry() -> ServiceIndex.Entry {
                let key = (0..<Int.random(in: 0...4, using: &g)).map { _ in pieces.randomElement(using: &g) ?? "" }.joined()
                return ServiceIndex.Entry(key: key, term: nil, service: Int.random(in: 0...3, using: &g))
            }
            let a = entry(), b = entry()
            guard ServiceIndex.isASCII(a.key), ServiceIndex.isASCII(b.key) else {
                #expect(!a.key.utf8.allSatisfy { $0 < 0x80 } || !b.key.utf8.allSatisfy { $0 < 0x80 })
                continue
            }
            // The index's sort puts the pair in the order `precedes` gives (the first first when they are equal).
            let sorted = ServiceIndex.sortedOnBytes([a, b])
            let expected = ServiceIndex.precedes(b, a) ? [b, a] : [a, b]
            #expect(sorted.map(\.key) == expected.map(\.key) && sorted.map(\.service) == expected.map(\.service),
                    "\(a.key.debugDescription) \(b.key.debugDescription)")
        }
    }
}

