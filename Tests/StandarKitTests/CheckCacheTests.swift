import Foundation
import Testing
@testable import StandarKit

/// `standar check`'s cache (`CheckCache`): a check that reuses it says exactly what a check without it says, and
/// every change to a file, to the set of files, to the day or to the site config is seen.
@Suite struct CheckCacheTests {
    /// A site with a bit of everything: complete, incomplete, a draft, an undecodable file, a broken front
    /// matter, a review-overdue warning, and two OPDs.
    static func site() throws -> TemporarySite {
        let site = try LaporanTests.evaluatorSite()
        try site.write("content/disdukcapil/lama.md",
                       Fixtures.standard(judul: "Lama").replacingOccurrences(of: "ditinjau: 2026-06-01", with: "ditinjau: 2024-01-05"))
        try site.write("content/disdukcapil/tanpa-kepala.md", "---\njudul: [tidak ditutup\n---\n\n## Biaya\n\nGratis\n")
        try site.write("content/dinsos/bantuan.md", Fixtures.standard(judul: "Bantuan Sosial", omit: [.pengawasan]))
        try site.write("content/dinsos/maklumat.md", Fixtures.maklumat)
        return site
    }

    /// Files written by a test are seconds old at most: the tests cache them at once (the CLI waits two seconds).
    static func cached(_ root: String, today: SimpleDate = Fixtures.today) -> CheckResult {
        Checker.run(root: root, today: today, keepStandards: false, cache: CheckCache.Use(root: root, settleMargin: 0))
    }

    static func uncached(_ root: String, today: SimpleDate = Fixtures.today) -> CheckResult {
        Checker.run(root: root, today: today, keepStandards: false, cache: nil)
    }

    static func serviceFileCount(_ root: String) -> Int {
        SiteLoader(root: root).loadHeader().inventory.opds.reduce(0) { $0 + $1.services.count }
    }

    /// Everything a check prints or returns, compared between two results.
    static func expectSame(_ a: CheckResult, _ b: CheckResult, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(a.diagnostics == b.diagnostics, sourceLocation: sourceLocation)
        #expect(a.standards == b.standards, sourceLocation: sourceLocation)
        #expect(a.opdSummaries == b.opdSummaries, sourceLocation: sourceLocation)
        #expect(a.serviceCount == b.serviceCount, sourceLocation: sourceLocation)
        for format in ReportFormat.allCases {
            #expect(Reporter.render(a, format: format) == Reporter.render(b, format: format), sourceLocation: sourceLocation)
        }
    }

    /// Sets a file's modification time (nanoseconds since 1970).
    static func setMtime(_ path: String, _ nanoseconds: Int) {
        var times = [timespec(tv_sec: nanoseconds / 1_000_000_000, tv_nsec: nanoseconds % 1_000_000_000),
                     timespec(tv_sec: nanoseconds / 1_000_000_000, tv_nsec: nanoseconds % 1_000_000_000)]
        _ = utimensat(AT_FDCWD, path, &times, 0)
    }

    /// Rewrites a file in place, as editors that keep the inode do (FileManager writes a new file and renames it).
    static func writeInPlace(_ path: String, _ text: String) throws {
        let fd = open(path, O_WRONLY | O_TRUNC)
        try #require(fd >= 0)
        defer { close(fd) }
        #expect(FileSystem.writeAll(fd, Array(text.utf8)) == nil)
    }

    static func cacheFile(_ root: String) -> String { CheckCache.path(CheckCache.directory(root: root)) }

    @Test func warmCheckEqualsColdCheck() throws {
        let site = try Self.site()
        let files = Self.serviceFileCount(site.root)
        #expect(files == 8)
        let cold = Self.cached(site.root)
        #expect(cold.reusedFiles == 0)
        #expect(FileManager.default.fileExists(atPath: Self.cacheFile(site.root)))
        let warm = Self.cached(site.root)
        #expect(warm.reusedFiles == files)
        Self.expectSame(cold, warm)
        Self.expectSame(Self.uncached(site.root), warm)
        // The site has something of each kind, so the comparison means something.
        #expect(!warm.rules("review-overdue").isEmpty)
        #expect(!warm.rules("missing-component").isEmpty)
        #expect(warm.standards.contains { $0.status == .tidakTerbaca })
        #expect(warm.standards.contains { $0.status == .draf })
        #expect(warm.opdSummaries.count == 2)
        // The path the tests and tools take keeps the standards and does not use the cache.
        let kept = Checker.run(root: site.root, today: Fixtures.today)
        #expect(kept.reusedFiles == 0)
        #expect(kept.diagnostics == warm.diagnostics)
    }

