#if canImport(Glibc)
import Glibc
#endif

/// What a build remembers for the next one (in `<site>/.standar/cache/<output>/`): for every service file its stat
/// identity, findings and summary, where its rows sit in the data files, and the hash of every listing page.
/// A later build reuses all of it for files whose size, modification time and inode are unchanged, and
/// rewrites only the pages whose bytes change.
struct BuildCache {
    static let formatVersion = 1

    struct Service {
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
    /// Path below the output -> FNV-64 of the bytes, for every file the listing step writes.
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
        w.bytes.append(contentsOf: Array("STDRCACHE".utf8))
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
        for s in services {
            if w.bytes.count >= 1 << 20 {
                emit(w.bytes)
                w.bytes.removeAll(keepingCapacity: true)
            }
            w.string(s.file)
            w.int(s.stat.size)
            w.int(s.stat.mtime)
            w.int(s.stat.inode)
            w.bool(s.draft)
            w.int(s.diagnostics.count)
            for d in s.diagnostics {
                w.string(d.file)
                w.int(d.line)
                w.int(d.column)
                w.bool(d.severity == .error)
                w.string(d.rule)
                w.optionalString(d.component?.id)
                w.string(d.message)
                w.optionalString(d.hint)
            }
            w.bool(s.summary != nil)
            if let m = s.summary {
                w.string(m.opd)
                w.string(m.slug)
                w.string(m.judul)
                w.optionalString(m.ringkasan)
                w.optionalString(m.kategori)
                w.optionalString(m.nomorSK)
                w.optionalString(m.ditetapkan?.description)
                w.optionalString(m.ditinjau?.description)
                w.strings(m.kataKunci)
                w.bool(m.fee != nil)
                if let f = m.fee {
                    w.string(f.text)
                    w.bool(f.isFree)
                    w.optionalInt(f.min)
                    w.optionalInt(f.max)
                }
                w.bool(m.duration != nil)
                if let d = m.duration {
                    w.string(d.text)
                    w.optionalDouble(d.value)
                    w.optionalDouble(d.maxValue)
                    w.optionalString(d.unit?.rawValue)
                }
                w.strings(m.gaps.map(\.id))
                w.int(m.level)
                w.string(m.produk)
            }
            w.string(s.searchText)
            w.int(s.json?.lowerBound ?? -1)
            w.int(s.json?.upperBound ?? -1)
            w.int(s.csv?.lowerBound ?? -1)
            w.int(s.csv?.upperBound ?? -1)
        }
        emit(w.bytes)
    }

    static func decode(_ bytes: [UInt8]) -> BuildCache? {
        var r = ByteReader(bytes)
        guard bytes.count > 9, Array(bytes[0..<9]) == Array("STDRCACHE".utf8) else { return nil }
        r.i = 9
        guard r.int() == formatVersion, let fingerprint = r.uint64(), let device = r.int(), let inode = r.int(),
              let jsonLength = r.int(), let csvLength = r.int(), let listingCount = r.int(), listingCount >= 0
        else { return nil }
        var listings: [String: UInt64] = [:]
        for _ in 0..<listingCount {
            guard let key = r.string(), let hash = r.uint64() else { return nil }
            listings[key] = hash
        }
        guard let count = r.int(), count >= 0 else { return nil }
        var services: [Service] = []
        services.reserveCapacity(count)
        for _ in 0..<count {
            guard let file = r.string(), let size = r.int(), let mtime = r.int(), let ino = r.int(),
                  let draft = r.bool(), let diagnosticCount = r.int(), diagnosticCount >= 0 else { return nil }
            var diagnostics: [Diagnostic] = []
            for _ in 0..<diagnosticCount {
                guard let dfile = r.string(), let line = r.int(), let column = r.int(), let isError = r.bool(),
                      let rule = r.string(), let component = r.optionalString(), let message = r.string(),
                      let hint = r.optionalString() else { return nil }
                diagnostics.append(Diagnostic(file: dfile, line: line, column: column, severity: isError ? .error : .warning,
                                              rule: rule, component: component.flatMap(ComponentID.init(id:)),
                                              message: message, hint: hint))
            }
            guard let hasSummary = r.bool() else { return nil }
            var summary: ServiceSummary?
            if hasSummary {
                guard let opd = r.string(), let slug = r.string(), let judul = r.string(),
                      let ringkasan = r.optionalString(), let kategori = r.optionalString(), let nomorSK = r.optionalString(),
                      let ditetapkan = r.optionalString(), let ditinjau = r.optionalString(), let kataKunci = r.strings(),
                      let hasFee = r.bool() else { return nil }
                var fee: Fee?
                if hasFee {
                    guard let text = r.string(), let free = r.bool(), let min = r.optionalInt(), let max = r.optionalInt()
                    else { return nil }
                    fee = Fee(text: text, isFree: free, min: min, max: max)
                }
                guard let hasDuration = r.bool() else { return nil }
                var duration: Duration?
                if hasDuration {
                    guard let text = r.string(), let value = r.optionalDouble(), let maxValue = r.optionalDouble(),
                          let unit = r.optionalString() else { return nil }
                    duration = Duration(text: text, value: value, maxValue: maxValue, unit: unit.flatMap(DurationUnit.init(rawValue:)))
                }
                guard let gaps = r.strings(), let level = r.int(), let produk = r.string() else { return nil }
                summary = ServiceSummary(
                    opd: opd, slug: slug, judul: judul, ringkasan: ringkasan, kategori: kategori, nomorSK: nomorSK,
                    ditetapkan: ditetapkan.flatMap { SimpleDate($0) }, ditinjau: ditinjau.flatMap { SimpleDate($0) },
                    kataKunci: kataKunci, fee: fee, duration: duration, gaps: gaps.compactMap(ComponentID.init(id:)),
                    level: level, produk: produk)
            }
            guard let searchText = r.string(), let j0 = r.int(), let j1 = r.int(), let c0 = r.int(), let c1 = r.int()
            else { return nil }
            services.append(Service(
                file: file, stat: FileStat(size: size, mtime: mtime, inode: ino), draft: draft, diagnostics: diagnostics,
                summary: summary, searchText: searchText,
                json: j0 >= 0 && j1 >= j0 ? j0..<j1 : nil, csv: c0 >= 0 && c1 >= c0 ? c0..<c1 : nil))
        }
        guard r.i == bytes.count else { return nil }
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
        // Temporary files of builds killed before their rename.
        for entry in FileSystem.list(directory) ?? [] where entry.hasPrefix("build.bin.baru-") {
            unlink(directory + "/" + entry)
        }
    }

    static func remove(directory: String) {
        unlink(path(directory))
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
        size = Int(st.st_size)
        mtime = Int(st.st_mtim.tv_sec) * 1_000_000_000 + Int(st.st_mtim.tv_nsec)
        inode = Int(st.st_ino)
    }
}

import Foundation
