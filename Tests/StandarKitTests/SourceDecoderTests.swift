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

    /// Positions of hidden characters and line counts over long ASCII runs (read 16 bytes at a time) match a
    /// count scalar by scalar.
    @Test func positionsAfterLongRunsMatchAScalarCount() throws {
        var generator = TestSeed.generator(0x48850ABC)
        let pieces = ["a", "abcdefghij", "0123456789abcdefghijklmnop", " ", "\t", "\n", "\r\n", "é", "\u{202E}", "\u{7}", "x\ny"]
        for _ in 0..<3000 {
            let text = (0..<Int.random(in: 0...30, using: &generator)).map { _ in
                pieces[Int.random(in: 0..<pieces.count, using: &generator)]
            }.joined()
            try expectPositionsMatchAScalarCount(text, label: text.debugDescription) {
                $0 == 0x202E || $0 == 0x7
            }
        }
    }

    /// The text built in pieces (ASCII runs and runs of multi-byte scalars, when there are few) against a
    /// reference written scalar by scalar, on seeded random texts: long ASCII runs with a few multi-byte scalars
    /// (built in pieces) and texts dense with them (built whole).
    @Test func textBuiltInPiecesMatchesAScalarReference() throws {
        var generator = TestSeed.generator(0x50C0_DE17)
        let ascii = ["Persyaratan pelayanan: kartu tanda penduduk.", "a", " ", "\n", "\r\n", "\r", "\t", "| x |", "0123456789abcdef"]
        let wide = ["é", "—", "日本", "👍🏽", "\u{202E}", "\u{7}", "\u{2028}", "\u{FEFF}", "\u{85}", "ü\u{301}", "\u{FFFF}"]
        var inPieces = 0
        for round in 0..<4000 {
            let density = round % 4 == 0 ? 2 : 40
            let text = (0..<Int.random(in: 0...200, using: &generator)).map { _ in
                Int.random(in: 0..<density, using: &generator) == 0 ? wide.randomElement(using: &generator) ?? ""
                    : ascii.randomElement(using: &generator) ?? ""
            }.joined()
            var expected = String.UnicodeScalarView()
            var scalars = Array(text.unicodeScalars)[...]
            while let scalar = scalars.popFirst() {
                if scalar == "\r" {
                    if scalars.first == "\n" { scalars.removeFirst() }
                    expected.append("\n")
                } else if let replacement = SourceDecoder.replacement(for: scalar.value) {
                    if !replacement.isEmpty { expected.append(" ") }
                } else {
                    expected.append(scalar)
                }
            }
            let bytes = Array(text.utf8)
            let decoded = try SourceDecoder.decodeCountingLines(bytes).get()
            #expect(Array(decoded.text.utf8) == Array(String(expected).utf8), "\(text.debugDescription)")
            let runs = text.unicodeScalars.reduce(into: (count: 0, previousWide: false)) {
                let isWide = $1.value >= 0x80 && SourceDecoder.replacement(for: $1.value) == nil
                if isWide, !$0.previousWide { $0.count += 1 }
                $0.previousWide = isWide
            }.count
            if runs > 0, runs <= SourceDecoder.maxPieces(bytes.count) { inPieces += 1 }
        }
        // Both ways of building the text are drawn.
        #expect(inPieces > 500)
    }

    @Test func stringFromPiecesEqualsTheWholeDecoded() {
        let out = Array("aé—b日本c".utf8)
        let runs = [1..<3, 3..<6, 7..<13]
        #expect(SourceDecoder.string(out, wide: runs) == String(decoding: out, as: UTF8.self))
        #expect(SourceDecoder.string(out, wide: [1..<6, 7..<13]) == "aé—b日本c")
        #expect(SourceDecoder.string(Array("é".utf8), wide: [0..<2]) == "é")
        #expect(SourceDecoder.string([], wide: []) == "")
        #expect(SourceDecoder.string(out, wide: nil) == "aé—b日本c")
    }

    @Test func plainASCIIWordTest() {
        var generator = TestSeed.generator(0xD18C5B06)
        let edges: [UInt8] = [0x00, 0x09, 0x0A, 0x1F, 0x20, 0x21, 0x41, 0x7E, 0x7F, 0x80, 0xC3, 0xFF]
        for round in 0..<20000 {
            let bytes: [UInt8] = (0..<8).map { _ in
                round % 2 == 0 ? edges[Int.random(in: 0..<edges.count, using: &generator)]
                               : UInt8.random(in: 0x1E...0x81, using: &generator)
            }
            let word = bytes.enumerated().reduce(UInt64(0)) { $0 | UInt64($1.element) << (8 * UInt64($1.offset)) }
            #expect(SourceDecoder.isPlainASCII(word) == bytes.allSatisfy { $0 >= 0x20 && $0 < 0x7F }, "\(bytes)")
        }
    }

    @Test func exactByteMaskOfAWord() {
        var generator = TestSeed.generator(0xB17E_0A0A)
        let edges: [UInt8] = [0x00, 0x01, 0x09, 0x0A, 0x0B, 0x20, 0x7F, 0x80, 0x8A, 0xFF]
        for _ in 0..<20000 {
            let bytes: [UInt8] = (0..<8).map { _ in edges[Int.random(in: 0..<edges.count, using: &generator)] }
            let word = bytes.enumerated().reduce(UInt64(0)) { $0 | UInt64($1.element) << (8 * UInt64($1.offset)) }
            for byte: UInt8 in [0x0A, 0x09] {
                let expected = bytes.enumerated().reduce(UInt64(0)) { $0 | ($1.element == byte ? 0x80 << (8 * UInt64($1.offset)) : 0) }
                #expect(ByteWord.bytesEqual(word, byte) == expected, "\(bytes) \(byte)")
            }
        }
    }

    /// The reference for `plainBlocks`: byte by byte over whole blocks of 16, the first block with a byte other
    /// than printable ASCII, a tab or a line feed ending the run.
    static func referencePlainBlocks(_ bytes: [UInt8], from start: Int) -> (end: Int, feeds: Int, lastFeed: Int?) {
        var j = start, feeds = 0
        var lastFeed: Int?
        while j + 16 <= bytes.count {
            let block = bytes[j..<(j + 16)]
            guard block.allSatisfy({ ($0 >= 0x20 && $0 < 0x7F) || $0 == 0x09 || $0 == 0x0A }) else { break }
            for (k, byte) in zip(block.indices, block) where byte == 0x0A {
                feeds += 1
                lastFeed = k
            }
            j += 16
        }
        return (j, feeds, lastFeed)
    }

    /// `plainBlocks` against the byte-by-byte reference on seeded random buffers: short and long runs (past 255
    /// blocks, where the lane counts are summed, with every byte a line feed in some), stopped by each kind of
    /// byte at every offset of a block, from every start offset.
    @Test func plainBlocksMatchAByteReference() {
        var generator = TestSeed.generator(0x9_1A1B_10C5)
        let plain: [UInt8] = [0x20, 0x41, 0x7E, 0x09, 0x0A, 0x0A, 0x2D, 0x7C]
        let stoppers: [UInt8] = [0x00, 0x01, 0x08, 0x0B, 0x0D, 0x1F, 0x7F, 0x80, 0xC3, 0xE2, 0xFF]
        var long = 0, stopped = 0
        for round in 0..<3000 {
            let count = round % 10 == 0 ? Int.random(in: 4000...9000, using: &generator) : Int.random(in: 0...200, using: &generator)
            let feedsOnly = round % 20 == 0
            var bytes: [UInt8] = (0..<count).map { _ in
                feedsOnly ? 0x0A : plain[Int.random(in: 0..<plain.count, using: &generator)]
            }
            if count > 0, round % 3 != 0 {
                bytes[Int.random(in: 0..<count, using: &generator)] = stoppers[Int.random(in: 0..<stoppers.count, using: &generator)]
            }
            let start = count > 0 ? Int.random(in: 0..<min(count, 40), using: &generator) : 0
            let expected = Self.referencePlainBlocks(bytes, from: start)
            let actual = bytes.withUnsafeBytes { raw -> (end: Int, feeds: Int, lastFeed: Int?) in
                guard let base = raw.baseAddress else { return (start, 0, nil) }
                return SourceDecoder.plainBlocks(base, from: start, to: bytes.count)
            }
            #expect(actual.end == expected.end && actual.feeds == expected.feeds && actual.lastFeed == expected.lastFeed,
                    "round \(round)")
            if expected.end - start > 16 * 255 { long += 1 }
            if expected.end + 16 <= bytes.count { stopped += 1 }
        }
        // Runs past 255 blocks and runs stopped before the end are both drawn.
        #expect(long > 50 && stopped > 500)
        // Edge cases: empty, shorter than a block, exactly one block, a stopper in the last byte of a block.
        let block = Array(repeating: UInt8(0x61), count: 16)
        #expect(SourceDecoder.plainBlocks(block, from: 0, to: 0) == (0, 0, nil))
        #expect(SourceDecoder.plainBlocks(block, from: 0, to: 15) == (0, 0, nil))
        #expect(SourceDecoder.plainBlocks(block, from: 0, to: 16) == (16, 0, nil))
        #expect(SourceDecoder.plainBlocks(Array(repeating: 0x0A, count: 16) + block[...14] + [0x7F], from: 0, to: 32) == (16, 16, 15))
    }

    /// Line counts and positions of hidden characters in long texts (many whole blocks, runs past 255 blocks)
    /// match a count scalar by scalar.
    @Test func positionsInLongTextsMatchAScalarCount() throws {
        var generator = TestSeed.generator(0x10C5_7E47)
        let line = "Persyaratan: kartu tanda penduduk (KTP) asli dan salinan; formulir permohonan."
        let pieces = [line, line + "\n", "\n", "\n\n\n\n\n\n\n\n", "\t", "é", "\u{202E}", "\u{7}", "\r\n", "\u{2028}"]
        for round in 0..<300 {
            let text = (0..<Int.random(in: 0...(round % 5 == 0 ? 400 : 60), using: &generator)).map { _ in
                Int.random(in: 0..<4, using: &generator) > 0 ? pieces[Int.random(in: 0..<4, using: &generator)]
                    : pieces[Int.random(in: 0..<pieces.count, using: &generator)]
            }.joined()
            try expectPositionsMatchAScalarCount(text, label: "round \(round)") {
                SourceDecoder.replacement(for: $0) != nil
            }
        }
    }

    /// The line count and the first position of each hidden character that `decodeCountingLines` gives for
    /// `text`, against the reference: every scalar advances the column, a line feed (or CR LF) starts a line.
    /// `isHidden` says which scalars are reported.
    private func expectPositionsMatchAScalarCount(_ text: String, label: String,
                                                  isHidden: (UInt32) -> Bool) throws {
        let decoded = try SourceDecoder.decodeCountingLines(Array(text.utf8)).get()
        var line = 1, column = 1
        var firstHidden: [UInt32: (Int, Int)] = [:]
        var scalars = Array(text.unicodeScalars)[...]
        while let scalar = scalars.popFirst() {
            if scalar == "\r" {
                if scalars.first == "\n" { scalars.removeFirst() }
                line += 1; column = 1
            } else if scalar == "\n" {
                line += 1; column = 1
            } else {
                if isHidden(scalar.value), firstHidden[scalar.value] == nil { firstHidden[scalar.value] = (line, column) }
                column += 1
            }
        }
        // A final line break ends the last line (a hidden character at the very end may be dropped first).
        let lines = max(1, decoded.text.utf8.last == 0x0A ? line - 1 : line)
        #expect(decoded.lines == lines, "\(label)")
        for hidden in decoded.hidden {
            let expected = try #require(firstHidden[hidden.scalar])
            #expect(hidden.line == expected.0 && hidden.column == expected.1, "\(label)")
        }
        #expect(decoded.hidden.count == firstHidden.count, "\(label)")
    }
}
