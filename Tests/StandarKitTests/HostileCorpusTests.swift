import Foundation
import Testing
@testable import StandarKit

/// About a hundred hostile or broken files in one site: `check` and `build` must report them and finish,
/// never crash, hang or skip one silently.
@Suite struct HostileCorpusTests {
    static func corpus() -> [(String, [UInt8])] {
        var files: [(String, [UInt8])] = []
        func add(_ name: String, _ text: String) { files.append((name, Array(text.utf8))) }
        func addBytes(_ name: String, _ bytes: [UInt8]) { files.append((name, bytes)) }
        let good = Fixtures.standard()
        let fm = "---\njudul: X\n---\n"
        // Front matter.
        add("fm-missing", "## Persyaratan\n- KTP\n")
        add("fm-unterminated", "---\njudul: X\n## Persyaratan\n")
        add("fm-only-open", "---")
        add("fm-empty", "---\n---\n")
        add("fm-list-root", "---\n- a\n- b\n---\n")
        add("fm-scalar-root", "---\njust text\n---\n")
        add("fm-tab", "---\njudul: X\nkata_kunci:\n\t- a\n---\n")
        add("fm-dup", "---\njudul: X\njudul: Y\n---\n")
        add("fm-anchor", "---\na: &a [x, x]\nb: [*a, *a]\njudul: X\n---\n")
        add("fm-merge", "---\nbase: &b {judul: X}\n<<: *b\n---\n")
        add("fm-bad-quote", "---\njudul: \"X\n---\n")
        add("fm-colon", "---\njudul: a: b\n---\n")
        add("fm-tags", "---\njudul: !!binary aGVsbG8=\n---\n")
        add("fm-python-tag", "---\njudul: !!python/object:os.system ls\n---\n")
        add("fm-nested", "---\njudul:\n  a:\n    b: c\n---\n")
        add("fm-null", "---\njudul: null\n---\n")
        add("fm-number", "---\njudul: 12e4\nnomor_sk: 0x1F\n---\n")
        add("fm-bool", "---\njudul: yes\ndraft: 2\n---\n")
        add("fm-date-bad", "---\njudul: X\nditetapkan: 2026-02-30\nditinjau: kemarin\n---\n")
        add("fm-date-future", "---\njudul: X\nditetapkan: 2099-01-01\n---\n")
        add("fm-huge-key", "---\n" + String(repeating: "k", count: 100_000) + ": v\n---\n")
        add("fm-many-keys", "---\n" + (0..<5000).map { "k\($0): v" }.joined(separator: "\n") + "\n---\n")
        add("fm-deep-flow", "---\njudul: " + String(repeating: "[", count: 5000) + String(repeating: "]", count: 5000) + "\n---\n")
        add("fm-two-docs", "---\njudul: X\n---\n---\njudul: Y\n---\n")
        add("fm-directive", "---\n%YAML 1.2\n---\njudul: X\n---\n")
        add("fm-komponen-wajib-wrong", "---\njudul: X\npersyaratan: {a: b}\n---\n")
        add("fm-component-both", good.replacingOccurrences(of: "ditinjau: 2026-06-01", with: "ditinjau: 2026-06-01\nbiaya: Gratis"))
        // Encodings.
        addBytes("enc-bom", [0xEF, 0xBB, 0xBF] + Array(good.utf8))
        addBytes("enc-utf16le", [0xFF, 0xFE] + Array((good.data(using: .utf16LittleEndian) ?? Data())))
        addBytes("enc-utf16be", [0xFE, 0xFF] + Array((good.data(using: .utf16BigEndian) ?? Data())))
        addBytes("enc-utf16-nobom", Array((good.data(using: .utf16LittleEndian) ?? Data())))
        addBytes("enc-latin1", Array("---\njudul: Caf".utf8) + [0xE9] + Array("\n---\n".utf8))
        addBytes("enc-nul", Array(fm.utf8) + [0, 0, 0])
        addBytes("enc-overlong", Array(fm.utf8) + [0xC0, 0x80])
        addBytes("enc-surrogate", Array(fm.utf8) + [0xED, 0xA0, 0x80])
        addBytes("enc-truncated", Array(fm.utf8) + [0xE2, 0x82])
        add("enc-crlf", good.replacingOccurrences(of: "\n", with: "\r\n"))
        add("enc-cr", good.replacingOccurrences(of: "\n", with: "\r"))
        add("enc-mixed-eol", good.replacingOccurrences(of: "\n\n", with: "\r\n\r"))
        add("enc-zero-width", good.replacingOccurrences(of: "## Biaya/Tarif", with: "## Bi\u{200B}aya/\u{00A0}Tarif"))
        add("enc-rtl", fm + "## Persyaratan\n\u{202E}gnirts desrever\n")
        add("enc-emoji", fm + "## Persyaratan\n" + String(repeating: "👨‍👩‍👧‍👦", count: 2000) + "\n")
        add("enc-combining", fm + "## Persyaratan\na" + String(repeating: "\u{0301}", count: 20_000) + "\n")
        // Empty and tiny.
        add("empty", "")
        add("whitespace", "   \n\n\t\n")
        add("one-dash", "-")
        add("only-fence", "---\n---")
        // Markdown pathologies (Debian's cmark-gfm has quadratic inputs).
        let bodies: [String] = [
            String(repeating: "[", count: 50_000),
            String(repeating: "]", count: 50_000),
            String(repeating: "[a](", count: 30_000),
            String(repeating: "![[]()", count: 20_000),
            String(repeating: "*a **b ", count: 10_000),
            String(repeating: "_a *", count: 30_000),
            String(repeating: "`a", count: 30_000),
            String(repeating: "<!--", count: 20_000),
            String(repeating: "<a ", count: 20_000),
            String(repeating: "&#", count: 30_000),
            String(repeating: "\\", count: 100_000),
            String(repeating: "> ", count: 20_000) + "x",
            String(repeating: "- ", count: 20_000) + "x",
            String(repeating: "1. ", count: 10_000) + "x",
            String(repeating: "  ", count: 10_000) + "- x",
            "| a |\n|---|\n" + String(repeating: "| x |\n", count: 20_000),
            String(repeating: "|", count: 3000) + "\n" + String(repeating: "|-", count: 1500) + "\n" + String(repeating: "|x", count: 3000),
            String(repeating: "a|", count: 10_000) + "\n" + String(repeating: "-|", count: 10_000) + "\n",
            String(repeating: "~~a ", count: 20_000),
            String(repeating: "www.a.", count: 20_000),
            String(repeating: "http://", count: 20_000),
            String(repeating: "a@b.", count: 20_000),
            String(repeating: "- [ ] ", count: 10_000),
            String(repeating: "#", count: 50_000) + " x",
            String(repeating: "## Persyaratan\n", count: 5000),
            String(repeating: "## Catatan\n\n- \n", count: 5000),
            String(repeating: "```\n", count: 10_000),
            String(repeating: "    code\n", count: 20_000),
            String(repeating: "***\n", count: 20_000),
            String(repeating: "=\n", count: 20_000),
            String(repeating: "[x]: /u\n", count: 10_000) + String(repeating: "[x] ", count: 10_000),
            String(repeating: "<div>", count: 20_000),
            String(repeating: "**", count: 50_000),
            String(repeating: "a\n", count: 100_000),
            String(repeating: "x", count: 250_000),
        ]
        for (i, body) in bodies.enumerated() { add("md-\(i)", fm + body) }
        // Size cap.
        add("too-large", fm + String(repeating: "a", count: SiteLoader.maxFileSize))
        // Hostile values that must be escaped, not crash.
        add("values", "---\njudul: '<script>alert(1)</script>'\nringkasan: \"\\u0000\\u2028\"\nkata_kunci: ['\"', '<', '&']\n---\n## Persyaratan\n[x](javascript:alert(1))\n")
        add("heading-garbage", fm + (0..<200).map { "## \(String(repeating: "é", count: $0))?!:\n" }.joined())
        add("heading-long", fm + "## " + String(repeating: "Persyaratan ", count: 20_000) + "\n")
        add("fee-garbage", fm + "## Biaya/Tarif\n" + String(repeating: "Rp 9", count: 20_000) + "\n")
        add("fee-huge", fm + "## Biaya/Tarif\nRp 999999999999999999999999999999\n")
        add("duration-huge", fm + "## Jangka Waktu Penyelesaian\n99999999999999999999999 hari\n")
        add("duration-garbage", fm + "## Jangka Waktu Penyelesaian\n" + String(repeating: "1x", count: 20_000) + "\n")
        add("nest-list-60", fm + (0..<60).map { String(repeating: "  ", count: $0) + "- x" }.joined(separator: "\n"))
        add("nest-quote-60", fm + String(repeating: ">", count: 60) + " x\n")
        add("nest-emph", fm + String(repeating: "*", count: 60) + "x" + String(repeating: "*", count: 60))
        add("table-wide", fm + "|" + String(repeating: " a |", count: 1000) + "\n|" + String(repeating: "---|", count: 1000) + "\n")
        add("link-huge", fm + "[x](https://a.id/" + String(repeating: "a", count: 200_000) + ")")
        add("heading-numbers-only", fm + "## 1.\n\n## :\n\n## ***\n\n## \u{00A0}\n")
        add("section-comment-only", Fixtures.standard(replace: [.biaya: "<!-- isi biaya -->"]))
        add("sections-unknown-many", fm + (0..<3000).map { "## Bagian \($0)\nisi\n" }.joined())
        add("yaml-long-string", "---\njudul: " + String(repeating: "panjang ", count: 20_000) + "\n---\n")
        add("yaml-smart-quotes", "---\njudul: \u{201C}Layanan\u{201D}\nkata_kunci: [\u{2018}a\u{2019}]\n---\n")
        add("yaml-bom-inside", "---\n\u{FEFF}judul: X\n---\n")
        return files
    }

