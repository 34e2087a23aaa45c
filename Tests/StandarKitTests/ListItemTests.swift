import Testing
@testable import StandarKit

/// `Formatting.listItem` reads ASCII text by bytes; the Character version (kept for other text) is its reference.
struct ListItemTests {
    @Test(arguments: [
        ("Kutipan akta kelahiran; dan", "Kutipan akta kelahiran"),
        ("Surat keterangan,ATAU  ", "Surat keterangan"),
        ("KTP; dan;\r\n", "KTP"),
        ("dan", "dan"),
        (" dan", " dan"),
        ("x dan atau", "x"),
        ("Akta..", "Akta.."),
        ("Akta:.", "Akta"),
        (";;", ";;"),
        ("", ""),
        ("\t", "\t"),
        ("Sandang", "Sandang"),
    ])
    func asciiCases(_ input: String, _ expected: String) {
        #expect(Formatting.listItemASCII(input) == expected)
        #expect(Formatting.listItemCharacters(input) == expected)
    }

    @Test func nonASCIITextTakesTheCharacterPath() {
        #expect(Formatting.listItemASCII("Akta é; dan") == nil)
        #expect(Formatting.listItem("Akta é; dan") == "Akta é")
    }

    /// Random ASCII items built from the pieces the function looks at: both versions agree on every one.
    @Test func bytesMatchCharactersOnRandomItems() {
        let pieces = ["dan", "DAN", "Atau", "atau", "a", "n", " ", "  ", ";", ",", ":", ".", "..", "\r\n", "\n", "\t",
                      "\u{0B}", "x", "Akta", "-", "d"]
        var g = TemplateProgramTests.Seeded(state: 0x5EED_0F_11_57)
        for _ in 0..<20_000 {
            let text = (0..<Int.random(in: 0...7, using: &g)).map { _ in pieces.randomElement(using: &g) ?? "" }.joined()
            #expect(Formatting.listItemASCII(text) == Formatting.listItemCharacters(text), "\(text.debugDescription)")
        }
    }
}
