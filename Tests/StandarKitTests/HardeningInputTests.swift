import Foundation
import Testing
@testable import StandarKit

/// Issue 9: hostile input in front matter, headings and Markdown gets one clear error in bounded time.
@Suite struct HardeningYAMLTests {
    let reader = FrontMatterReader()

    func read(_ yaml: String) -> FrontMatter {
        reader.read(FrontMatterSplit.split("---\n" + yaml + "---\nisi\n"), schema: FrontMatterSchema.service, file: "f.md")
    }

    func frontMatterError(_ yaml: String) -> Diagnostic? {
        read(yaml).diagnostics.first { $0.rule == "front-matter" }
    }

    @Test(arguments: [
        // "|" in plain text inside a flow list once hid the rest of the line as a block scalar.
        ("judul: A\nkata_kunci: [akta|akte, &k kelahiran, *k]\n", 3),
        // '"' in plain text once opened a quote that hid the rest of the line.
        ("judul: A\nkata_kunci: [akta\"akte, &k kelahiran, *k]\n", 3),
        ("judul: A\nkata_kunci: [a>b, &k c, *k]\n", 3),
        // A quoted value closed on the next line: what follows the quote is scanned.
        ("judul: A\nkata_kunci: [x, \"y\n  \", &k v, *k]\n", 4),
        // A tab is a separator too.
        ("judul:\t&k A\nringkasan: *k\n", 2),
    ])
    func aliasesHiddenFromTheOldScannerAreRefused(yaml: String, line: Int) {
        let d = frontMatterError(yaml)
        #expect(d?.message.contains("anchor atau alias") == true)
        #expect(d?.line == line)
        #expect(read(yaml).fields["kata_kunci"] == nil)
    }

    @Test func aBlockScalarEndsAtItsParentsColumn() {
        // The block scalar belongs to "a" (column 3): "b" and "c" at that column are outside it.
        let yaml = "- a: |\n    teks\n  b: &k x\n  c: *k\n"
        #expect(YAMLAliasScanner.firstAnchorOrAlias(in: yaml) == .init(line: 3, column: 6))
    }

    @Test(arguments: [
        ("? [a, b]\n: c\n", 1), ("judul: A\n[a, b]: c\n", 2), ("judul: {[a]: b}\n", 1), ("judul: {{a: b}: c}\n", 1),
    ])
    func complexKeysAreRefused(yaml: String, line: Int) {
        let hit = YAMLAliasScanner.firstAnchorOrAlias(in: yaml)
        #expect(hit?.kind == .complexKey)
        #expect(hit?.line == line)
        #expect(frontMatterError(yaml)?.message.contains("kunci YAML yang rumit") == true)
    }

    @Test func aliasKeysAreRefusedBeforeCompose() {
        // About 240 bytes that took 0.8 s in Yams's duplicate-key check; one more level took 5.5 s.
        var yaml = "a: &a {x: 1, y: 2, z: 3}\n"
        var previous = "a"
        for name in ["b", "c", "d", "e", "f"] {
            yaml += "\(name): &\(name) {*\(previous): 1, *\(previous) : 2, [*\(previous)]: 3}\n"
            previous = name
        }
        let started = Date()
        let d = frontMatterError(yaml)
        #expect(Date().timeIntervalSince(started) < 0.5)
        #expect(d?.line == 2)
    }

    @Test(arguments: [
        "judul: " + String(repeating: "[", count: 5_000) + String(repeating: "]", count: 5_000) + "\n",
        "judul: A\nkata_kunci:\n" + String(repeating: "- ", count: 5_000) + "x\n",
        "judul: " + String(repeating: "{a: ", count: 40) + "b" + String(repeating: "}", count: 40) + "\n",
    ])
    func deepNestingIsRefusedBeforeCompose(yaml: String) {
        let hit = YAMLAliasScanner.firstAnchorOrAlias(in: yaml)
        #expect(hit?.kind == .tooDeep)
        #expect(frontMatterError(yaml)?.message.contains("bersarang terlalu dalam") == true)
    }

    @Test(arguments: [
        "judul: Izin \"Usaha\" Mikro\n", "ringkasan: \"baris satu\n  *dua* &tiga\"\n", "judul: 'a\n  *b'\n",
        "kata_kunci: [a, [b, c]]\n", "kata_kunci:\n  - a\n  - b\n", "ringkasan: >\n  *x* &y\n",
        "judul: A | B\n", "judul: A > B\n", "judul: apa? ya\n",
    ])
    func ordinaryTextIsNotRefused(yaml: String) {
        #expect(YAMLAliasScanner.firstAnchorOrAlias(in: yaml) == nil)
    }

