import Testing
@testable import StandarKit

@Suite("EmptyText")
struct EmptyTextTests {
    static let emptyTexts: [String] = [
        "",
        "   ",
        "\n\t \n",
        "\u{00A0}\u{200B}\u{FEFF}",
        "-",
        "–",
        "—",
        "--",
        "...",
        "…",
        "TBD",
        "tbd.",
        "belum ada",
        "(Belum ada)",
        "n/a",
        "N/A",
        "tidak ada data",
        "Tidak Ada Data.",
        "isi di sini",
        "[isi]",
        "[Isi di sini]",
        "[isi persyaratan di sini]",
        "<isi nama produk>",
        ".",
        "*",
        "- TBD -",
        "-\n-\n-",
        "TODO",
        "Lorem ipsum dolor sit amet",
        "Belum diisi",
    ]

    static let contentTexts: [String] = [
        "Tidak ada",
        "Gratis",
        "KTP",
        "1. Fotokopi KTP",
        "- Fotokopi KTP\n- Fotokopi KK",
        "5 hari kerja",
        "Rp 0",
        "0",
        "Nihil",
        "Isian formulir permohonan",
        "Isi formulir dan serahkan ke loket",
        "Petugas loket",
        "Belum ada perubahan sejak 2020; persyaratan tetap KTP",
    ]

    @Test("empty texts", arguments: emptyTexts)
    func empty(_ text: String) {
        #expect(EmptyText.isEmpty(text))
    }

    @Test("texts with content", arguments: contentTexts)
    func content(_ text: String) {
        #expect(!EmptyText.isEmpty(text))
    }

    /// The ASCII path gives what the scalar path gives, on the listed texts, bracketed and padded variants, and
    /// random ASCII strings over the characters that matter.
    @Test("ASCII path matches the scalar path")
    func asciiMatchesScalars() {
        var texts = Self.emptyTexts + Self.contentTexts
        texts += texts.flatMap { ["[\($0)]", "<\($0)>", "{ \($0) }", " \t\($0)\u{7F}\n", "(\($0))", "\u{1}[\($0)]\u{0}"] }
        texts += ["", " ", "\u{0}", "[isi]", "[ isi ]x", "<isi nama di sini>", "isi di sini", "ISI DI SINI!", "i s i d i s i n i",
                  "isidisini2", "lorem", "LOREM IPSUM", "[x]", "{isi", "<>", "[]", "---", "N/A.", "n.a", "0000"]
        var generator = TestSeed.generator(0x6F3DD50E)
        let alphabet = Array("isdnIS []<>{}-.\t\u{0}\u{7F}xloremp".unicodeScalars)
        for _ in 0..<3000 {
            var s = String.UnicodeScalarView()
            for _ in 0..<Int.random(in: 0...14, using: &generator) {
                s.append(alphabet[Int.random(in: 0..<alphabet.count, using: &generator)])
            }
            texts.append(String(s))
        }
        for text in texts {
            if let ascii = EmptyText.isEmptyASCII(text) {
                #expect(ascii == EmptyText.isEmptyScalars(text), "\(text.debugDescription)")
            } else {
                #expect(text.utf8.contains { $0 >= 0x80 }, "\(text.debugDescription)")
            }
        }
        #expect(EmptyText.isEmptyASCII("é") == nil)
    }

