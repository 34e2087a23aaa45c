import Foundation
import Testing
@testable import StandarKit

/// `SimpleYAML` reads plain front matter without Yams; the reader must then give what Yams would give. Every
/// case here is read both ways and the results compared, field for field and finding for finding.
@Suite struct SimpleYAMLTests {
    static let fast = FrontMatterReader(useSimpleYAML: true)
    static let yams = FrontMatterReader(useSimpleYAML: false)

    /// Reads `text` (a whole file) both ways; true when SimpleYAML took it.
    @discardableResult
    static func compare(_ text: String, schema: [FieldSpec] = FrontMatterSchema.service,
                        sourceLocation: SourceLocation = #_sourceLocation) -> Bool {
        let split = FrontMatterSplit.split(text)
        let a = fast.read(split, schema: schema, file: "f.md")
        let b = yams.read(split, schema: schema, file: "f.md")
        #expect(a.fields == b.fields, "\(text.debugDescription)", sourceLocation: sourceLocation)
        #expect(a.diagnostics == b.diagnostics, "\(text.debugDescription)", sourceLocation: sourceLocation)
        return split.yaml.map { SimpleYAML.mapping($0) != nil } ?? false
    }

    static let edgeCases: [String] = [
        "judul: Akta Kelahiran\n", "judul: \"Akta Kelahiran\"\n", "judul: 'Akta Kelahiran'\n",
        "judul:    spasi di depan   \n", "judul: \"\"\n", "judul: ''\n", "judul: ~\n", "judul: null\n", "judul: Null\n",
        "judul:\n", "judul: \n", "judul:\nringkasan: x\n", "judul: a # komentar\n", "# komentar\njudul: a\n",
        "judul: \"a \\\" b\"\n", "judul: 'it''s'\n", "judul: a: b\n", "judul: a:b\n", "judul: Catatan:\n",
        "judul: a\njudul: b\n", "judul: a\n  lanjutan\n", "judul: a\n\n  lanjutan\n", "judul: \"a\n  b\"\n",
        "judul: |\n  blok\n", "judul: >\n  lipat\n", "judul: [a, b]\n", "judul: {a: b}\n", "judul: &a x\n",
        "judul: *a\n", "judul: !!str x\n", "judul: -5\n", "judul: - x\n", "judul: ? x\n", "judul: %x\n", "judul: @x\n",
        "judul: `x`\n", "judul: x`y\n", "judul: x#y\n", "judul: x #y\n", "judul: \"x\" # k\n", "judul: \"x\" y\n",
        "judul: 'x' \n", "judul:x\n", "judul : x\n", "Judul: x\n", "judul_baru: x\n", "123: x\n", "judul-x: y\n",
        "judul: é ü – “kutip” 🙂\n", "judul: a\u{85}b\n", "judul: a\u{2028}b\n", "judul: a\u{A0}b\n",
        "judul: a\u{FEFF}b\n", "judul: tab\there\n", "\tjudul: x\n", "  judul: x\n", "judul: x\n  ringkasan: y\n",
        "kata_kunci:\n  - a\n  - b\n", "kata_kunci:\n- a\n- b\n", "kata_kunci:\n  - a\n    - b\n",
        "kata_kunci:\n  - a\n  -b\n", "kata_kunci:\n  -\n", "kata_kunci:\n  - \n", "kata_kunci:\n  - ~\n",
        "kata_kunci:\n  - \"\"\n", "kata_kunci:\n  - a\n\n  - b\n", "kata_kunci:\n  - a\n  lanjut\n",
        "kata_kunci:\n  - a\njudul: x\n", "kata_kunci: a\n", "kata_kunci: [a, b]\n", "kata_kunci:\n  - a: b\n",
        "kata_kunci:\n  - [a]\n", "kata_kunci:\n    - a\n    - 'b'\n    - \"c\"\n", "kata_kunci:\n\n  - a\n",
        "ditetapkan: 2026-07-09\n", "ditetapkan: \"2026-07-09\"\n", "ditetapkan: 9 Juli 2026\n", "ditetapkan: 2026-13-01\n",
        "draf: ya\n", "draf: true\n", "draf: mungkin\n", "daring: https://x.go.id/a\n", "daring: bukan url\n",
        "judul: a\n---\n", "judul: a\n...\n", "- a\n- b\n", "a\n", "judul: a\nb\n", "judul: a\n- b\n", "  \n\n",
        "komponen_wajib:\n  - persyaratan\n  - bukan\n", "judul: a\r\nringkasan: b\n", "judul: x\u{7}\n",
        "judul: a\u{1F600}b\n", "judul: \"a'b\"\n", "judul: 'a\"b'\n", "judul: a 'b' \"c\"\n", "judul: <b>x</b>\n",
        "judul: a,b\n", "judul: [a\n", "judul: x]\n", "judul: x}\n", "judul: a|b\n", "judul: a>b\n", "judul: a!b\n",
        // A `- ` at index 64 is as far right as `YAMLAliasScanner` lets it be; at 65 it is refused as too deep.
        "kata_kunci:\n" + String(repeating: " ", count: 64) + "- a\n",
        "kata_kunci:\n" + String(repeating: " ", count: 65) + "- a\n",
        "kata_kunci:\n" + String(repeating: " ", count: 65) + "- a\n" + String(repeating: " ", count: 65) + "- b\n",
        "judul: " + String(repeating: " ", count: 70) + "x\n", "judul: " + String(repeating: " ", count: 70) + "\"x\"\n",
        "kata_kunci:\n  - a &b\n  - c *d\n", "judul: a ? b\n", "judul: 'a &b *c [d] {e} ? f'\n",
    ]

