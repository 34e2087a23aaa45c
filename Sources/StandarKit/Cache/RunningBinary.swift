/// The identity of the running program, for the caches: a cache written by another build of Standar must not be
/// reused, and the version string is not bumped per commit, so a rebuilt `standar` with changed rules, messages
/// or pages but the same version is told apart by its files.
enum RunningBinary {
    /// Adds the stat identity (device, inode, size, mtime, ctime) of `/proc/self/exe` and of every shared library
    /// the process runs with (`loadedLibraries`) to `h`. False, with `h` unchanged, when the executable cannot
    /// be identified: then no cache may be trusted.
    static func add(to h: inout FNV64) -> Bool {
        guard let binary = CheckCache.Identity(path: "/proc/self/exe") else { return false }
        for v in [binary.device, binary.stat.inode, binary.stat.size, binary.stat.mtime, binary.ctime] {
            h.add(String(v))
        }
        for library in loadedLibraries() {
            h.add(library)
            if let id = CheckCache.Identity(path: library) {
                for v in [id.device, id.stat.inode, id.stat.size, id.stat.mtime, id.ctime] { h.add(String(v)) }
            } else {
                h.add("-")
            }
        }
        return true
    }

    /// Every shared library mapped into the process, sorted: cmark-gfm (a Debian package upgraded apart from
    /// Standar), the Swift runtime and Foundation, libc. An upgrade of any of them can change what a file parses
    /// to. Modules that iconv loads on demand (`gconv/`) are left out, so the list is the same on every run.
    static func loadedLibraries() -> [String] {
        guard case .bytes(let bytes) = FileSystem.read("/proc/self/maps", limit: 4 << 20) else { return [] }
        var paths = Set<String>()
        for line in bytes.split(separator: 0x0A) {
            // Address, permissions, offset, device and inode hold no "/": the first one starts the path.
            guard let slash = line.firstIndex(of: UInt8(ascii: "/")) else { continue }
            let path = String(decoding: line[slash...], as: UTF8.self)
            guard path.contains(".so"), !path.contains("/gconv/") else { continue }
            paths.insert(path)
        }
        return paths.sorted()
    }
}
