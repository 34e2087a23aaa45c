import Foundation
import Testing
@testable import StandarKit

/// An empty temporary folder, removed when the value is released.
final class TemporaryFolder {
    let path: String

    init() throws {
        path = NSTemporaryDirectory() + "standar-authoring-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    func read(_ relative: String) throws -> String {
        try String(contentsOfFile: path + "/" + relative, encoding: .utf8)
    }

    func write(_ relative: String, _ text: String) throws {
        let full = path + "/" + relative
        try FileManager.default.createDirectory(atPath: (full as NSString).deletingLastPathComponent,
                                                withIntermediateDirectories: true)
        try Data(text.utf8).write(to: URL(fileURLWithPath: full))
    }

    func exists(_ relative: String) -> Bool {
        FileManager.default.fileExists(atPath: path + "/" + relative)
    }

    deinit {
        try? FileManager.default.removeItem(atPath: path)
    }
}

@Suite struct ScaffolderTests {
    let today = SimpleDate(year: 2026, month: 6, day: 1) ?? SimpleDate(dayNumber: 0)

    @Test func parsesTargets() throws {
        #expect(try Scaffolder.parseTarget("disdukcapil/akta-kelahiran") == .init(opd: "disdukcapil", service: "akta-kelahiran"))
        #expect(try Scaffolder.parseTarget("content/disdukcapil/akta-kelahiran.md") == .init(opd: "disdukcapil", service: "akta-kelahiran"))
        #expect(try Scaffolder.parseTarget("dinkes") == .init(opd: "dinkes", service: nil))
        #expect(try Scaffolder.parseTarget("dinkes/") == .init(opd: "dinkes", service: nil))
    }

