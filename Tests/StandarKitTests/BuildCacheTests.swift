import Foundation
import Testing
@testable import StandarKit

@Suite struct BuildCacheTests {
    /// Every field set, none to its blank value, with text beyond ASCII.
    static let summary = ServiceSummary(
        opd: "disdukcapil", slug: "akta-kelahiran", judul: "Penerbitan Akta — “Kelahiran” ñ 日本 😀",
        ringkasan: "Ringkasan\ndua baris\u{00A0}dengan spasi", kategori: "Kependudukan", nomorSK: "0470",
        ditetapkan: SimpleDate("2026-01-10"), ditinjau: SimpleDate("2026-06-01"), kataKunci: ["akta", "kelahiran", "ü"],
        fee: Fee(text: "Rp 10.000 – Rp 25.000", isFree: false, min: 10_000, max: 25_000),
        duration: ServiceDuration(text: "3–5,5 hari kerja", value: 3, maxValue: 5.5, unit: .hariKerja),
        gaps: [.sarana, .evaluasi], level: 1, produk: "Akta Kelahiran")

    static var populated: BuildCache {
        let full = BuildCache.Service(
            file: "content/disdukcapil/akta-kelahiran.md", stat: FileStat(size: 1234, mtime: 1_790_000_000_123_456_789, inode: 42),
            draft: true,
            diagnostics: [
                Diagnostic(file: "content/disdukcapil/akta-kelahiran.md", line: 12, column: 3, severity: .warning,
                           rule: "empty-component", component: .biaya, message: "komponen “Biaya” kosong", hint: "isi tarifnya"),
                Diagnostic(file: "content/disdukcapil/akta-kelahiran.md", line: 1, severity: .error, rule: "front-matter",
                           message: "tanpa saran"),
            ],
            summary: summary, searchText: "akta kelahiran 日本", json: 17..<420, csv: 90..<300)
        let bare = BuildCache.Service(file: "content/dinsos/rusak.md", stat: FileStat(size: -1, mtime: -1, inode: -1),
                                      draft: false, diagnostics: [], summary: nil, searchText: "", json: nil, csv: nil)
        var minimal = ServiceSummary.blank
        minimal.opd = "dinsos"
        minimal.slug = "bansos"
        minimal.judul = "Bansos"
        let withoutOptionals = BuildCache.Service(
            file: "content/dinsos/bansos.md", stat: FileStat(size: 5, mtime: 6, inode: 7), draft: false, diagnostics: [],
            summary: minimal, searchText: "bansos", json: 0..<0, csv: 300..<301)
        return BuildCache(fingerprint: UInt64.max - 5, outputDevice: 2049, outputInode: 1_234_567,
                          services: [full, bare, withoutOptionals],
                          listings: ["index.html": 1, "assets/gaya.css": UInt64.max, "cari/indeks.json": 0],
                          jsonLength: 5_000, csvLength: 4_000)
    }

    func encoded(_ cache: BuildCache) -> [UInt8] {
        var bytes: [UInt8] = []
        cache.encode { bytes += $0 }
        return bytes
    }

    @Test func fullyPopulatedCacheSavedAndLoadedIsEqual() throws {
        let folder = NSTemporaryDirectory() + "standar-cache-" + UUID().uuidString
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let cache = Self.populated
        cache.save(directory: folder)
        let loaded = try #require(BuildCache.load(directory: folder))
        #expect(loaded == cache)
        #expect(loaded.services[0].summary?.judul == Self.summary.judul)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["build.bin"])
    }

    /// Guards the test itself: a field added to ServiceSummary must be set here, or a field the cache
    /// forgets could go unnoticed.
    @Test func theFixtureSetsEveryField() {
        let blank = Mirror(reflecting: ServiceSummary.blank).children
        let full = Mirror(reflecting: Self.summary).children
        #expect(full.count == blank.count)
        for (b, f) in zip(blank, full) {
            #expect(String(describing: b.value) != String(describing: f.value), "\(f.label ?? "?") is not set")
        }
    }

    /// A cache above 1 MiB is emitted in pieces; its checksum must be the one of the whole file.
    @Test func aLargeCacheWrittenInPiecesLoads() {
        var cache = Self.populated
        cache.services = (0..<6_000).map { i in
            var s = Self.populated.services[i % 3]
            s.file += String(repeating: "x", count: i % 7)
            return s
        }
        var pieces = 0
        var bytes: [UInt8] = []
        cache.encode { bytes += $0; pieces += 1 }
        #expect(pieces > 1)
        #expect(BuildCache.decode(bytes) == cache)
    }

