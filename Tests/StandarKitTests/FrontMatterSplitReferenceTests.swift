import Testing
@testable import StandarKit

/// `FrontMatterSplit.split` reads the file in place and cuts its parts out as substrings: it must split exactly
/// as the splitter it replaced (kept below as `Reference`, which copied the file into an array and decoded
/// each part again).
@Suite struct FrontMatterSplitReferenceTests {
    /// The splitter before it read in place, unchanged.
    enum Reference {
        static func split(_ text: String) -> FrontMatterSplit {
            let bytes = Array(text.utf8)
            // Find the first line and check it is a fence.
            func lineEnd(from start: Int) -> Int {
                var i = start
                while i < bytes.count, bytes[i] != 0x0A { i += 1 }
                return i
            }
            func isFence(_ start: Int, _ end: Int, closing: Bool) -> Bool {
                var e = end
                while e > start, bytes[e - 1] == 0x20 || bytes[e - 1] == 0x09 { e -= 1 }
                guard e - start == 3 else { return false }
                let a = bytes[start], b = bytes[start + 1], c = bytes[start + 2]
                if a == 0x2D, b == 0x2D, c == 0x2D { return true }
                return closing && a == 0x2E && b == 0x2E && c == 0x2E
            }
            let firstEnd = lineEnd(from: 0)
            guard !bytes.isEmpty, isFence(0, firstEnd, closing: false) else {
                return FrontMatterSplit(yaml: nil, yamlStartLine: 1, body: text, bodyStartLine: 1, problem: .missing)
            }
            var start = firstEnd + 1
            var line = 2
            while start <= bytes.count {
                let end = lineEnd(from: start)
                if start < bytes.count, isFence(start, end, closing: true) {
                    let yaml = String(decoding: bytes[min(firstEnd + 1, start)..<start], as: UTF8.self)
                    let bodyStart = min(end + 1, bytes.count)
                    let body = String(decoding: bytes[bodyStart...], as: UTF8.self)
                    return FrontMatterSplit(yaml: yaml, yamlStartLine: 2, body: body, bodyStartLine: line + 1,
                                            problem: nil)
                }
                if end >= bytes.count { break }
                start = end + 1
                line += 1
            }
            return FrontMatterSplit(yaml: nil, yamlStartLine: 2, body: "", bodyStartLine: 1, problem: .unterminated)
        }
    }

    static func compare(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let got = FrontMatterSplit.split(text)
        let expected = Reference.split(text)
        #expect(got.yaml == expected.yaml, "\(text.debugDescription)", sourceLocation: sourceLocation)
        #expect(got.yamlStartLine == expected.yamlStartLine, "\(text.debugDescription)", sourceLocation: sourceLocation)
        #expect(got.body == expected.body, "\(text.debugDescription)", sourceLocation: sourceLocation)
        #expect(got.bodyStartLine == expected.bodyStartLine, "\(text.debugDescription)", sourceLocation: sourceLocation)
        #expect(got.problem == expected.problem, "\(text.debugDescription)", sourceLocation: sourceLocation)
        // The parts are ordinary strings: equal byte for byte, not only as Unicode text.
        #expect(got.yaml.map { Array($0.utf8) } == expected.yaml.map { Array($0.utf8) }, sourceLocation: sourceLocation)
        #expect(Array(got.body.utf8) == Array(expected.body.utf8), sourceLocation: sourceLocation)
    }

    static let edgeCases: [String] = [
        "", "\n", "-", "--", "---", "---\n", "---\n---", "---\n---\n", "---\n...\n", "...\n---\n", "---  \n---\t\n",
        "---\njudul: A\n---\n\n## Persyaratan\n", "---\njudul: A\n## Persyaratan\n", "## Persyaratan\n---\n",
        "----\n---\n", "---\n----\n", "---\n --- \n---\n", "---\r\njudul: a\r\n---\r\n", "---\njudul: é\n---\né😀\n",
        "---\njudul: “a”\n---", "---\n\n\n---\n\n", "\u{FEFF}---\n---\n", "---\nx\n...\ny\n---\nz\n",
    ]

    @Test func edgeCasesSplitAsReferenceSplitsThem() {
        for text in Self.edgeCases { Self.compare(text) }
    }

    @Test func randomTextsSplitAsReferenceSplitsThem() {
        let pieces: [String] = ["---", "\n---\n", "\n--- \n", "\n...", "\n", "\n", " ", "\t", "\r", "-", ".", "a",
                                "judul: x", "é", "“", "😀", "\u{85}", "\u{2028}", "## Persyaratan"]
        var generator = TestSeed.generator(0x5B11_7F00)
        var split = 0
        for round in 0..<4000 {
            var text = round % 2 == 0 ? "---\n" : ""
            for _ in 0..<Int.random(in: 0...(round % 30), using: &generator) { text += pieces.randomElement(using: &generator) ?? "" }
            Self.compare(text)
            if FrontMatterSplit.split(text).problem == nil { split += 1 }
        }
        // Front matter was found in a good share (the parts cut out), and refused in the others.
        #expect(split >= 400 && split <= 3600, "\(split) of 4000 split")
    }
}
