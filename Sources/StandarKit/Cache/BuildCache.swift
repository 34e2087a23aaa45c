import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// What a build remembers for the next one (in `<site>/.standar/cache/<output>/`): for every service file its stat
/// identity, findings and summary, where its rows sit in the data files, and the hash of every listing page.
/// A later build reuses all of it for files whose size, modification time and inode are unchanged, and
/// rewrites only the pages whose bytes change.
struct BuildCache: Equatable {
    /// 3: listing hashes are `WordChecksum`s (were byte-wise FNV-1a).
    static let formatVersion = 3

    struct Service: Equatable {
        var file: String
        var stat: FileStat
        var draft: Bool
        var diagnostics: [Diagnostic]
        /// Published services only.
        var summary: ServiceSummary?
        var searchText: String
        /// Byte ranges of this service's rows in data/layanan.json and data/layanan.csv.
        var json: Range<Int>?
        var csv: Range<Int>?
    }

    /// Everything outside the service files that shapes the output: theme, site and OPD files, options.
    var fingerprint: UInt64
    /// The output folder this cache describes (device and inode after the last swap or update).
    var outputDevice: Int
    var outputInode: Int
    var services: [Service]
    /// Path below the output -> `WordChecksum` of the bytes, for every file the listing step writes.
    var listings: [String: UInt64]
    var jsonLength: Int
    var csvLength: Int

    /// The cache folder of one output folder: `standar build` and `standar serve` (different outputs) keep
    /// separate caches, so neither invalidates the other.
    static func directory(root: String, output: String) -> String {
        var h = FNV64()
        h.add(output)
        return root + "/.standar/cache/" + String(h.value, radix: 16)
    }

    static func path(_ directory: String) -> String { directory + "/build.bin" }

    // MARK: Encoding

    /// Encodes in pieces of about 1 MiB handed to `emit`, so a large cache is never held whole.
    func encode(_ emit: ([UInt8]) -> Void) {
        var w = ByteWriter()
        w.bytes.reserveCapacity(1 << 20)
        w.bytes.append(contentsOf: Self.magic)
        w.int(Self.formatVersion)
        w.uint64(fingerprint)
        w.int(outputDevice)
        w.int(outputInode)
        w.int(jsonLength)
        w.int(csvLength)
        w.int(listings.count)
        for key in listings.keys.sorted() {
            w.string(key)
            w.uint64(listings[key] ?? 0)
        }
        w.int(services.count)
        // Every byte is hashed; the checksum ends the file. Pieces are emitted in multiples of 8 bytes.
        var checksum = WordChecksum()
        for s in services {
            if w.bytes.count >= 1 << 20 {
                let cut = w.bytes.count & ~7
                let rest = Array(w.bytes[cut...])
                w.bytes.removeLast(w.bytes.count - cut)
                checksum.add(w.bytes[...])
                emit(w.bytes)
                w.bytes.removeAll(keepingCapacity: true)
                w.bytes += rest
            }
            var fields = s
            // Writing cannot fail.
            try? fields.visitFields(&w)
        }
        checksum.add(w.bytes[...])
        w.uint64(checksum.value)
        emit(w.bytes)
    }

    static let magic = Array("STDRCACHE".utf8)

    /// nil for anything but a complete, undamaged cache of this format (its checksum included).
    static func decode(_ bytes: [UInt8]) -> BuildCache? {
        guard bytes.count > magic.count + 8, Array(bytes[0..<magic.count]) == magic else { return nil }
        let end = bytes.count - 8
        var checksum = WordChecksum()
        checksum.add(bytes[0..<end])
        var r = ByteReader(bytes)
        r.i = end
        guard r.uint64() == checksum.value else { return nil }
        r.i = magic.count
        guard r.int() == formatVersion, let fingerprint = r.uint64(), let device = r.int(), let inode = r.int(),
              let jsonLength = r.int(), let csvLength = r.int(), let listingCount = r.int(), listingCount >= 0,
              listingCount <= bytes.count
        else { return nil }
        var listings: [String: UInt64] = [:]
        for _ in 0..<listingCount {
            guard let key = r.string(), let hash = r.uint64() else { return nil }
            listings[key] = hash
        }
        var count = 0
        guard (try? r.count(&count)) != nil else { return nil }
        var services: [Service] = []
        services.reserveCapacity(count)
        for _ in 0..<count {
            var service = Service.blank
            guard (try? service.visitFields(&r)) != nil else { return nil }
            services.append(service)
        }
        guard r.i == end else { return nil }
        return BuildCache(fingerprint: fingerprint, outputDevice: device, outputInode: inode, services: services,
                          listings: listings, jsonLength: jsonLength, csvLength: csvLength)
    }

