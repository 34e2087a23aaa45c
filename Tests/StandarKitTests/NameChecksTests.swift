import Foundation
import Testing
@testable import StandarKit

/// The byte-level checks of file and folder names that the content scan runs on every file.
@Suite struct NameChecksTests {
    /// `WindowsNameRule.isReserved` as it was written before its ASCII fast path.
    static func reservedReference(_ name: String) -> Bool {
        var stem = Substring(String(name.prefix { $0 != "." }).lowercased())
        while stem.last == " " { stem = stem.dropLast() }
        return WindowsNameRule.reserved.contains(String(stem))
    }

    @Test(arguments: ["aux.md", "AUX.md", "con", "Con .md", "nul.tar.gz", "com1.md", "COM9", "lpt0.txt", "lpt10.md",
                      "auxx.md", "au.md", "prn ", "prn  .md", " con.md", "com.md", "akta.md", "", ".", ".con", "coñ.md",
                      "ÄUX.md", "con\u{301}.md", "lpt1\u{0}.md", "K.md", "aux.md.", "c.o.n"])
    func reservedMatchesReference(_ name: String) {
        #expect(WindowsNameRule.isReserved(name) == Self.reservedReference(name))
    }

    @Test func reservedOnRandomNames() {
        var generator = TestSeed.generator(0x21616845)
        let alphabet = Array("cCoOnNpPrRaAuUxXlLtTmM019. -é".unicodeScalars)
        for _ in 0..<5000 {
            var s = String.UnicodeScalarView()
            for _ in 0..<Int.random(in: 0...7, using: &generator) {
                s.append(alphabet[Int.random(in: 0..<alphabet.count, using: &generator)])
            }
            let name = String(s)
            #expect(WindowsNameRule.isReserved(name) == Self.reservedReference(name), "\(name.debugDescription)")
        }
    }

    @Test(arguments: [
        ("akta-kelahiran", nil), ("a", nil), ("a-b-c", nil), ("-a", "diawali atau diakhiri tanda -"),
        ("a-", "diawali atau diakhiri tanda -"), ("-", "diawali atau diakhiri tanda -"), ("a--b", "memakai tanda - ganda"),
        ("a---b", "memakai tanda - ganda"), ("Akta", "memakai huruf besar"), ("", "nama kosong"),
    ] as [(String, String?)])
    func slugProblems(_ slug: String, _ problem: String?) {
        #expect(Slug.problem(slug) == problem)
    }
}

@Suite struct TableHeaderTrimTests {
    @Test func punctuationTrimMatchesFoundation() {
        var texts = ["", "komponen", "komponen:", "(uraian)", "no.", "$harga", "a+", "<isi>", "~x~", "|a|", "^b`", "=c=",
                     "«uraian»", "uraian…", "¿qué?", "a", "!", ".", "a.b", "\u{0}a\u{7F}"]
        for b in UInt8(0x20)..<0x7F {
            let c = String(UnicodeScalar(b))
            texts += [c, c + "a", "a" + c, c + "a" + c]
        }
        for text in texts {
            #expect(TableLayout.trimmingPunctuation(text) == text.trimmingCharacters(in: .punctuationCharacters),
                    "\(text.debugDescription)")
        }
    }
}