    @Test func everyHostileFileIsReportedAndNothingCrashes() throws {
        let site = try Fixtures.site()
        let corpus = Self.corpus()
        #expect(corpus.count >= 100)
        for (name, bytes) in corpus { try site.write("content/disdukcapil/\(name).md", bytes: bytes) }
        // Bad names and places too.
        try site.write("content/disdukcapil/Nama Salah.md", Fixtures.standard())
        try site.write("content/disdukcapil/x.MD", Fixtures.standard())
        try site.write("content/disdukcapil/dalam/jauh.md", Fixtures.standard())
        try site.write("content/lepas.md", Fixtures.standard())
        try site.write("content/data/_index.md", "---\nnama: X\n---\n")
        let started = Date()
        let result = Fixtures.check(site)
        #expect(Date().timeIntervalSince(started) < 60)
        #expect(result.errorCount > 0)
        // Every broken file is reported by the rule meant for it, at the place of the fault (not only by a
        // missing component, which every file without sections gets anyway).
        let text = Dictionary(corpus.map { ($0.0, String(decoding: $0.1, as: UTF8.self)) }, uniquingKeysWith: { a, _ in a })
        func line(_ name: String, _ marker: String) -> Int { RuleFixture.line(of: marker, in: text[name] ?? "") }
        let expected: [(name: String, rule: String, line: Int, column: Int)] = [
            ("fm-missing", "front-matter", 1, 1),
            ("fm-unterminated", "front-matter", 1, 1),
            ("fm-tab", "front-matter", line("fm-tab", "\t"), 1),
            ("fm-dup", "front-matter", line("fm-dup", "judul: X"), 1),
            ("fm-anchor", "front-matter", line("fm-anchor", "&a"), 4),
            ("fm-merge", "front-matter", line("fm-merge", "&b"), 7),
            ("fm-bad-quote", "front-matter", line("fm-bad-quote", "judul") + 1, 1),
            ("fm-colon", "front-matter", line("fm-colon", "a: b"), 9),
            ("enc-utf16le", "encoding", 1, 1),
            ("enc-utf16be", "encoding", 1, 1),
            ("enc-utf16-nobom", "encoding", 1, 2),
            ("enc-latin1", "encoding", 2, "judul: Caf".count + 1),
            ("enc-nul", "encoding", 4, 1),
            ("enc-overlong", "encoding", 4, 1),
            ("empty", "empty-file", 1, 1),
            ("whitespace", "empty-file", 1, 1),
            ("too-large", "too-large", 1, 1),
            ("fm-component-both", "duplicate-component", line("fm-component-both", "## Biaya/Tarif"), 1),
        ]
        for e in expected {
            let found = result.diagnostics.filter { $0.file == "content/disdukcapil/\(e.name).md" && $0.rule == e.rule }
            #expect(found.count == 1, "\(e.name): \(found)")
            #expect((found.first.map { ($0.line, $0.column, $0.severity) } ?? (0, 0, .warning)) == (e.line, e.column, .error),
                    "\(e.name): \(found)")
        }
        let report = SiteBuilder.build(BuildOptions(root: site.root, output: "public", today: Fixtures.today))
        #expect(report.stoppedAt == .check)
        #expect(!FileManager.default.fileExists(atPath: site.root + "/public"))
    }
}