    @Test func theChecksumSeesEveryWordAndTheTail() {
        let bytes = (0..<37).map { UInt8($0 * 7 % 256) }
        var whole = WordChecksum()
        whole.add(bytes[...])
        var pieces = WordChecksum()
        pieces.add(bytes[0..<16])
        pieces.add(bytes[16...])
        #expect(pieces.value == whole.value)
        for i in bytes.indices {
            var changed = bytes
            changed[i] ^= 0x80
            var c = WordChecksum()
            c.add(changed[...])
            #expect(c.value != whole.value, "byte \(i)")
        }
    }

    @Test func truncatedCacheLoadsAsNil() {
        let bytes = encoded(Self.populated)
        #expect(BuildCache.decode(bytes) == Self.populated)
        for n in 0..<bytes.count {
            #expect(BuildCache.decode(Array(bytes[0..<n])) == nil, "cut at \(n) of \(bytes.count)")
        }
        #expect(BuildCache.decode(bytes + [0]) == nil)
        #expect(BuildCache.decode(Self.resealed(bytes + [0, 0, 0, 0, 0, 0, 0, 0, 0])) == nil)
    }

    @Test func corruptedCacheLoadsAsNilAndNeverCrashes() throws {
        let bytes = encoded(Self.populated)
        // Any byte changed, a text byte included: the checksum no longer matches.
        for i in bytes.indices {
            var damaged = bytes
            damaged[i] ^= 0x01
            #expect(BuildCache.decode(damaged) == nil, "byte \(i) changed")
        }
        var magic = bytes
        magic[0] = UInt8(ascii: "X")
        #expect(BuildCache.decode(magic) == nil)
        var version = bytes
        version[9] &+= 1
        #expect(BuildCache.decode(Self.resealed(version)) == nil)
        // A service count far beyond the bytes left.
        var huge = bytes
        let countAt = try #require(Self.offsetOfServiceCount(bytes))
        for k in 0..<8 { huge[countAt + k] = k == 7 ? 0x7F : 0xFF }
        #expect(BuildCache.decode(Self.resealed(huge)) == nil)
        // A flag byte that is neither 0 nor 1 (the draft flag of the first service).
        var flag = bytes
        let draftAt = countAt + 8 + 8 + Self.populated.services[0].file.utf8.count + 24
        #expect(flag[draftAt] == 1)
        flag[draftAt] = 2
        #expect(BuildCache.decode(Self.resealed(flag)) == nil)
    }

    /// Magic, version, fingerprint, device, inode, two lengths, listings.
    static func offsetOfServiceCount(_ bytes: [UInt8]) -> Int? {
        var r = ByteReader(bytes)
        r.i = 9 + 8 * 6
        guard let listings = r.int() else { return nil }
        for _ in 0..<listings {
            guard r.string() != nil, r.uint64() != nil else { return nil }
        }
        return r.i
    }

    /// Replaces the checksum of a cache file whose content was changed on purpose, to reach the checks
    /// behind it.
    static func resealed(_ bytes: [UInt8]) -> [UInt8] {
        var h = WordChecksum()
        h.add(bytes[0..<(bytes.count - 8)])
        var w = ByteWriter()
        w.uint64(h.value)
        return Array(bytes[0..<(bytes.count - 8)]) + w.bytes
    }

    @Test func anUnknownEnumCaseOrDateIsDamage() {
        var cache = Self.populated
        cache.services[0].summary?.kataKunci = []
        let good = encoded(cache)
        // The unit (after the duration text, which ends in the same words) "hari kerja" -> "hari kerjX".
        let unit = Array("hari kerja".utf8)
        var bad = good
        let at = Self.findLast(unit, in: bad)
        #expect(at != nil)
        if let at { bad[at + unit.count - 1] = UInt8(ascii: "X") }
        #expect(BuildCache.decode(Self.resealed(bad)) == nil)
        let date = Array("2026-01-10".utf8)
        var badDate = good
        if let at = Self.find(date, in: badDate) { badDate[at + 5] = UInt8(ascii: "9") } else { Issue.record("no date") }
        #expect(BuildCache.decode(Self.resealed(badDate)) == nil)
    }

    static func find(_ needle: [UInt8], in bytes: [UInt8]) -> Int? {
        guard needle.count <= bytes.count else { return nil }
        return (0...(bytes.count - needle.count)).first { Array(bytes[$0..<($0 + needle.count)]) == needle }
    }

