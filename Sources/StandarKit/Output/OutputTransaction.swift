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
        Self.apply(journal, destination: destination)
        OutputWriter.removeTree(directory)
    }

    func abandon() {
        OutputWriter.removeTree(directory)
    }

    /// Completes a committed journal left by a killed build; drops an uncommitted one.
    static func recover(cacheDirectory: String, destination: String) {
        let dir = cacheDirectory + "/tx"
        guard case .bytes(let bytes) = FileSystem.read(dir + "/journal", limit: 1 << 30) else {
            OutputWriter.removeTree(dir)
            return
        }
        let journal = String(decoding: bytes, as: UTF8.self)
        if journal.hasSuffix("COMMIT\n") { apply(journal, destination: destination) }
        OutputWriter.removeTree(dir)
    }

    static func apply(_ journal: String, destination: String) {
        for line in journal.split(separator: "\n") {
            let parts = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            if parts.count == 3, parts[0] == "M" {
                let target = destination + "/" + parts[2]
                makeParents(of: parts[2], in: destination)
                if FileSystem.kind(atPath: parts[1]) == .file { rename(parts[1], target) }
            } else if parts.count == 2, parts[0] == "D" {
                unlink(destination + "/" + parts[1])
                // Remove folders left empty (a service page's own folder, an OPD with no pages left).
                var dir = (parts[1] as NSString).deletingLastPathComponent
                while !dir.isEmpty, rmdir(destination + "/" + dir) == 0 {
                    dir = (dir as NSString).deletingLastPathComponent
                }
            }
        }
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
