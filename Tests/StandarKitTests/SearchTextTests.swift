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

    /// A service's search text is the reference's words of its parts joined by spaces, on seeded random services:
    /// ASCII parts read in place into the room made for all of them (many distinct and repeated words, the word
    /// table growing), and parts with punctuation read in place or folded first; more than half take the ASCII path.
    @Test func serviceSearchTextGivesTheReferenceWords() {
        let pieces = ["Akta", "kelahiran", "KTP-el", " ", "-", "2", "\u{1}", "\n", "“", "”", "–", "…", "\u{A0}", "\u{200B}",
                      "é", "ß", "日本", "Rp10.000", ",", "dan", "yang", "abcdefgh", "ABCDEFGHIJKLMNOPQ"]
        let ascii = ["Akta", "kelahiran", "KTP-el", " ", "-", "2", "\n", "Rp10.000", ",", "dan", "yang", "abcdefgh", "ABCDEFGHIJKLMNOPQ"]
        var generator = TestSeed.generator(0x5EA2_C4D7)
        var inPlace = 0
        for round in 0..<1500 {
            let choices = round % 3 == 0 ? pieces : ascii
            func text() -> String {
                (0..<Int.random(in: 0...40, using: &generator)).map { _ in
                    Bool.random(using: &generator) ? " " : (choices.randomElement(using: &generator) ?? "a")
                }.joined()
            }
            func word() -> String {
                String((0..<Int.random(in: 1...9, using: &generator)).map { _ in "abcdefghijklmnopqrstuvwxyz0123456789".randomElement(using: &generator) ?? "a" })
            }
            // Some services with many distinct words: the word table grows past its first 64 slots.
            let many = round % 5 == 1 ? (0..<Int.random(in: 20...120, using: &generator)).map { _ in word() }.joined(separator: " ") : ""
            let summary = ServiceSummary(
                opd: "a", slug: "b", judul: text(), ringkasan: Bool.random(using: &generator) ? text() + many : nil,
                kategori: Bool.random(using: &generator) ? text() : nil, nomorSK: nil, ditetapkan: nil, ditinjau: nil,
                kataKunci: (0..<Int.random(in: 0...5, using: &generator)).map { _ in text() }, fee: nil, duration: nil,
                gaps: [], level: 0, produk: text())
            let opd = OPD(slug: "a", file: "content/a/_index.md", hasIndex: true, nama: text(),
                          singkatan: Bool.random(using: &generator) ? text() : nil, alamat: nil, telepon: nil, email: nil,
                          situs: nil, jamLayanan: nil, body: [])
            let parts = [summary.judul, summary.ringkasan ?? "", summary.kategori ?? "", opd.nama, opd.singkatan ?? "",
                         summary.produk] + summary.kataKunci
            if parts.allSatisfy({ $0.utf8.allSatisfy { $0 < 0x80 } }) { inPlace += 1 }
            #expect(DataExports.searchText(for: summary, opd: opd) == Self.reference(parts.joined(separator: " ")), "\(parts)")
        }
        #expect(inPlace > 750)
        // Empty parts: no words.
        let blank = OPD(slug: "a", file: "", hasIndex: false, nama: "", singkatan: nil, alamat: nil, telepon: nil,
                        email: nil, situs: nil, jamLayanan: nil, body: [])
        #expect(DataExports.searchText(for: ServiceSummary.blank, opd: blank) == "")
    }

    /// Words added text by text after an empty room (no capacity given) grow it and give the reference's words.
    @Test func wordsGrowTheirRoom() {
        var words = DataExports.ASCIIWords()
        var texts: [String] = []
        for i in 0..<50 {
            let text = (0...i).map { "w\($0 * 7 % 31) Kata\(i)" }.joined(separator: ", ")
            texts.append(text)
            let added = words.add(text)
            #expect(added)
        }
        #expect(words.text == Self.reference(texts.joined(separator: " ")))
        var empty = DataExports.ASCIIWords(capacity: 3)
        let addedEmpty = empty.add(""), addedSpaces = empty.add("   ")
        #expect(addedEmpty && addedSpaces && empty.text == "")
    }
}
