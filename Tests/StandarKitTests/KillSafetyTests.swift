import Foundation
import Testing
@testable import StandarKit

/// `kill -9` at every rename, renameat, unlink and rmdir of a build (Tests/KillHarness/killat.c, loaded with
/// LD_PRELOAD into the real binary): afterwards the output is the old site or the new one, or a committed
/// journal that the next run completes; and the next build equals a clean build byte for byte, with nothing
/// left behind in the cache folder.
@Suite(.serialized) struct KillSafetyTests {
    static let today = "--today=2026-11-22"

    /// Compiles the harness once per test into `dir`; nil (and a recorded issue) when no C compiler is found.
    static func harness(in dir: String) throws -> String {
        let source = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("KillHarness/killat.c").path
        let library = dir + "/killat.so"
        let cc = Process()
        cc.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        cc.arguments = ["cc", "-shared", "-fPIC", "-O2", "-o", library, source, "-ldl"]
        try cc.run()
        cc.waitUntilExit()
        try #require(cc.terminationStatus == 0, "cc could not build the kill harness")
        return library
    }

    static func services(_ n: Int, edited: Bool = false) -> [String: String] {
        var out: [String: String] = [:]
        for i in 0..<n {
            var text = Fixtures.standard(judul: "Layanan Nomor \(i)")
            if edited && i == 0 { text = Fixtures.standard(judul: "Layanan Nomor 0 yang Diubah") }
            if edited && i == 1 { text += "\nSatu kalimat tambahan di akhir.\n" }
            out["layanan-\(i)"] = text
        }
        if edited { out["layanan-baru"] = Fixtures.standard(judul: "Layanan Baru") }
        return out
    }

    /// Writes the site in its first state, or its edited state (one title changed, one body changed, one service
    /// removed, one added).
    static func writeContent(_ site: TemporarySite, edited: Bool) throws {
        // layanan-3 stays as it is, after the changed ones: its data rows are copied from the previous output.
        let before = services(4)
        let after = services(4, edited: true).filter { $0.key != "layanan-2" }
        if edited { try? site.remove("content/disdukcapil/layanan-2.md") }
        for (slug, text) in edited ? after : before { try site.write("content/disdukcapil/\(slug).md", text) }
    }

    static func build(_ site: TemporarySite, _ extra: [String] = [], environment: [String: String] = [:]) throws -> CLI.Output {
        try CLI.run(["build", today] + extra, in: site.root, environment: environment)
    }

    /// The leftovers a build must not leave: staging folders beside the output and temporary cache files.
    static func leftovers(_ site: TemporarySite) -> [String] {
        var found: [String] = []
        let names = (try? FileManager.default.contentsOfDirectory(atPath: site.root)) ?? []
        found += names.filter { $0.hasPrefix(".public.") }
        let cacheRoot = site.root + "/.standar/cache"
        for dir in (try? FileManager.default.contentsOfDirectory(atPath: cacheRoot)) ?? [] {
            let files = (try? FileManager.default.contentsOfDirectory(atPath: cacheRoot + "/" + dir)) ?? []
            found += files.filter { $0 != "build.bin" }.map { dir + "/" + $0 }
        }
        return found
    }

    enum Scenario: String, CaseIterable { case first, incremental, clean }

    @Test(arguments: Scenario.allCases)
    func killAtEveryNameChange(_ scenario: Scenario) throws {
        let work = try TemporarySite()
        let library = try Self.harness(in: work.root)
        // The expected sites: old (first state) and new (edited), each from a clean build.
        let reference = try Fixtures.site([:])
        try Self.writeContent(reference, edited: false)
        #expect(try Self.build(reference, ["--bersih"]).status == 0)
        let old = snapshotFiles(reference.root + "/public")
        try Self.writeContent(reference, edited: true)
        #expect(try Self.build(reference, ["--bersih"]).status == 0)
        let new = snapshotFiles(reference.root + "/public")
        #expect(old != new)

        func prepared() throws -> TemporarySite {
            let site = try Fixtures.site([:])
            try Self.writeContent(site, edited: false)
            if scenario != .first { #expect(try Self.build(site).status == 0) }
            try Self.writeContent(site, edited: true)
            return site
        }
        let extra = scenario == .clean ? ["--bersih"] : []
        // How many name changes the build makes, counted by the harness.
        let counting = try prepared()
        let countFile = work.root + "/count"
        let counted = try Self.build(counting, extra, environment: ["LD_PRELOAD": library, "STANDAR_KILL_COUNT": countFile])
        #expect(counted.status == 0, "\(counted.stdout)\(counted.stderr)")
        let calls = Int((try String(contentsOfFile: countFile, encoding: .utf8)).trimmingCharacters(in: .whitespacesAndNewlines)) ?? 0
        #expect(calls > 0)
        for k in 1...max(1, calls) {
            let site = try prepared()
            let killed = try Self.build(site, extra, environment: ["LD_PRELOAD": library, "STANDAR_KILL_AT": String(k)])
            #expect(killed.status != 0, "kill \(k) of \(calls) did not stop the build")
            let after = snapshotFiles(site.root + "/public")
            let pendingJournal = FileManager.default.fileExists(atPath: site.root + "/.standar")
                && ((try? FileManager.default.subpathsOfDirectory(atPath: site.root + "/.standar")) ?? []).contains { $0.hasSuffix("tx/journal") }
            let whole = after == new || (scenario == .first ? after.isEmpty : after == old)
            #expect(whole || pendingJournal, "kill \(k) of \(calls) (\(scenario)) left a site that is neither old nor new")
            let next = try Self.build(site)
            #expect(next.status == 0, "after kill \(k): \(next.stdout)\(next.stderr)")
            let rebuilt = snapshotFiles(site.root + "/public")
            #expect(rebuilt == new, "after kill \(k) of \(calls) (\(scenario)) the next build differs from a clean build: \(Set(rebuilt.keys).symmetricDifference(new.keys).sorted().prefix(5)) \(new.keys.filter { rebuilt[$0] != new[$0] }.sorted().prefix(5))")
            #expect(Self.leftovers(site).isEmpty, "after kill \(k) and a build: \(Self.leftovers(site))")
        }
    }
}
