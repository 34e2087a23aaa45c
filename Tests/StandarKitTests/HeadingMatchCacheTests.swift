import Testing
@testable import StandarKit

/// `HeadingMatchCache` looks headings up by their bytes in a `HeadingTable` instead of a `[String: HeadingMatch]`
/// (SipHash over the whole heading at every lookup). These tests hold the cache to the matcher it stands for, and the
/// table to the dictionary it replaces.
@Suite("HeadingMatchCache")
struct HeadingMatchCacheTests {
    let matcher = HeadingMatcher()

    /// The dictionary the cache replaces, as it was: a String key (canonical equivalence), first match kept.
    final class ReferenceCache {
        var matches: [String: HeadingMatch] = [:]

        func match(_ heading: String, with matcher: HeadingMatcher) -> HeadingMatch {
            if let known = matches[heading] { return known }
            let match = matcher.match(heading)
            matches[heading] = match
            return match
        }
    }

    /// Pieces of real headings and of hostile ones, to build headings of every length.
    static let pieces: [String] = [
        "Persyaratan", "Biaya/Tarif", ": GRATIS", " - ", "Jangka Waktu", " 14 hari", "1.", "A.", "Prosedur",
        "Pengaduan", "é", "e\u{301}", "日本", "😀", " ", "\t", "Komponen", "Standar Pelayanan", "Tarf", "x", "",
        "Rp 10.000", "Sarana, Prasarana dan/atau Fasilitas", "–", "Catatan",
    ]

    static func randomHeading(_ g: inout TemplateProgramTests.Seeded) -> String {
        var text = ""
        for _ in 0..<Int.random(in: 0...6, using: &g) { text += pieces[Int.random(in: 0..<pieces.count, using: &g)] }
        return text
    }

    @Test("the cache gives what the matcher gives, on repeated seeded headings")
    func cacheAgreesWithMatcher() {
        var g = TestSeed.generator(0x4841_5348)
        let cache = HeadingMatchCache()
        let reference = ReferenceCache()
        // A small pool, drawn from again and again: most lookups are hits, as on a real site.
        let pool = (0..<300).map { _ in Self.randomHeading(&g) }
        for _ in 0..<3_000 {
            let heading = pool[Int.random(in: 0..<pool.count, using: &g)]
            let cached = cache.match(heading, with: matcher)
            #expect(cached == matcher.match(heading), "\(heading.debugDescription)")
            #expect(cached == reference.match(heading, with: matcher), "\(heading.debugDescription)")
        }
        // Hits were served from the table: one entry per distinct spelling (by bytes), not one per lookup.
        let distinctBytes = Set(pool.map { Array($0.utf8) })
        #expect(cache.count == distinctBytes.count)
    }

    @Test("a second lookup is a hit and stores nothing more")
    func hitsAreServedFromTheTable() {
        let cache = HeadingMatchCache()
        let headings = ["Persyaratan", "Biaya/Tarif : GRATIS", "", "1.", "Jangka Waktu – 14 hari kerja"]
        for heading in headings { _ = cache.match(heading, with: matcher) }
        #expect(cache.count == headings.count)
        for heading in headings {
            #expect(cache.match(heading, with: matcher) == matcher.match(heading))
        }
        #expect(cache.count == headings.count)
    }

