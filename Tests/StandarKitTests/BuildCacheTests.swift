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
        duration: Duration(text: "3–5,5 hari kerja", value: 3, maxValue: 5.5, unit: .hariKerja),
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

    @Test func truncatedCacheLoadsAsNil() {
        let bytes = encoded(Self.populated)
        #expect(BuildCache.decode(bytes) == Self.populated)
        for n in 0..<bytes.count {
            #expect(BuildCache.decode(Array(bytes[0..<n])) == nil, "cut at \(n) of \(bytes.count)")
        }
        #expect(BuildCache.decode(bytes + [0]) == nil)
    }

    @Test func corruptedCacheLoadsAsNilAndNeverCrashes() throws {
        let bytes = encoded(Self.populated)
        // Any byte changed: decoding never crashes (a changed text byte may still decode).
        for i in bytes.indices {
            var damaged = bytes
            damaged[i] ^= 0xFF
            _ = BuildCache.decode(damaged)
        }
        var magic = bytes
        magic[0] = UInt8(ascii: "X")
        #expect(BuildCache.decode(magic) == nil)
        var version = bytes
        version[9] &+= 1
        #expect(BuildCache.decode(version) == nil)
        // A service count far beyond the bytes left.
        var huge = bytes
        let countAt = try #require(Self.offsetOfServiceCount(bytes))
        for k in 0..<8 { huge[countAt + k] = k == 7 ? 0x7F : 0xFF }
        #expect(BuildCache.decode(huge) == nil)
        // A flag byte that is neither 0 nor 1 (the draft flag of the first service).
        var flag = bytes
        let draftAt = countAt + 8 + 8 + Self.populated.services[0].file.utf8.count + 24
        #expect(flag[draftAt] == 1)
        flag[draftAt] = 2
        #expect(BuildCache.decode(flag) == nil)
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
        #expect(BuildCache.decode(bad) == nil)
        let date = Array("2026-01-10".utf8)
        var badDate = good
        if let at = Self.find(date, in: badDate) { badDate[at + 5] = UInt8(ascii: "9") } else { Issue.record("no date") }
        #expect(BuildCache.decode(badDate) == nil)
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