    @Test func nothingChangedLeavesTheCacheAlone() throws {
        let site = try Self.site()
        _ = Self.cached(site.root)
        let before = try #require(CheckCache.Identity(path: Self.cacheFile(site.root)))
        _ = Self.cached(site.root)
        #expect(CheckCache.Identity(path: Self.cacheFile(site.root)) == before)
    }

    @Test func sameSizeEditWithANewMtimeIsSeen() throws {
        let site = try Self.site()
        let path = site.root + "/content/disdukcapil/lengkap.md"
        _ = Self.cached(site.root)
        let old = try #require(CheckCache.Identity(path: path))
        // One letter of the judul changes: same size.
        let text = try String(contentsOfFile: path, encoding: .utf8)
        try Self.writeInPlace(path, text.replacingOccurrences(of: "Lengkap dengan SK", with: "Lengkap dengan SP"))
        Self.setMtime(path, old.stat.mtime + 1_000_000_000)
        #expect(CheckCache.Identity(path: path)?.stat.size == old.stat.size)
        #expect(CheckCache.Identity(path: path)?.stat.inode == old.stat.inode)
        let warm = Self.cached(site.root)
        #expect(warm.reusedFiles == Self.serviceFileCount(site.root) - 1)
        #expect(warm.standards.contains { $0.judul == "Lengkap dengan SP" })
        Self.expectSame(Self.uncached(site.root), warm)
    }

    @Test func editThatKeepsMtimeButChangesSizeIsSeen() throws {
        let site = try Self.site()
        let path = site.root + "/content/disdukcapil/lengkap.md"
        _ = Self.cached(site.root)
        let old = try #require(CheckCache.Identity(path: path))
        try Self.writeInPlace(path, Fixtures.standard(judul: "Lengkap", omit: [.biaya]))
        Self.setMtime(path, old.stat.mtime)
        #expect(CheckCache.Identity(path: path)?.stat.mtime == old.stat.mtime)
        #expect(CheckCache.Identity(path: path)?.stat.inode == old.stat.inode)
        let warm = Self.cached(site.root)
        #expect(warm.reusedFiles == Self.serviceFileCount(site.root) - 1)
        #expect(warm.rules("missing-component").contains { $0.file == "content/disdukcapil/lengkap.md" })
        Self.expectSame(Self.uncached(site.root), warm)
    }

    @Test func newDeletedAndRenamedFilesAreSeen() throws {
        let site = try Self.site()
        _ = Self.cached(site.root)
        let files = Self.serviceFileCount(site.root)

        try site.write("content/dinsos/baru.md", Fixtures.standard(judul: "Baru", omit: [.waktu]))
        var warm = Self.cached(site.root)
        #expect(warm.reusedFiles == files)
        #expect(warm.rules("missing-component").contains { $0.file == "content/dinsos/baru.md" })
        Self.expectSame(Self.uncached(site.root), warm)

        try site.remove("content/disdukcapil/kurang.md")
        warm = Self.cached(site.root)
        #expect(warm.reusedFiles == files)
        #expect(!warm.diagnostics.contains { $0.file == "content/disdukcapil/kurang.md" })
        Self.expectSame(Self.uncached(site.root), warm)
        // The deleted file's entry is gone from the cache, so the next check uses all of it.
        #expect(Self.cached(site.root).reusedFiles == files)

        try FileManager.default.moveItem(atPath: site.root + "/content/dinsos/baru.md",
                                         toPath: site.root + "/content/dinsos/dipindah.md")
        warm = Self.cached(site.root)
        #expect(warm.reusedFiles == files - 1)
        #expect(warm.standards.contains { $0.file == "content/dinsos/dipindah.md" && $0.slug == "dipindah" })
        #expect(!warm.standards.contains { $0.file == "content/dinsos/baru.md" })
        Self.expectSame(Self.uncached(site.root), warm)

        // A file moved to another OPD keeps its inode but is another standard.
        try FileManager.default.moveItem(atPath: site.root + "/content/dinsos/dipindah.md",
                                         toPath: site.root + "/content/disdukcapil/dipindah.md")
        warm = Self.cached(site.root)
        #expect(warm.standards.contains { $0.file == "content/disdukcapil/dipindah.md" && $0.opd == "disdukcapil" })
        Self.expectSame(Self.uncached(site.root), warm)
    }

