import Testing
@testable import StandarKit

struct SearchTextTests {
    /// Parts folded one by one give the words of the joined text folded whole, on random parts mixing ASCII
    /// (with controls and whitespace), accents, dashes, quotes, ellipses, fullwidth forms, combining marks,
    /// zero-width characters and letters that stay non-ASCII.
    @Test func partsFoldedAloneMatchTheJoinedText() {
        let pieces = ["Akta", "kelahiran", " ", "-", "2", "\u{1}", "\t", "\n", "é", "e\u{301}", "–", "—", "“", "”", "…",
                      "Ａ", "／", "\u{200B}", "\u{AD}", "ß", "日本", "Ø", "İ", "Rp10.000", ",", "  "]
        var generator = SystemRandomNumberGenerator()
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
