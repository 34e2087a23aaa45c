import Foundation
import Testing
@testable import StandarKit

@Suite struct IncrementalBuildTests {
    func build(_ site: TemporarySite, output: String = "public", incremental: Bool = true) -> BuildReport {
        SiteBuilder.build(BuildOptions(root: site.root, output: output, baseURL: "https://contoh.go.id",
                                       today: Fixtures.today, incremental: incremental))
    }

    func snapshot(_ dir: String) -> [String: Data] { snapshotFiles(dir) }

    /// The incremental output must equal a clean build of the same content, byte for byte.
    func expectMatchesCleanBuild(_ site: TemporarySite, sourceLocation: SourceLocation = #_sourceLocation) {
        let clean = build(site, output: "bersih", incremental: false)
        #expect(clean.succeeded, sourceLocation: sourceLocation)
        let a = snapshot(site.root + "/public"), b = snapshot(site.root + "/bersih")
        #expect(a.keys.sorted() == b.keys.sorted(), sourceLocation: sourceLocation)
        for (path, data) in b where a[path] != data {
            Issue.record("\(path) differs from a clean build", sourceLocation: sourceLocation)
        }
        OutputWriter.removeTree(site.root + "/bersih")
    }

    func services(_ n: Int) -> [String: String] {
        Dictionary(uniqueKeysWithValues: (0..<n).map { ("l\($0)", Fixtures.standard(judul: "Layanan \($0)")) })
    }

    @Test func oneChangedFileRewritesOnlyWhatItAffects() throws {
        let site = try Fixtures.site(services(12))
        #expect(build(site).incremental == false)
        // Nothing changed: nothing written.
        let same = build(site)
        #expect(same.incremental && same.succeeded)
        #expect(same.changedFiles == 0)
        // A body edit: the page, its poster, the OPD's print page and the data files change, listings do not.
        try site.write("content/disdukcapil/l3.md", Fixtures.standard(judul: "Layanan 3", replace: [.sarana: "Ruang tunggu ber-AC"]))
        let edit = build(site)
        #expect(edit.incremental && edit.succeeded)
        #expect(edit.changedFiles == 5, "\(edit.changedFiles)")
        expectMatchesCleanBuild(site)
        // A title edit also changes the listings that show it.
        try site.write("content/disdukcapil/l4.md", Fixtures.standard(judul: "Layanan Empat"))
        let title = build(site)
        #expect(title.incremental && title.changedFiles > 3)
        expectMatchesCleanBuild(site)
    }

    @Test func scopedListingsMatchACleanBuild() throws {
        // Two OPDs and two list pages: a title edit re-renders only its OPD's pages and its list page.
        let site = try Fixtures.site(services(PageContexts.pageSize + 5))
        try site.write("content/dinsos/_index.md", "---\nnama: Dinas Sosial\n---\n")
        for i in 0..<3 { try site.write("content/dinsos/s\(i).md", Fixtures.standard(judul: "Sosial \(i)")) }
        #expect(build(site).succeeded)
        try site.write("content/disdukcapil/l50.md", Fixtures.standard(judul: "Layanan Lima Puluh"))
        let title = build(site)
        #expect(title.incremental && title.succeeded)
        expectMatchesCleanBuild(site)
        try site.write("content/dinsos/s1.md", Fixtures.standard(judul: "Sosial 1", extraFrontMatter: "kategori: Sosial"))
        #expect(build(site).incremental)
        expectMatchesCleanBuild(site)
        try site.write("content/disdukcapil/l99.md", Fixtures.standard(judul: "Layanan 99", omit: [.evaluasi]))
        #expect(build(site).stoppedAt == .check)
        try site.write("content/disdukcapil/l99.md", Fixtures.standard(judul: "Layanan 99", extraFrontMatter: "draft: true"))
        #expect(build(site).incremental)
        expectMatchesCleanBuild(site)
    }

