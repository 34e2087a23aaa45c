import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// An incremental update of an existing output folder. New versions of the changed files are written beside
/// it first (in the cache folder's `tx/`, on the same file system); nothing in the output is touched until every
/// file is written. Then a journal lists the moves, and each file is renamed into place (each rename is
/// atomic). A build killed before the journal is complete leaves the old site as it was; one killed while
/// renaming is completed from the journal by the next build before it does anything else.
final class OutputTransaction: PageSink, Sendable {
    let destination: String
    let cacheDirectory: String
    let directory: String
    /// The changes so far, added to by concurrent workers.
    fileprivate struct Changes {
        var moves: [Journal.Move] = []
        var deletions: [String] = []
        var counter = 0
    }
    fileprivate let changes = Locked(Changes())

    init(destination: String, cacheDirectory: String) throws {
        self.destination = destination
        self.cacheDirectory = cacheDirectory
        self.directory = cacheDirectory + "/tx"
        Self.recover(cacheDirectory: cacheDirectory, destination: destination)
        OutputWriter.removeTree(directory)
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    }

    /// True when the transaction folder and the output are on one file system (renames cannot cross).
    static func sameFileSystem(cacheDirectory cache: String, destination: String) -> Bool {
        var a = stat(), b = stat()
        try? FileManager.default.createDirectory(atPath: cache, withIntermediateDirectories: true)
        guard stat(cache, &a) == 0, stat(destination, &b) == 0 else { return false }
        return a.st_dev == b.st_dev
    }

    /// A new temporary file in the transaction folder for `relativePath` (checked to stay in the output): its
    /// number, which names it inside the folder.
    private func temporary(for relativePath: String) throws -> Int {
        guard OutputWriter.isSafe(relativePath) else {
            throw OutputWriter.WriteError(path: relativePath, reason: "jalur keluaran tidak sah")
        }
        return changes.withLock { c in
            c.counter += 1
            return c.counter
        }
    }

    func write(_ relativePath: String, _ bytes: some Collection<UInt8>) throws {
        let number = try temporary(for: relativePath)
        try Self.writeFile(directory + "/\(number)", Array(bytes))
        changes.withLock { $0.moves.append(Journal.Move(temporary: number, target: relativePath)) }
    }

    /// A new version of a large file, written piece by piece; `finish(keep:)` adds it to the transaction or
    /// drops it when its content turned out unchanged.
    final class Stream: DataStream {
        let transaction: OutputTransaction
        let temporary: Int
        let target: String
        let file: OutputWriter.Stream

        init(transaction: OutputTransaction, temporary: Int, target: String, file: OutputWriter.Stream) {
            self.transaction = transaction
            self.temporary = temporary
            self.target = target
            self.file = file
        }

        func append(_ bytes: some Collection<UInt8>) throws { try file.append(bytes) }

        func finish(keep: Bool) throws {
            try file.close()
            if keep {
                let move = Journal.Move(temporary: temporary, target: target)
                transaction.changes.withLock { $0.moves.append(move) }
            } else {
                unlink(transaction.directory + "/\(temporary)")
            }
        }
    }

