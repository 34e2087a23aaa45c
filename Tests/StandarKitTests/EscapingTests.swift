import Foundation
import Testing
@testable import StandarKit

@Suite struct EscapingTests {
    @Test(arguments: ["", "biasa", "a\"b\\c", "baris\nbaru\r\ttab", "<script>&</script>", "\u{0001}\u{001F}",
                      "pemisah\u{2028}baris\u{2029}", "é ✓ 🙂 “kutip”", "\u{00E2}\u{0080}"])
    func jsonQuoteRoundTrips(text: String) throws {
        let quoted = JSONWriter.quote(text)
        #expect(!quoted.contains("<") && !quoted.contains(">") && !quoted.contains("&"))
        #expect(!quoted.contains("\u{2028}") && !quoted.contains("\u{2029}"))
        let decoded = try JSONSerialization.jsonObject(with: Data("[\(quoted)]".utf8)) as? [String]
        #expect(decoded == [text])
    }

    @Test(arguments: ["<", ">", "&", "\"", "\\", "\n", "\u{1}", "\u{7F}", "é", "\u{2028}", "—"])
    func jsonQuoteFindsSpecialsAtEveryOffset(special: String) throws {
        // Long runs are checked sixteen, then eight bytes at a time: put the character at every position of
        // such runs.
        for offset in 0..<40 {
            let text = String(repeating: "a", count: offset) + special + String(repeating: "b", count: 20)
            let quoted = JSONWriter.quote(text)
            #expect(!quoted.contains("<") && !quoted.contains(">") && !quoted.contains("&") && !quoted.contains("\n"))
            let decoded = try JSONSerialization.jsonObject(with: Data("[\(quoted)]".utf8)) as? [String]
            #expect(decoded == [text])
            let plain = JSONWriter.quote(text, scriptSafe: false)
            if ["<", ">", "&", "\u{2028}"].contains(special) {
                #expect(plain == "\"" + text + "\"")
            } else {
                #expect(plain == quoted)
            }
        }
    }

    @Test func htmlEscaping() {
        #expect(HTMLEscaper.text("a<b>&\"c'") == "a&lt;b&gt;&amp;\"c'")
        #expect(HTMLEscaper.attribute("a<b>&\"c'é") == "a&lt;b&gt;&amp;&quot;c&#39;é")
        #expect(HTMLEscaper.text("tanpa tanda") == "tanpa tanda")
    }

    @Test(arguments: ["", "biasa", "a<b>&\"c'é", "<<>>&&", "ujung<", "é ✓ 🙂 “kutip” & <b>", "'awal"])
    func htmlEscapingIntoBytesMatchesText(text: String) {
        var attribute: [UInt8] = Array("x".utf8)
        HTMLEscaper.appendAttribute(text, to: &attribute)
        #expect(String(decoding: attribute, as: UTF8.self) == "x" + HTMLEscaper.attribute(text))
        var plain: [UInt8] = []
        HTMLEscaper.appendText(text, to: &plain)
        #expect(String(decoding: plain, as: UTF8.self) == HTMLEscaper.text(text))
    }

    /// Both byte escapers scan sixteen bytes at a time: each special character at every offset of long runs,
    /// next to multi-byte characters, in the last partial block and in values shorter than a block, against the
    /// String escaper.
    @Test(arguments: ["<", ">", "&", "\"", "'", "é", "🙂", "<&>\"'"])
    func htmlEscapingFindsSpecialsAtEveryOffset(special: String) {
        for offset in 0..<40 {
            for tail in [0, 3, 9, 17, 31] {
                let text = String(repeating: "a", count: offset) + special + String(repeating: "b", count: tail)
                    + (tail % 2 == 0 ? "" : special)
                for quotes in [false, true] {
                    let expected = quotes ? HTMLEscaper.attribute(text) : HTMLEscaper.text(text)
                    var bytes: [UInt8] = []
                    if quotes { HTMLEscaper.appendAttribute(text, to: &bytes) } else { HTMLEscaper.appendText(text, to: &bytes) }
                    #expect(String(decoding: bytes, as: UTF8.self) == expected, "\(text.debugDescription) \(quotes)")
                    var page = PageBuffer(capacity: 8)
                    page.appendEscaped(text, quotes: quotes)
                    #expect(String(decoding: page.bytes, as: UTF8.self) == expected, "\(text.debugDescription) \(quotes)")
                }
            }
        }
    }

