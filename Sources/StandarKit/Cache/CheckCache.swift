import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// What `standar check` remembers for the next check (`<site>/.standar/cache/check.bin`): for every service file
/// its stat identity and what `Checker.run` takes from it — its diagnostics, its `StandardRow`, and whether it
/// was parsed, a draft and complete. A later check with the same fingerprint reuses the results of every file
/// whose identity is unchanged and reads only the others, the way SwiftLint and ESLint cache per file.
///
/// Only per-file results are cached. Everything that depends on more than one file (the scan: misplaced files,
/// slugs that collide, symbolic links; the site and OPD indexes; maklumat and SKM findings) is computed afresh
/// on every check. The cache is a hint, never trusted: a missing, damaged, truncated or foreign file is ignored
/// and rewritten, and a cache folder that cannot be written leaves the check as it is, silently.
struct CheckCache: Equatable, Sendable {
    static let formatVersion = 2
    static let magic = Array("STDRCHECK".utf8)
    /// A cache larger than this is not read (50,000 standards with a warning each take about 36 MB).
    static let maxSize = 512 << 20

    /// A file's identity as the file system reports it. `ctime` is set by the kernel on every change of content,
    /// mode or name and cannot be set back by a tool that restores modification times (`cp -p`, `rsync -t`,
    /// `touch -d`), so it catches what size and mtime alone miss, a `chmod` that makes an unreadable file
    /// readable included.
    struct Identity: Equatable, Sendable {
        var stat: FileStat
        /// Change time in nanoseconds.
        var ctime: Int
        var device: Int

        init(stat: FileStat, ctime: Int, device: Int) {
            self.stat = stat
            self.ctime = ctime
            self.device = device
        }

        /// Follows symbolic links, as reading the file does. Nil when the file cannot be stat'ed.
        init?(path: String) {
            guard let st = statFollowingLinks(path) else { return nil }
            self.init(st)
        }

        private init(_ st: Glibc.stat) {
            stat = FileStat(st)
            ctime = FileStat.nanoseconds(st.st_ctim)
            device = Int(st.st_dev)
        }

        /// False for a file changed too recently to be told apart from a change that may follow in the same tick
        /// of the file system's clock (the "racy clean" case of git): such a file is read again by the next check.
        func settled(before start: Int, margin: Int) -> Bool {
            stat.mtime < start - margin && ctime < start - margin
        }
    }

    /// What `Checker.run` keeps of one service file.
    struct FileResult: Equatable, Sendable {
        /// A standard was built (the file could be read as text and parsed).
        var parsed: Bool
        var draft: Bool
        /// Every required component present and filled.
        var complete: Bool
        /// The file's findings, severity policy applied, in the order the rules made them.
        var diagnostics: [Diagnostic]
        var row: StandardRow
    }

    struct Entry: Equatable, Sendable {
        var identity: Identity
        var result: FileResult
        var file: String { result.row.file }
    }

    /// How `Checker.run` uses the cache.
    struct Use: Sendable {
        var directory: String
        /// Files whose mtime or ctime is this recent (nanoseconds before the check started) are not cached.
        var settleMargin = 2_000_000_000

        init(root: String, settleMargin: Int = 2_000_000_000) {
            directory = CheckCache.directory(root: root)
            self.settleMargin = settleMargin
        }
    }

    /// Everything outside the service files that could change their findings.
    var fingerprint: UInt64
    /// In file order.
    var entries: [Entry]

    static func directory(root: String) -> String { root + "/.standar/cache" }
    static func path(_ directory: String) -> String { directory + "/check.bin" }

    /// Wall-clock time in nanoseconds, the clock file times are taken from.
    static func now() -> Int {
        var ts = timespec()
        clock_gettime(CLOCK_REALTIME, &ts)
        return Int(ts.tv_sec) * 1_000_000_000 + Int(ts.tv_nsec)
    }

    // MARK: Fingerprint

