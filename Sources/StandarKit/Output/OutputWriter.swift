import CSystem
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Writes a site into a temporary sibling folder and swaps it in at the end, so readers never see a half-written
/// site and a failed or killed build leaves the previous output as it was. Files are written with plain POSIX
/// calls: no per-file fsync.
public final class OutputWriter: Sendable {
    public let destination: String
    public let staging: String
    /// The staging folder, open: files and folders are made relative to it (`openat`, `mkdirat`), so the kernel
    /// walks only the part of each path below the site root, not the staging folder's own path again.
    private let stagingFD: Int32
    /// Folders made in the staging folder so far, by any worker.
    private let createdDirectories = Locked<Set<String>>([""])

    public struct WriteError: Error, CustomStringConvertible {
        public var path: String
        public var reason: String
        public var description: String { "\(path): \(reason)" }
    }

    /// - Parameter destination: the output folder (e.g. `public`), which may not exist yet.
    public init(destination: String) throws {
        var dest = destination
        while dest.count > 1, dest.hasSuffix("/") { dest.removeLast() }
        self.destination = dest
        let parent = (dest as NSString).deletingLastPathComponent
        let name = (dest as NSString).lastPathComponent
        if !parent.isEmpty, FileSystem.kind(atPath: parent) == .missing {
            try? FileManager.default.createDirectory(atPath: parent, withIntermediateDirectories: true)
        }
        Self.cleanLeftovers(dest)
        self.staging = (parent.isEmpty ? "" : parent + "/") + "." + name + ".baru-\(getpid())"
        guard mkdir(staging, 0o755) == 0 else {
            throw WriteError(path: staging, reason: String(cString: strerror(errno)))
        }
        stagingFD = open(staging, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard stagingFD >= 0 else {
            let reason = String(cString: strerror(errno))
            rmdir(staging)
            throw WriteError(path: staging, reason: reason)
        }
    }

    deinit { close(stagingFD) }

    /// Writes `relativePath` (below the site root, "/"-separated, no ".." — checked) with `bytes`.
    public func write(_ relativePath: String, _ bytes: some Collection<UInt8>) throws {
        guard OutputWriter.isSafe(relativePath) else {
            throw WriteError(path: relativePath, reason: "jalur keluaran tidak sah")
        }
        let directory = OutputWriter.folder(of: relativePath)
        try ensureDirectory(directory)
        let fd = openat(stagingFD, relativePath, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw WriteError(path: relativePath, reason: String(cString: strerror(errno))) }
        defer { close(fd) }
        if let reason = FileSystem.writeAll(fd, Array(bytes)) { throw WriteError(path: relativePath, reason: reason) }
    }

    public func write(_ relativePath: String, text: String) throws {
        try write(relativePath, text.utf8)
    }

    /// A file written piece by piece (large data exports), so it never has to be held in memory whole.
    public final class Stream {
        let fd: Int32
        let path: String
        var buffer: [UInt8] = []

        init(fd: Int32, path: String) {
            self.fd = fd
            self.path = path
            buffer.reserveCapacity(1 << 16)
        }

        public func append(_ text: String) throws {
            try append(text.utf8)
        }

        public func append(_ bytes: some Collection<UInt8>) throws {
            buffer.append(contentsOf: bytes)
            if buffer.count >= 1 << 16 { try flush() }
        }

        func flush() throws {
            if let reason = FileSystem.writeAll(fd, buffer) { throw WriteError(path: path, reason: reason) }
            buffer.removeAll(keepingCapacity: true)
        }

        public func close() throws {
            defer { Glibc.close(fd) }
            try flush()
        }

        deinit {
            // An unclosed stream belongs to an abandoned build; its staging folder is removed anyway.
        }
    }

    public func openStream(_ relativePath: String) throws -> Stream {
        guard OutputWriter.isSafe(relativePath) else {
            throw WriteError(path: relativePath, reason: "jalur keluaran tidak sah")
        }
        try ensureDirectory(OutputWriter.folder(of: relativePath))
        let fd = openat(stagingFD, relativePath, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw WriteError(path: relativePath, reason: String(cString: strerror(errno))) }
        return Stream(fd: fd, path: relativePath)
    }

    private func ensureDirectory(_ directory: String) throws {
        if directory.isEmpty { return }
        if createdDirectories.withLock({ $0.contains(directory) }) { return }
        try ensureDirectory(OutputWriter.folder(of: directory))
        if mkdirat(stagingFD, directory, 0o755) != 0, errno != EEXIST {
            throw WriteError(path: directory, reason: String(cString: strerror(errno)))
        }
        createdDirectories.withLock { _ = $0.insert(directory) }
    }

    /// Puts the staged site in place of the destination in one atomic step: the two folders are exchanged
    /// (`renameat2` with `RENAME_EXCHANGE`), so at every instant the destination holds the old site or the new
    /// one, and the old one is removed after. Where the file system cannot exchange, the old output is moved
    /// aside first (a kill between the two renames is repaired by `cleanLeftovers`).
    public func commit() throws {
        let old = staging.replacingOccurrences(of: ".baru-", with: ".lama-")
        OutputWriter.removeTree(old)
        if FileSystem.kind(atPath: destination) != .missing {
            if standar_exchange_paths(staging, destination) == 0 {
                // The staging name now holds the old site: rename it to the name cleanLeftovers removes, so a
                // kill here never leaves the old site under a name that looks like an unfinished new one.
                if rename(staging, old) == 0 { OutputWriter.removeTree(old) } else { OutputWriter.removeTree(staging) }
                return
            }
            guard errno == EINVAL || errno == ENOSYS || errno == EXDEV || errno == ENOTSUP else {
                throw WriteError(path: destination, reason: String(cString: strerror(errno)))
            }
        }
        var hadOld = false
        if FileSystem.kind(atPath: destination) != .missing {
            guard rename(destination, old) == 0 else {
                throw WriteError(path: destination, reason: String(cString: strerror(errno)))
            }
            hadOld = true
        }
        guard rename(staging, destination) == 0 else {
            let reason = String(cString: strerror(errno))
            if hadOld { _ = rename(old, destination) }
            throw WriteError(path: destination, reason: reason)
        }
        if hadOld { OutputWriter.removeTree(old) }
    }

    /// Drops the staged files; the destination is untouched.
    public func abandon() {
        OutputWriter.removeTree(staging)
    }

    /// Puts back an output folder a killed build left aside, and removes staging folders of killed builds.
    public static func cleanLeftovers(_ destination: String) {
        recoverInterruptedSwap(destination)
        let parent = (destination as NSString).deletingLastPathComponent
        let name = (destination as NSString).lastPathComponent
        for entry in FileSystem.list(parent.isEmpty ? "." : parent) ?? []
        where entry.hasPrefix("." + name + ".baru-") || entry.hasPrefix("." + name + ".lama-") {
            removeTree((parent.isEmpty ? "" : parent + "/") + entry)
        }
    }

    /// A build killed between the two renames of `commit` leaves the old site beside a missing destination:
    /// put it back.
    static func recoverInterruptedSwap(_ destination: String) {
        guard FileSystem.kind(atPath: destination) == .missing else { return }
        let parent = (destination as NSString).deletingLastPathComponent
        let name = (destination as NSString).lastPathComponent
        for entry in FileSystem.list(parent.isEmpty ? "." : parent) ?? [] where entry.hasPrefix("." + name + ".lama-") {
            let path = (parent.isEmpty ? "" : parent + "/") + entry
            if rename(path, destination) == 0 { return }
        }
    }

    /// The folder of a path, as `NSString.deletingLastPathComponent` gives it ("a/b/c.html" -> "a/b", "c.html" -> "",
    /// "a//b/" -> "a"), found by bytes without bridging; unlike Foundation's, it does not crash on "a/" or ".".
    static func folder(of path: String) -> String {
        var path = path
        return path.withUTF8 { bytes -> String in
            var end = bytes.count
            while end > 1, bytes[end - 1] == 0x2F { end -= 1 }
            var cut = end - 1
            while cut >= 0, bytes[cut] != 0x2F { cut -= 1 }
            if cut < 0 { return "" }
            while cut > 0, bytes[cut - 1] == 0x2F { cut -= 1 }
            if cut == 0 { return "/" }
            var folder: [UInt8] = []
            folder.reserveCapacity(cut)
            for i in 0..<cut where !(bytes[i] == 0x2F && i > 0 && bytes[i - 1] == 0x2F) { folder.append(bytes[i]) }
            return String(decoding: folder, as: UTF8.self)
        }
    }

    static func isSafe(_ path: String) -> Bool {
        var path = path
        // ASCII paths (every path the build writes) by bytes: the same rule, without splitting into strings.
        let ascii: Bool? = path.withUTF8 { bytes in
            guard !bytes.isEmpty, bytes[0] != 0x2F else { return false }
            var segmentStart = 0
            for i in 0...bytes.count {
                let b: UInt8 = i < bytes.count ? bytes[i] : 0x2F
                if b >= 0x80 { return nil }
                if b == 0 { return false }
                guard b == 0x2F else { continue }
                let length = i - segmentStart
                if length == 1 && bytes[segmentStart] == 0x2E { return false }
                if length == 2 && bytes[segmentStart] == 0x2E && bytes[segmentStart + 1] == 0x2E { return false }
                segmentStart = i + 1
            }
            return true
        }
        if let ascii { return ascii }
        return !path.isEmpty && !path.hasPrefix("/") && !path.split(separator: "/").contains { $0 == ".." || $0 == "." || $0.isEmpty }
            && !path.utf8.contains(0)
    }

    /// Removes a file or folder tree without following links.
    public static func removeTree(_ path: String) {
        switch FileSystem.kind(atPath: path) {
        case .missing: return
        case .directory:
            for entry in FileSystem.list(path) ?? [] { removeTree(path + "/" + entry) }
            rmdir(path)
        default:
            unlink(path)
        }
    }
}
