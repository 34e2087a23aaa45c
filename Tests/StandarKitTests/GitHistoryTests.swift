import Foundation
import Testing
@testable import StandarKit

/// Change history from git (issue 11): a short git-like history of one standard, read in one `git log` pass.
@Suite struct GitHistoryTests {
    func git(_ site: TemporarySite, _ args: [String], date: String = "2026-01-10T10:00:00") throws {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["git", "-C", site.root] + args
        var env = ProcessInfo.processInfo.environment
        env["GIT_AUTHOR_DATE"] = date
        env["GIT_COMMITTER_DATE"] = date
        env["GIT_AUTHOR_NAME"] = "Uji"
        env["GIT_AUTHOR_EMAIL"] = "uji@contoh.go.id"
        env["GIT_COMMITTER_NAME"] = "Uji"
        env["GIT_COMMITTER_EMAIL"] = "uji@contoh.go.id"
        p.environment = env
        p.standardOutput = FileHandle.nullDevice
        p.standardError = FileHandle.nullDevice
        try p.run()
        p.waitUntilExit()
        #expect(p.terminationStatus == 0, "git \(args)")
    }

    @Test func feeChangeShowsWithItsDate() throws {
        let site = try Fixtures.site()
        try git(site, ["init", "-q"])
        try git(site, ["add", "-A"])
        try git(site, ["commit", "-q", "-m", "awal"], date: "2026-01-10T10:00:00")
        let file = "content/disdukcapil/akta-kelahiran.md"
        try site.write(file, Fixtures.standard(replace: [.biaya: "Rp 10.000", .persyaratan: "- Surat keterangan lahir dari rumah sakit\n- Kartu Keluarga\n- KTP-el kedua orang tua"]))
        try git(site, ["commit", "-q", "-am", "biaya"], date: "2026-03-05T09:00:00")
        // A body edit that changes nothing citizens rely on is not a change.
        try site.write(file, Fixtures.standard(replace: [.biaya: "Rp 10.000", .persyaratan: "- Surat keterangan lahir dari rumah sakit\n- Kartu Keluarga\n- KTP-el kedua orang tua", .sarana: "Ruang tunggu ber-AC"]))
        try git(site, ["commit", "-q", "-am", "sarana"], date: "2026-04-01T09:00:00")

        let history = GitHistory.load(root: site.root)
        #expect(history.unavailable == nil)
        let changes = try #require(history.changes[file])
        #expect(changes.count == 1)
        #expect(changes.first?.date.description == "2026-03-05")
        #expect(changes.first?.items == ["Biaya: Gratis → Rp 10.000", "Persyaratan ditambah: KTP-el kedua orang tua"])

        let report = SiteBuilder.build(BuildOptions(root: site.root, output: "public", today: Fixtures.today))
        #expect(report.succeeded && report.notes.isEmpty)
        let page = try String(contentsOfFile: site.root + "/public/disdukcapil/akta-kelahiran/index.html", encoding: .utf8)
        #expect(page.contains("Riwayat perubahan"))
        #expect(page.contains("<time datetime=\"2026-03-05\">5 Maret 2026</time>"))
        #expect(page.contains("<li>Biaya: Gratis → Rp 10.000</li>"))
        let recent = try String(contentsOfFile: site.root + "/public/perubahan/index.html", encoding: .utf8)
        #expect(recent.contains("Persyaratan ditambah: KTP-el kedua orang tua"))
        let feed = try String(contentsOfFile: site.root + "/public/feed.xml", encoding: .utf8)
        #expect(feed.contains("<summary>Diubah 5 Maret 2026. Biaya: Gratis → Rp 10.000; Persyaratan ditambah: KTP-el kedua orang tua.</summary>"))
    }

    @Test func withoutGitTheSiteBuildsAndSaysSoOnce() throws {
        let site = try Fixtures.site()
        let report = SiteBuilder.build(BuildOptions(root: site.root, output: "public", today: Fixtures.today))
        #expect(report.succeeded)
        #expect(report.notes == ["situs ini bukan repositori git: riwayat perubahan tidak ditampilkan"])
        let page = try String(contentsOfFile: site.root + "/public/disdukcapil/akta-kelahiran/index.html", encoding: .utf8)
        #expect(!page.contains("Riwayat perubahan"))
    }

    @Test func batchOutputIsSplitByObject() {
        let out = Array("abc blob 3\nx\ny\nmissing-object missing\ndef blob 0\n\n".utf8)
        let parts = GitHistory.parseBatch(out, count: 3)
        #expect(parts.count == 3)
        #expect(parts[0] == Array("x\ny".utf8))
        #expect(parts[1] == nil)
        #expect(parts[2] == [])
    }
}