    /// Everything besides a service file's own bytes and path that its findings depend on; nil when the running
    /// binary cannot be identified (then no cache is read or written).
    ///
    /// - The cache format and Standar's version; and the binary itself (device, inode, size, mtime and ctime of
    ///   `/proc/self/exe`), because the version string is not bumped per commit: a rebuilt `standar` with
    ///   changed rules or messages but the same version must not reuse results of the old one. The same stat
    ///   identity of every shared library it runs with (`RunningBinary`).
    /// - `today`: review-overdue and date-order compare with it, so a new day is a full check.
    /// - The required components (`komponen_wajib`), and the bytes of `content/_index.md` and of every OPD's
    ///   `_index.md`. Per-file results depend only on the required components, but the site and OPD files are a
    ///   handful of small files that are rarely edited: hashing them whole keeps the key obviously safe.
    static func fingerprint(root: String, header: SiteLoader.Header, today: SimpleDate) -> UInt64? {
        var h = FNV64()
        h.add("standar-check-\(formatVersion)-\(StandarVersion.current)")
        guard RunningBinary.add(to: &h) else { return nil }
        h.add(today.description)
        h.add(header.config.requiredComponents.map(\.id).joined(separator: ","))
        for file in [header.inventory.siteIndex].compactMap({ $0 }) + header.inventory.opds.compactMap(\.index) {
            h.add(file)
            if case .bytes(let bytes) = FileSystem.read(root + "/" + file, limit: SiteLoader.maxFileSize) {
                h.add(bytes)
            } else {
                h.add("-")
            }
        }
        return h.value
    }

    // MARK: Stored form

    /// A cache as read from disk: its bytes, kept whole, and where each file's entry lies in them. Entries are
    /// decoded one by one, by the worker that checks the file, and an unchanged entry is copied into the next
    /// cache as bytes: a warm check of 50,000 files never holds them all decoded.
    struct Stored: Sendable {
        let bytes: [UInt8]
        let fingerprint: UInt64
        /// File -> the bytes of its entry (after the entry's length).
        let ranges: [String: Range<Int>]

        /// Nil for anything but a complete, undamaged cache of this format (magic, version, checksum, entry
        /// lengths, one entry per file). The entries themselves are checked when decoded.
        init?(_ bytes: [UInt8]) {
            guard bytes.count >= CheckCache.magic.count + 8 * 4,
                  bytes[0..<CheckCache.magic.count].elementsEqual(CheckCache.magic) else { return nil }
            let end = bytes.count - 8
            var checksum = WordChecksum()
            checksum.add(bytes[0..<end])
            var r = ByteReader(bytes)
            r.i = end
            guard r.uint64() == checksum.value else { return nil }
            r.i = CheckCache.magic.count
            guard r.int() == CheckCache.formatVersion, let fingerprint = r.uint64() else { return nil }
            var count = 0
            guard (try? r.count(&count)) != nil else { return nil }
            var ranges: [String: Range<Int>] = [:]
            ranges.reserveCapacity(count)
            for _ in 0..<count {
                guard let length = r.int(), length >= 0, length <= end - r.i else { return nil }
                let range = r.i..<(r.i + length)
                guard let file = r.string(), r.i <= range.upperBound, ranges.updateValue(range, forKey: file) == nil else {
                    return nil
                }
                r.i = range.upperBound
            }
            guard r.i == end else { return nil }
            self.bytes = bytes
            self.fingerprint = fingerprint
            self.ranges = ranges
        }

        /// The entry of `file`, decoded and checked; nil when there is none, or it does not decode into a
        /// consistent entry of that very file (then the file is read as if it were not cached).
        func entry(_ file: String) -> Entry? {
            ranges[file].flatMap { decodeEntry($0, file: file) }
        }

        func decodeEntry(_ range: Range<Int>, file: String) -> Entry? {
            var r = ByteReader(bytes)
            r.i = range.lowerBound
            var entry = Entry.blank
            guard (try? entry.visitFields(&r)) != nil, r.i == range.upperBound, entry.file == file,
                  entry.isConsistent else { return nil }
            return entry
        }

        /// Every entry, in file order; nil when any does not decode.
        func decodeAll() -> [Entry]? {
            var out: [Entry] = []
            for (file, range) in ranges.sorted(by: { $0.value.lowerBound < $1.value.lowerBound }) {
                guard let entry = decodeEntry(range, file: file) else { return nil }
                out.append(entry)
            }
            return out
        }
    }

    /// One entry of a cache being written: copied from the stored cache, or new.
    enum Piece: Sendable {
        case stored(Range<Int>)
        /// Index into the new entries.
        case fresh(Int)
    }

    // MARK: Encoding

