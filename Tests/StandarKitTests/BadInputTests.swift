import Foundation
import Testing
@testable import StandarKit

/// Every class of hostile or broken input gets a located diagnostic and never a crash.
@Suite struct BadInputTests {
    func check(_ path: String, bytes: [UInt8]) throws -> CheckResult {
        let site = try Fixtures.site()
        try site.write(path, bytes: bytes)
        return Fixtures.check(site)
    }

    func check(_ path: String, _ text: String) throws -> CheckResult {
        try check(path, bytes: Array(text.utf8))
    }

    @Test func emptyFile() throws {
        #expect(try check("content/disdukcapil/x.md", "").rules("empty-file").count == 1)
        #expect(try check("content/disdukcapil/x.md", "\n \n").rules("empty-file").count == 1)
    }

    @Test func missingFrontMatterStillChecksComponents() throws {
        let r = try check("content/disdukcapil/x.md", "## Persyaratan\n\n- KTP\n")
        #expect(r.rules("front-matter").first?.line == 1)
        #expect(r.rules("missing-field").contains { $0.message.contains("judul") })
        #expect(r.rules("missing-component").count == 13)
    }

    @Test func unterminatedFrontMatter() throws {
        let r = try check("content/disdukcapil/x.md", "---\njudul: A\n\n## Persyaratan\n")
        #expect(r.rules("front-matter").first?.message.contains("tidak pernah ditutup") == true)
    }

    @Test func bomAndCRLF() throws {
        let text = Fixtures.standard().replacingOccurrences(of: "\n", with: "\r\n")
        let r = try check("content/disdukcapil/x.md", bytes: [0xEF, 0xBB, 0xBF] + Array(text.utf8))
        #expect(r.diagnostics.isEmpty, "\(r.diagnostics)")
    }

    @Test func crOnlyLineEndings() throws {
        let text = Fixtures.standard().replacingOccurrences(of: "\n", with: "\r")
        #expect(try check("content/disdukcapil/x.md", text).diagnostics.isEmpty)
    }

    @Test func utf16AndInvalidUTF8AndNul() throws {
        let utf16 = [UInt8](Fixtures.standard().data(using: .utf16LittleEndian) ?? Data())
        #expect(try check("content/disdukcapil/x.md", bytes: [0xFF, 0xFE] + utf16).rules("encoding").count == 1)
        #expect(try check("content/disdukcapil/x.md", bytes: utf16).rules("encoding").count == 1)
        #expect(try check("content/disdukcapil/x.md", bytes: Array("---\njudul: Caf".utf8) + [0xE9]).rules("encoding").first?.line == 2)
        #expect(try check("content/disdukcapil/x.md", bytes: Array("---\n\0".utf8)).rules("encoding").count == 1)
    }

    @Test func tooLargeIsRefusedWithoutReading() throws {
        let big = String(repeating: "a", count: SiteLoader.maxFileSize + 1)
        #expect(try check("content/disdukcapil/x.md", big).rules("too-large").count == 1)
    }

    @Test func badFileAndFolderNames() throws {
        let site = try Fixtures.site()
        try site.write("content/disdukcapil/Akta Kematian.md", Fixtures.standard())
        try site.write("content/Dinas Sosial/_index.md", "---\nnama: Dinsos\n---\n")
        try site.write("content/disdukcapil/KTP.MD", Fixtures.standard())
        let r = Fixtures.check(site)
        let slugs = r.rules("invalid-slug")
        #expect(slugs.contains { $0.hint?.contains("akta-kematian.md") == true })
        #expect(slugs.contains { $0.hint?.contains("dinas-sosial") == true })
        #expect(slugs.contains { $0.file.hasSuffix("KTP.MD") })
    }

    @Test func reservedOPDName() throws {
        let site = try Fixtures.site()
        try site.write("content/layanan/_index.md", "---\nnama: X\n---\n")
        #expect(Fixtures.check(site).rules("reserved-slug").count == 1)
    }

    @Test func caseCollision() throws {
        let site = try Fixtures.site()
        try site.write("content/Disdukcapil/_index.md", "---\nnama: X\n---\n")
        #expect(Fixtures.check(site).rules("duplicate-slug").count == 1)
    }

    @Test func missingOPDIndexAndSiteIndex() throws {
        let site = try Fixtures.site()
        try site.write("content/dinsos/bansos.md", Fixtures.standard())
        try site.remove("content/_index.md")
        let r = Fixtures.check(site)
        #expect(r.rules("missing-opd").first?.file == "content/dinsos")
        #expect(r.rules("missing-site").count == 1)
    }

    @Test func wrongDepthAndNonMarkdown() throws {
        let site = try Fixtures.site()
        try site.write("content/akta.md", Fixtures.standard())
        try site.write("content/disdukcapil/arsip/lama.md", Fixtures.standard())
        try site.write("content/disdukcapil/foto.jpg", "xx")
        try site.write("content/disdukcapil/.DS_Store", "xx")
        let r = Fixtures.check(site)
        #expect(r.rules("file-location").count == 2)
        #expect(r.rules("ignored-file").count == 1)
    }

    @Test func symlinksNeverLeaveContent() throws {
        let site = try Fixtures.site()
        let outside = site.root + "/rahasia.md"
        try Fixtures.standard().write(toFile: outside, atomically: false, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: site.root + "/content/disdukcapil/bocor.md", withDestinationPath: outside)
        try FileManager.default.createSymbolicLink(atPath: site.root + "/content/disdukcapil/dalam.md",
                                                   withDestinationPath: site.root + "/content/disdukcapil/akta-kelahiran.md")
        try FileManager.default.createSymbolicLink(atPath: site.root + "/content/putaran", withDestinationPath: site.root + "/content")
        try FileManager.default.createSymbolicLink(atPath: site.root + "/content/disdukcapil/hilang.md", withDestinationPath: "/tidak/ada")
        let r = Fixtures.check(site)
        #expect(r.rules("symlink").count == 3)
        #expect(!r.site.services.contains { $0.slug == "bocor" })
        #expect(r.site.services.contains { $0.slug == "dalam" })
    }

    @Test func yamlNullsWrongTypesAndAliases() throws {
        let r = try check("content/disdukcapil/x.md", "---\njudul: ~\nkata_kunci: *a\n---\n")
        #expect(!r.rules("front-matter").isEmpty || !r.rules("missing-field").isEmpty)
    }

    @Test(arguments: [
        String(repeating: "[", count: 50_000),
        String(repeating: "*a **b ", count: 10_000),
        String(repeating: "> ", count: 20_000) + "x",
        String(repeating: "- ", count: 20_000) + "x",
        "| a |\n|---|\n" + String(repeating: "| x |\n", count: 20_000),
        String(repeating: "|", count: 3000) + "\n" + String(repeating: "|-", count: 1500) + "\n" + String(repeating: "|x", count: 3000),
        String(repeating: "![[]()", count: 20_000),
        String(repeating: "<!--", count: 20_000),
        String(repeating: "`a", count: 30_000),
        String(repeating: "_a *", count: 30_000),
        String(repeating: "[a](", count: 30_000),
        String(repeating: "\\", count: 100_000),
    ])
    func pathologicalMarkdownFinishes(body: String) throws {
        let r = try check("content/disdukcapil/x.md", "---\njudul: X\n---\n" + body)
        #expect(r.site.services.contains { $0.slug == "x" } || !r.rules("too-large").isEmpty
                    || !r.rules("terlalu-rumit").isEmpty)
    }
}
