import Testing
@testable import StandarKit

/// `Slug.problem`'s one-pass check of valid slugs against the byte-by-byte check it skips (`problemByBytes`).
struct SlugFastPathTests {
    /// Bytes around every range the check tells apart ("/" and ":" beside the digits, "`" and "{" beside a-z,
    /// "@" and "[" beside A-Z), and non-ASCII.
    static let pieces = ["a", "z", "m", "0", "9", "5", "-", "--", "/", ":", "`", "{", "@", "[", "A", "Z", "_", " ",
                         ".", ",", "é", "\u{0}", "\u{7F}", "日", "akta", "kelahiran", "2026"]

    static func reference(_ s: String) -> String? { Slug.problemByBytes(s) }

    @Test func validSlugsAreTheOnesTheFullCheckAccepts() {
        var g = TestSeed.generator(0x51_06)
        var texts = ["", "a", "-", "a-", "-a", "a--b", "a-b", "0", "akta-kelahiran", "Akta", "a_b", "a b", "é",
                     String(repeating: "a", count: 100), String(repeating: "a", count: 101),
                     String(repeating: "ab-", count: 33) + "a", String(repeating: "ab-", count: 33) + "ab",
                     String(repeating: "é", count: 50), String(repeating: "a", count: 15), String(repeating: "a", count: 16)]
        for _ in 0..<20_000 {
            let count = Int.random(in: 0...8, using: &g)
            texts.append((0..<count).map { _ in Self.pieces.randomElement(using: &g) ?? "" }.joined())
        }
        // Mostly valid slugs near the 100-byte limit: the common case, and where the length test decides.
        for _ in 0..<5_000 {
            let limit = Int.random(in: 90...110, using: &g)
            var s = ["layanan", "a", "9", "akta"].randomElement(using: &g) ?? ""
            while s.utf8.count < limit {
                s += (Int.random(in: 0..<50, using: &g) == 0 ? "--" : "-")
                    + (["layanan", "a", "9", "akta"].randomElement(using: &g) ?? "")
            }
            texts.append(s)
        }
        var plain = 0
        for text in texts {
            #expect(Slug.problem(text) == Self.reference(text), "\(text.debugDescription)")
            var copy = text
            let fast = copy.withUTF8 { Slug.isPlainSlug($0) }
            #expect(fast == (Self.reference(text) == nil), "\(text.debugDescription)")
            if fast { plain += 1 }
        }
        // The fast path answers for a good share of the inputs (it is exercised, not bypassed).
        #expect(plain > 2_000)
    }

    @Test func slugsNotStoredContiguouslyGetTheSameAnswer() {
        // A substring's copy and a string built from scalars take the same path as any other String; the answer
        // never depends on how the string is stored.
        for text in ["akta-kelahiran", "Akta", "a--b", "", "-a", String(repeating: "a", count: 101)] {
            let rebuilt = String(String.UnicodeScalarView(text.unicodeScalars))
            #expect(Slug.problem(rebuilt) == Self.reference(text))
            #expect(Slug.problem(String(Substring(text))) == Self.reference(text))
        }
    }
}