    static func load(directory: String) -> BuildCache? {
        guard case .bytes(let bytes) = FileSystem.read(path(directory), limit: 1 << 31) else { return nil }
        return decode(bytes)
    }

    /// Written to a temporary name and renamed, so a killed build never leaves a torn cache.
    func save(directory: String) {
        try? FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let target = Self.path(directory)
        let temporary = target + ".baru-\(getpid())"
        let fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { return }
        var ok = true
        encode { piece in if ok { ok = FileSystem.writeAll(fd, piece) == nil } }
        close(fd)
        if ok { rename(temporary, target) } else { unlink(temporary) }
    }

    static func remove(directory: String) {
        unlink(path(directory))
    }

    /// Removes the temporary files of saves that were killed before their rename.
    static func removeLeftovers(directory: String) {
        for entry in FileSystem.list(directory) ?? [] where entry.hasPrefix("build.bin.baru-") {
            unlink(directory + "/" + entry)
        }
    }
}

/// The identity of a file's content as the file system reports it.
struct FileStat: Equatable, Sendable {
    var size: Int
    /// Modification time in nanoseconds.
    var mtime: Int
    var inode: Int

    init(size: Int, mtime: Int, inode: Int) {
        self.size = size
        self.mtime = mtime
        self.inode = inode
    }

    init?(path: String) {
        var st = stat()
        guard stat(path, &st) == 0 else { return nil }
        self.init(st)
    }

    /// Size, modification time and inode of what `stat` reported.
    init(_ st: stat) {
        size = Int(st.st_size)
        mtime = Self.nanoseconds(st.st_mtim)
        inode = Int(st.st_ino)
    }

    /// A `timespec` in nanoseconds.
    static func nanoseconds(_ time: timespec) -> Int { Int(time.tv_sec) * 1_000_000_000 + Int(time.tv_nsec) }
}

/// The fields of a service entry, in the one order the cache writes and reads them.
extension BuildCache.Service: FieldCodable {
    static var blank: BuildCache.Service {
        BuildCache.Service(file: "", stat: .blank, draft: false, diagnostics: [], summary: nil, searchText: "",
                           json: nil, csv: nil)
    }

    mutating func visitFields<V: FieldVisitor>(_ v: inout V) throws {
        try v.visit(&file)
        try v.visit(&stat)
        try v.visit(&draft)
        try v.visit(&diagnostics)
        try v.visit(&summary)
        try v.visit(&searchText)
        try v.visit(&json)
        try v.visit(&csv)
    }
}

extension FileStat: FieldCodable {
    static var blank: FileStat { FileStat(size: 0, mtime: 0, inode: 0) }

    mutating func visitFields<V: FieldVisitor>(_ v: inout V) throws {
        try v.visit(&size)
        try v.visit(&mtime)
        try v.visit(&inode)
    }
}

/// A byte range of a data file.
extension Range<Int>: FieldCodable {
    static var blank: Range<Int> { 0..<0 }

    mutating func visitFields<V: FieldVisitor>(_ v: inout V) throws {
        var lower = lowerBound, upper = upperBound
        try v.int(&lower)
        try v.int(&upper)
        guard lower >= 0, upper >= lower else { throw FieldDecodingError() }
        self = lower..<upper
    }
}

extension Diagnostic: FieldCodable {
    static var blank: Diagnostic { Diagnostic(file: "", line: 1, severity: .error, rule: "", message: "") }

    mutating func visitFields<V: FieldVisitor>(_ v: inout V) throws {
        try v.visit(&file)
        try v.visit(&line)
        try v.visit(&column)
        try v.visit(&severity)
        try v.visit(&rule)
        try v.visit(&component)
        try v.visit(&message)
        try v.visit(&hint)
    }
}