    @Test func aNewDayIsAFullCheck() throws {
        let site = try Self.site()
        let first = Self.cached(site.root)
        #expect(first.rules("review-overdue").map(\.file) == ["content/disdukcapil/lama.md"])
        let later = try #require(SimpleDate(year: 2027, month: 6, day: 2))
        let next = Self.cached(site.root, today: later)
        #expect(next.reusedFiles == 0)
        #expect(next.rules("review-overdue").count > 1)
        Self.expectSame(Self.uncached(site.root, today: later), next)
        #expect(Self.cached(site.root, today: later).reusedFiles == Self.serviceFileCount(site.root))
    }

    @Test func aChangedSiteConfigIsAFullCheck() throws {
        let site = try Self.site()
        _ = Self.cached(site.root)
        try site.write("content/_index.md", Fixtures.siteIndex.replacingOccurrences(
            of: "pemda:", with: "komponen_wajib: [persyaratan, prosedur, waktu, biaya, produk, pengaduan]\npemda:"))
        let next = Self.cached(site.root)
        #expect(next.reusedFiles == 0)
        Self.expectSame(Self.uncached(site.root), next)
        // Bantuan Sosial lacks only pengawasan, which is no longer required.
        #expect(next.standards.first { $0.slug == "bantuan" }?.complete == true)

        // An OPD index is part of the fingerprint too.
        _ = Self.cached(site.root)
        try site.write("content/dinsos/_index.md", "---\nnama: Dinas Sosial Kota\n---\nProfil.\n")
        let renamed = Self.cached(site.root)
        #expect(renamed.reusedFiles == 0)
        Self.expectSame(Self.uncached(site.root), renamed)
    }

    @Test func aDamagedCacheIsIgnoredAndRewritten() throws {
        let site = try Self.site()
        let files = Self.serviceFileCount(site.root)
        let expected = Self.uncached(site.root)
        _ = Self.cached(site.root)
        let path = Self.cacheFile(site.root)
        let good = try #require(FileManager.default.contents(atPath: path).map { [UInt8]($0) })
        #expect(CheckCache.decode(good) != nil)

        var wrongVersion = good
        wrongVersion[CheckCache.magic.count] = UInt8(CheckCache.formatVersion + 1)
        var checksum = WordChecksum()
        checksum.add(wrongVersion[0..<(wrongVersion.count - 8)])
        withUnsafeBytes(of: checksum.value.littleEndian) { wrongVersion.replaceSubrange((wrongVersion.count - 8)..., with: $0) }
        var flipped = good
        flipped[good.count / 2] ^= 0x40
        var generator = TestSeed.generator(0xC6FC2CE4)
        let damaged: [(String, [UInt8])] = [
            ("random bytes", (0..<4096).map { _ in UInt8.random(in: 0...255, using: &generator) }),
            ("random after the magic", CheckCache.magic + (0..<4096).map { _ in UInt8.random(in: 0...255, using: &generator) }),
            ("truncated", Array(good.prefix(good.count / 2))),
            ("one bit flipped", flipped),
            ("wrong version", wrongVersion),
            ("empty", []),
        ]
        for (name, bytes) in damaged {
            #expect(CheckCache.decode(bytes) == nil, "\(name)")
            _ = FileManager.default.createFile(atPath: path, contents: Data(bytes))
            let result = Self.cached(site.root)
            #expect(result.reusedFiles == 0, "\(name)")
            Self.expectSame(expected, result)
            // Rewritten: the next check uses it.
            #expect(Self.cached(site.root).reusedFiles == files, "\(name)")
        }
    }

