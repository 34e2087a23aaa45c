import Testing
@testable import StandarKit

/// A key is found among an object's members by comparing the two words of short ASCII keys
/// (`TemplateObject.KeyWords`) before any call: on random objects and keys, including keys of the same text in other
/// forms (large strings of a few bytes, non-ASCII keys, canonically equivalent spellings, keys of 15 and 16 bytes),
/// it finds what the search before it finds (`TemplateObject.referenceIndex`: UTF-8 counts, then `==`).
@Suite struct TemplateKeySearchTests {
    /// The same text as `s` in a large (heap) string, however short: not a small string.
    static func large(_ s: String) -> String {
        var copy = s
        copy.reserveCapacity(64)
        return copy
    }

    /// Keys written in several ways: literals, built at run time, sliced, large, non-ASCII, canonically
    /// equivalent ("é" and "e" + U+0301, "K" and the Kelvin sign), empty, and around the 15 bytes of a small string.
    static let pool: [String] = [
        "a", "b", "ab", "judul", "url", "akar", "halaman", "layanan", "", "k0", "k1",
        String(decoding: Array("judul".utf8), as: UTF8.self), "ju" + "dul", String("xjudulx".dropFirst().dropLast()),
        large("judul"), large("a"), large(""), "é", "e\u{301}", "K", "\u{212A}", "日", "日本",
        "abcdefghijklmno", "abcdefghijklmnp", "abcdefghijklmnop", "abcdefghijklmnoq", large("abcdefghijklmno"),
        String(repeating: "x", count: 15), String(repeating: "x", count: 16), "jumlah_layanan", "panjang-sekali-kunci",
    ]

    func index(of key: String, in members: [TemplateObject.Member]) -> (ours: Int?, reference: Int?) {
        members.withUnsafeBufferPointer { buffer in
            let ours = withUnsafePointer(to: key) { TemplateObject.index(of: $0, in: buffer) }
            return (ours, TemplateObject.referenceIndex(of: key, in: buffer))
        }
    }

    @Test func findsWhatTheReferenceSearchFinds() {
        var g = TestSeed.generator(2323)
        var fast = 0, found = 0
        for _ in 0..<20_000 {
            let members: [TemplateObject.Member] = (0..<Int.random(in: 0...20, using: &g)).map { i in
                (Self.pool.randomElement(using: &g) ?? "", .int(i))
            }
            let key = Bool.random(using: &g) ? TemplateProgramTests.randomText(&g, maxLength: 3)
                : Self.pool.randomElement(using: &g) ?? ""
            let (ours, reference) = index(of: key, in: members)
            #expect(ours == reference, "\(key.unicodeScalars.map(\.value)) in \(members.map(\.0))")
            if withUnsafePointer(to: key, { TemplateObject.KeyWords(UnsafeRawPointer($0)).isSmallASCII }) { fast += 1 }
            if reference != nil { found += 1 }
        }
        // Most searches take the fast path, and many find their key (one in five or so).
        #expect(fast > 10_000 && found > 2_000, "\(fast) \(found)")
    }

    /// Hand-picked: every pair of the pool, as key and as the only member, and as the last of several members.
    @Test func everyPairOfThePool() {
        for key in Self.pool {
            for other in Self.pool {
                let alone: [TemplateObject.Member] = [(other, .int(0))]
                let last: [TemplateObject.Member] = Self.pool.map { ($0, .int(1)) } + [(other, .int(2))]
                for members in [alone, last] {
                    let (ours, reference) = index(of: key, in: members)
                    #expect(ours == reference, "\(key.unicodeScalars.map(\.value)) \(other.unicodeScalars.map(\.value))")
                }
            }
            #expect(index(of: key, in: []) == (nil, nil))
        }
    }

    /// What the fast path rests on: short ASCII keys, however they are made, are small strings with the same words;
    /// other keys are not taken as small ASCII strings.
    @Test func shortASCIIKeysHaveOneForm() {
        func words(_ s: String) -> TemplateObject.KeyWords {
            withUnsafePointer(to: s) { TemplateObject.KeyWords(UnsafeRawPointer($0)) }
        }
        #expect(TemplateObject.KeyWords.available)
        let judul = ["judul", String(decoding: Array("judul".utf8), as: UTF8.self), "ju" + "dul",
                     String("xjudulx".dropFirst().dropLast()), String(Substring("judul")), "judul".lowercased()]
        for s in judul {
            #expect(words(s).isSmallASCII && words(s) == words("judul"))
        }
        for s in ["", "a", "abcdefghijklmno", String(repeating: "x", count: 15)] {
            #expect(words(s).isSmallASCII)
        }
        for s in [Self.large("judul"), "é", "e\u{301}", "\u{212A}", "日", "abcdefghijklmnop", String(repeating: "x", count: 16)] {
            #expect(!words(s).isSmallASCII)
        }
        // The keys of a parsed template (ASCII names) are small strings, so the renderer takes the fast path.
        let set = TemplateSet(sources: ["t": "{{judul}}{{#layanan}}{{a.b-c_d}}{{/layanan}}{{panjang-sekali-kunci}}"])
        #expect(set?.keys.filter { words($0).isSmallASCII } == ["judul", "layanan", "a", "b-c_d"])
    }

    /// The renderer finds members whose keys are large strings, non-ASCII or repeated, as before.
    @Test func rendersKeysOfEveryForm() throws {
        let set = try #require(TemplateSet(sources: ["t": "{{judul}}|{{a}}|{{#o}}{{judul}}{{b}}{{/o}}|{{panjang-sekali-kunci}}"]))
        let old = try #require(LegacyTemplateSet(sources: ["t": "{{judul}}|{{a}}|{{#o}}{{judul}}{{b}}{{/o}}|{{panjang-sekali-kunci}}"]))
        let context = TemplateValue.object(TemplateObject(members: [
            (Self.large("judul"), "besar"), ("a", "1"), (Self.large("a"), "2"), ("é", "aksen"),
            ("o", .object(TemplateObject(members: (0..<12).map { ("k\($0)", .int($0)) } + [("b", "ob"), ("judul", "dalam")]))),
            ("panjang-sekali-kunci", "panjang"),
        ]))
        #expect(set.render("t", context) == "besar|2|dalamob|panjang")
        #expect(old.render("t", context) == set.render("t", context))
    }
}
