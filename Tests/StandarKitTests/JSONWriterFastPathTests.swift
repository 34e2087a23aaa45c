import Testing
@testable import StandarKit

/// The fast paths of `JSONWriter`: a literal key written as one block (`keyPiece`), and long texts escaped with
/// two-byte escapes stored as bytes and the continuation bytes of a non-ASCII scalar skipped. Each is compared
/// with the code it replaced, kept here as the reference.
@Suite struct JSONWriterFastPathTests {
    /// What `member(key)` wrote before `keyPiece`: separator, quote, key, quote, colon (and spaces, spaced).
    static func referenceMember(_ key: StaticString, first: Bool, spaced: Bool) -> String {
        (first ? "" : (spaced ? ", " : ",")) + "\"" + key.description + "\"" + (spaced ? ": " : ":")
    }

    /// Keys of every length from 0 to 17 (both sides of the block's limits), and the keys of the data rows.
    static let keys: [StaticString] = ["", "a", "ab", "abc", "abcd", "abcde", "abcdef", "abcdefg", "abcdefgh",
                                       "abcdefghi", "abcdefghij", "abcdefghijk", "abcdefghijkl", "abcdefghijklm",
                                       "abcdefghijklmn", "abcdefghijklmno", "abcdefghijklmnop", "abcdefghijklmnopq",
                                       "opd", "opd_nama", "ringkasan", "kata_kunci", "jam_layanan", "@id", "@type",
                                       "nilai_maks", "jumlah_pelaksana"]