    @Test func entriesThatContradictThemselvesAreRefused() throws {
        let site = try Self.site()
        _ = Self.cached(site.root)
        let cache = try #require(CheckCache.load(directory: CheckCache.directory(root: site.root)))
        #expect(cache.entries.count == Self.serviceFileCount(site.root))
        #expect(CheckCache.decode(cache.encoded()) == cache)
        let index = try #require(cache.entries.firstIndex { !$0.result.diagnostics.isEmpty && $0.result.parsed })
        var lying = cache
        lying.entries[index].result.row.errors += 1
        #expect(CheckCache.decode(lying.encoded()) == nil)
        lying = cache
        lying.entries[index].result.row.components.removeLast()
        #expect(CheckCache.decode(lying.encoded()) == nil)
        lying = cache
        lying.entries[index].result.row.level = 7
        #expect(CheckCache.decode(lying.encoded()) == nil)
        lying = cache
        lying.entries[index].result.parsed = false
        #expect(CheckCache.decode(lying.encoded()) == nil)
        // An entry that contradicts itself in a cache that is otherwise sound: that file is read again.
        lying = cache
        lying.entries[index].result.row.level = 7
        lying.save(directory: CheckCache.directory(root: site.root))
        let mended = Self.cached(site.root)
        #expect(mended.reusedFiles == cache.entries.count - 1)
        Self.expectSame(Self.uncached(site.root), mended)
        #expect(CheckCache.load(directory: CheckCache.directory(root: site.root)) == cache)
        // Two entries for one file: the cache is not used.
        lying = cache
        lying.entries.append(cache.entries[index])
        lying.save(directory: CheckCache.directory(root: site.root))
        #expect(Self.cached(site.root).reusedFiles == 0)
    }