    @Test func refusesBadSlugsWithASuggestion() {
        #expect {
            try Scaffolder.parseTarget("disdukcapil/Akta Kelahiran")
        } throws: { error in
            guard let failure = error as? Scaffolder.Failure else { return false }
            return failure.kind == .invalid && failure.message.contains("memakai huruf besar")
                && failure.hint?.contains("\"akta-kelahiran\"") == true
        }
        for bad in ["a/b/c", "", "/x", "dinas_kesehatan", "-x", "x--y", "_index"] {
            #expect(throws: Scaffolder.Failure.self, "\(bad)") { try Scaffolder.parseTarget(bad) }
        }
    }

    @Test func refusesReservedOPDNames() {
        for reserved in ContentScanner.reservedSlugs {
            #expect {
                try Scaffolder.parseTarget(reserved + "/x")
            } throws: { error in
                (error as? Scaffolder.Failure)?.message.contains("sudah dipakai oleh halaman situs") == true
            }
        }
    }

    @Test func newStandardHasAllHeadingsInCanonicalOrderWithGuidance() throws {
        let site = try Fixtures.site([:])
        let written = try Scaffolder.create(.init(opd: "disdukcapil", service: "kartu-keluarga"), in: site.root,
                                            judul: "Penerbitan \"Kartu\" Keluarga: Baru")
        #expect(written == ["content/disdukcapil/kartu-keluarga.md"])
        let text = try String(contentsOfFile: site.root + "/content/disdukcapil/kartu-keluarga.md", encoding: .utf8)
        var position = text.startIndex
        for id in ComponentID.allCases {
            let heading = try #require(text.range(of: "\n## \(id.canonicalHeading)\n\n<!-- \(StandardTemplate.guidance(id)) -->",
                                                  range: position..<text.endIndex), "\(id)")
            position = heading.upperBound
        }
        #expect(text.contains("draft: true"))
        // The title survives quotes and a colon.
        let result = Fixtures.check(site)
        let standard = try #require(result.site.services.first { $0.slug == "kartu-keluarga" })
        #expect(standard.judul == "Penerbitan \"Kartu\" Keluarga: Baru")
        #expect(standard.draft)
    }

    @Test func newDraftPassesCheckWithWarningsOnly() throws {
        let site = try Fixtures.site([:])
        _ = try Scaffolder.create(.init(opd: "disdukcapil", service: "kartu-keluarga"), in: site.root, judul: nil)
        let result = Fixtures.check(site)
        #expect(result.errorCount == 0, "\(result.diagnostics)")
        #expect(Set(result.diagnostics.map(\.rule)) == ["empty-component", "missing-decree"])
        #expect(result.rules("empty-component").count == 14)
        #expect(result.site.services.first?.judul == "Kartu Keluarga")
    }

    @Test func filledStandardIsCleanOnceTheDraftLineGoes() throws {
        let site = try Fixtures.site([:])
        _ = try Scaffolder.create(.init(opd: "disdukcapil", service: "kartu-keluarga"), in: site.root, judul: "Kartu Keluarga")
        let path = site.root + "/content/disdukcapil/kartu-keluarga.md"
        var text = try String(contentsOfFile: path, encoding: .utf8)
        let filled: [ComponentID: String] = [
            .waktu: "1 (satu) hari kerja sejak berkas lengkap", .biaya: "Gratis",
        ]
        for id in ComponentID.allCases {
            text = text.replacingOccurrences(of: "<!-- \(StandardTemplate.guidance(id)) -->",
                                             with: filled[id] ?? "Keterangan \(id.canonicalHeading) yang sebenarnya.")
        }
        text = text.replacingOccurrences(of: "draft: true\n", with: "")
            .replacingOccurrences(of: "nomor_sk:       #", with: "nomor_sk: \"800/2/Disdukcapil/2026\" #")
            .replacingOccurrences(of: "ditetapkan:     #", with: "ditetapkan: 2026-05-01 #")
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        let result = Checker.run(root: site.root, today: today)
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        #expect(result.site.services.contains { $0.slug == "kartu-keluarga" && !$0.draft })
    }

    @Test func neverOverwrites() throws {
        let site = try Fixtures.site([:])
        let target = Scaffolder.Target(opd: "disdukcapil", service: "akta")
        _ = try Scaffolder.create(target, in: site.root, judul: nil)
        let path = site.root + "/content/disdukcapil/akta.md"
        try Data("dijaga".utf8).write(to: URL(fileURLWithPath: path))
        #expect {
            try Scaffolder.create(target, in: site.root, judul: nil)
        } throws: { ($0 as? Scaffolder.Failure)?.kind == .exists }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "dijaga")
        // An existing OPD index is refused too.
        #expect {
            try Scaffolder.create(.init(opd: "disdukcapil", service: nil), in: site.root, judul: nil)
        } throws: { ($0 as? Scaffolder.Failure)?.kind == .exists }
        // A name differing only in case.
        try site.write("content/disdukcapil/Ktp.md", "x")
        #expect {
            try Scaffolder.create(.init(opd: "disdukcapil", service: "ktp"), in: site.root, judul: nil)
        } throws: { ($0 as? Scaffolder.Failure)?.kind == .exists }
    }

    @Test func newStandardInANewOPDCreatesTheOPD() throws {
        let site = try Fixtures.site([:])
        let written = try Scaffolder.create(.init(opd: "dinas-kesehatan", service: "surat-sehat"), in: site.root, judul: nil)
        #expect(written == ["content/dinas-kesehatan/_index.md", "content/dinas-kesehatan/surat-sehat.md",
                           "content/dinas-kesehatan/maklumat.md"])
        let result = Fixtures.check(site)
        #expect(result.errorCount == 0, "\(result.diagnostics)")
        #expect(result.site.opds.contains { $0.slug == "dinas-kesehatan" && $0.nama == "Dinas Kesehatan" })
    }

    @Test func newOPD() throws {
        let site = try Fixtures.site([:])
        let written = try Scaffolder.create(.init(opd: "dinkes", service: nil), in: site.root, judul: "Dinas Kesehatan Kota Contoh")
        #expect(written == ["content/dinkes/_index.md", "content/dinkes/maklumat.md"])
        // The new maklumat leaves its signatory and date to fill in: a warning, not an error.
        #expect(Fixtures.check(site).rules("maklumat").map(\.file) == ["content/dinkes/maklumat.md"])
        let result = Fixtures.check(site)
        #expect(result.errorCount == 0, "\(result.diagnostics)")
        #expect(result.site.opds.contains { $0.slug == "dinkes" && $0.nama == "Dinas Kesehatan Kota Contoh" })
    }

    @Test func newNeedsASite() throws {
        let folder = try TemporaryFolder()
        #expect {
            try Scaffolder.create(.init(opd: "dinkes", service: "x"), in: folder.path, judul: nil)
        } throws: { ($0 as? Scaffolder.Failure)?.kind == .cannotRun }
    }

    @Test func initSkeletonPassesStrictCheckAndBuilds() throws {
        let folder = try TemporaryFolder()
        let root = folder.path + "/situs"
        let written = try Scaffolder.initSite(at: root, pemda: "pemerintah kabupaten sukamaju", today: today)
        #expect(written.contains("content/_index.md"))
        #expect(written.contains(".gitignore"))
        #expect(written.contains(".github/workflows/periksa-standar.yml"))
        let result = Checker.run(root: root, today: today)
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        #expect(result.site.config.judul == "Standar Pelayanan Publik Kabupaten Sukamaju")
        #expect(result.site.services.count == 1)
        let workflow = try String(contentsOfFile: root + "/.github/workflows/periksa-standar.yml", encoding: .utf8)
        #expect(workflow.contains("standar check --format github"))
        let ignore = try String(contentsOfFile: root + "/.gitignore", encoding: .utf8)
        #expect(ignore.contains(".standar/") && ignore.contains("public/"))
        let report = SiteBuilder.build(BuildOptions(root: root, output: "public", today: today))
        #expect(report.succeeded, "\(report)")
        #expect(FileManager.default.fileExists(atPath: root + "/public/disdukcapil/akta-kelahiran/index.html"))
    }

    @Test func initRefusesAnExistingSite() throws {
        let folder = try TemporaryFolder()
        _ = try Scaffolder.initSite(at: folder.path, pemda: nil, today: today)
        try folder.write("content/_index.md", "dijaga")
        #expect {
            try Scaffolder.initSite(at: folder.path, pemda: nil, today: today)
        } throws: { ($0 as? Scaffolder.Failure)?.kind == .exists }
        #expect(try folder.read("content/_index.md") == "dijaga")
        // Any file of the skeleton that exists stops init before anything is written.
        let other = try TemporaryFolder()
        try other.write("README.md", "milik saya")
        #expect {
            try Scaffolder.initSite(at: other.path, pemda: nil, today: today)
        } throws: { ($0 as? Scaffolder.Failure)?.kind == .exists }
        #expect(try other.read("README.md") == "milik saya")
        #expect(!other.exists("content"))
    }

    @Test func regionNames() {
        #expect(SiteTemplate.region(nil) == "Kota Contoh")
        #expect(SiteTemplate.region("  ") == "Kota Contoh")
        #expect(SiteTemplate.region("Pemerintah Kota Sukamaju") == "Kota Sukamaju")
        #expect(SiteTemplate.region("kabupaten  sukamaju") == "Kabupaten Sukamaju")
        #expect(StandardTemplate.title(fromSlug: "kartu-identitas-anak") == "Kartu Identitas Anak")
    }
}