    func openDataStream(_ relativePath: String) throws -> DataStream {
        let number = try temporary(for: relativePath)
        let temporary = directory + "/\(number)"
        let fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw OutputWriter.WriteError(path: temporary, reason: String(cString: strerror(errno))) }
        return Stream(transaction: self, temporary: number, target: relativePath,
                      file: OutputWriter.Stream(fd: fd, path: relativePath))
    }

    /// Removes a file (and its folder when that becomes empty) when the transaction commits.
    func delete(_ relativePath: String) {
        guard OutputWriter.isSafe(relativePath) else { return }
        changes.withLock { $0.deletions.append(relativePath) }
    }

    var changeCount: Int { changes.withLock { $0.moves.count + $0.deletions.count } }

    func commit() throws {
        guard let identity = Journal.identity(of: destination) else {
            throw OutputWriter.WriteError(path: destination, reason: "folder keluaran hilang")
        }
        let (moves, deletions) = changes.withLock { ($0.moves, $0.deletions) }
        let journal = Journal(device: identity.device, inode: identity.inode, moves: moves, deletions: deletions)
        try Self.writeFile(directory + "/journal", journal.encoded())
        // From the first rename on, the cache no longer describes the output: a build killed before the new
        // cache is in place must not find the old one (its byte ranges point into the old data files).
        BuildCache.remove(directory: cacheDirectory)
        let applied = Self.apply(journal, transaction: directory, destination: destination)
        OutputWriter.removeTree(directory)
        guard applied else {
            throw OutputWriter.WriteError(path: destination, reason: "folder keluaran berisi tautan simbolik; hapus folder itu lalu bangun ulang")
        }
    }

    func abandon() {
        OutputWriter.removeTree(directory)
    }

    /// Completes a committed journal left by a killed build; drops an uncommitted one. A journal is replayed
    /// only when it is whole (its checksum matches), was written for this very output folder (device and
    /// inode), and every name in it stays inside the transaction and output folders; anything else is
    /// discarded whole — a journal found on disk may have been planted — and the build cache with it, so the
    /// next build is a full one. Returns false when a journal was discarded as invalid.
    @discardableResult
    static func recover(cacheDirectory: String, destination: String) -> Bool {
        let dir = cacheDirectory + "/tx"
        guard FileSystem.kind(atPath: dir + "/journal") == .file,
              case .bytes(let bytes) = FileSystem.read(dir + "/journal", limit: 1 << 26) else {
            OutputWriter.removeTree(dir)
            return true
        }
        var valid = true
        switch Journal.decode(bytes) {
        case .uncommitted:
            break
        case .invalid:
            valid = false
        case .committed(let journal):
            if let identity = Journal.identity(of: destination),
               identity.device == journal.device, identity.inode == journal.inode,
               journal.moves.allSatisfy({ FileSystem.kind(atPath: dir + "/\($0.temporary)") == .file }) {
                BuildCache.remove(directory: cacheDirectory)
                apply(journal, transaction: dir, destination: destination)
            } else {
                valid = false
            }
        }
        OutputWriter.removeTree(dir)
        if !valid { BuildCache.remove(directory: cacheDirectory) }
        return valid
    }

    /// Carries out the moves and deletions of a journal whose names were checked. No step follows a symbolic
    /// link: an entry whose parent is a link (or not a folder) is skipped, and then false is returned.
    @discardableResult
    static func apply(_ journal: Journal, transaction: String, destination: String) -> Bool {
        var complete = true
        for move in journal.moves {
            let target = destination + "/" + move.target
            guard makeParents(of: move.target, in: destination), FileSystem.kind(atPath: target) != .directory else {
                complete = false
                continue
            }
            rename(transaction + "/\(move.temporary)", target)
        }
        for path in journal.deletions {
            guard parentsAreFolders(of: path, in: destination) else {
                complete = false
                continue
            }
            unlink(destination + "/" + path)
            // Remove folders left empty (a service page's own folder, an OPD with no pages left).
            var dir = (path as NSString).deletingLastPathComponent
            while !dir.isEmpty, rmdir(destination + "/" + dir) == 0 {
                dir = (dir as NSString).deletingLastPathComponent
            }
        }
        return complete
    }

    /// True when every folder above `relativePath` inside `destination` exists and is a real folder, not a link.
    static func parentsAreFolders(of relativePath: String, in destination: String) -> Bool {
        var path = destination
        for part in relativePath.split(separator: "/").dropLast() {
            path += "/" + part
            guard FileSystem.kind(atPath: path) == .directory else { return false }
        }
        return true
    }

    /// Creates the folders above `relativePath`; false when one cannot be made or is a link or a file.
    static func makeParents(of relativePath: String, in destination: String) -> Bool {
        var path = destination
        for part in relativePath.split(separator: "/").dropLast() {
            path += "/" + part
            if mkdir(path, 0o755) != 0 {
                guard errno == EEXIST, FileSystem.kind(atPath: path) == .directory else { return false }
            }
        }
        return true
    }

    static func writeFile(_ path: String, _ data: [UInt8]) throws {
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw OutputWriter.WriteError(path: path, reason: String(cString: strerror(errno))) }
        defer { close(fd) }
        if let reason = FileSystem.writeAll(fd, data) { throw OutputWriter.WriteError(path: path, reason: reason) }
    }
}
