import Testing
@testable import StandarKit

struct SearchTextTests {
    /// Parts folded one by one give the words of the joined text folded whole, on random parts mixing ASCII
    /// (with controls and whitespace), accents, dashes, quotes, ellipses, fullwidth forms, combining marks,
    /// zero-width characters and letters that stay non-ASCII.
    /// A control character inside a word is dropped on both paths, as the fold drops it: an all-ASCII text and
    /// the same text beside a non-ASCII part give the same words (CI once drew this case at random).
    @Test func controlCharactersAreDroppedOnEveryPath() {
        let parts = ["\n,2\u{01}Rp10.000kelahiran", "\u{01}-"]
        #expect(DataExports.searchText(parts.joined(separator: " ")) == "2rp10 000kelahiran")
        #expect(DataExports.foldedSearchText(parts) == "2rp10 000kelahiran")
        #expect(DataExports.searchText("Ak\u{7F}ta é") == "akta e")
        #expect(DataExports.searchText("Ak\u{7F}ta") == "akta")
    }

    @Test func partsFoldedAloneMatchTheJoinedText() {
        let pieces = ["Akta", "kelahiran", " ", "-", "2", "\u{1}", "\t", "\n", "é", "e\u{301}", "–", "—", "“", "”", "…",
                      "Ａ", "／", "\u{200B}", "\u{AD}", "ß", "日本", "Ø", "İ", "Rp10.000", ",", "  "]
        var generator = TestSeed.generator(0x2A3E55D1)
        for _ in 0..<2000 {
            let count = Int.random(in: 1...6, using: &generator)
            let parts = (0..<count).map { _ in
                (0..<Int.random(in: 0...6, using: &generator)).map { _ in pieces.randomElement(using: &generator) ?? "a" }.joined()
            }
            let joined = DataExports.searchText(parts.joined(separator: " "))
            #expect(DataExports.foldedSearchText(parts) == joined, "\(parts)")
        }
    }

    /// The words of a text as the fold and a scalar-by-scalar split give them (the last path of `searchText`).
    static func reference(_ text: String) -> String {
        var seen: Set<String> = []
        var out: [String] = []
        var word = ""
        func flush() {
            if !word.isEmpty, seen.insert(word).inserted { out.append(word) }
            word = ""
        }
        for scalar in TextNormalizer.fold(text).unicodeScalars {
            let v = scalar.value
            if v < 0x80 ? (v >= 0x61 && v <= 0x7A) || (v >= 0x41 && v <= 0x5A) || (v >= 0x30 && v <= 0x39)
                : scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                word.unicodeScalars.append(scalar)
            } else {
                flush()
            }
        }
        flush()
        return out.joined(separator: " ")
    }

    /// Long texts of many distinct words, repeated and in several parts (the word table grows several times),
    /// give the reference's words.
    @Test func manyWordsGiveTheReferenceWords() {
        var generator = TestSeed.generator(0x3A0D5)
        let letters = Array("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
        for _ in 0..<200 {
            let vocabulary = (0..<Int.random(in: 1...300, using: &generator)).map { _ in
                String((0..<Int.random(in: 1...12, using: &generator)).map { _ in letters.randomElement(using: &generator) ?? "a" })
            }
            let parts = (0..<Int.random(in: 1...5, using: &generator)).map { _ in
                (0..<Int.random(in: 0...200, using: &generator)).map { _ in vocabulary.randomElement(using: &generator) ?? "" }
                    .joined(separator: [" ", ", ", ".", " - ", "\n", "/"].randomElement(using: &generator) ?? " ")
            }
            var words = DataExports.ASCIIWords()
            let added = parts.map { words.add($0) }
            #expect(!added.contains(false))
            #expect(words.text == Self.reference(parts.joined(separator: " ")))
        }
    }

    /// Texts of ASCII with the punctuation, spaces and format characters read without folding (and others that
    /// are folded first) give the fold's words, alone and as parts.
    @Test func punctuationReadInPlaceGivesTheFoldsWords() {
        let pieces = ["Akta", "kelahiran", " ", "-", "2", "\u{1}", "\n", "“", "”", "‘", "’", "–", "—", "…", "«", "»",
                      "\u{A0}", "\u{2009}", "\u{202F}", "\u{3000}", "\u{2028}", "\u{200B}", "\u{200D}", "\u{AD}",
                      "\u{FEFF}", "\u{202E}", "\u{2060}", "\u{2066}", "\u{2212}", "\u{2044}", "′", "″", "é", "×", "ß",
                      "\u{301}", "\u{2016}", "\u{2065}", "🙂", "Rp10.000"]
        var generator = TestSeed.generator(0x5EA7_C11A)
        var inPlace = 0
        for _ in 0..<3000 {
            let parts = (0..<Int.random(in: 1...4, using: &generator)).map { _ in
                (0..<Int.random(in: 0...6, using: &generator)).map { _ in pieces.randomElement(using: &generator) ?? "a" }.joined()
            }
            let joined = parts.joined(separator: " ")
            let expected = Self.reference(joined)
            #expect(DataExports.searchText(joined) == expected, "\(joined.debugDescription)")
            #expect(DataExports.foldedSearchText(parts) == expected, "\(parts)")
            var words = DataExports.ASCIIWords()
            if words.add(joined) {
                inPlace += 1
                #expect(words.text == expected, "\(joined.debugDescription)")
            }
        }
        #expect(inPlace > 300)
    }
}
