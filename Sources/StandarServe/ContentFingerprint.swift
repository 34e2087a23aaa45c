#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A snapshot of the files under the watched folders: path -> size, modification time, inode. Two snapshots
/// differ when a file was added, removed, renamed over, or written. Polling is portable and cheap for a site
/// (a few hundred files); hidden files and editor leftovers (`.x.swp`, `x~`) are ignored so that an editor's
/// autosave of a swap file does not trigger a rebuild.
struct ContentFingerprint: Equatable, Sendable {
    struct Stamp: Equatable, Sendable {
        var size: Int
        var seconds: Int
        var nanoseconds: Int
        var inode: UInt64
        var isDirectory: Bool
    }

    var entries: [String: Stamp] = [:]

    /// At most this many entries and this depth are read: a stray huge folder cannot stall the watcher.
    static let maxEntries = 50_000
    static let maxDepth = 8

    /// Snapshot of `folders` (site-relative, e.g. "content", "themes") below `root`.
    static func take(root: String, folders: [String]) -> ContentFingerprint {
        var print = ContentFingerprint()
        for folder in folders {
            walk(root + "/" + folder, relative: folder, depth: 0, into: &print)
        }
        return print
    }

    private static func walk(_ path: String, relative: String, depth: Int, into print: inout ContentFingerprint) {
        guard print.entries.count < maxEntries else { return }
        var st = stat()
        // Follow links for the stamp (an edited target changes it), but never descend into a linked folder.
        guard stat(path, &st) == 0 else { return }
        let isDirectory = (st.st_mode & S_IFMT) == S_IFDIR
        #if canImport(Darwin)
        let stamp = Stamp(size: Int(st.st_size), seconds: Int(st.st_mtimespec.tv_sec), nanoseconds: Int(st.st_mtimespec.tv_nsec),
                          inode: UInt64(st.st_ino), isDirectory: isDirectory)
        #else
        let stamp = Stamp(size: Int(st.st_size), seconds: Int(st.st_mtim.tv_sec), nanoseconds: Int(st.st_mtim.tv_nsec),
                          inode: UInt64(st.st_ino), isDirectory: isDirectory)
        #endif
        // A folder counts by its presence only: its own timestamp changes when an editor writes a hidden file.
        print.entries[relative] = isDirectory ? Stamp(size: 0, seconds: 0, nanoseconds: 0, inode: 0, isDirectory: true) : stamp
        guard isDirectory, depth < maxDepth else { return }
        var lst = stat()
        guard lstat(path, &lst) == 0, (lst.st_mode & S_IFMT) == S_IFDIR else { return }
        guard let dir = opendir(path) else { return }
        var names: [String] = []
        while let entry = readdir(dir) {
            let name = withUnsafePointer(to: entry.pointee.d_name) { ptr in
                ptr.withMemoryRebound(to: CChar.self, capacity: 256) { String(cString: $0) }
            }
            if name.hasPrefix(".") || name.hasSuffix("~") || name.hasSuffix(".swp") { continue }
            names.append(name)
        }
        closedir(dir)
        for name in names {
            walk(path + "/" + name, relative: relative + "/" + name, depth: depth + 1, into: &print)
        }
    }

    /// Site-relative paths of files and folders added, removed or changed from `self` to `other`, sorted.
    func changes(to other: ContentFingerprint) -> [String] {
        var changed: [String] = []
        for (path, stamp) in other.entries where entries[path] != stamp {
            changed.append(path)
        }
        for (path, _) in entries where other.entries[path] == nil {
            changed.append(path)
        }
        return changed.sorted()
    }
}