    @Test func indexPagesOfATitleEditMatchACleanBuild() throws {
        // A title edit moves a service to a letter without entries: its page appears, then goes again.
        let site = try Fixtures.site(services(5))
        #expect(build(site).succeeded)
        try site.write("content/disdukcapil/l2.md", Fixtures.standard(judul: "Quota Layanan 2", extraFrontMatter: "kata_kunci:\n  - zona"))
        #expect(build(site).incremental)
        #expect(FileManager.default.fileExists(atPath: site.root + "/public/layanan/indeks/q/index.html"))
        #expect(FileManager.default.fileExists(atPath: site.root + "/public/layanan/indeks/z/index.html"))
        expectMatchesCleanBuild(site)
        try site.write("content/disdukcapil/l2.md", Fixtures.standard(judul: "Layanan 2"))
        #expect(build(site).incremental)
        #expect(!FileManager.default.fileExists(atPath: site.root + "/public/layanan/indeks/q/index.html"))
        #expect(!FileManager.default.fileExists(atPath: site.root + "/public/layanan/indeks/z/index.html"))
        expectMatchesCleanBuild(site)
    }

    @Test func addedRemovedAndDraftServices() throws {
        let site = try Fixtures.site(services(5))
        #expect(build(site).succeeded)
        try site.write("content/disdukcapil/baru.md", Fixtures.standard(judul: "Layanan Baru"))
        #expect(build(site).incremental)
        expectMatchesCleanBuild(site)
        try site.remove("content/disdukcapil/l1.md")
        #expect(build(site).incremental)
        #expect(!FileManager.default.fileExists(atPath: site.root + "/public/disdukcapil/l1"))
        expectMatchesCleanBuild(site)
        try site.write("content/disdukcapil/l2.md", Fixtures.standard(judul: "Layanan 2", extraFrontMatter: "draft: true"))
        #expect(build(site).incremental)
        expectMatchesCleanBuild(site)
        // A new OPD: its index is outside the service files, so the build is full.
        try site.write("content/dinsos/_index.md", "---\nnama: Dinas Sosial\n---\n")
        try site.write("content/dinsos/bansos.md", Fixtures.standard(judul: "Bansos"))
        #expect(build(site).incremental == false)
        expectMatchesCleanBuild(site)
    }

    @Test func themeSiteAndOptionsInvalidate() throws {
        let site = try Fixtures.site(services(3))
        #expect(build(site).succeeded)
        try site.write("themes/default/assets/gaya.css", "body{}")
        #expect(build(site).incremental == false)
        #expect(build(site).incremental)
        try site.write("content/_index.md", "---\njudul: Judul Lain\n---\n")
        #expect(build(site).incremental == false)
        expectMatchesCleanBuild(site)
        let other = SiteBuilder.build(BuildOptions(root: site.root, output: "public", baseURL: "https://lain.go.id",
                                                   today: Fixtures.today))
        #expect(other.incremental == false)
    }

    @Test func brokenChangeKeepsOutputAndCache() throws {
        let site = try Fixtures.site(services(4))
        #expect(build(site).succeeded)
        let before = snapshot(site.root + "/public")
        try site.write("content/disdukcapil/l0.md", "---\njudul: [\n---\n")
        let broken = build(site)
        #expect(broken.stoppedAt == .check)
        #expect(snapshot(site.root + "/public") == before)
        try site.write("content/disdukcapil/l0.md", Fixtures.standard(judul: "Layanan 0 baru"))
        let fixed = build(site)
        #expect(fixed.incremental && fixed.succeeded)
        expectMatchesCleanBuild(site)
    }