    /// The reader runs `YAMLAliasScanner` only on what SimpleYAML does not take: the scanner must find nothing
    /// in what SimpleYAML takes. Checked on front matter with YAML's special characters (those that make
    /// anchors, aliases, complex keys and nesting) and runs of spaces dropped in at random places.
    @Test func aliasScannerFindsNothingInWhatSimpleYAMLTakes() {
        let base = Array("judul: \"Akta Kelahiran\"\nringkasan: Penerbitan akta\nditetapkan: 2026-07-09\nkata_kunci:\n  - akta\n  - 'lahir'\n".unicodeScalars)
        let specials: [String] = ["&", "*", "?", "[", "]", "{", "}", ",", "-", "- ", ":", ": ", " ", "\n", "'", "\"",
                                  "#", "|", ">", "!", "\\", "&a ", "*a", "? ", "x", "é",
                                  String(repeating: " ", count: 40), String(repeating: " ", count: 64)]
        var generator = TestSeed.generator(0x5CA77E12)
        var taken = 0, hits = 0
        for round in 0..<4000 {
            var scalars = base
            for _ in 0..<Int.random(in: 1...4, using: &generator) {
                let at = Int.random(in: 0...scalars.count, using: &generator)
                let special = specials.randomElement(using: &generator) ?? "x"
                if round % 3 == 0, at < scalars.count { scalars.remove(at: at) }
                scalars.insert(contentsOf: special.unicodeScalars, at: at)
            }
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars)
            let yaml = String(view)
            let hit = YAMLAliasScanner.firstAnchorOrAlias(in: yaml)
            if hit != nil { hits += 1 }
            if SimpleYAML.mapping(yaml) != nil {
                taken += 1
                #expect(hit == nil, "\(yaml.debugDescription)")
            }
        }
        // Both sides were reached: texts SimpleYAML takes, and texts the scanner refuses.
        #expect(taken >= 400, "SimpleYAML took \(taken) of 4000")
        #expect(hits >= 200, "the scanner refused \(hits) of 4000")
        for yaml in Self.edgeCases where SimpleYAML.mapping(yaml) != nil {
            #expect(YAMLAliasScanner.firstAnchorOrAlias(in: yaml) == nil, "\(yaml.debugDescription)")
        }
    }

    @Test func edgeCasesReadAsYamsReadsThem() {
        var taken = 0
        for yaml in Self.edgeCases where Self.compare("---\n" + yaml + "---\nisi\n") { taken += 1 }
        // Both readers ran on a good share of the cases.
        #expect(taken >= 40, "\(taken) of \(Self.edgeCases.count)")
    }

    @Test func demoSiteReadsAsYamsReadsIt() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("content")
        let files = FileManager.default.enumerator(atPath: root.path)?.compactMap { $0 as? String }
            .filter { $0.hasSuffix(".md") } ?? []
        #expect(files.count > 30)
        var taken = 0
        for file in files {
            let text = try String(contentsOfFile: root.path + "/" + file, encoding: .utf8)
            let schema = file.hasSuffix("_index.md") ? (file.contains("/") ? FrontMatterSchema.opd : FrontMatterSchema.site)
                : FrontMatterSchema.service
            if Self.compare(text, schema: schema) { taken += 1 }
        }
        #expect(taken * 10 >= files.count * 8, "SimpleYAML took \(taken) of \(files.count) demo files")
    }

    @Test func hostileCorpusReadsAsYamsReadsIt() {
        for (_, bytes) in HostileCorpusTests.corpus() {
            guard case .success(let text) = SourceDecoder.decode(bytes) else { continue }
            Self.compare(text)
        }
    }

    /// Sample front matter with YAML's special characters dropped in at random places.
    @Test func mutatedFrontMatterReadsAsYamsReadsIt() {
        let base = Array("judul: \"Akta Kelahiran\"\nringkasan: Penerbitan akta\nditetapkan: 2026-07-09\nkata_kunci:\n  - akta\n  - 'lahir'\n".unicodeScalars)
        let specials: [Unicode.Scalar] = [":", " ", "#", "'", "\"", "\\", "-", "\n", "[", "]", "{", "}", "&", "*", "!",
                                          "|", ">", "%", "@", "`", ",", "?", "~", "é", "\t", "\u{85}", "x"]
        var generator = TestSeed.generator(0x34321385)
        var taken = 0
        for _ in 0..<3000 {
            var scalars = base
            for _ in 0..<Int.random(in: 1...3, using: &generator) {
                let at = Int.random(in: 0...scalars.count, using: &generator)
                if Bool.random(using: &generator), at < scalars.count {
                    scalars[at] = specials.randomElement(using: &generator) ?? "x"
                } else {
                    scalars.insert(specials.randomElement(using: &generator) ?? "x", at: at)
                }
            }
            var yaml = String.UnicodeScalarView()
            yaml.append(contentsOf: scalars)
            if Self.compare("---\n" + String(yaml) + "---\nisi\n") { taken += 1 }
        }
        #expect(taken >= 300, "SimpleYAML took \(taken) of 3000 mutations")
    }
}
