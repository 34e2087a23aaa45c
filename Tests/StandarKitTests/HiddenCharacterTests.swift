import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import StandarKit

/// Invisible characters (issue: a U+202E in a title reached <title>, headings and body HTML, and a control
/// character or U+FFFE in a title made feed.xml ill-formed while the build exited 0).
@Suite struct HiddenCharacterTests {
    /// The UTF-8 bytes of "x\na<scalar>b".
    static func bytes(_ scalar: UInt32) -> [UInt8] {
        var out = Array("x\na".utf8)
        if let s = Unicode.Scalar(scalar) { out += Array(String(Character(s)).utf8) }
        return out + Array("b".utf8)
    }

    @Test(arguments: [
        (0x202E, "ab"), (0x202A, "ab"), (0x2066, "ab"), (0x2069, "ab"), (0x200F, "ab"), (0x2028, "a b"),
        (0x2029, "a b"), (0x01, "ab"), (0x1B, "ab"), (0x7F, "ab"), (0x85, "ab"), (0x9F, "ab"), (0x0B, "a b"),
        (0x0C, "a b"), (0xFEFF, "ab"), (0xFFFE, "ab"), (0xFFFF, "ab"), (0xFDD0, "ab"), (0x1FFFE, "ab"),
        (0x10FFFF, "ab"),
    ] as [(UInt32, String)])
    func removedAndReported(_ scalar: UInt32, _ expected: String) throws {
        let decoded = try SourceDecoder.decodeCountingLines(Self.bytes(scalar)).get()
        #expect(decoded.text == "x\n" + expected)
        #expect(decoded.hidden.map(\.scalar) == [scalar])
        #expect(decoded.hidden.first?.line == 2)
        #expect(decoded.hidden.first?.column == 2)
    }

    @Test func ordinaryTextIsKept() throws {
        let text = "Tab\tdan teks biasa: Rp 10.000 – “gratis” 🙂 é ñ ‘kutip’ … ±15 menit\n"
        let decoded = try SourceDecoder.decodeCountingLines(Array(text.utf8)).get()
        #expect(decoded.text == text)
        #expect(decoded.hidden.isEmpty)
    }

    @Test func oneFindingPerKindWithACount() throws {
        let decoded = try SourceDecoder.decodeCountingLines(Array("a\u{202E}b\u{202E}\nc\u{202E}\u{1}".utf8)).get()
        #expect(decoded.hidden.count == 2)
        #expect(decoded.hidden[0].count == 3)
        let finding = HiddenCharacterRule.finding(decoded.hidden[0], file: "content/x/y.md")
        #expect(finding.rule == "hidden-character")
        #expect(finding.severity == .warning)
        #expect(finding.message == "karakter tak terlihat U+202E (pengubah arah teks) dihapus dari teks (dan 2 lainnya di berkas ini)")
        #expect(finding.hint?.hasPrefix("hapus karakter itu di editor") == true)
        #expect((finding.line, finding.column) == (1, 2))
    }

    @Test func nothingInvisibleReachesThePages() throws {
        let hostile = "Akta\u{202E}lirtnoc\u{2028}Kelahiran\u{1}" + String(decoding: [0xEF, 0xBF, 0xBE], as: UTF8.self)
        let site = try Fixtures.site(["akta": Fixtures.standard(judul: hostile, replace: [.produk: "Akta \u{202E}\u{7}Kelahiran"])])
        let checked = Fixtures.check(site)
        let findings = checked.rules("hidden-character")
        #expect(findings.count == 5, "\(findings.map(\.message))")
        #expect(findings.allSatisfy { $0.file == "content/disdukcapil/akta.md" })
        #expect(findings.first?.line == 2)
        let report = SiteBuilder.build(BuildOptions(root: site.root, output: "public", today: Fixtures.today))
        #expect(report.succeeded, "\(report)")
        for (path, data) in snapshotFiles(site.root + "/public") {
            let text = String(decoding: data, as: UTF8.self)
            let bad = text.unicodeScalars.filter { s in
                (s.value < 0x20 && s.value != 0x09 && s.value != 0x0A && s.value != 0x0D) || (0x7F...0x9F).contains(s.value)
                    || [0x202E, 0x2028, 0xFFFE].contains(s.value)
            }
            #expect(bad.isEmpty, "\(path) carries \(bad.map { String($0.value, radix: 16) })")
        }
        let feed = try Data(contentsOf: URL(fileURLWithPath: site.root + "/public/feed.xml"))
        let parser = XMLParser(data: feed)
        #expect(parser.parse(), "feed.xml is not well-formed: \(String(describing: parser.parserError))")
    }
}
