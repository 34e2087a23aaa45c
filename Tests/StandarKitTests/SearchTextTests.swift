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
}
