import Foundation
import Testing
@testable import StandarKit
@testable import StandarServe

/// `standar serve` keeps working while one standard is broken: that standard's page shows its diagnostics, every
/// other page is served (with a banner naming it). Only a problem of the site itself stops the whole preview.
@Suite struct PreviewResilienceTests {
    static let today = SimpleDate(year: 2026, month: 6, day: 1) ?? SimpleDate(dayNumber: 0)

    func withPreview(_ body: (TemporaryFolder, PreviewServer, UInt16) async throws -> Void) async throws {
        let folder = try TemporaryFolder()
        _ = try Scaffolder.initSite(at: folder.path, pemda: "Kota Sukamaju", today: Self.today)
        let server = PreviewServer(PreviewOptions(root: folder.path, port: 0, today: Self.today,
                                                  pollInterval: .milliseconds(100), log: { _ in }))
        let port = try await server.start()
        do {
            try await body(folder, server, port)
        } catch {
            await server.stop()
            throw error
        }
        await server.stop()
    }

    /// Polls `path` until `accept` holds, for at most 20 seconds (the machine may be busy).
    func poll(_ port: UInt16, _ path: String, until accept: (RawHTTP.Response) -> Bool) async throws -> RawHTTP.Response {
        let deadline = Date().addingTimeInterval(20)
        var last = try await RawHTTP.get(port, path)
        while !accept(last) && Date() < deadline {
            try await Task.sleep(for: .milliseconds(100))
            last = try await RawHTTP.get(port, path)
        }
        return last
    }

    @Test func oneIncompleteStandardLeavesTheOtherPagesServed() async throws {
        try await withPreview { folder, server, port in
            let good = "/disdukcapil/akta-kelahiran/"
            #expect(try await RawHTTP.get(port, good).status == 200)
            // A published (non-draft) standard missing most components: an error in `standar build`.
            try folder.write("content/disdukcapil/surat-pindah.md", """
                ---
                judul: Surat Keterangan Pindah
                ---

                ## Persyaratan

                - Kartu Keluarga

                """)
            let broken = try await poll(port, "/disdukcapil/surat-pindah/") {
                $0.status == 500 && $0.body.contains("Standar ini belum bisa ditampilkan")
            }
            #expect(broken.status == 500)
            #expect(broken.body.contains("Standar ini belum bisa ditampilkan"))
            #expect(broken.body.contains("content/disdukcapil/surat-pindah.md"))
            #expect(broken.body.contains("[missing-component]"))
            #expect(broken.body.contains(PreviewPages.versionPath))
            // Only that file's problems are listed.
            #expect(!broken.body.contains("akta-kelahiran.md"))
            // Without the trailing slash too.
            #expect(try await RawHTTP.get(port, "/disdukcapil/surat-pindah").status == 500)

            // Every other page is served, with a banner that links to the broken standard's page.
            for path in [good, "/", "/disdukcapil/", "/kepatuhan/", "/layanan/"] {
                let page = try await RawHTTP.get(port, path)
                #expect(page.status == 200, "\(path)")
                #expect(page.body.contains("1 standar bergalat tidak ditampilkan"), "\(path)")
                #expect(page.body.contains("href=\"/disdukcapil/surat-pindah/\""), "\(path)")
                #expect(!page.body.contains("Isi belum bisa dibangun"), "\(path)")
            }
            #expect(try await RawHTTP.get(port, good).body.contains("Akta Kelahiran"))
            #expect(server.lastBuild?.succeeded == true)
            #expect(server.lastBuild?.leftOut == [.init(file: "content/disdukcapil/surat-pindah.md", path: "disdukcapil/surat-pindah/")])

            // Marked as a draft, it is previewed like any draft; the banner goes away.
            try folder.write("content/disdukcapil/surat-pindah.md", """
                ---
                judul: Surat Keterangan Pindah
                draft: true
                ---

                ## Persyaratan

                - Kartu Keluarga

                """)
            let fixed = try await poll(port, "/disdukcapil/surat-pindah/") { $0.status == 200 }
            #expect(fixed.status == 200)
            #expect(fixed.body.contains("Surat Keterangan Pindah"))
            let home = try await poll(port, "/") { !$0.body.contains("standar bergalat") }
            #expect(!home.body.contains("standar bergalat"))
        }
    }

    @Test func aBrokenSiteFileStillStopsThePreview() async throws {
        try await withPreview { folder, _, port in
            #expect(try await RawHTTP.get(port, "/").status == 200)
            try folder.write("content/_index.md", "---\njudul: [tidak ditutup\n---\n")
            let page = try await poll(port, "/disdukcapil/akta-kelahiran/") { $0.status == 500 }
            #expect(page.status == 500)
            #expect(page.body.contains("Isi belum bisa dibangun"))
            #expect(page.body.contains("content/_index.md"))
        }
    }

    @Test func leftOutFilesAreServiceFilesWithErrors() {
        func d(_ file: String, _ severity: Severity) -> Diagnostic {
            Diagnostic(file: file, line: 1, column: 1, severity: severity, rule: "x", message: "m", hint: nil)
        }
        let found = PreviewBuilder.leftOut([
            d("content/a/b.md", .error), d("content/a/b.md", .error), d("content/a/c.md", .warning),
            d("content/a/_index.md", .error), d("content/_index.md", .error), d("themes/x/templates/y.mustache", .error),
        ])
        #expect(found == [.init(file: "content/a/b.md", path: "a/b/")])
    }
}