    static func findLast(_ needle: [UInt8], in bytes: [UInt8]) -> Int? {
        guard needle.count <= bytes.count else { return nil }
        return (0...(bytes.count - needle.count)).last { Array(bytes[$0..<($0 + needle.count)]) == needle }
    }
}

/// The cache and the transaction journal are files anyone can plant or leave stale; the build trusts neither.
@Suite struct CacheTrustTests {
    func build(_ site: TemporarySite, output: String = "public", incremental: Bool = true) -> BuildReport {
        SiteBuilder.build(BuildOptions(root: site.root, output: output, baseURL: "https://contoh.go.id",
                                       today: Fixtures.today, incremental: incremental))
    }

    func services(_ n: Int) -> [String: String] {
        Dictionary(uniqueKeysWithValues: (0..<n).map { ("l\($0)", Fixtures.standard(judul: "Layanan \($0)")) })
    }

    func cacheDirectory(_ site: TemporarySite) -> String {
        BuildCache.directory(root: site.root, output: site.root + "/public")
    }

    func expectMatchesCleanBuild(_ site: TemporarySite, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(build(site, output: "bersih", incremental: false).succeeded, sourceLocation: sourceLocation)
        let a = snapshotFiles(site.root + "/public"), b = snapshotFiles(site.root + "/bersih")
        #expect(a.keys.sorted() == b.keys.sorted(), sourceLocation: sourceLocation)
        for (path, data) in b where a[path] != data {
            Issue.record("\(path) differs from a clean build", sourceLocation: sourceLocation)
        }
        OutputWriter.removeTree(site.root + "/bersih")
    }

    /// A folder beside the site, with two files a journal must not touch.
    func outside() throws -> String {
        let folder = NSTemporaryDirectory() + "standar-luar-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try "korban".write(toFile: folder + "/korban.txt", atomically: false, encoding: .utf8)
        try "sumber".write(toFile: folder + "/sumber.txt", atomically: false, encoding: .utf8)
        return folder
    }

    func plant(_ journal: String, in site: TemporarySite) throws {
        let tx = cacheDirectory(site) + "/tx"
        try FileManager.default.createDirectory(atPath: tx, withIntermediateDirectories: true)
        try journal.write(toFile: tx + "/journal", atomically: false, encoding: .utf8)
    }

    @Test func aPlantedJournalCannotReachOutsideTheOutput() throws {
        let site = try Fixtures.site(services(2))
        let folder = try outside()
        defer { OutputWriter.removeTree(folder) }
        #expect(build(site).succeeded)
        let name = (folder as NSString).lastPathComponent
        try plant("D\t../../\(name)/korban.txt\nM\t\(folder)/sumber.txt\t../pindahan.txt\nCOMMIT\n", in: site)
        let report = build(site)
        #expect(report.succeeded)
        // The journal was discarded, and the cache with it: the build is full.
        #expect(!report.incremental)
        #expect(FileManager.default.fileExists(atPath: folder + "/korban.txt"))
        #expect(FileManager.default.fileExists(atPath: folder + "/sumber.txt"))
        #expect(!FileManager.default.fileExists(atPath: site.root + "/pindahan.txt"))
        #expect(!FileManager.default.fileExists(atPath: cacheDirectory(site) + "/tx"))
        expectMatchesCleanBuild(site)
    }

