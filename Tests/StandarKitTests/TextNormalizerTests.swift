import Testing
@testable import StandarKit

@Suite struct TextNormalizerTests {
    @Test func asciiFastPathFoldsLikeTheScalarPath() throws {
        var generator = TestSeed.generator(0x35EB273C)
        let samples = ["", " ", "  Biaya  Layanan\t\n", "RP 10.000,-", "\u{7}A\u{1F}b\u{7F}c ", "3 (TIGA) Hari Kerja.",
                       "Jangka   Waktu\r\nPenyelesaian", "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~"]
        var texts = samples
        for _ in 0..<500 {
            let length = Int.random(in: 0..<40, using: &generator)
            texts.append(String(decoding: (0..<length).map { _ in UInt8.random(in: 0..<0x80, using: &generator) }, as: UTF8.self))
        }
        for text in texts {
            let fast = try #require(TextNormalizer.foldASCII(text))
            #expect(fast == TextNormalizer.foldScalars(text), "\(Array(text.utf8))")
        }
        #expect(TextNormalizer.foldASCII("Biaya – Rp") == nil)
        #expect(TextNormalizer.fold("  Biaya – RP  ") == "biaya - rp")
    }

    @Test func asciiWordsSplitLikeTheScalarPath() throws {
        var generator = TestSeed.generator(0xACE27686)
        var texts = ["", " ", "biaya", "rp 10.000,- per lembar", "a", "9x", "tidak dipungut biaya (gratis).", "  x  y  ",
                     "kata-kata_dengan/pemisah", "\u{0}ab\u{7F}cd"]
        for _ in 0..<500 {
            let length = Int.random(in: 0..<40, using: &generator)
            texts.append(String(decoding: (0..<length).map { _ in UInt8.random(in: 0..<0x80, using: &generator) }, as: UTF8.self))
        }
        for text in texts {
            let fast = try #require(TextNormalizer.asciiWords(text))
            #expect(fast == TextNormalizer.scalarWords(text), "\(Array(text.utf8))")
        }
        #expect(TextNormalizer.asciiWords("biaya – rp") == nil)
        #expect(TextNormalizer.words("biaya – rp é2") == ["biaya", "rp", "é2"])
    }

    @Test func trimVisibleKeepsVisibleEndsAndTrimsTheRest() {
        #expect(TextNormalizer.trimVisible("Rp 5.000") == "Rp 5.000")
        #expect(TextNormalizer.trimVisible("  Rp 5.000\t") == "Rp 5.000")
        #expect(TextNormalizer.trimVisible("\u{200B}Gratis\u{FEFF}") == "Gratis")
        #expect(TextNormalizer.trimVisible("\u{7}x\u{7F}") == "x")
        #expect(TextNormalizer.trimVisible("é ") == "é")
        #expect(TextNormalizer.trimVisible("\u{A0}3 hari\u{2003}") == "3 hari")
        #expect(TextNormalizer.trimVisible(" \n ") == "")
        #expect(TextNormalizer.trimVisible("a") == "a")
    }
}