    @Test func outputChangedBehindTheCacheMeansFullBuild() throws {
        let site = try Fixtures.site(services(2))
        #expect(build(site).succeeded)
        OutputWriter.removeTree(site.root + "/public")
        #expect(build(site).incremental == false)
        #expect(FileManager.default.fileExists(atPath: site.root + "/public/index.html"))
        // A damaged cache is ignored.
        let cache = BuildCache.directory(root: site.root, output: site.root + "/public")
        try "rusak".write(toFile: BuildCache.path(cache), atomically: false, encoding: .utf8)
        #expect(build(site).incremental == false)
        #expect(build(site).incremental)
    }

    @Test func killedTransactionIsCompletedOrDropped() throws {
        let site = try Fixtures.site(services(2))
        #expect(build(site).succeeded)
        // A committed journal whose renames were cut short is completed by the next build.
        let output = site.root + "/public"
        let cache = BuildCache.directory(root: site.root, output: output)
        let tx = cache + "/tx"
        let relative = String(tx.dropFirst(site.root.count + 1))
        let identity = try #require(Journal.identity(of: output))
        try site.write(relative + "/1", "halaman baru")
        let journal = Journal(device: identity.device, inode: identity.inode,
                              moves: [.init(temporary: 1, target: "catatan.txt")], deletions: [])
        try site.write(relative + "/journal", bytes: journal.encoded())
        #expect(OutputTransaction.recover(cacheDirectory: cache, destination: output))
        #expect(try String(contentsOfFile: output + "/catatan.txt", encoding: .utf8) == "halaman baru")
        #expect(!FileManager.default.fileExists(atPath: tx))
        // An uncommitted one (cut before its last line) is dropped and touches nothing.
        try site.write(relative + "/1", "setengah")
        let cut = Journal(device: identity.device, inode: identity.inode,
                          moves: [.init(temporary: 1, target: "index.html")], deletions: []).encoded()
        try site.write(relative + "/journal", bytes: Array(cut.prefix(cut.count - 10)))
        let home = try String(contentsOfFile: output + "/index.html", encoding: .utf8)
        #expect(OutputTransaction.recover(cacheDirectory: cache, destination: output))
        #expect(try String(contentsOfFile: output + "/index.html", encoding: .utf8) == home)
    }

    /// A journal planted in the cache folder (committed with `git add -f`, or in a pull request) must not touch
    /// anything: not outside the output, and not inside it either unless it was written for this very folder.
    @Test func plantedJournalTouchesNothing() throws {
        let site = try Fixtures.site(services(2))
        #expect(build(site).succeeded)
        let output = site.root + "/public"
        let cache = BuildCache.directory(root: site.root, output: output)
        let relative = String((cache + "/tx").dropFirst(site.root.count + 1))
        let identity = try #require(Journal.identity(of: output))
        try site.write("victim.txt", "jangan dihapus")
        try site.write("secret/kunci.txt", "rahasia")
        let before = snapshotFiles(site.root)
        func sealed(_ text: String) -> [UInt8] {
            let bytes = Array(text.utf8)
            return bytes + Array("COMMIT\t\(String(FNV64.hashBytes(bytes), radix: 16))\n".utf8)
        }
        let head = "STANDAR-JURNAL 1\t\(identity.device)\t\(identity.inode)\n"
        let planted: [(String, [UInt8])] = [
            ("old format, parent path", Array("D\t../victim.txt\nCOMMIT\n".utf8)),
            ("old format, absolute source", Array("M\t\(site.root)/secret/kunci.txt\t../x\nCOMMIT\n".utf8)),
            ("sealed, parent path", sealed(head + "D\t../victim.txt\n")),
            ("sealed, nested parent path", sealed(head + "D\tdisdukcapil/../../victim.txt\n")),
            ("sealed, absolute target", sealed(head + "M\t1\t/tmp/standar-x\n")),
            ("sealed, path as source", sealed(head + "M\t../../../secret/kunci.txt\tx.txt\n")),
            ("sealed, another folder", sealed("STANDAR-JURNAL 1\t\(identity.device)\t\(identity.inode + 1)\nD\tindex.html\n")),
            ("bad seal", Array((head + "D\tindex.html\nCOMMIT\t0\n").utf8)),
        ]
        for (name, bytes) in planted {
            try site.write(relative + "/1", "isi")
            try site.write(relative + "/journal", bytes: bytes)
            #expect(!OutputTransaction.recover(cacheDirectory: cache, destination: output), "\(name)")
            var after = snapshotFiles(site.root)
            after = after.filter { !$0.key.hasPrefix(".standar/") }
            #expect(after == before.filter { !$0.key.hasPrefix(".standar/") }, "\(name)")
            // The cache is discarded with it: the next build is a full one.
            #expect(BuildCache.load(directory: cache) == nil, "\(name)")
            #expect(build(site).incremental == false)
            #expect(build(site).incremental)
        }
        // A link inside the output is never followed by a replay.
        try FileManager.default.createSymbolicLink(atPath: output + "/tautan", withDestinationPath: site.root + "/secret")
        try site.write(relative + "/1", "ditimpa")
        let linked = Journal(device: identity.device, inode: identity.inode,
                             moves: [.init(temporary: 1, target: "tautan/kunci.txt")], deletions: ["tautan/kunci.txt"])
        try site.write(relative + "/journal", bytes: linked.encoded())
        OutputTransaction.recover(cacheDirectory: cache, destination: output)
        #expect(try String(contentsOfFile: site.root + "/secret/kunci.txt", encoding: .utf8) == "rahasia")
    }

