import Testing
@testable import StandarKit

struct ExcerptTests {
    /// `Excerpt.general` as it was: the whole text split and joined (the reference of the bounded join).
    static func generalWhole(_ text: String, limit: Int) -> String {
        let oneLine = text.split(whereSeparator: \.isNewline).joined(separator: " ")
        return oneLine.count > limit ? String(oneLine.prefix(limit)) + "…" : oneLine
    }

    @Test func cutsAndJoinsLines() {
        #expect(Excerpt.of("Rp10.000 per berkas", limit: 8) == "Rp10.000…")
        #expect(Excerpt.of("Rp10.000", limit: 8) == "Rp10.000")
        #expect(Excerpt.of("baris satu\nbaris dua\r\n\r\ntiga", limit: 60) == "baris satu baris dua tiga")
        #expect(Excerpt.of("Biaya tidak dipungut — gratis", limit: 22) == "Biaya tidak dipungut —…")
        #expect(Excerpt.of("", limit: 5) == "")
    }

    /// The ASCII fast path gives what the general path (split by `Character`, count graphemes) gives, on random
    /// texts mixing ASCII, every kind of line break, combining marks and other scalars, at every limit.
    @Test func fastPathMatchesGeneralPath() {
        let pieces = ["a", "Z", " ", "7", ".", "\t", "\u{0}", "\n", "\r", "\r\n", "\u{0B}", "\u{0C}", "\u{85}", "\u{2028}",
                      "é", "e\u{301}", "—", "🇮🇩", "Rp", "  "]
        var generator = TestSeed.generator(0xE5A20577)
        for _ in 0..<3000 {
            let length = Int.random(in: 0...14, using: &generator)
            var text = ""
            // Half the texts plain ASCII without line breaks (the fast path), half anything.
            let plainOnly = Bool.random(using: &generator)
            for _ in 0..<length {
                let piece = pieces.randomElement(using: &generator) ?? "a"
                if plainOnly, !(piece.utf8.allSatisfy { $0 < 0x80 && $0 != 0x0A && $0 != 0x0B && $0 != 0x0C && $0 != 0x0D }) {
                    continue
                }
                text += piece
            }
            for limit in 0...16 {
                #expect(Excerpt.of(text, limit: limit) == Excerpt.general(text, limit: limit), "\(text.debugDescription) \(limit)")
            }
        }
    }

    /// The general path joins lines only until it is past the limit; the whole split and join is the reference, on
    /// texts where combining marks and line breaks meet at the cut.
    @Test func boundedJoinMatchesTheWholeJoin() {
        let pieces = ["a", "Zb", " ", "\n", "\r\n", "\n\n", "\u{301}", "e\u{301}", "\u{2028}", "🇮🇩", "\u{85}", "—", "xyz"]
        var g = TemplateProgramTests.Seeded(state: 21)
        for _ in 0..<3_000 {
            let text = (0..<Int.random(in: 0...12, using: &g)).map { _ in pieces.randomElement(using: &g) ?? "" }.joined()
            for limit in 0...14 {
                #expect(Excerpt.general(text, limit: limit) == Self.generalWhole(text, limit: limit),
                        "\(text.debugDescription) \(limit)")
            }
        }
    }

    /// ASCII text on several lines (`asciiLines`) against the general path: every kind of line break, runs of
    /// them at the start, the end and at the cut, and non-ASCII text (a combining mark, an accent) right after
    /// the cut, which the byte path leaves unread or hands to the general path.
    @Test func asciiLinesMatchGeneralPath() {
        let pieces = ["a", "Rp", " ", "7.", "\t", "\n", "\r", "\r\n", "\u{0B}", "\u{0C}", "\n\n", "xyz "]
        let after = ["", "\u{301}", "é", "\n\u{301}", "🇮🇩"]
        var generator = TestSeed.generator(0xA5C1_11E5)
        var byBytes = 0
        for _ in 0..<3000 {
            var text = (0..<Int.random(in: 0...12, using: &generator)).map { _ in pieces.randomElement(using: &generator) ?? "" }.joined()
            text += after.randomElement(using: &generator) ?? ""
            for limit in 0...20 {
                #expect(Excerpt.of(text, limit: limit) == Excerpt.general(text, limit: limit), "\(text.debugDescription) \(limit)")
                if Excerpt.asciiLines(text, limit: limit) != nil { byBytes += 1 }
            }
        }
        #expect(byBytes > 20_000)
    }
}