    @Test func literalKeysMatchTheByteByByteMember() {
        var g = TestSeed.generator(0x4B45)
        var fast = 0
        for layout in [JSONWriter.Layout.compact, .line] {
            for key in Self.keys {
                for first in [true, false] {
                    if JSONWriter.keyPiece(key, first: first, spaced: layout != .compact) != nil { fast += 1 }
                    // After prefixes of several lengths, into a writer that must grow.
                    for _ in 0..<4 {
                        let prefix = String(repeating: "x", count: Int.random(in: 0...300, using: &g))
                        var w = JSONWriter(layout: layout, capacity: 1)
                        w.put(prefix)
                        w.member(key, first: first)
                        w.put("|")
                        #expect(w.text == prefix + Self.referenceMember(key, first: first, spaced: layout != .compact) + "|",
                                "\(key) \(first) \(layout)")
                    }
                }
            }
        }
        // Keys of four bytes and more whose piece fits in sixteen take the block: to 13 bytes compact and first,
        // 12 compact or first, 10 spaced after a member (16 + 15 + 15 + 12 of the keys above).
        #expect(fast == 58)
        #expect(JSONWriter.keyPiece("opd_nama", first: false, spaced: true) != nil)
    }

    /// Members of a Bool or an optional Int, and literals put as bytes, equal the `JSONValue` members they replaced.
    @Test func scalarMembersAndLiteralsMatchTheValueMembers() {
        let numbers: [Int?] = [nil, 0, 7, -5, 40_000, Int.max, Int.min]
        for layout in [JSONWriter.Layout.compact, .line] {
            var fast = JSONWriter(layout: layout, capacity: 1), reference = JSONWriter(layout: layout, capacity: 1)
            fast.put(literal: "{")
            reference.put("{")
            for (n, flag) in [true, false].enumerated() {
                fast.member("gratis", flag, first: n == 0)
                reference.member("gratis", .bool(flag), first: n == 0)
            }
            for number in numbers {
                fast.member("min", number: number)
                reference.member("min", JSONValue(number))
            }
            fast.member("teks", nil as String?)
            reference.member("teks", .null)
            for (piece, literal) in [("}", "}" as StaticString), ("}}", "}}"), (",\n[", ",\n["), ("", "")] {
                fast.put(literal: literal)
                reference.put(piece)
            }
            #expect(fast.text == reference.text, "\(layout)")
        }
    }

    @Test func componentKeysAreTheIDs() {
        for id in ComponentID.allCases { #expect(DataExports.jsonKey(id).description == id.id) }
    }

    /// The escaping loop before two-byte escapes were stored as bytes and continuation bytes skipped, byte by byte
    /// over any bytes (malformed UTF-8 too).
    static func referenceEscaped(_ bytes: [UInt8], scriptSafe: Bool) -> [UInt8] {
        var out: [UInt8] = []
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            if b >= 0x20, b != 0x22, b != 0x5C, !scriptSafe || (b != 0x3C && b != 0x3E && b != 0x26 && b != 0xE2) {
                out.append(b)
                i += 1
                continue
            }
            let escape: String
            switch b {
            case 0x22: escape = "\\\""
            case 0x5C: escape = "\\\\"
            case 0x0A: escape = "\\n"
            case 0x0D: escape = "\\r"
            case 0x09: escape = "\\t"
            case 0x3C: escape = "\\u003c"
            case 0x3E: escape = "\\u003e"
            case 0x26: escape = "\\u0026"
            case 0xE2:
                if i + 2 < bytes.count, bytes[i + 1] == 0x80, bytes[i + 2] == 0xA8 || bytes[i + 2] == 0xA9 {
                    out += Array((bytes[i + 2] == 0xA8 ? "\\u2028" : "\\u2029").utf8)
                    i += 3
                } else {
                    out.append(b)
                    i += 1
                }
                continue
            default:
                let hex = String(b, radix: 16)
                escape = "\\u00" + (hex.count == 1 ? "0" + hex : hex)
            }
            out += Array(escape.utf8)
            i += 1
        }
        return out
    }

    static func escaped(_ bytes: [UInt8], scriptSafe: Bool, prefix: Int) -> [UInt8] {
        var out = OutputBytes(capacity: 1)
        out.append(String(repeating: "p", count: prefix))
        bytes.withUnsafeBufferPointer { JSONWriter.appendEscaped($0, to: &out, scriptSafe: scriptSafe) }
        return Array(out.array.dropFirst(prefix))
    }

    /// Seeded random bytes (any, not only UTF-8: a lone 0xE2, continuation bytes before one) of up to 80 bytes.
    @Test func randomBytesMatchTheReference() {
        var g = TestSeed.generator(0x4A53)
        let alphabet: [UInt8] = [0x61, 0x61, 0x61, 0x20, 0x0A, 0x0D, 0x09, 0x22, 0x5C, 0x3C, 0x3E, 0x26, 0x01, 0x1F,
                                 0x7F, 0xE2, 0x80, 0xA8, 0xA9, 0x93, 0xC3, 0xA9, 0xF0, 0x9F, 0xBF]
        for _ in 0..<3000 {
            let bytes = (0..<Int.random(in: 0...80, using: &g)).map { _ in alphabet.randomElement(using: &g) ?? 0 }
            for scriptSafe in [false, true] {
                #expect(Self.escaped(bytes, scriptSafe: scriptSafe, prefix: Int.random(in: 0...40, using: &g))
                        == Self.referenceEscaped(bytes, scriptSafe: scriptSafe), "\(bytes) \(scriptSafe)")
            }
        }
    }

    /// Long texts (lines of a component, dashes, quotes, U+2028) against the scalar reference, a special at every
    /// offset around the sixteen-byte blocks.
    @Test func longTextsMatchTheScalarReference() {
        var g = TestSeed.generator(0x4C54)
        let pieces = ShortEscapeTests.pieces + ["Persyaratan lengkap;", "07.30–14.00", "“kutipan”", "\r\n", "Rp 40.000"]
        for _ in 0..<1500 {
            var text = ""
            for _ in 0..<Int.random(in: 1...40, using: &g) { text += pieces.randomElement(using: &g) ?? "" }
            for scriptSafe in [false, true] {
                var out = OutputBytes(capacity: 1)
                JSONWriter.appendEscaped(text, to: &out, scriptSafe: scriptSafe)
                #expect(out.string == ShortEscapeTests.referenceJSON(text, scriptSafe: scriptSafe), "\(text.debugDescription)")
            }
        }
        for special in ["\n", "\"", "–", "é", "\u{2028}", "🙂", "<", "\u{1}"] {
            for offset in 0..<40 {
                let text = String(repeating: "a", count: offset) + special + String(repeating: "b", count: 40 - offset)
                for scriptSafe in [false, true] {
                    var out = OutputBytes(capacity: 1)
                    JSONWriter.appendEscaped(text, to: &out, scriptSafe: scriptSafe)
                    #expect(out.string == ShortEscapeTests.referenceJSON(text, scriptSafe: scriptSafe), "\(text.debugDescription)")
                }
            }
        }
    }
}