    /// A build killed after its journal was committed but before its new cache replaced the old one: the next
    /// build must not reuse byte ranges of the old data files (it published a data/layanan.json that did not
    /// parse).
    @Test func cacheOlderThanTheOutputIsNotUsed() throws {
        let site = try Fixtures.site(services(4))
        #expect(build(site).succeeded)
        let cache = BuildCache.directory(root: site.root, output: site.root + "/public")
        let stale = try Data(contentsOf: URL(fileURLWithPath: BuildCache.path(cache)))
        // The first service's title grows: every later row moves in the data files.
        try site.write("content/disdukcapil/l0.md", Fixtures.standard(judul: "Layanan 0 dengan Judul yang Jauh Lebih Panjang"))
        // What a kill between the journal and the cache's rename leaves: the new output, the old cache.
        let transaction = try OutputTransaction(destination: site.root + "/public", cacheDirectory: cache)
        try transaction.write("catatan.txt", Array("x".utf8))
        try transaction.commit()
        #expect(BuildCache.load(directory: cache) == nil)
        #expect(build(site).succeeded)
        try stale.write(to: URL(fileURLWithPath: BuildCache.path(cache)))
        // A committed journal left behind also invalidates the cache when it is replayed.
        let identity = try #require(Journal.identity(of: site.root + "/public"))
        try site.write(String((cache + "/tx/journal").dropFirst(site.root.count + 1)),
                       bytes: Journal(device: identity.device, inode: identity.inode, moves: [], deletions: []).encoded())
        OutputTransaction.recover(cacheDirectory: cache, destination: site.root + "/public")
        #expect(BuildCache.load(directory: cache) == nil)
        try site.write("content/disdukcapil/l1.md", Fixtures.standard(judul: "Layanan 1 Diubah"))
        #expect(build(site).succeeded)
        expectMatchesCleanBuild(site)
    }

    @Test func journalRoundTrip() {
        let journal = Journal(device: 7, inode: 42, moves: [.init(temporary: 1, target: "a/index.html"),
                                                            .init(temporary: 12, target: "data/layanan.json")],
                              deletions: ["b/index.html"])
        #expect(Journal.decode(journal.encoded()) == .committed(journal))
        var flipped = journal.encoded()
        flipped[20] ^= 1
        #expect(Journal.decode(flipped) == .invalid)
        #expect(Journal.decode(Array(journal.encoded().dropLast(3))) == .uncommitted)
        #expect(Journal.decode([]) == .uncommitted)
    }
}
