import Testing
@testable import StandarKit

/// Links that look site-relative but lead a browser to another host (issue 9).
@Suite struct LinkSafetyTests {
    func render(_ markdown: String) -> String {
        HTMLRenderer().render(MarkdownParser.parse(markdown).blocks)
    }

    @Test(arguments: [
        "[x](/\\evil.example/i)", "[x](\\\\evil.example/i)", "[x](//evil.example/i)", "[x](/\\/evil.example)",
        "[x](<\\evil.example>)", "[x](/a\\b)", "[x](\\\\\\\\evil.example/i)",
        "[x](</\t/evil.example>)", "[x](/\u{202E}lave)", "[x](/a\u{2028}b)",
        "[x](/\u{200B}/evil.example)", "[x](/\u{00A0}x)", "[x](/\u{FEFF}/evil.example)", "[x](/a\u{FFFE})",
    ])
    func refusesOtherHostTricks(markdown: String) {
        let html = render(markdown)
        #expect(!html.contains("href"), "\(markdown) -> \(html)")
        #expect(html.contains(">x<") || html.contains("<p>x</p>"), "\(markdown) -> \(html)")
    }

    @Test func percentEncodedSlashesStayAPath() {
        // "%2F" and "%5C" are not decoded by browsers before the host is parsed: a path on this site.
        #expect(render("[x](/%2F%2Fevil.example)").contains("href=\"/%2F%2Fevil.example\""))
    }

    @Test(arguments: [
        ("/\\evil.example/i", nil), ("//evil.example", nil), ("\\\\evil.example", nil), ("/ok/", "/ok/"),
        ("../biaya/", "../biaya/"), ("?q=1", "?q=1"), ("#biaya", "#biaya"), ("/layanan/akta-kelahiran/", "/layanan/akta-kelahiran/"),
        ("https://lapor.go.id/", "https://lapor.go.id/"), ("/persyaratan-ktp-élan/", "/persyaratan-ktp-élan/"),
    ] as [(String, String?)])
    func policy(raw: String, expected: String?) {
        #expect(LinkPolicy.safeURL(raw) == expected, "\(raw)")
    }
}