    /// Random texts with several specials, against the String escaper.
    @Test func htmlByteEscapersMatchTheStringEscaper() {
        var g = TestSeed.generator(0x4E5C)
        let pieces = ["a", "kata ", "0123456789abcdef", "<", ">", "&", "\"", "'", "&amp;", "é", "—", "🙂", "\n",
                      String(repeating: "x", count: 15), String(repeating: "y", count: 16)]
        for _ in 0..<5_000 {
            let text = (0..<Int.random(in: 0...10, using: &g)).map { _ in pieces.randomElement(using: &g) ?? "" }.joined()
            for quotes in [false, true] {
                let expected = quotes ? HTMLEscaper.attribute(text) : HTMLEscaper.text(text)
                var bytes: [UInt8] = []
                HTMLEscaper.append(text, to: &bytes, quotes: quotes)
                #expect(String(decoding: bytes, as: UTF8.self) == expected, "\(text.debugDescription) \(quotes)")
                var page = PageBuffer(capacity: 8)
                page.appendEscaped(text, quotes: quotes)
                #expect(String(decoding: page.bytes, as: UTF8.self) == expected, "\(text.debugDescription) \(quotes)")
            }
        }
    }

    @Test(arguments: [("", ""), ("biasa", "biasa"), ("=1+2", "'=1+2"), ("a,b", "\"a,b\""), ("a;b", "\"a;b\""),
                      ("baris\nbaru", "\"baris\nbaru\""), ("\"k\" dan \"l\"", "\"\"\"k\"\" dan \"\"l\"\"\""),
                      ("-\"x\"", "\"'-\"\"x\"\"\""), ("\r", "\"'\r\""), ("é, ✓", "\"é, ✓\"")])
    func csvFieldIntoBytes(text: String, expected: String) {
        var out: [UInt8] = Array("x,".utf8)
        DataExports.appendCSVField(text, to: &out)
        #expect(String(decoding: out, as: UTF8.self) == "x," + expected)
    }

    @Test func searchTextFoldsAndDeduplicates() {
        #expect(DataExports.searchText("Akta Kelahiran, akta-KELAHIRAN (Disdukcapil)") == "akta kelahiran disdukcapil")
        #expect(DataExports.searchText("Café Ümit 2026") == "cafe umit 2026")
        #expect(DataExports.searchText("") == "")
        // Many words (the table grows), repeated in other cases and after punctuation.
        let many = (0..<300).map { "kata\($0)" }
        #expect(DataExports.searchText((many + many.map { $0.uppercased() }).joined(separator: ", ")) == many.joined(separator: " "))
        #expect(DataExports.searchText("a a b A-b c") == "a b c")
        // Folded to ASCII (accents, dashes, fullwidth forms) or not (other scripts, which stay words).
        #expect(DataExports.searchText("Kafe–CAFÉ café Ｃａｆｅ") == "kafe cafe")
        #expect(DataExports.searchText("Ελλάδα ελλαδα, kota") == "ελλαδα kota")
    }
}

@Suite struct TrimTests {
    @Test(arguments: [("  a b  ", "a b"), ("\u{00A0}teks\u{2003}\n", "teks"), ("tanpa", "tanpa"), ("   ", ""), ("", ""),
                      ("\n\tx\n", "x")])
    func trims(input: String, expected: String) {
        #expect(input.trimmed == expected)
    }

    /// `trimmed` returns most texts from their first and last bytes: against a scalar-by-scalar reference.
    @Test func trimsAsTheScalarReference() {
        func reference(_ s: String) -> String {
            let scalars = Array(s.unicodeScalars)
            var start = 0, end = scalars.count
            while start < end, scalars[start].properties.isWhitespace { start += 1 }
            while end > start, scalars[end - 1].properties.isWhitespace { end -= 1 }
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[start..<end])
            return String(view)
        }
        let pieces = ["a", "Z", "1", ".", " ", "\t", "\n", "\r\n", "\u{0B}", "\u{0C}", "\u{85}", "\u{A0}", "\u{2003}",
                      "\u{3000}", "\u{2028}", "\u{200B}", "\u{FEFF}", "~", "é", "e\u{301}", "\u{301}", "🙂", "\u{7F}", "\u{1}"]
        var g = TestSeed.generator(0x7219)
        for _ in 0..<5_000 {
            let text = (0..<Int.random(in: 0...6, using: &g)).map { _ in pieces.randomElement(using: &g) ?? "" }.joined()
            #expect(text.trimmed == reference(text), "\(text.debugDescription)")
        }
    }
}