    @Test("canonically equivalent spellings are two keys, each matched on its own")
    func equivalentSpellingsAreSeparate() {
        let cache = HeadingMatchCache()
        let precomposed = "Biaya: Caf\u{E9}"
        let decomposed = "Biaya: Cafe\u{301}"
        #expect(precomposed == decomposed)
        #expect(cache.match(precomposed, with: matcher) == matcher.match(precomposed))
        #expect(cache.match(decomposed, with: matcher) == matcher.match(decomposed))
        #expect(cache.match(decomposed, with: matcher).inlineValue.map { Array($0.utf8) }
            == matcher.match(decomposed).inlineValue.map { Array($0.utf8) })
        #expect(cache.count == 2)
    }

    @Test("the table agrees with a byte-keyed dictionary, every length 0-40 and every position of a change")
    func tableAgreesWithDictionary() {
        var table = HeadingTable()
        var reference: [[UInt8]: HeadingMatch] = [:]
        let kinds: [HeadingMatch] = [
            HeadingMatch(kind: .other), HeadingMatch(kind: .group), HeadingMatch(kind: .component(.biaya), inlineValue: "x"),
        ]
        var keys: [[UInt8]] = []
        for length in 0...40 {
            let base = (0..<length).map { UInt8(0x61 + $0 % 26) }
            keys.append(base)
            // One byte changed at every position (the tail word overlaps the one before it from 9 bytes on).
            for position in 0..<length {
                var changed = base
                changed[position] = 0xC3
                keys.append(changed)
            }
        }
        for (index, key) in keys.enumerated() {
            let match = kinds[index % kinds.count]
            key.withUnsafeBufferPointer { bytes in
                let digest = HeadingTable.digest(bytes)
                #expect(table.match(for: bytes, digest: digest) == reference[key])
                table.insert(match, for: bytes, digest: digest)
            }
            reference[key] = match
        }
        #expect(table.count == reference.count)
        for (key, match) in reference {
            key.withUnsafeBufferPointer { bytes in
                #expect(table.match(for: bytes, digest: HeadingTable.digest(bytes)) == match)
            }
        }
        // A key one byte longer or shorter than a stored one is a miss.
        let absent: [UInt8] = Array("abcdefghijklmnopqrstuvwxyzabcdefghijklmno".utf8)
        absent.withUnsafeBufferPointer { bytes in
            #expect(table.match(for: bytes, digest: HeadingTable.digest(bytes)) == nil)
        }
    }

    @Test("the digest reads every byte: keys that differ in one byte get different digests")
    func digestSeesEveryByte() {
        for length in 1...40 {
            let base = [UInt8](repeating: 0x20, count: length)
            let digest = base.withUnsafeBufferPointer(HeadingTable.digest)
            for position in 0..<length {
                var changed = base
                changed[position] = 0x21
                #expect(changed.withUnsafeBufferPointer(HeadingTable.digest) != digest, "length \(length) at \(position)")
            }
        }
        // The count is part of the digest: trailing zero bytes are not lost.
        let short: [UInt8] = [0x61]
        let long: [UInt8] = [0x61, 0]
        #expect(short.withUnsafeBufferPointer(HeadingTable.digest) != long.withUnsafeBufferPointer(HeadingTable.digest))
    }

    @Test("the builder with the cache reads seeded standards as without it")
    func builderWithCache() {
        var g = TestSeed.generator(0x4255_494C)
        let cache = HeadingMatchCache()
        for _ in 0..<60 {
            var text = "---\njudul: Layanan\n---\n"
            for _ in 0..<Int.random(in: 1...6, using: &g) {
                text += "## \(Self.randomHeading(&g))\n\n- satu\n- dua\n\n"
            }
            let split = FrontMatterSplit.split(text)
            let frontMatter = FrontMatterReader.shared.read(split, schema: FrontMatterSchema.service, file: "a.md")
            let markdown = MarkdownParser.parse(PastedText.normalize(split.body))
            func build(_ builder: StandardBuilder) -> (ServiceStandard, [Diagnostic]) {
                builder.build(file: "a.md", opd: "o", slug: "a", frontMatter: frontMatter, markdown: markdown,
                              bodyLineOffset: split.bodyStartLine - 1, lastLine: 40)
            }
            let plain = build(StandardBuilder())
            let cached = build(StandardBuilder(cache: cache))
            #expect(String(describing: cached.0) == String(describing: plain.0))
            #expect(cached.1 == plain.1)
        }
        #expect(cache.count > 0)
    }
}