    @Test func journalLinesOutsideTheFormatAreRefused() {
        /// A journal with a correct head and seal around `lines`: only the lines can make it invalid.
        func sealed(_ lines: String) -> [UInt8] {
            let bytes = Array(("STANDAR-JURNAL 1\t1\t2\n" + lines).utf8)
            return bytes + Array("COMMIT\t\(String(FNV64.hashBytes(bytes), radix: 16))\n".utf8)
        }
        #expect(Journal.decode(sealed("M\t1\ta/index.html\nD\tb/index.html\n"))
                == .committed(Journal(device: 1, inode: 2, moves: [.init(temporary: 1, target: "a/index.html")],
                                      deletions: ["b/index.html"])))
        #expect(Journal.decode(sealed("")) == .committed(Journal(device: 1, inode: 2, moves: [], deletions: [])))
        for bad in ["D\t../x\n", "D\t/etc/x\n", "D\ta/../../x\n", "M\t1\t../x\n", "M\t/etc/passwd\tx\n",
                    "M\t../1\tx\n", "M\t\tx\n", "M\t01\tx\n", "M\t-1\tx\n", "M\t1\t\n", "X\tx\n", "D\tx\ty\n",
                    "D\ta\u{0}b\n"] {
            #expect(Journal.decode(sealed(bad)) == .invalid, "\(bad)")
        }
        // Without its seal a journal is one a killed build was still writing: dropped, not replayed.
        #expect(Journal.decode(Array("STANDAR-JURNAL 1\t1\t2\nD\tx\n".utf8)) == .uncommitted)
    }

    @Test func aJournalIsNotFollowedThroughASymbolicLink() throws {
        let site = try Fixtures.site(services(2))
        let folder = try outside()
        defer { OutputWriter.removeTree(folder) }
        #expect(build(site).succeeded)
        try FileManager.default.createSymbolicLink(atPath: site.root + "/public/keluar", withDestinationPath: folder)
        let tx = cacheDirectory(site) + "/tx"
        try FileManager.default.createDirectory(atPath: tx, withIntermediateDirectories: true)
        try "baru".write(toFile: tx + "/1", atomically: false, encoding: .utf8)
        try plant("D\tkeluar/korban.txt\nM\t\(tx)/1\tkeluar/sumber.txt\nCOMMIT\n", in: site)
        let report = build(site)
        #expect(report.succeeded && !report.incremental)
        #expect(try String(contentsOfFile: folder + "/korban.txt", encoding: .utf8) == "korban")
        #expect(try String(contentsOfFile: folder + "/sumber.txt", encoding: .utf8) == "sumber")
    }

    @Test func aStaleCacheBesideNewerDataFilesIsNotUsed() throws {
        // A build killed after its transaction committed but before its cache was saved: the previous cache
        // beside the new output.
        let site = try Fixtures.site(services(6))
        #expect(build(site).succeeded)
        let cacheFile = BuildCache.path(cacheDirectory(site))
        let stale = try Data(contentsOf: URL(fileURLWithPath: cacheFile))
        try site.write("content/disdukcapil/l2.md", Fixtures.standard(judul: "Layanan Dua dengan Judul Lebih Panjang"))
        #expect(build(site).incremental)
        try stale.write(to: URL(fileURLWithPath: cacheFile))
        try site.write("content/disdukcapil/l4.md", Fixtures.standard(judul: "Layanan Empat"))
        let next = build(site)
        #expect(next.succeeded && !next.incremental)
        let json = try Data(contentsOf: URL(fileURLWithPath: site.root + "/public/data/layanan.json"))
        #expect((try? JSONSerialization.jsonObject(with: json)) != nil)
        expectMatchesCleanBuild(site)
    }

    @Test func publishingDropsThePreviousCacheFirst() throws {
        let site = try Fixtures.site(services(3))
        #expect(build(site).succeeded)
        let cacheFile = BuildCache.path(cacheDirectory(site))
        #expect(FileManager.default.fileExists(atPath: cacheFile))
        // A full build that is not kept incremental publishes and leaves no cache describing the old output.
        #expect(build(site, incremental: false).succeeded)
        #expect(!FileManager.default.fileExists(atPath: cacheFile))
    }

    @Test func aDamagedCacheFileMeansAFullBuild() throws {
        let site = try Fixtures.site(services(3))
        #expect(build(site).succeeded)
        let cacheFile = BuildCache.path(cacheDirectory(site))
        var bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: cacheFile)))
        // A byte of a text (the first service's search text ends the entry before its ranges) flipped.
        let at = try #require(BuildCacheTests.find(Array("layanan 0".utf8), in: bytes))
        bytes[at] = UInt8(ascii: "L")
        try Data(bytes).write(to: URL(fileURLWithPath: cacheFile))
        let report = build(site)
        #expect(report.succeeded && !report.incremental)
    }

    @Test func killedSavesLeaveNoTemporaryFiles() throws {
        let site = try Fixtures.site(services(2))
        #expect(build(site).succeeded)
        let leftover = cacheDirectory(site) + "/build.bin.baru-99999"
        try "setengah".write(toFile: leftover, atomically: false, encoding: .utf8)
        let report = build(site)
        #expect(report.succeeded && report.incremental)
        #expect(!FileManager.default.fileExists(atPath: leftover))
        #expect(try FileManager.default.contentsOfDirectory(atPath: cacheDirectory(site)) == ["build.bin"])
    }
}
