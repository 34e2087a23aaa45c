import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Serializes builds of one output folder, across processes: an exclusive `flock` on a file in the site's
/// `.standar/cache` folder, keyed by the output folder's canonical path. A second `standar build` (or a preview
/// build) of the same output waits for the first one and says so, instead of failing halfway with "No such file or
/// directory" when both swap the output. The kernel drops the lock when the holder exits, killed or not, so a lock
/// file left behind by a crash is harmless; the file itself is never removed (removing it would let a third build
/// lock a new file while the second still waits on the old one).
public final class BuildLock: @unchecked Sendable {
    /// The lock file.
    public let path: String
    private let lock = NSLock()
    private var descriptor: Int32

    private init(path: String, descriptor: Int32) {
        self.path = path
        self.descriptor = descriptor
    }

    deinit { release() }

    /// The lock file of `output` (a path relative to the working folder, or absolute) in `root`'s `.standar/cache`.
    public static func lockPath(root: String, output: String) -> String {
        var h = FNV64()
        h.add(canonical(output))
        return root + "/.standar/cache/" + String(h.value, radix: 16) + ".kunci"
    }

    /// The absolute path of `output` with links resolved, also before the folder exists (its parent resolved).
    static func canonical(_ output: String) -> String {
        var path = output
        while path.count > 1 && path.hasSuffix("/") { path.removeLast() }
        if let real = FileSystem.realPath(path) { return real }
        let slash = path.lastIndex(of: "/")
        let parent = slash.map { $0 == path.startIndex ? "/" : String(path[..<$0]) } ?? "."
        let name = slash.map { String(path[path.index(after: $0)...]) } ?? path
        if let real = FileSystem.realPath(parent) { return (real == "/" ? "" : real) + "/" + name }
        return path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
    }

    /// Takes the lock of `output`, waiting for another build that holds it; `waiting` is called once, before the
    /// wait, with a line for the user (Bahasa Indonesia). When the lock file cannot be created (a read-only site
    /// folder) the build goes on unlocked: writing the output reports the real problem.
    public static func acquire(root: String, output: String, display: String? = nil,
                               waiting: (String) -> Void = BuildLock.printToStandardError) -> BuildLock {
        let path = lockPath(root: root, output: output)
        guard let fd = open(path) else { return BuildLock(path: path, descriptor: -1) }
        if flock(fd, LOCK_EX | LOCK_NB) != 0 {
            waiting("Menunggu build lain pada folder \(display ?? output) selesai…")
            while flock(fd, LOCK_EX) != 0 {
                guard errno == EINTR else {
                    // Locks unsupported on this file system: go on as before the lock existed.
                    break
                }
            }
        }
        return BuildLock(path: path, descriptor: fd)
    }

    /// Takes the lock only when it is free at once; nil while another build holds it.
    public static func tryAcquire(root: String, output: String) -> BuildLock? {
        let path = lockPath(root: root, output: output)
        guard let fd = open(path) else { return nil }
        guard flock(fd, LOCK_EX | LOCK_NB) == 0 else {
            close(fd)
            return nil
        }
        return BuildLock(path: path, descriptor: fd)
    }

    private static func open(_ path: String) -> Int32? {
        let folder = String(path[..<(path.lastIndex(of: "/") ?? path.endIndex)])
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let fd = Glibc.open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        return fd >= 0 ? fd : nil
    }

    /// Releases the lock (also done when the lock is freed, and by the kernel when the process ends).
    public func release() {
        lock.lock()
        defer { lock.unlock() }
        guard descriptor >= 0 else { return }
        close(descriptor)
        descriptor = -1
    }

    public static func printToStandardError(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }
}