@Suite struct FrontMatterJSONSchemaTests {
    func parse(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    @Test func combinedSchemaCoversTheThreeKinds() throws {
        let schema = try parse(FrontMatterJSONSchema.document(for: nil))
        #expect(schema["$schema"] as? String == "http://json-schema.org/draft-07/schema#")
        let definitions = try #require(schema["definitions"] as? [String: Any])
        #expect(Set(definitions.keys) == ["situs", "opd", "layanan", "maklumat"])
        let refs = try #require(schema["anyOf"] as? [[String: String]]).compactMap { $0["$ref"] }
        #expect(Set(refs) == ["#/definitions/situs", "#/definitions/opd", "#/definitions/layanan", "#/definitions/maklumat"])
        for kind in FrontMatterJSONSchema.Kind.allCases {
            let definition = try #require(definitions[kind.rawValue] as? [String: Any])
            try checkDefinition(definition, kind: kind)
        }
    }

    @Test(arguments: FrontMatterJSONSchema.Kind.allCases)
    func schemaPerKind(_ kind: FrontMatterJSONSchema.Kind) throws {
        let schema = try parse(FrontMatterJSONSchema.document(for: kind))
        #expect(schema["$schema"] as? String == "http://json-schema.org/draft-07/schema#")
        #expect(schema["title"] as? String == kind.title)
        try checkDefinition(schema, kind: kind)
    }

    func checkDefinition(_ definition: [String: Any], kind: FrontMatterJSONSchema.Kind) throws {
        #expect(definition["type"] as? String == "object")
        // Unknown keys are refused, so a misspelt key is underlined.
        #expect(definition["additionalProperties"] as? Bool == false)
        // No "required" at all when nothing is (the maklumat: every key is checked by the `maklumat` rule instead).
        #expect(definition["required"] as? [String] ?? [] == kind.fields.filter(\.required).map(\.key))
        let properties = try #require(definition["properties"] as? [String: [String: Any]])
        #expect(Set(properties.keys) == Set(kind.fields.map(\.key)))
        for field in kind.fields {
            let property = try #require(properties[field.key])
            #expect(property["description"] as? String == field.description)
            switch field.type {
            case .date:
                #expect(property["pattern"] as? String == "^\\d{4}-\\d{2}-\\d{2}$")
            case .email:
                #expect(property["format"] as? String == "email")
            case .url:
                #expect(property["format"] as? String == "uri")
            case .textOrList:
                let options = try #require(property["anyOf"] as? [[String: Any]])
                #expect(options.contains { $0["type"] as? String == "array" })
                #expect(options.contains { ($0["type"] as? [String])?.contains("string") == true })
            case .componentList:
                let items = try #require(property["items"] as? [String: Any])
                #expect(items["enum"] as? [String] == ComponentID.allCases.map(\.id))
            case .boolean:
                let options = try #require(property["anyOf"] as? [[String: Any]])
                #expect(options.contains { $0["type"] as? String == "boolean" })
            case .text, .textList:
                break
            }
        }
        if kind == .layanan {
            for id in ComponentID.allCases { #expect(properties[id.id] != nil) }
        }
    }

    @Test func requiredTextMayNotBeEmptyButOptionalTextMay() throws {
        let schema = try parse(FrontMatterJSONSchema.document(for: .layanan))
        let properties = try #require(schema["properties"] as? [String: [String: Any]])
        #expect(properties["judul"]?["type"] as? [String] == ["string", "number", "boolean"])
        #expect((properties["ringkasan"]?["type"] as? [String])?.contains("null") == true)
    }

    @Test func escapesJSONText() {
        #expect(JSONWriter.quote("a\"b\\c\n\u{1}", scriptSafe: false) == "\"a\\\"b\\\\c\\n\\u0001\"")
    }
}