    @Test func anAnchoredNodeLeftAfterComposeIsFound() throws {
        let anchored = try FrontMatterReader.composeFindingAnchors("a: [1]\nb: &x [1]\nc: *x\n").anchored
        #expect(anchored?.mark?.line == 2)
        #expect(try FrontMatterReader.composeFindingAnchors("a: [1]\nb: [2]\n").anchored == nil)
    }
}

@Suite struct HardeningHeadingTests {
    let matcher = HeadingMatcher()

    @Test(arguments: [
        String(repeating: "a", count: 20_000),
        String(repeating: "dasar", count: 4_000),
        String(repeating: ": ", count: 10_000),
        "Biaya" + String(repeating: " - x", count: 5_000),
        String(repeating: "persyaratan ", count: 5_000),
    ])
    func longHeadingsAreRecognisedInLinearTime(heading: String) {
        let started = Date()
        _ = matcher.match(heading)
        #expect(Date().timeIntervalSince(started) < 0.5)
    }

    @Test func compoundWordsStillSplit() {
        #expect(matcher.match("Dasarhukum").component == .dasarHukum)
        #expect(matcher.match("Saranaprasarana").component == .sarana)
        #expect(matcher.match("Biaya: " + String(repeating: "Rp 1.000 ", count: 100)).inlineValue?.hasSuffix("Rp 1.000") == true)
    }

    @Test func aLongSetextHeadingChecksQuickly() throws {
        let site = try Fixtures.site([
            "akta-kelahiran": Fixtures.standard(),
            "panjang": Fixtures.standard() + "\n" + String(repeating: "a", count: 60_000) + "\n---\n",
        ])
        let started = Date()
        _ = Fixtures.check(site)
        #expect(Date().timeIntervalSince(started) < 5)
    }
}

@Suite struct MarkdownComplexityTests {
    static func table(columns: Int, rows: Int) -> String {
        "|" + String(repeating: "a|", count: columns) + "\n|" + String(repeating: "-|", count: columns) + "\n"
            + String(repeating: "a\n", count: rows)
    }

    @Test(arguments: [
        ("teks\n\n" + table(columns: 682, rows: 2), 4, "tabel"),
        ("teks\n\n" + table(columns: 100, rows: 600), 4, "tabel"),
        ("a\n|" + String(repeating: "-|", count: 5_000) + "\n", 2, "tabel"),
        (String(repeating: "|a", count: 5_000) + "\n|-|\n", 2, "tabel"),
        ((0..<40).map { String(repeating: "  ", count: $0) + "* a\n" }.joined() + "a\n", 33, "bersarang"),
        (String(repeating: "> ", count: 40) + "a\n" + String(repeating: "a\n", count: 10), 1, "bersarang"),
        ("x\n\n" + String(repeating: "www._", count: 1_600), 3, "www."),
        ("x\n\n" + String(repeating: "![[]()", count: 2_100), 3, "tanda ["),
        ("x\n\n" + String(repeating: "a <? ", count: 2_100), 3, "<?"),
        ("x\n\n" + String(repeating: "a <!A ", count: 2_000), 3, "<?"),
        ("x\n\n" + String(repeating: "a@b.", count: 2_300), 3, "@"),
        ("x\n\n" + String(repeating: "*_", count: 10_001), 3, "*, _"),
        ("x\n\n" + String(repeating: "- a\n", count: 20_001), 20_002, "blok"),
        ("x\n\n" + String(repeating: "a\n=\n", count: 10_001), 20_002, "blok"),
        // cmark-gfm ends lines at CR too.
        ("x\n\n" + String(repeating: "a\r", count: 40_001), 40_002, "baris"),
    ])
    func everyQuadraticClassIsFound(text: String, line: Int, word: String) {
        let problem = MarkdownComplexity.check(text)
        #expect(problem?.line == line)
        #expect(problem.map { TooComplexRule.message($0.kind) }?.contains(word) == true, "\(String(describing: problem.map { TooComplexRule.message($0.kind) }))")
    }