    @Test func anUnwritableCacheFolderLeavesTheCheckAsItIs() throws {
        let site = try Self.site()
        let expected = Self.uncached(site.root)
        // `.standar` is a file, so the cache folder cannot be made (as root, permissions would not stop it).
        try site.write(".standar", "bukan folder\n")
        let first = Self.cached(site.root)
        let second = Self.cached(site.root)
        Self.expectSame(expected, first)
        Self.expectSame(expected, second)
        #expect(second.reusedFiles == 0)
        #expect(try String(contentsOfFile: site.root + "/.standar", encoding: .utf8) == "bukan folder\n")

        // A read-only folder where permissions apply (not as root).
        try site.remove(".standar")
        let directory = CheckCache.directory(root: site.root)
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        chmod(directory, 0o555)
        defer { chmod(directory, 0o755) }
        Self.expectSame(expected, Self.cached(site.root))
        if geteuid() != 0 {
            #expect(!FileManager.default.fileExists(atPath: Self.cacheFile(site.root)))
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory).allSatisfy { !$0.contains(".baru-") })
    }

    @Test func aFifoOrAFolderInPlaceOfTheCacheNeitherBlocksNorBreaksTheCheck() throws {
        let site = try Self.site()
        let expected = Self.uncached(site.root)
        let directory = CheckCache.directory(root: site.root)
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        #expect(mkfifo(Self.cacheFile(site.root), 0o644) == 0)
        // Opening a FIFO for reading without O_NONBLOCK would wait for a writer forever.
        Self.expectSame(expected, Self.cached(site.root))
        #expect(Self.cached(site.root).reusedFiles == Self.serviceFileCount(site.root))

        try FileManager.default.removeItem(atPath: Self.cacheFile(site.root))
        try FileManager.default.createDirectory(atPath: Self.cacheFile(site.root) + "/isi", withIntermediateDirectories: true)
        Self.expectSame(expected, Self.cached(site.root))
        Self.expectSame(expected, Self.cached(site.root))
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory).allSatisfy { !$0.contains(".baru-") })
    }

    @Test func filesChangedJustNowAreReadAgainNextTime() throws {
        let site = try Self.site()
        let files = Self.serviceFileCount(site.root)
        // The CLI's margin: every file was written less than two seconds ago.
        let use = CheckCache.Use(root: site.root)
        let first = Checker.run(root: site.root, today: Fixtures.today, keepStandards: false, cache: use)
        let second = Checker.run(root: site.root, today: Fixtures.today, keepStandards: false, cache: use)
        #expect(second.reusedFiles == 0)
        Self.expectSame(first, second)
        // Once they are older than the margin they are cached.
        #expect(Self.cached(site.root).reusedFiles == 0)
        #expect(Self.cached(site.root).reusedFiles == files)
    }

    @Test func theFingerprintCoversTheLibrariesAFileIsParsedWith() throws {
        let libraries = RunningBinary.loadedLibraries()
        #expect(libraries.contains { $0.contains("libcmark-gfm.so") })
        #expect(libraries.contains { $0.contains("libswiftCore.so") })
        #expect(libraries == libraries.sorted())
        #expect(!libraries.contains { $0.contains("/gconv/") })
        // Stable within a process: two checks agree on the fingerprint (the second reuses every file).
        let site = try Self.site()
        let header = SiteLoader(root: site.root).loadHeader()
        let first = CheckCache.fingerprint(root: site.root, header: header, today: Fixtures.today)
        #expect(first != nil)
        #expect(CheckCache.fingerprint(root: site.root, header: header, today: Fixtures.today) == first)
        let later = try #require(SimpleDate(year: 2026, month: 11, day: 23))
        #expect(CheckCache.fingerprint(root: site.root, header: header, today: later) != first)
    }

    @Test func identitySettles() {
        let stat = FileStat(size: 10, mtime: 5_000_000_000, inode: 1)
        let identity = CheckCache.Identity(stat: stat, ctime: 6_000_000_000, device: 1)
        #expect(identity.settled(before: 9_000_000_000, margin: 2_000_000_000))
        #expect(!identity.settled(before: 7_000_000_000, margin: 2_000_000_000))
        // A modification time in the future (a clock that was wrong) is never cached.
        let future = CheckCache.Identity(stat: FileStat(size: 10, mtime: 99_000_000_000, inode: 1), ctime: 6_000_000_000, device: 1)
        #expect(!future.settled(before: 9_000_000_000, margin: 0))
    }

    @Test func cliCachesByDefaultAndNotWithTanpaCache() async throws {
        // `check --tanpa-cache` and `laporan --tanpa-cache` write nothing; `check` twice prints the same.
        let site = try Self.site()
        let root = site.root
        let path = Self.cacheFile(root)
        let bypass = try await LaporanTests.offPool { try CLI.run(["check", "--today=2026-11-22", "--tanpa-cache"], in: root) }
        #expect(bypass.status == 1)
        let report = try await LaporanTests.offPool { try CLI.run(["laporan", "--today=2026-11-22", "--tanpa-cache"], in: root) }
        #expect(report.stdout.contains("disdukcapil"))
        #expect(!FileManager.default.fileExists(atPath: path))
        // Past the two-second margin, so the first run caches every file and the second reuses them.
        try await Task.sleep(for: .milliseconds(2200))
        for format in ["text", "json"] {
            let arguments = ["check", "--today=2026-11-22", "--format", format]
            let first = try await LaporanTests.offPool { try CLI.run(arguments, in: root) }
            let cache = try #require(CheckCache.load(directory: CheckCache.directory(root: root)))
            #expect(cache.entries.count == Self.serviceFileCount(root))
            let second = try await LaporanTests.offPool { try CLI.run(arguments, in: root) }
            #expect(first.status == 1)
            #expect(second.status == first.status)
            #expect(second.stdout == first.stdout)
            #expect(second.stderr == first.stderr)
            #expect(!first.stdout.isEmpty)
            if format == "text" { #expect(first.stdout == bypass.stdout) }
        }
        #expect(try String(contentsOfFile: CheckCache.directory(root: root) + "/.gitignore", encoding: .utf8) == "*\n")
    }
}
