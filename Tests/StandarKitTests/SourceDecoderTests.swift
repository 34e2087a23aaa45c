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
}
