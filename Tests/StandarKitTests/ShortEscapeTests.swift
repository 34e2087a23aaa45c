import Testing
@testable import StandarKit

/// The fast path of `PageBuffer.appendEscaped` and `JSONWriter.appendEscaped` for values of at most sixteen bytes
/// (one block test of the words `HTMLEscaper.shortWords` reads, one store of the value), against the escapers as
/// they were before it: a byte at a time.
@Suite struct ShortEscapeTests {
    /// HTML escaping a byte at a time: the code the fast path replaces, as a reference.
    static func referenceHTML(_ s: String, quotes: Bool) -> String {
        var out: [UInt8] = []
        for b in s.utf8 {
            switch b {
            case 0x26: out += Array("&amp;".utf8)
            case 0x3C: out += Array("&lt;".utf8)
            case 0x3E: out += Array("&gt;".utf8)
            case 0x22 where quotes: out += Array("&quot;".utf8)
            case 0x27 where quotes: out += Array("&#39;".utf8)
            default: out.append(b)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// JSON escaping inside a literal, scalar by scalar: the reference of `JSONWriter.appendEscaped`.
    static func referenceJSON(_ s: String, scriptSafe: Bool) -> String {
        var out = ""
        for scalar in s.unicodeScalars {
            switch scalar.value {
            case 0x22: out += "\\\""
            case 0x5C: out += "\\\\"
            case 0x0A: out += "\\n"
            case 0x0D: out += "\\r"
            case 0x09: out += "\\t"
            case 0x3C where scriptSafe: out += "\\u003c"
            case 0x3E where scriptSafe: out += "\\u003e"
            case 0x26 where scriptSafe: out += "\\u0026"
            case 0x2028 where scriptSafe: out += "\\u2028"
            case 0x2029 where scriptSafe: out += "\\u2029"
            case let v where v < 0x20:
                let hex = String(v, radix: 16)
                out += "\\u00" + (hex.count == 1 ? "0" + hex : hex)
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    static let pieces = ["a", "Z", "7", " ", "-", "<", ">", "&", "\"", "'", "\\", "\n", "\t", "\u{1}", "\u{7F}", "é",
                         "—", "\u{2028}", "\u{2029}", "🙂", "=", "?", "%", ";"]

    /// Escapes `text` after a prefix (so the store lands inside the buffer, not at its start) into a buffer that
    /// must grow, and compares with the references.
    static func check(_ text: String, prefix: String) {
        for quotes in [false, true] {
            var page = PageBuffer(capacity: 1)
            page.append(prefix)
            page.appendEscaped(text, quotes: quotes)
            page.append("|")
            #expect(page.string == prefix + referenceHTML(text, quotes: quotes) + "|", "\(text.debugDescription) \(quotes)")
        }
        for scriptSafe in [false, true] {
            var out = PageBuffer(capacity: 1)
            out.append(prefix)
            JSONWriter.appendEscaped(text, to: &out, scriptSafe: scriptSafe)
            out.append("|")
            #expect(out.string == prefix + referenceJSON(text, scriptSafe: scriptSafe) + "|",
                    "\(text.debugDescription) \(scriptSafe)")
        }
    }

    /// Seeded random values of zero to about twenty bytes (both sides of the sixteen-byte limit), most of them
    /// short, with and without characters to escape.
    @Test func randomShortValuesMatchTheReferences() {
        var g = TestSeed.generator(0x5E5C)
        for _ in 0..<20_000 {
            let plain = Bool.random(using: &g)
            var text = ""
            let length = Int.random(in: 0...20, using: &g)
            while text.utf8.count < length {
                text += plain ? ["a", "b", "é", "—", "🙂", " ", "1"].randomElement(using: &g) ?? ""
                    : Self.pieces.randomElement(using: &g) ?? ""
            }
            let prefix = String(repeating: "p", count: Int.random(in: 0...300, using: &g))
            Self.check(text, prefix: prefix)
        }
    }

    /// Every length from 0 to 17 bytes, the special byte at every position (the words overlap differently for
    /// each length), and the value with none, which takes the fast path.
    @Test func everyLengthAndPosition() {
        for n in 0...17 {
            Self.check(String(repeating: "a", count: n), prefix: "")
            Self.check(String(repeating: "a", count: n), prefix: String(repeating: "p", count: 250))
            for p in 0..<n {
                for special in ["<", ">", "&", "\"", "'", "\\", "\n", "\u{1}"] {
                    var bytes = Array(repeating: UInt8(ascii: "a"), count: n)
                    bytes[p] = special.utf8.first ?? 0
                    Self.check(String(decoding: bytes, as: UTF8.self), prefix: "x")
                }
            }
        }
        // Multi-byte characters across the word boundaries, and U+2028 at the end of a short value.
        for text in ["é", "éé", "🙂", "abc🙂", "abcdefg🙂", "abcdefghijkl🙂", "—", "a\u{2028}", "abcdefghijklm\u{2029}",
                     "\u{2028}bcdefghijklm"] {
            Self.check(text, prefix: "x")
        }
    }

    /// The words hold every byte of the value and no other: a special byte at any position of a value of any
    /// length up to sixteen is seen, and a value without one passes (the fast path is taken).
    @Test func shortWordsSeeEveryByte() {
        for n in 1...16 {
            let plain = Array(repeating: UInt8(ascii: "a"), count: n)
            plain.withUnsafeBufferPointer { buf in
                guard let base = buf.baseAddress else { return }
                let words = HTMLEscaper.shortWords(UnsafeRawPointer(base), count: n)
                #expect(!HTMLEscaper.hasSpecial(words, quotes: true))
                #expect(JSONWriter.escapeBits(unsafeBitCast(words, to: ByteBlock.Block.self)) == 0)
            }
            for p in 0..<n {
                for (special, quotes) in [(UInt8(ascii: "<"), false), (UInt8(ascii: "&"), false), (UInt8(ascii: "'"), true),
                                          (UInt8(ascii: "\""), true)] {
                    var bytes = plain
                    bytes[p] = special
                    bytes.withUnsafeBufferPointer { buf in
                        guard let base = buf.baseAddress else { return }
                        let words = HTMLEscaper.shortWords(UnsafeRawPointer(base), count: n)
                        #expect(HTMLEscaper.hasSpecial(words, quotes: quotes), "\(n) \(p) \(special)")
                        if special != UInt8(ascii: "'") {
                            #expect(JSONWriter.escapeBits(unsafeBitCast(words, to: ByteBlock.Block.self)) != 0)
                        }
                    }
                }
                // In text, quotes are not special.
                var bytes = plain
                bytes[p] = UInt8(ascii: "'")
                bytes.withUnsafeBufferPointer { buf in
                    guard let base = buf.baseAddress else { return }
                    #expect(!HTMLEscaper.hasSpecial(HTMLEscaper.shortWords(UnsafeRawPointer(base), count: n), quotes: false))
                }
            }
        }
    }
}