    /// Encodes in pieces of about 1 MiB handed to `emit`; the checksum of every byte ends the file. Each entry is
    /// its length, then its fields (the file first, so a reader can index the entries without decoding them).
    static func encode(fingerprint: UInt64, pieces: [Piece], fresh: [Entry], stored: Stored?,
                       _ emit: ([UInt8]) -> Void) {
        var w = ByteWriter()
        w.bytes.reserveCapacity(1 << 20)
        w.bytes.append(contentsOf: magic)
        w.int(formatVersion)
        w.uint64(fingerprint)
        w.int(pieces.count)
        var checksum = WordChecksum()
        for piece in pieces {
            if w.bytes.count >= 1 << 20 {
                // Pieces are hashed in multiples of 8 bytes, so words fall the same way when the file is read.
                let cut = w.bytes.count & ~7
                let rest = Array(w.bytes[cut...])
                w.bytes.removeLast(w.bytes.count - cut)
                checksum.add(w.bytes[...])
                emit(w.bytes)
                w.bytes.removeAll(keepingCapacity: true)
                w.bytes += rest
            }
            switch piece {
            case .stored(let range):
                guard let stored else { continue }
                w.int(range.count)
                w.bytes += stored.bytes[range]
            case .fresh(let index):
                let lengthAt = w.bytes.count
                w.int(0)
                var fields = fresh[index]
                // Writing cannot fail.
                try? fields.visitFields(&w)
                let length = w.bytes.count - lengthAt - 8
                withUnsafeBytes(of: UInt64(length).littleEndian) { w.bytes.replaceSubrange(lengthAt..<(lengthAt + 8), with: $0) }
            }
        }
        checksum.add(w.bytes[...])
        w.uint64(checksum.value)
        emit(w.bytes)
    }

    func encoded() -> [UInt8] {
        var out: [UInt8] = []
        Self.encode(fingerprint: fingerprint, pieces: entries.indices.map { .fresh($0) }, fresh: entries, stored: nil) {
            out += $0
        }
        return out
    }

    /// Nil for anything but a complete, undamaged cache of this format whose entries are all consistent.
    static func decode(_ bytes: [UInt8]) -> CheckCache? {
        guard let stored = Stored(bytes), let entries = stored.decodeAll() else { return nil }
        return CheckCache(fingerprint: stored.fingerprint, entries: entries)
    }

    static func load(directory: String) -> CheckCache? {
        readRegularFile(path(directory), limit: maxSize).flatMap(decode)
    }

    static func loadStored(directory: String) -> Stored? {
        readRegularFile(path(directory), limit: maxSize).flatMap(Stored.init)
    }

    /// The bytes of a regular file of at most `limit` bytes; nil for anything else. Not `FileSystem.read`: a
    /// FIFO or a device put where the cache belongs must neither block the check nor fill memory.
    static func readRegularFile(_ path: String, limit: Int) -> [UInt8]? {
        let fd = open(path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0, (st.st_mode & S_IFMT) == S_IFREG, st.st_size >= 0, st.st_size <= limit else {
            return nil
        }
        let size = Int(st.st_size)
        var bytes = [UInt8](repeating: 0, count: size)
        var total = 0
        while total < size {
            let n = bytes.withUnsafeMutableBytes { raw -> Int in
                guard let base = raw.baseAddress else { return -1 }
                return read(fd, base + total, size - total)
            }
            if n < 0, errno == EINTR { continue }
            // A file that shrank while it was read is not a cache to use.
            guard n > 0 else { return nil }
            total += n
        }
        return bytes
    }

    /// Written under a temporary name and renamed, so a killed check never leaves a torn cache. No fsync: a
    /// cache lost in a crash only makes the next check a full one. Any failure leaves things as they were.
    func save(directory: String) {
        Self.save(directory: directory, fingerprint: fingerprint, pieces: entries.indices.map { .fresh($0) },
                  fresh: entries, stored: nil)
    }

    static func save(directory: String, fingerprint: UInt64, pieces: [Piece], fresh: [Entry], stored: Stored?) {
        try? FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        // Keeps the cache out of `git status` in sites whose .gitignore predates it.
        let ignore = directory + "/.gitignore"
        if access(ignore, F_OK) != 0 {
            let fd = open(ignore, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
            if fd >= 0 {
                _ = FileSystem.writeAll(fd, Array("*\n".utf8))
                close(fd)
            }
        }
        for name in FileSystem.list(directory) ?? [] where name.hasPrefix("check.bin.baru-") {
            unlink(directory + "/" + name)
        }
        let target = path(directory)
        let temporary = target + ".baru-\(getpid())"
        let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o644)
        guard fd >= 0 else { return }
        var ok = true
        encode(fingerprint: fingerprint, pieces: pieces, fresh: fresh, stored: stored) { bytes in
            if ok { ok = FileSystem.writeAll(fd, bytes) == nil }
        }
        if close(fd) != 0 { ok = false }
        if !ok || rename(temporary, target) != 0 { unlink(temporary) }
    }
}

/// `stat(2)`; a free function because inside `Identity` the name `stat` is its field.
private func statFollowingLinks(_ path: String) -> stat? {
    var st = stat()
    return stat(path, &st) == 0 ? st : nil
}

// MARK: Field lists

extension CheckCache.Entry: FieldCodable {
    static var blank: CheckCache.Entry {
        CheckCache.Entry(identity: .blank, result: .blank)
    }

