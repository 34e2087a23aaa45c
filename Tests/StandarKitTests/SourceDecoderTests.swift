import Testing
@testable import StandarKit

@Suite struct SourceDecoderTests {
    /// The ASCII runs copied whole give the text, line count and hidden characters the byte-by-byte path gave:
    /// compared here with a plain reference over mixed inputs.
    @Test func runsKeepTextLinesAndHiddenCharacters() throws {
        let cases: [(String, Int)] = [
            // A final line break ends the last line; it does not start one.
            ("", 1), ("a", 1), ("a\n", 1), ("a\r\nb\rc\n", 3), ("tab\there\n\n", 2),
            ("é\nü – x\n", 2), ("x\u{202E}y\nz", 2), ("\u{7}bel\n", 1),
        ]
        for (text, lines) in cases {
            let decoded = try SourceDecoder.decodeCountingLines(Array(text.utf8)).get()
            #expect(decoded.lines == lines, "\(text.debugDescription)")
            let expected = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
            if !text.contains("\u{202E}") && !text.contains("\u{7}") {
                #expect(decoded.text == expected, "\(text.debugDescription)")
            }
        }
        // A hidden character's position after an ASCII run: line 2, column 4 (scalars, not bytes).
        let decoded = try SourceDecoder.decodeCountingLines(Array("ab\né a\u{202E}".utf8)).get()
        let hidden = try #require(decoded.hidden.first)
        #expect(hidden.line == 2 && hidden.column == 4)
    }
}
