import Testing
@testable import StandarKit

/// The writer's own buffer and its fast paths against the code they replaced: numbers written digit by digit
/// against `String(v)`, the scan for the next byte to escape (sixteen bytes at a time, an overlapping last block,
/// eight at a time, byte by byte) against a byte-by-byte reference, and literal keys copied as they are against
/// keys quoted as any text.
struct OutputBytesTests {
    /// The bytes `escapeBits` and `mayNeedEscape` look for, one at a time (the reference of the scan).
    static func mayNeedEscape(_ b: UInt8) -> Bool {
        b < 0x20 || b >= 0x80 || b == 0x22 || b == 0x5C || b == 0x3C || b == 0x3E || b == 0x26
    }

    @Test func decimalsAreWhatStringWrites() {
        var g = TestSeed.generator(0x15_0B)
        var values = [0, 1, -1, 9, 10, -10, 99, 100, 999_999, 1_000_000, Int.max, Int.min, Int.max - 1, Int.min + 1]
        for _ in 0..<5_000 {
            let digits = Int.random(in: 0...18, using: &g)
            var limit = 1
            for _ in 0..<digits { limit *= 10 }
            values.append(Int.random(in: -limit...limit, using: &g))
        }
        for v in values {
            var out = OutputBytes(capacity: 0)
            out.append(decimal: v)
            #expect(out.string == String(v))
        }
        // Through the writer: a row of numbers, as `String` wrote them before.
        #expect(JSONWriter.string(.array(values.prefix(14).map { .int($0) }), layout: .compact)
                == "[" + values.prefix(14).map { String($0) }.joined(separator: ",") + "]")
        #expect(JSONWriter.string(.array([.number(40000), .number(-3), .number(0.5), .number(1e16)]), layout: .compact)
                == "[40000,-3,0.5,\(String(1e16))]")
    }

    /// Every length up to 48 (across the eight- and sixteen-byte steps and the overlapping last block), with a
    /// byte to escape or not at each position: the scan finds exactly the first one from every start.
    @Test func nextEscapableIsTheFirstByteToEscape() {
        var g = TestSeed.generator(0x15_0C)
        let specials: [UInt8] = [0x22, 0x5C, 0x3C, 0x3E, 0x26, 0x0A, 0x00, 0x1F, 0x7F, 0x80, 0xC3, 0xE2, 0xFF, 0x20, 0x7E]
        var exercised = Set<String>()
        for round in 0..<6_000 {
            let n = round < 49 ? round : Int.random(in: 0...48, using: &g)
            var bytes = (0..<n).map { _ in UInt8.random(in: 0x20...0x7E, using: &g) }
            for _ in 0..<Int.random(in: 0...3, using: &g) where n > 0 {
                bytes[Int.random(in: 0..<n, using: &g)] = specials.randomElement(using: &g) ?? 0
            }
            bytes.withUnsafeBytes { raw in
                guard let base = raw.baseAddress else { return }
                for start in 0...n {
                    let expected = (start..<n).first { Self.mayNeedEscape(bytes[$0]) } ?? n
                    #expect(JSONWriter.nextEscapable(base, count: n, from: start) == expected, "\(bytes) from \(start)")
                    exercised.insert(n >= 16 ? (n - start) % 16 == 0 ? "blocks" : "overlap" : n - start >= 8 ? "words" : "bytes")
                }
            }
        }
        #expect(exercised == ["blocks", "overlap", "words", "bytes"])
    }

    /// Quoting texts of every length up to 48 with something to escape at each place, against the reference
    /// written scalar by scalar (`JSONEscapeBlockTests.reference`).
    @Test func quotingAtTheBlockBoundaries() {
        let fillers = ["a", "é", "—"]
        let specials = ["\"", "\\", "\n", "<", "&", "\u{1}", "\u{2028}", "\u{2029}", "🙂", "x"]
        for n in 0...48 {
            for filler in fillers {
                let base = String(repeating: filler, count: n)
                for special in specials {
                    for at in Set([0, n / 2, n]) {
                        var text = base
                        text.insert(contentsOf: special, at: text.index(text.startIndex, offsetBy: at))
                        for scriptSafe in [true, false] {
                            #expect(JSONWriter.quote(text, scriptSafe: scriptSafe)
                                    == JSONEscapeBlockTests.reference(text, scriptSafe: scriptSafe), "\(text.debugDescription)")
                        }
                    }
                }
            }
        }
    }

    /// A literal key is copied as it is: the same bytes as the key quoted as any text, in both inline layouts,
    /// and as the object written whole.
    @Test func literalKeysEqualQuotedKeys() {
        for layout in [JSONWriter.Layout.compact, .line] {
            var literal = JSONWriter(layout: layout)
            var quoted = JSONWriter(layout: layout)
            literal.put("{")
            quoted.put("{")
            literal.member("@context", "https://schema.org", first: true)
            quoted.member(quoting: "@context", "https://schema.org", first: true)
            literal.member("nilai_maks", .int(-12))
            quoted.member(quoting: "nilai_maks")
            quoted.write(.int(-12))
            literal.member("kosong", nil)
            quoted.member(quoting: "kosong", nil)
            literal.put("}")
            quoted.put("}")
            let whole = JSONWriter.bytes(.object([("@context", .string("https://schema.org")), ("nilai_maks", .int(-12)),
                                                  ("kosong", .null)]), layout: layout)
            #expect(literal.bytes == whole)
            #expect(quoted.bytes == whole)
        }
        #expect(JSONWriter.isPlainKeyByte(0x5F) && JSONWriter.isPlainKeyByte(0x40) && !JSONWriter.isPlainKeyByte(0x22))
    }

    /// The buffer grows past its first capacity and keeps every byte.
    @Test func growsAndKeepsTheBytes() {
        var out = OutputBytes(capacity: 1)
        var expected: [UInt8] = []
        for i in 0..<5_000 {
            let piece: StaticString = i % 3 == 0 ? "\\u2028" : "kata"
            out.append(piece)
            expected += Array(piece.description.utf8)
            out.append(UInt8(0x30 + i % 10))
            expected.append(UInt8(0x30 + i % 10))
        }
        #expect(out.array == expected)
        #expect(out.count == expected.count)
    }
}