    /// The file first (the index of a stored cache reads only it), then the rest; the row's file is the same.
    mutating func visitFields<V: FieldVisitor>(_ v: inout V) throws {
        var file = result.row.file
        try v.string(&file)
        try v.visit(&identity)
        try v.visit(&result)
        result.row.file = file
    }

    /// What every entry written by `Checker.run` satisfies; a cache with any other entry is not used.
    var isConsistent: Bool {
        let row = result.row
        guard identity.stat.size >= 0, !row.file.isEmpty,
              row.errors == result.diagnostics.count(where: { $0.severity == .error }),
              row.warnings == result.diagnostics.count(where: { $0.severity == .warning }),
              result.diagnostics.allSatisfy({ $0.line >= 1 && $0.column >= 1 })
        else { return false }
        if result.parsed {
            guard row.judul != nil, let level = row.level, (1...3).contains(level),
                  row.components.count == ComponentID.allCases.count else { return false }
        } else {
            guard row.judul == nil, row.level == nil, row.components.isEmpty, row.status == .tidakTerbaca,
                  !row.complete, !result.draft, !result.complete else { return false }
        }
        return true
    }
}

extension CheckCache.Identity: FieldCodable {
    static var blank: CheckCache.Identity { CheckCache.Identity(stat: .blank, ctime: 0, device: 0) }

    mutating func visitFields<V: FieldVisitor>(_ v: inout V) throws {
        try v.visit(&stat)
        try v.visit(&ctime)
        try v.visit(&device)
    }
}

extension CheckCache.FileResult: FieldCodable {
    static var blank: CheckCache.FileResult {
        CheckCache.FileResult(parsed: false, draft: false, complete: false, diagnostics: [], row: .blank)
    }

    mutating func visitFields<V: FieldVisitor>(_ v: inout V) throws {
        try v.visit(&parsed)
        try v.visit(&draft)
        try v.visit(&complete)
        try v.visit(&diagnostics)
        try v.visit(&row)
    }
}

/// The fields of a row, in the one order the check cache writes and reads them. A field added to `StandardRow`
/// is added here too, and `CheckCache.formatVersion` bumped.
extension StandardRow: FieldCodable {
    static var blank: StandardRow {
        StandardRow(file: "", opd: "", slug: "", standard: nil, diagnostics: [], required: [])
    }

    /// Without `file`: the entry holding the row writes it once, first.
    mutating func visitFields<V: FieldVisitor>(_ v: inout V) throws {
        try v.visit(&opd)
        try v.visit(&slug)
        try v.visit(&judul)
        try v.visit(&status)
        try v.visit(&level)
        // The 14 states in one integer and dates as integers: a third of the time of coding them as text.
        var states = Self.pack(components)
        try v.int(&states)
        components = try Self.unpack(states)
        try v.bool(&complete)
        try v.visit(&nomorSK)
        try Self.visitDate(&ditetapkan, &v)
        try Self.visitDate(&ditinjau, &v)
        try v.int(&errors)
        try v.int(&warnings)
    }

    /// The count (0 or 14) in the low 5 bits, then 2 bits per component in canonical order.
    static func pack(_ states: [ComponentState]) -> Int {
        var packed = states.count
        for (i, state) in states.enumerated() {
            let code = switch state {
            case .ada: 0
            case .kosong: 1
            case .tidakAda: 2
            }
            packed |= code << (5 + 2 * i)
        }
        return packed
    }

    static func unpack(_ packed: Int) throws -> [ComponentState] {
        let count = packed & 0x1F
        guard packed >= 0, count == 0 || count == ComponentID.allCases.count, packed >> (5 + 2 * count) == 0 else {
            throw FieldDecodingError()
        }
        return try (0..<count).map { i in
            switch (packed >> (5 + 2 * i)) & 3 {
            case 0: .ada
            case 1: .kosong
            case 2: .tidakAda
            default: throw FieldDecodingError()
            }
        }
    }

    /// A presence flag, then YYYYMMDD as an integer.
    static func visitDate<V: FieldVisitor>(_ date: inout SimpleDate?, _ v: inout V) throws {
        var present = date != nil
        try v.bool(&present)
        guard present else {
            date = nil
            return
        }
        var number = date.map { $0.year * 10_000 + $0.month * 100 + $0.day } ?? 0
        try v.int(&number)
        guard let read = SimpleDate(year: number / 10_000, month: number / 100 % 100, day: number % 100) else {
            throw FieldDecodingError()
        }
        date = read
    }
}

extension StandardStatus: FieldCodable {
    static var blank: StandardStatus { .tidakTerbaca }
}