    /// One paragraph holding `count` copies of `marker`, each after filler of 1 to 40 bytes, so the markers sit
    /// at every offset of the 16-byte blocks the scan skips whole.
    static func sparse(_ markers: [String], count: Int) -> String {
        let filler = Array("abcdefghijklmnopqrstuvxyz ABCDEFGHIJKLMNOPQRSTUVXYZ 0123456789.,;:()/é".utf8)
        var out: [UInt8] = Array("Paragraf\n".utf8)
        var lineLength = 0
        for i in 0..<count {
            let pad = 1 + (i * 7) % 40
            out += (0..<pad).map { filler[($0 + i) % filler.count] }
            out += Array(markers[i % markers.count].utf8)
            lineLength += pad + 4
            if lineLength > 150 {
                out.append(0x0A)
                lineLength = 0
            }
        }
        return String(decoding: out + [0x0A], as: UTF8.self)
    }

    @Test func markersAreCountedAtEveryOffset() {
        #expect(MarkdownComplexity.check(Self.sparse(["["], count: 4_000)) == nil)
        #expect(MarkdownComplexity.check(Self.sparse(["["], count: 4_001))?.kind == .brackets(count: 4_001))
        #expect(MarkdownComplexity.check(Self.sparse(["www.", "WWW.", "wWw."], count: 1_581)) == nil)
        #expect(MarkdownComplexity.check(Self.sparse(["www.", "WWW.", "wWw."], count: 1_582))?.kind == .www(count: 1_582))
        #expect(MarkdownComplexity.check(Self.sparse(["_", "*", "~"], count: 20_000)) == nil)
        #expect(MarkdownComplexity.check(Self.sparse(["_", "*", "~"], count: 20_001))?.kind == .delimiters(count: 20_001))
        // "w" without "www.": counted as nothing.
        #expect(MarkdownComplexity.check(Self.sparse(["w", "ww.", "W", "Ww"], count: 3_000)) == nil)
    }

    @Test func paragraphWorkAddsUpOverTheFile() {
        // Each paragraph is cheap; thirty of them are not.
        let text = Array(repeating: String(repeating: "a@b.", count: 500), count: 30).joined(separator: "\n\n")
        let problem = MarkdownComplexity.check(text)
        #expect(problem.map { TooComplexRule.message($0.kind) }?.contains("@") == true)
        #expect((problem?.line ?? 0) > 1)
        let www = Array(repeating: String(repeating: "www.a ", count: 300), count: 40).joined(separator: "\n\n")
        #expect(MarkdownComplexity.check(www).map { TooComplexRule.message($0.kind) }?.contains("www.") == true)
    }

    @Test(arguments: [
        table(columns: 12, rows: 300),
        "| a |\n|---|\n" + String(repeating: "| x |\n", count: 15_000),
        "a <!-- b --> " + String(repeating: "x <!-- ", count: 20_000),
        (0..<6).map { String(repeating: "  ", count: $0) + "- a\n" }.joined() + "lanjut\n",
        String(repeating: "- **Penting**: lihat [tautan](https://www.contoh.go.id) atau surel a@b.go.id\n", count: 2_000),
        "```\n" + String(repeating: "[[[[ ****\n", count: 3_000) + "```\n",
        String(repeating: "> kutipan\n", count: 100),
    ])
    func ordinaryMarkdownPasses(text: String) {
        #expect(MarkdownComplexity.check(text) == nil)
    }

    @Test func theDemoContentPasses() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("content").path
        let files = FileManager.default.enumerator(atPath: root)?.compactMap { $0 as? String }.filter { $0.hasSuffix(".md") } ?? []
        #expect(files.count > 10)
        for file in files {
            let text = try String(contentsOfFile: root + "/" + file, encoding: .utf8)
            #expect(MarkdownComplexity.check(FrontMatterSplit.split(text).body) == nil, "\(file)")
        }
    }

    @Test func anOffendingFileGetsOneErrorAndTheRestStillChecks() throws {
        let hostile = Fixtures.standard() + "\n" + Self.table(columns: 2_000, rows: 4_000)
        let site = try Fixtures.site(["akta-kelahiran": Fixtures.standard(), "tabel": hostile])
        let started = Date()
        let result = Fixtures.check(site)
        #expect(Date().timeIntervalSince(started) < 5)
        let tabel = result.diagnostics.filter { $0.file == "content/disdukcapil/tabel.md" }
        #expect(tabel.map(\.rule) == ["terlalu-rumit"])
        #expect(tabel.first?.severity == .error)
        let expectedLine = hostile.split(separator: "\n", omittingEmptySubsequences: false)
            .firstIndex { $0.hasPrefix("|-|") }.map { $0 + 1 }
        #expect(tabel.first?.line == expectedLine)
        #expect(result.diagnostics.filter { $0.file == "content/disdukcapil/akta-kelahiran.md" && $0.severity == .error }.isEmpty)
        #expect(RuleRegistry.all.contains(TooComplexRule.description))
    }
}
