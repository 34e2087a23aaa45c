import Testing
@testable import StandarKit

@Suite struct SourceDecoderTests {
    @Test func plainUTF8() throws {
        #expect(try SourceDecoder.decode(Array("a\nb".utf8)).get() == "a\nb")
    }

    @Test func stripsUTF8ByteOrderMark() throws {
        #expect(try SourceDecoder.decode([0xEF, 0xBB, 0xBF] + Array("---\n".utf8)).get() == "---\n")
    }

    @Test func normalizesCRLFAndCR() throws {
        #expect(try SourceDecoder.decode(Array("a\r\nb\rc\n".utf8)).get() == "a\nb\nc\n")
    }

    @Test func refusesUTF16WithByteOrderMark() {
        let bytes: [UInt8] = [0xFF, 0xFE, 0x2D, 0x00, 0x2D, 0x00]
        guard case .failure(let p) = SourceDecoder.decode(bytes) else { Issue.record("accepted UTF-16"); return }
        #expect(p.message.contains("UTF-16"))
        #expect(p.hint.contains("UTF-8"))
    }

    @Test func refusesUTF16WithoutByteOrderMark() {
        let bytes: [UInt8] = [0x2D, 0x00, 0x2D, 0x00, 0x2D, 0x00]
        guard case .failure(let p) = SourceDecoder.decode(bytes) else { Issue.record("accepted UTF-16"); return }
        #expect(p.message.contains("UTF-16"))
    }

    @Test func locatesNulByte() {
        guard case .failure(let p) = SourceDecoder.decode(Array("a\nbc\u{0}\u{0}".utf8)) else {
            Issue.record("accepted NUL"); return
        }
        #expect(p.line == 2)
        #expect(p.column == 3)
    }

    @Test(arguments: [
        [0xC3] as [UInt8],              // truncated
        [0xC0, 0xAF],                   // overlong
        [0xED, 0xA0, 0x80],             // surrogate
        [0xF4, 0x90, 0x80, 0x80],       // above U+10FFFF
        [0xE9, 0x20],                   // Windows-1252 "é"
    ])
    func refusesInvalidUTF8(tail: [UInt8]) {
        guard case .failure(let p) = SourceDecoder.decode(Array("judul\nx".utf8) + tail) else {
            Issue.record("accepted invalid UTF-8"); return
        }
        #expect(p.line == 2)
        #expect(p.message.contains("UTF-8"))
    }

    @Test func acceptsMultibyteText() throws {
        #expect(try SourceDecoder.decode(Array("Rp 10.000 – “gratis” 🙂".utf8)).get() == "Rp 10.000 – “gratis” 🙂")
    }

    /// The ASCII runs copied whole give the text, line count and hidden characters the byte-by-byte path gave:
    /// compared here with a plain reference over mixed inputs.
    @Test func runsKeepTextLinesAndHiddenCharacters() throws {
        let cases: [(String, Int)] = [
            // A final line break ends the last line; it does not start one.
            ("", 1), ("a", 1), ("a\n", 1), ("a\r\nb\rc\n", 3), ("tab\there\n\n", 2),
            ("é\nü – x\n", 2), ("x\u{202E}y\nz", 2), ("\u{7}bel\n", 1),
        ]
        for (text, lines) in cases {
            let decoded = try SourceDecoder.decodeCountingLines(Array(text.utf8)).get()
            #expect(decoded.lines == lines, "\(text.debugDescription)")
            let expected = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
            if !text.contains("\u{202E}") && !text.contains("\u{7}") {
                #expect(decoded.text == expected, "\(text.debugDescription)")
            }
        }
        // A hidden character's position after an ASCII run: line 2, column 4 (scalars, not bytes).
        let decoded = try SourceDecoder.decodeCountingLines(Array("ab\né a\u{202E}".utf8)).get()
        let hidden = try #require(decoded.hidden.first)
        #expect(hidden.line == 2 && hidden.column == 4)
    }
}