    /// The lorem ipsum test of long texts reads the bytes in place; the array comparison it replaced is the reference.
    @Test func loremIpsumReadInPlace() {
        func reference(_ text: String) -> Bool {
            let head = text.utf8.prefix(32).map { $0 | 0x20 }
            return head.starts(with: Array("lorem ipsum".utf8)) || head.dropFirst().starts(with: Array("lorem ipsum".utf8))
        }
        var texts = ["", "lorem ipsum", "Lorem Ipsum dolor", " LOREM IPSUM", "  lorem ipsum", "lorem ipsu", "xlorem ipsum",
                     "lorem\u{0}ipsum", "(lorem ipsum)", "é lorem ipsum", "lorem ipsum" + String(repeating: "a", count: 80)]
        var g = TemplateProgramTests.Seeded(state: 7)
        let pieces = ["lorem", " ", "ipsum", "LOREM", "IPSUM", "l", "x", "\u{0}", "é", "(", "\t"]
        for _ in 0..<5_000 {
            texts.append((0..<Int.random(in: 0...5, using: &g)).map { _ in pieces.randomElement(using: &g) ?? "" }.joined())
        }
        for text in texts { #expect(EmptyText.startsWithLoremIpsum(text) == reference(text), "\(text.debugDescription)") }
        #expect(EmptyText.isEmpty("Lorem ipsum " + String(repeating: "dolor sit amet ", count: 8)))
        #expect(!EmptyText.isEmpty("Persyaratan " + String(repeating: "dolor sit amet ", count: 8)))
    }

    /// `manyLetters` counts eight bytes at a time; counting a byte at a time (the code it replaced) is the reference,
    /// on every byte value at every position of a word, on texts around the 64-letter bound and word boundaries, and
    /// on seeded random texts mixing letters, the bytes next to the letter ranges and non-ASCII bytes.
    @Test func manyLettersCountsWordsAsBytes() {
        func reference(_ bytes: [UInt8]) -> Bool {
            var letters = 0
            for byte in bytes where (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A {
                letters += 1
                if letters > 64 { return true }
            }
            return false
        }
        func manyLetters(_ bytes: [UInt8]) -> Bool { bytes.withUnsafeBufferPointer { EmptyText.manyLetters($0) } }
        // Each byte value in each lane of a word.
        for value in 0...255 {
            let byte = UInt8(value)
            for lane in 0..<8 {
                var word: UInt64 = 0x2020_2020_2020_2020
                word &= ~(UInt64(0xFF) << (8 * lane))
                word |= UInt64(byte) << (8 * lane)
                let bits = EmptyText.asciiLetterBits(word)
                let letter = (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A
                #expect(EmptyText.isASCIILetter(byte) == letter)
                #expect(bits == (letter ? UInt64(0x80) << (8 * lane) : 0), "\(value) lane \(lane)")
            }
        }
        var texts: [[UInt8]] = [[], Array("a".utf8), Array("é".utf8)]
        for count in [63, 64, 65, 66, 72, 73] {
            for pad in 0..<9 {
                texts.append(Array(String(repeating: "-", count: pad).utf8) + Array(repeating: UInt8(ascii: "k"), count: count))
                texts.append(Array(repeating: UInt8(ascii: "Z"), count: count) + Array(String(repeating: " ", count: pad).utf8))
            }
        }
        let alphabet: [UInt8] = [0x40, 0x41, 0x5A, 0x5B, 0x60, 0x61, 0x7A, 0x7B, 0x20, 0x2E, 0x30, 0x39, 0x7F, 0x80, 0xC1, 0xC3,
                                 0xDA, 0xE1, 0xFA, 0xFF, 0x00, 0x6D, 0x4D]
        var g = TestSeed.generator(0x1E77E75)
        for _ in 0..<5_000 {
            texts.append((0..<Int.random(in: 0...400, using: &g)).map { _ in
                alphabet[Int.random(in: 0..<alphabet.count, using: &g)]
            })
        }
        var many = 0
        for text in texts {
            #expect(manyLetters(text) == reference(text), "\(text)")
            if reference(text) { many += 1 }
        }
        // Both answers are exercised.
        #expect(many > 100 && many < texts.count - 100)
        #expect(!EmptyText.isEmpty(String(repeating: "Fotokopi KTP pemohon; ", count: 4)))
    }
    /// `isEmptyASCII` reads only the ends of the text; the byte-by-byte scan it replaced is the reference, on texts
    /// around the bounds it relies on (32 and 33 letters and digits, six at the end, eight-byte words, a non-ASCII
    /// byte at any position) and on seeded random texts over the bytes that matter.
    @Test func asciiPathReadsTheEnds() {
        var texts: [[UInt8]] = [[], Array(" ".utf8), Array("é".utf8), Array("isi di sini".utf8), Array("[isi]".utf8)]
        for count in [5, 6, 7, 16, 17, 18, 31, 32, 33, 34, 40, 64] {
            for pad in 0..<9 {
                let padding = Array(String(repeating: " -", count: pad).utf8)
                let core = Array(repeating: UInt8(ascii: "x"), count: count)
                texts.append(padding + core)
                texts.append(core + padding)
                texts.append(Array("isi ".utf8) + core + padding + Array(" di sini".utf8))
                texts.append(Array("[ isi".utf8) + core + Array("] ".utf8) + padding)
                texts.append(Array("<LOREMIPSUM".utf8) + core + padding + Array(">".utf8))
                // A non-ASCII byte at each position of a text past the front scan.
                var withHigh = padding + core + padding
                withHigh[min(pad * 5, withHigh.count - 1)] = 0xC3
                texts.append(withHigh)
            }
        }
        let pieces = ["isi", "di", "sini", "DISINI", " ", "\t", "\u{0}", "\u{7F}", "[", "]", "<", ">", "{", "}", "-", ".", "x",
                      "lorem", "ipsum", "tbd", "N/A", "1", "9", "é", "@", "`", "Z"]
        var g = TestSeed.generator(0xA5C11E)
        for _ in 0..<6_000 {
            texts.append(Array((0..<Int.random(in: 0...24, using: &g)).map { _ in
                pieces[Int.random(in: 0..<pieces.count, using: &g)]
            }.joined().utf8))
        }
        // Every byte value, alone and inside a bracketed placeholder.
        for value in 0...255 {
            texts.append([UInt8(value)])
            texts.append(Array("[isi".utf8) + [UInt8(value)] + Array("]".utf8))
        }
        var empty = 0, content = 0, notASCII = 0
        for text in texts {
            let fast = text.withUnsafeBufferPointer { EmptyText.isEmptyASCII($0) }
            let reference = text.withUnsafeBufferPointer { EmptyText.referenceIsEmptyASCII($0) }
            #expect(fast == reference, "\(text)")
            switch reference {
            case true?: empty += 1
            case false?: content += 1
            case nil: notASCII += 1
            }
        }
        #expect(EmptyText.longestPlaceholder == EmptyText.placeholders.map(\.utf8.count).max())
        #expect(EmptyText.isEmpty("isi " + String(repeating: "nama ", count: 12) + "di sini"))
        #expect(!EmptyText.isEmpty("isi " + String(repeating: "nama ", count: 12) + "di sana"))
        // All three answers are exercised, and texts longer than the front scan.
        #expect(empty > 300 && content > 300 && notASCII > 300, "\(empty) \(content) \(notASCII)")
        #expect(texts.filter { $0.count > 40 && $0.allSatisfy { $0 < 0x80 } }.count > 500)
    }
}

/// The byte functions of `EmptyText` on a String, for the tests.
extension EmptyText {
    static func startsWithLoremIpsum(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { startsWithLoremIpsum($0) }
    }

    static func isEmptyASCII(_ text: String) -> Bool? {
        var text = text
        return text.withUTF8 { isEmptyASCII($0) }
    }
}

/// The code `isEmptyASCII` replaced, kept as the reference of its test: every byte read through one `switch`.
extension EmptyText {
    static func referenceIsEmptyASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool? {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 32) { head -> Bool? in
            var count = 0
            var tail: UInt64 = 0
            var first: UInt8 = 0, last: UInt8 = 0
            for byte in bytes {
                let c: UInt8
                switch byte {
                case 0x80...: return nil
                case 0x00...0x20, 0x7F: continue
                case 0x41...0x5A: c = byte | 0x20
                case 0x61...0x7A, 0x30...0x39: c = byte
                default: c = 0
                }
                if first == 0 { first = byte }
                last = byte
                guard c != 0 else { continue }
                if count < head.count { head[count] = c }
                tail = tail << 8 | UInt64(c)
                count += 1
            }
            if count == 0 { return true }
            let stored = UnsafeBufferPointer(rebasing: head[..<min(count, head.count)])
            if count <= head.count, placeholders.contains(String(decoding: stored, as: UTF8.self)) { return true }
            let startsWithIsi = stored.starts(with: "isi".utf8)
            if startsWithIsi, count >= 6, tail & 0xFFFF_FFFF_FFFF == 0x64_69_73_69_6E_69 { return true }
            if stored.starts(with: "loremipsum".utf8) { return true }
            if (first == 0x5B && last == 0x5D) || (first == 0x3C && last == 0x3E) || (first == 0x7B && last == 0x7D),
               startsWithIsi {
                return true
            }
            return false
        }
    }
}
