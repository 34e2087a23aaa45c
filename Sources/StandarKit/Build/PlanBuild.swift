import Dispatch
#if canImport(Glibc)
import Glibc
#endif

/// What kind of build this is, and what it can reuse.
struct BuildPlan {
    enum Mode: Equatable {
        /// A new output written in a staging folder and swapped in.
        case full
        /// The current output updated: only changed service files are read again.
        case incremental
        /// Nothing changed since the last build: the output is current.
        case upToDate
    }

    var mode: Mode
    /// Everything besides the service files that the output depends on.
    var fingerprint: UInt64
    var cacheDirectory: String
    /// The last build's cache, when it describes the current output (incremental and up-to-date builds).
    var previous: BuildCache?
    /// The service files in file order, and their stat identity (nil when the file cannot be stat'ed). A full
    /// build has no stats: nothing is compared with a cache, and each file's identity is taken when it is read.
    var serviceFiles: [String]
    var stats: [FileStat?]
}

/// Step 3: full, incremental or nothing to do. Puts back what a killed build left behind first, then uses the
/// cache only when it was written for the same fingerprint, for this very output folder, on the same file
/// system.
enum PlanBuild {
    static func run(_ state: BuildState, site: SiteHeader, theme: Theme) -> BuildPlan {
        let options = state.options
        let outputPath = state.outputPath
        let header = site.header
        // A cache written by another build of Standar (the version string is not bumped per commit) describes
        // pages that this one may write differently, or at other paths: it is never reused.
        var binary = FNV64()
        let identified = RunningBinary.add(to: &binary)
        let fingerprint = fingerprint(options: options, header: header, theme: theme, outputPath: outputPath)
            ^ site.history.digest ^ binary.value
        OutputWriter.cleanLeftovers(outputPath)
        let cacheDirectory = BuildCache.directory(root: options.root, output: outputPath)
        // A journal that cannot be trusted, or was not applied in full, leaves a cache that does not describe
        // the output.
        if !OutputTransaction.recover(cacheDirectory: cacheDirectory, destination: outputPath) {
            BuildCache.remove(directory: cacheDirectory)
        }
        BuildCache.removeLeftovers(directory: cacheDirectory)
        var previous: BuildCache?
        if options.incremental, identified, let cache = BuildCache.load(directory: cacheDirectory),
           cache.fingerprint == fingerprint,
           let identity = identity(outputPath), identity == (cache.outputDevice, cache.outputInode),
           dataFilesMatch(cache, outputPath: outputPath),
           OutputTransaction.sameFileSystem(cacheDirectory: cacheDirectory, destination: outputPath) {
            previous = cache
        }
        let serviceFiles = header.inventory.opds.flatMap { $0.services.map(\.file) }
        // Only a cache needs each file's identity before it is read (to reuse its results); a full build takes it
        // from the open file (`fstat`) as it reads it: one path lookup fewer per file.
        let stats = previous == nil ? [] : statAll(serviceFiles, root: options.root)
        return BuildPlan(mode: mode(previous: previous, serviceFiles: serviceFiles, stats: stats),
                         fingerprint: fingerprint, cacheDirectory: cacheDirectory, previous: previous,
                         serviceFiles: serviceFiles, stats: stats)
    }

    /// Full without a usable cache; up to date when the same files are there with the same stat identity.
    static func mode(previous: BuildCache?, serviceFiles: [String], stats: [FileStat?]) -> BuildPlan.Mode {
        guard let previous else { return .full }
        if serviceFiles.count == previous.services.count, stats.count == serviceFiles.count,
           zip(zip(serviceFiles, stats), previous.services).allSatisfy({ $0.0 == $1.file && $0.1 == $1.stat }) {
            return .upToDate
        }
        return .incremental
    }

    /// `stat` of every file, on all cores.
    static func statAll(_ files: [String], root: String) -> [FileStat?] {
        let slots = Locked([FileStat?](repeating: nil, count: files.count))
        let chunk = 256
        DispatchQueue.concurrentPerform(iterations: (files.count + chunk - 1) / chunk) { c in
            var local: [(Int, FileStat?)] = []
            for i in (c * chunk)..<min(files.count, (c + 1) * chunk) { local.append((i, FileStat(path: root + "/" + files[i]))) }
            slots.withLock { for (i, v) in local { $0[i] = v } }
        }
        return slots.value
    }

    /// Everything besides the service files that the output depends on. Any change means a full build.
    static func fingerprint(options: BuildOptions, header: SiteLoader.Header, theme: Theme, outputPath: String) -> UInt64 {
        var h = FNV64()
        h.add("standar-\(BuildCache.formatVersion)-\(StandarVersion.current)")
        h.add(outputPath)
        h.add(options.baseURL ?? "-")
        h.add(options.allowIncomplete ? "lengkap-tidak-wajib" : "lengkap-wajib")
        h.add(options.includeDrafts ? "dengan-draf" : "tanpa-draf")
        h.add(options.leaveOutBrokenFiles ? "tanpa-berkas-bergalat" : "semua-berkas")
        h.add(options.today.description)
        for file in [header.inventory.siteIndex].compactMap({ $0 }) + header.inventory.opds.map({ $0.index ?? $0.folder }) {
            h.add(file)
            if case .bytes(let bytes) = FileSystem.read(options.root + "/" + file, limit: SiteLoader.maxFileSize) {
                h.add(bytes)
            }
        }
        // Maklumat and SKM files (see PekpppLoader) are read with the header: any change means a full build.
        for file in header.inventory.opds.flatMap({ [$0.maklumat].compactMap { $0 } + $0.skmFiles }) {
            h.add(file)
            if case .bytes(let bytes) = FileSystem.read(options.root + "/" + file, limit: PekpppLoader.maxSurveyFileSize) {
                h.add(bytes)
            }
        }
        for (name, file) in theme.templates.sorted(by: { $0.key < $1.key }) { h.add(name); h.add(file.bytes) }
        for (name, file) in theme.assets.sorted(by: { $0.key < $1.key }) { h.add(name); h.add(file.bytes) }
        // Scan findings (bad names, links, stray files) are not cached per file: include them.
        for d in header.diagnostics { h.add(d.file + d.rule + d.message) }
        return h.value
    }

    /// The data files are as long as the cache recorded: an incremental build copies rows from them at the
    /// recorded offsets, so a cache older or newer than the files must not be used.
    static func dataFilesMatch(_ cache: BuildCache, outputPath: String) -> Bool {
        FileStat(path: outputPath + "/data/layanan.json")?.size == cache.jsonLength
            && FileStat(path: outputPath + "/data/layanan.csv")?.size == cache.csvLength
    }

    /// Device and inode of a folder: the output a cache describes.
    static func identity(_ path: String) -> (Int, Int)? {
        var st = stat()
        guard stat(path, &st) == 0 else { return nil }
        return (Int(st.st_dev), Int(st.st_ino))
    }
}
