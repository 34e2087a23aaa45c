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
    let directory: String
    /// The changes so far, added to by concurrent workers.
    fileprivate struct Changes {
        var moves: [(temporary: String, target: String)] = []
        var deletions: [String] = []
        var counter = 0
    }
    fileprivate let changes = Locked(Changes())

    init(destination: String, cacheDirectory: String) throws {
        self.destination = destination
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

    /// A new temporary file name in the transaction folder for `relativePath` (checked to stay in the output).
    private func temporary(for relativePath: String) throws -> String {
        guard OutputWriter.isSafe(relativePath) else {
            throw OutputWriter.WriteError(path: relativePath, reason: "jalur keluaran tidak sah")
        }
        let number = changes.withLock { c in
            c.counter += 1
            return c.counter
        }
        return directory + "/\(number)"
    }

    func write(_ relativePath: String, _ bytes: some Collection<UInt8>) throws {
        let temporary = try temporary(for: relativePath)
        try Self.writeFile(temporary, Array(bytes))
        changes.withLock { $0.moves.append((temporary, relativePath)) }
    }

    /// A new version of a large file, written piece by piece; `finish(keep:)` adds it to the transaction or
    /// drops it when its content turned out unchanged.
    final class Stream: DataStream {
        let transaction: OutputTransaction
        let temporary: String
        let target: String
        let file: OutputWriter.Stream

        init(transaction: OutputTransaction, temporary: String, target: String, file: OutputWriter.Stream) {
            self.transaction = transaction
            self.temporary = temporary
            self.target = target
            self.file = file
        }

        func append(_ bytes: some Collection<UInt8>) throws { try file.append(bytes) }

        func finish(keep: Bool) throws {
            try file.close()
            if keep {
                transaction.changes.withLock { $0.moves.append((temporary, target)) }
            } else {
                unlink(temporary)
            }
        }
    }

    func openDataStream(_ relativePath: String) throws -> DataStream {
        let temporary = try temporary(for: relativePath)
        let fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw OutputWriter.WriteError(path: temporary, reason: String(cString: strerror(errno))) }
        return Stream(transaction: self, temporary: temporary, target: relativePath,
                      file: OutputWriter.Stream(fd: fd, path: relativePath))
    }

    /// Removes a file (and its folder when that becomes empty) when the transaction commits.
    func delete(_ relativePath: String) {
        guard OutputWriter.isSafe(relativePath) else { return }
        changes.withLock { $0.deletions.append(relativePath) }
    }

    var changeCount: Int { changes.withLock { $0.moves.count + $0.deletions.count } }

    func commit() throws {
        let (moves, deletions) = changes.withLock { ($0.moves, $0.deletions) }
        var journal = ""
        for m in moves { journal += "M\t\(m.temporary)\t\(m.target)\n" }
        for d in deletions { journal += "D\t\(d)\n" }
        journal += "COMMIT\n"
        try Self.writeFile(directory + "/journal", Array(journal.utf8))
        let applied = Self.apply(moves.map { .move(temporary: $0.temporary, target: $0.target) } + deletions.map { .delete($0) },
                                 destination: destination)
        OutputWriter.removeTree(directory)
        guard applied else {
            throw OutputWriter.WriteError(path: destination, reason: "folder keluaran berisi tautan simbolik; hapus folder itu lalu bangun ulang")
        }
    }

    func abandon() {
        OutputWriter.removeTree(directory)
    }

    /// Completes a committed journal left by a killed build; drops an uncommitted one. Returns false when a
    /// committed journal was not one a build could have written (then nothing of it is applied) or could not
    /// be applied in full: the cache no longer describes the output and must not be used.
    @discardableResult
    static func recover(cacheDirectory: String, destination: String) -> Bool {
        let dir = cacheDirectory + "/tx"
        defer { OutputWriter.removeTree(dir) }
        guard case .bytes(let bytes) = FileSystem.read(dir + "/journal", limit: 1 << 30) else { return true }
        let journal = String(decoding: bytes, as: UTF8.self)
        guard journal.hasSuffix("COMMIT\n") else { return true }
        guard let entries = parse(journal, directory: dir) else { return false }
        return apply(entries, destination: destination)
    }

    /// One change of a journal.
    enum Entry: Equatable {
        case move(temporary: String, target: String)
        case delete(String)
    }

    /// The changes of a committed journal, or nil when any line is not one this transaction writes: a
    /// temporary file other than a numbered file of `directory`, or a target that is absolute, climbs out
    /// with `..` or holds a NUL (a journal planted in the cache folder must not reach outside the output).
    static func parse(_ journal: String, directory: String) -> [Entry]? {
        var lines = journal.split(separator: "\n", omittingEmptySubsequences: false)
        guard lines.last == "", lines.dropLast().last == "COMMIT" else { return nil }
        lines.removeLast(2)
        var entries: [Entry] = []
        for line in lines {
            let parts = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            if parts.count == 3, parts[0] == "M", OutputWriter.isSafe(parts[2]), parts[1].hasPrefix(directory + "/") {
                let number = parts[1].utf8.dropFirst(directory.utf8.count + 1)
                guard !number.isEmpty, number.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }) else {
                    return nil
                }
                entries.append(.move(temporary: parts[1], target: parts[2]))
            } else if parts.count == 2, parts[0] == "D", OutputWriter.isSafe(parts[1]) {
                entries.append(.delete(parts[1]))
            } else {
                return nil
            }
        }
        return entries
    }

    /// Renames and removes in the output. A change whose path leads through a symbolic link (or a file where
    /// a folder should be) is refused, so nothing outside the output is touched; returns false if any was.
    static func apply(_ entries: [Entry], destination: String) -> Bool {
        var complete = true
        for entry in entries {
            switch entry {
            case .move(let temporary, let target):
                guard foldersAreReal(target, in: destination) else {
                    complete = false
                    continue
                }
                makeParents(of: target, in: destination)
                if FileSystem.kind(atPath: temporary) == .file { rename(temporary, destination + "/" + target) }
            case .delete(let path):
                guard foldersAreReal(path, in: destination) else {
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
        }
        return complete
    }

    /// True when every folder on the way to `relativePath` in `destination` is a real folder or not there yet.
    static func foldersAreReal(_ relativePath: String, in destination: String) -> Bool {
        guard FileSystem.kind(atPath: destination) == .directory else { return false }
        var path = destination
        for part in relativePath.split(separator: "/").dropLast() {
            path += "/" + part
            switch FileSystem.kind(atPath: path) {
            case .directory: continue
            case .missing: return true
            default: return false
            }
        }
        return true
    }

    static func makeParents(of relativePath: String, in destination: String) {
        var path = destination
        let parts = relativePath.split(separator: "/").dropLast()
        for part in parts {
            path += "/" + part
            if mkdir(path, 0o755) != 0, errno != EEXIST { return }
        }
    }

    static func writeFile(_ path: String, _ data: [UInt8]) throws {
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw OutputWriter.WriteError(path: path, reason: String(cString: strerror(errno))) }
        defer { close(fd) }
        if let reason = FileSystem.writeAll(fd, data) { throw OutputWriter.WriteError(path: path, reason: reason) }
    }
}
