import Dispatch
#if canImport(Glibc)
import Glibc
#endif
import Mustache

/// Options of `standar build`.
public struct BuildOptions: Sendable {
    public var root: String
    public var output: String
    public var baseURL: String?
    public var allowIncomplete: Bool
    public var today: SimpleDate
    /// Render with swift-mustache even when the compiled renderer could (tests compare the two).
    public var referenceRenderer = false
    /// Reuse `.standar/cache` to rewrite only what changed; off means a full build that leaves no cache.
    public var incremental = true
    /// Publish drafts too, marked incomplete where they are (the preview of `standar serve`; never `build`).
    public var includeDrafts = false

    public init(root: String, output: String, baseURL: String? = nil, allowIncomplete: Bool = false, today: SimpleDate,
                incremental: Bool = true) {
        self.incremental = incremental
        self.root = root
        self.output = output
        self.baseURL = baseURL
        self.allowIncomplete = allowIncomplete
        self.today = today
    }
}

/// What a build did.
public struct BuildReport: Sendable {
    public var diagnostics: [Diagnostic] = []
    /// Pages and files written; 0 when the build stopped before writing.
    public var pages = 0
    public var files = 0
    public var services = 0
    public var incomplete = 0
    public var drafts = 0
    /// True when the build updated the previous output instead of writing a new one.
    public var incremental = false
    /// Files written or removed by an incremental build.
    public var changedFiles = 0
    /// The step that stopped the build, nil when it finished.
    public var stoppedAt: SiteBuilder.Step?
    public var writeError: String?
    /// Things the build says once that are not findings (no git history).
    public var notes: [String] = []

    public var succeeded: Bool { stoppedAt == nil }
    public var errorCount: Int { diagnostics.count { $0.severity == .error } }
    public var warningCount: Int { diagnostics.count { $0.severity == .warning } }
}

/// `standar build` as a pipeline of named steps: header (site and OPD files) → theme → services (read, check,
/// render and write each page as soon as its file is read, on all cores) → listings and data → publish.
///
/// A full build writes a staging folder and swaps it in; an incremental build (when `.standar/cache` describes
/// the current output and nothing outside the service files changed) re-reads only the service files whose
/// size, modification time or inode changed, and rewrites only the files whose bytes change, through an
/// `OutputTransaction`. Either way the output is untouched until the whole new site is written without error.
public enum SiteBuilder {
    public enum Step: String, Sendable {
        case check = "pemeriksaan isi"
        case theme = "pemeriksaan tema"
        case write = "penulisan keluaran"
    }

    /// Renders with the compiled templates when the theme allows, else with swift-mustache.
    struct PageRenderer: Sendable {
        let fast: TemplateSet?
        let library: MustacheLibrary

        func render(_ template: String, _ context: TemplateValue) -> String? {
            if let fast { return fast.render(template, context) }
            return library.render(context.foundationValue ?? [String: Any](), withTemplate: template)
        }
    }

    struct RenderError: Error, CustomStringConvertible {
        var template: String
        var description: String { "templat \"\(template)\" tidak dapat dirender" }
    }

    /// What the parallel pass keeps of each service file.
    struct ServiceResult: Sendable {
        var file: String
        var stat: FileStat?
        var diagnostics: [Diagnostic] = []
        var draft = false
        var summary: ServiceSummary?
        var searchText = ""
        /// New rows for the data files; nil when reused from the previous output (`reused` set).
        var json: String?
        var csv: String?
        var reused: BuildCache.Service?
    }

    public static func build(_ options: BuildOptions) -> BuildReport {
        var report = BuildReport()
        let loader = SiteLoader(root: options.root)
        let outputPath = options.output.hasPrefix("/") || options.root == "." ? options.output : options.root + "/" + options.output
        // A second build of the same output waits here until this one is done (see BuildLock).
        let lock = BuildLock.acquire(root: options.root, output: outputPath, display: options.output)
        defer { lock.release() }

        // 1. Site and OPD files.
        let header = loader.loadHeader()
        var diagnostics = header.diagnostics + PekpppLoader.findings(header.opds, today: options.today)
        let config = header.config
        let opds = SiteModel.publishedOPDs(header.opds)

        // 2. Theme: load, compile, check names — before anything is written.
        let (theme, themeLoadProblems) = Theme.load(root: options.root, name: config.tema)
        let (library, compileProblems) = theme.compile()
        let themeProblems = themeLoadProblems + compileProblems
            + theme.unknownVariables(vocabulary: PageContexts.vocabulary(config: config))
        if themeProblems.contains(where: { $0.severity == .error }) {
            report.diagnostics = (diagnostics + themeProblems).sorted(by: Diagnostic.ordered)
            report.stoppedAt = .theme
            return report
        }
        diagnostics += themeProblems
        let renderer = PageRenderer(
            fast: options.referenceRenderer ? nil : TemplateSet(sources: theme.templates.mapValues(\.text)),
            library: library)
        let css = theme.assets["gaya.css"].map { "assets/gaya.css?v=" + Self.hash($0.bytes) } ?? "assets/gaya.css"
        let js = theme.assets["cari.js"].map { "assets/cari.js?v=" + Self.hash($0.bytes) } ?? "assets/cari.js"
        // Service pages need only the site-level parts of the model (config, base URL).
        let history = GitHistory.load(root: options.root)
        report.notes = [history.unavailable].compactMap { $0 }
        let shell = {
            var m = SiteModel(config: config, opds: opds, services: [], baseURL: options.baseURL)
            m.history = history.changes
            return m
        }()
        let serviceContexts = PageContexts(model: shell, cssAsset: css, jsAsset: js)

        // 3. Full or incremental?
        let fingerprint = Self.fingerprint(options: options, header: header, theme: theme, outputPath: outputPath) ^ history.digest
        OutputWriter.cleanLeftovers(outputPath)
        let cacheDirectory = BuildCache.directory(root: options.root, output: outputPath)
        OutputTransaction.recover(cacheDirectory: cacheDirectory, destination: outputPath)
        var previous: BuildCache?
        if options.incremental, let cache = BuildCache.load(directory: cacheDirectory), cache.fingerprint == fingerprint,
           let identity = Self.identity(outputPath), identity == (cache.outputDevice, cache.outputInode),
           OutputTransaction.sameFileSystem(cacheDirectory: cacheDirectory, destination: outputPath) {
            previous = cache
        }
        report.incremental = previous != nil
        let sink: PageSink
        let staging: OutputWriter?
        let transaction: OutputTransaction?
        do {
            if previous != nil {
                let t = try OutputTransaction(destination: outputPath, cacheDirectory: cacheDirectory)
                transaction = t
                staging = nil
                sink = t
            } else {
                let w = try OutputWriter(destination: outputPath)
                staging = w
                transaction = nil
                sink = w
            }
        } catch {
            report.diagnostics = diagnostics.sorted(by: Diagnostic.ordered)
            report.stoppedAt = .write
            report.writeError = String(describing: error)
            return report
        }
        let cachedByFile = Dictionary((previous?.services ?? []).map { ($0.file, $0) }, uniquingKeysWith: { a, _ in a })
        let failures = FailureBox()

        // The stat identity of every service file, taken once on all cores.
        let serviceFiles = header.inventory.opds.flatMap { $0.services.map(\.file) }
        let stats = Self.statAll(serviceFiles, root: options.root)
        // Nothing changed since the last build: the output is current.
        if let previous, serviceFiles.count == previous.services.count,
           zip(zip(serviceFiles, stats), previous.services).allSatisfy({ $0.0 == $1.file && $0.1 == $1.stat }) {
            transaction?.abandon()
            report.diagnostics = (diagnostics + previous.services.flatMap(\.diagnostics)).sorted(by: Diagnostic.ordered)
            report.services = previous.services.count { $0.summary != nil }
            report.drafts = previous.services.count { $0.draft }
            report.incomplete = previous.services.count { !($0.summary?.complete ?? true) }
            return report
        }

        // The data files are streamed in file order: new rows from changed files, old rows copied from the
        // previous files (whose byte ranges the cache recorded).
        let oldJSON = previous == nil ? nil : DataFileReader(outputPath + "/data/layanan.json")
        let oldCSV = previous == nil ? nil : DataFileReader(outputPath + "/data/layanan.csv")
        let jsonRows: RowAssembler
        let csvRows: RowAssembler
        do {
            jsonRows = try RowAssembler(stream: sink.openDataStream("data/layanan.json"), old: oldJSON,
                                        separator: [UInt8(ascii: ",")], head: Array(DataExports.servicesJSONHead(config).utf8))
            csvRows = try RowAssembler(stream: sink.openDataStream("data/layanan.csv"), old: oldCSV,
                                       separator: [], head: Array(DataExports.servicesCSVHead.utf8))
        } catch {
            // Abandoning the staging folder or transaction drops any stream already opened in it.
            staging?.abandon()
            transaction?.abandon()
            report.diagnostics = diagnostics.sorted(by: Diagnostic.ordered)
            report.stoppedAt = .write
            report.writeError = String(describing: error)
            return report
        }
        let json = jsonRows.stream
        let csv = csvRows.stream
        var jsonRanges: [String: Range<Int>] = [:]
        var csvRanges: [String: Range<Int>] = [:]
        var dataChanged = previous == nil

        // 4. Services: reuse unchanged files, or read, check, render and write them, in parallel.
        let context = RuleContext(requiredComponents: config.requiredComponents, today: options.today)
        let opdBySlug = Dictionary(opds.map { ($0.slug, $0) }, uniquingKeysWith: { a, _ in a })
        let errorSeen = FlagBox(diagnostics.contains { $0.severity == .error })
        let root = options.root
        var results: [ServiceResult] = []
        loader.forEachServiceFile(header, process: { file -> ServiceResult in
            let stat = file.index < stats.count ? stats[file.index] : FileStat(path: root + "/" + file.file)
            if let stat, let cached = cachedByFile[file.file], cached.stat == stat {
                if cached.diagnostics.contains(where: { $0.severity == .error }) { errorSeen.set() }
                return ServiceResult(file: file.file, stat: stat, diagnostics: cached.diagnostics, draft: cached.draft,
                                     summary: cached.summary, searchText: cached.searchText, reused: cached)
            }
            let loaded = file.load()
            var result = ServiceResult(file: file.file, stat: stat, diagnostics: loaded.diagnostics)
            guard let standard = loaded.standard else {
                if result.diagnostics.contains(where: { $0.severity == .error }) { errorSeen.set() }
                return result
            }
            result.diagnostics += Checker.findings(standard, context: context,
                                                   policy: SeverityPolicy(allowIncomplete: options.allowIncomplete))
            if result.diagnostics.contains(where: { $0.severity == .error }) { errorSeen.set() }
            result.draft = standard.draft
            guard !standard.draft || options.includeDrafts, Slug.problem(standard.slug) == nil,
                  let opd = opdBySlug[standard.opd] else { return result }
            let summary = ServiceSummary(standard, required: config.requiredComponents)
            result.summary = summary
            result.searchText = DataExports.searchText(for: summary, opd: opd)
            // Once any error is known the build will stop: skip the work of rendering.
            guard !errorSeen.value else { return result }
            result.json = DataExports.serviceJSON(standard, summary, opd: opd)
            result.csv = DataExports.serviceCSV(standard, summary, opd: opd, model: shell)
            guard let html = renderer.render("layanan", serviceContexts.service(standard, summary: summary, opd: opd)) else {
                failures.record(RenderError(template: "layanan"))
                return result
            }
            do { try sink.write(summary.path + "index.html", html.utf8) } catch { failures.record(error) }
            return result
        }, consume: { result in
            diagnostics += result.diagnostics
            var kept = result
            if result.summary != nil, !errorSeen.value {
                do {
                    if let row = result.json, let crow = result.csv {
                        jsonRanges[result.file] = try jsonRows.appendNew(Array(row.utf8))
                        csvRanges[result.file] = try csvRows.appendNew(Array(crow.utf8))
                        dataChanged = true
                    } else if let cached = result.reused, let jr = cached.json, let cr = cached.csv {
                        jsonRanges[result.file] = try jsonRows.appendOld(jr)
                        csvRanges[result.file] = try csvRows.appendOld(cr)
                    } else {
                        throw OutputWriter.WriteError(path: "data/layanan.json", reason: "cache tidak cocok dengan keluaran")
                    }
                } catch {
                    failures.record(error)
                }
            }
            // Only what the listings and the cache need is kept; page content and rows are already on disk.
            kept.json = nil
            kept.csv = nil
            kept.reused = nil
            results.append(kept)
        })
        report.diagnostics = diagnostics.sorted(by: Diagnostic.ordered)
        report.drafts = results.count { $0.draft }
        if report.errorCount > 0 || failures.first != nil {
            try? json.finish(keep: false)
            try? csv.finish(keep: false)
            staging?.abandon()
            transaction?.abandon()
            if let error = failures.first {
                report.stoppedAt = .write
                report.writeError = String(describing: error)
            } else {
                report.stoppedAt = .check
            }
            return report
        }

        // 5. Data files, listing pages, assets; then publish.
        let published = results.filter { $0.summary != nil }
        var model = SiteModel(config: config, opds: opds, services: published.compactMap(\.summary), baseURL: options.baseURL)
        model.today = options.today
        model.history = history.changes
        let contexts = PageContexts(model: model, cssAsset: css, jsAsset: js)
        do {
            var cache = BuildCache(fingerprint: fingerprint, outputDevice: 0, outputInode: 0, services: [],
                                   listings: [:], jsonLength: 0, csvLength: 0)
            try jsonRows.flush()
            try csvRows.flush()
            let tail = Array(DataExports.servicesJSONTail(count: jsonRows.count).utf8)
            try json.append(tail)
            // Removing a service changes the data files without any new row.
            if let previous, previous.services.count(where: { $0.summary != nil }) != jsonRows.count { dataChanged = true }
            try json.finish(keep: dataChanged)
            try csv.finish(keep: dataChanged)
            cache.jsonLength = jsonRows.offset + tail.count
            cache.csvLength = csvRows.offset
            var listingCount = 0
            // Listings show only summaries: when every published summary is as before (a body edit), they are.
            let scope = previous.map { Self.listingScope(previous: $0, published: published, model: model) } ?? .all
            switch scope {
            case .none:
                cache.listings = previous?.listings ?? [:]
                listingCount = cache.listings.count
            case .all, .some:
                // Listings outside the scope keep their bytes (and hashes) from the previous build.
                if case .some = scope { cache.listings = previous?.listings ?? [:] }
                try writeListings(model: model, contexts: contexts, renderer: renderer, theme: theme,
                                  searchTexts: published.map(\.searchText), scope: scope) { path, bytes in
                    let hash = FNV64.hashBytes(bytes)
                    cache.listings[path] = hash
                    listingCount += 1
                    if previous?.listings[path] != hash { try sink.write(path, bytes) }
                }
            }
            if let previous, let transaction {
                // Pages of services that are gone or no longer published, and listings that no longer exist.
                let pagesNow = Set(published.compactMap { $0.summary?.path })
                for old in previous.services {
                    if let path = old.summary?.path, !pagesNow.contains(path) { transaction.delete(path + "index.html") }
                }
                for path in previous.listings.keys where cache.listings[path] == nil { transaction.delete(path) }
            }
            cache.services = results.map { r in
                BuildCache.Service(file: r.file, stat: r.stat ?? FileStat(size: -1, mtime: -1, inode: -1), draft: r.draft,
                                   diagnostics: r.diagnostics, summary: r.summary, searchText: r.searchText,
                                   json: jsonRanges[r.file], csv: csvRanges[r.file])
            }
            if let staging { try staging.commit() }
            if let transaction { report.changedFiles = transaction.changeCount; try transaction.commit() }
            if let identity = Self.identity(outputPath) {
                cache.outputDevice = identity.0
                cache.outputInode = identity.1
                if options.incremental { cache.save(directory: cacheDirectory) }
            }
            report.services = published.count
            report.pages = published.count + contexts.pageCount + PekpppContexts.pageCount(model)
            report.files = published.count + listingCount + 2
            report.incomplete = published.count { !($0.summary?.complete ?? true) }
        } catch {
            staging?.abandon()
            transaction?.abandon()
            BuildCache.remove(directory: cacheDirectory)
            report.stoppedAt = .write
            report.writeError = String(describing: error)
        }
        return report
    }

    /// Renders every file of the listing step and hands each to `emit` (path, bytes), one at a time.
    /// Which listing pages a build must render again.
    enum ListingScope: Equatable {
        /// None: every summary is as before (a body edit).
        case none
        /// The site-wide pages, and the pages of these OPDs and these list page numbers.
        case some(opds: Set<Int>, listPages: Set<Int>)
        case all
    }

    /// Compares the published services with the previous build's: the same files in the same order with only
    /// some summaries changed (and no category) touch only their OPD's pages and their list page.
    static func listingScope(previous: BuildCache, published: [ServiceResult], model: SiteModel) -> ListingScope {
        let before = previous.services.filter { $0.summary != nil }
        guard before.count == published.count else { return .all }
        var opds: Set<Int> = []
        var pages: Set<Int> = []
        for (i, (old, new)) in zip(before, published).enumerated() {
            guard old.file == new.file else { return .all }
            if old.summary == new.summary, old.searchText == new.searchText { continue }
            guard old.summary?.kategori == new.summary?.kategori else { return .all }
            opds.insert(model.opdOf[i])
            pages.insert(i / PageContexts.pageSize + 1)
        }
        return opds.isEmpty ? .none : .some(opds: opds, listPages: pages)
    }

    static func writeListings(model: SiteModel, contexts: PageContexts, renderer: PageRenderer, theme: Theme,
                              searchTexts: [String], scope: ListingScope = .all,
                              emit: (String, [UInt8]) throws -> Void) throws {
        func inScope(opd o: Int) -> Bool {
            if case .some(let opds, _) = scope { return opds.contains(o) }
            return true
        }
        func inScope(page n: Int) -> Bool {
            if case .some(_, let pages) = scope { return pages.contains(n) }
            return true
        }
        func page(_ path: String, _ template: String, _ context: TemplateValue) throws {
            guard let html = renderer.render(template, context) else { throw RenderError(template: template) }
            try emit(path, Array(html.utf8))
        }
        try page("index.html", "beranda", contexts.home())
        for o in model.opds.indices where inScope(opd: o) {
            try page(model.opds[o].slug + "/index.html", "opd", contexts.opd(o))
        }
        for n in 1...contexts.listPageCount where inScope(page: n) {
            try page(PageContexts.listPath(n) + "index.html", "daftar-layanan", contexts.list(page: n))
        }
        try page("kepatuhan/index.html", "kepatuhan", contexts.compliance())
        for o in model.opds.indices where inScope(opd: o) {
            try page(PageContexts.compliancePath(model.opds[o]) + "index.html", "kepatuhan", contexts.compliance(opd: o))
        }
        try page("404.html", "404", contexts.notFound())
        for o in model.opds.indices where inScope(opd: o) && model.opds[o].pekppp.maklumat != nil {
            try page(PekpppContexts.maklumatPath(model.opds[o]) + "index.html", "maklumat", contexts.maklumatPage(o))
        }
        try page(PekpppContexts.skmPath + "index.html", "skm", contexts.skmPage())
        try page(PekpppContexts.changesPath + "index.html", "perubahan", contexts.changesPage())
        for (path, text) in SKMExports.files(model) { try emit(path, Array(text.utf8)) }
        for name in theme.assets.keys.sorted() {
            if let asset = theme.assets[name] { try emit("assets/" + name, asset.bytes) }
        }
        try emit("cari/indeks.json", Array(DataExports.searchIndex(model, searchTexts: searchTexts).utf8))
        try emit("feed.xml", Array(DataExports.feed(model).utf8))
        try emit("robots.txt", Array(DataExports.robots(model).utf8))
        var sitemapPages: [(path: String, date: SimpleDate?)] = [("", nil)]
        sitemapPages += model.opds.map { ($0.slug + "/", nil) }
        sitemapPages += model.services.map { ($0.path, $0.lastReviewed) }
        sitemapPages += (1...contexts.listPageCount).map { (PageContexts.listPath($0), nil) }
        sitemapPages.append(("kepatuhan/", nil))
        sitemapPages += model.opds.filter { $0.pekppp.maklumat != nil }.map { (PekpppContexts.maklumatPath($0), nil) }
            + [(PekpppContexts.skmPath, nil), (PekpppContexts.changesPath, nil)]
        sitemapPages += model.opds.map { (PageContexts.compliancePath($0), nil) }
        for (path, text) in DataExports.sitemaps(model, pages: sitemapPages) { try emit(path, Array(text.utf8)) }
    }

    /// `stat` of every file, on all cores.
    static func statAll(_ files: [String], root: String) -> [FileStat?] {
        let box = ResultSlots<FileStat>(count: files.count)
        let chunk = 256
        DispatchQueue.concurrentPerform(iterations: (files.count + chunk - 1) / chunk) { c in
            var local: [(Int, FileStat?)] = []
            for i in (c * chunk)..<min(files.count, (c + 1) * chunk) { local.append((i, FileStat(path: root + "/" + files[i]))) }
            box.set(local)
        }
        return box.values
    }

    /// Everything besides the service files that the output depends on. Any change means a full build.
    static func fingerprint(options: BuildOptions, header: SiteLoader.Header, theme: Theme, outputPath: String) -> UInt64 {
        var h = FNV64()
        h.add("standar-\(BuildCache.formatVersion)-\(StandarVersion.current)")
        h.add(outputPath)
        h.add(options.baseURL ?? "-")
        h.add(options.allowIncomplete ? "lengkap-tidak-wajib" : "lengkap-wajib")
        h.add(options.includeDrafts ? "dengan-draf" : "tanpa-draf")
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
            if case .bytes(let bytes) = FileSystem.read(options.root + "/" + file, limit: PekpppLoader.maxSurveyFileSize) { h.add(bytes) }
        }
        for (name, file) in theme.templates.sorted(by: { $0.key < $1.key }) { h.add(name); h.add(file.bytes) }
        for (name, file) in theme.assets.sorted(by: { $0.key < $1.key }) { h.add(name); h.add(file.bytes) }
        // Scan findings (bad names, links, stray files) are not cached per file: include them.
        for d in header.diagnostics { h.add(d.file + d.rule + d.message) }
        return h.value
    }

    static func identity(_ path: String) -> (Int, Int)? {
        var st = stat()
        guard stat(path, &st) == 0 else { return nil }
        return (Int(st.st_dev), Int(st.st_ino))
    }

    /// FNV-1a of the bytes, 8 hex digits: a cache-busting version for asset URLs.
    static func hash(_ bytes: [UInt8]) -> String {
        var h: UInt32 = 2_166_136_261
        for b in bytes { h = (h ^ UInt32(b)) &* 16_777_619 }
        let hex = String(h, radix: 16)
        return String(repeating: "0", count: 8 - hex.count) + hex
    }
}

/// Reads byte ranges of a previous data file.
final class DataFileReader {
    let fd: Int32
    init?(_ path: String) {
        fd = open(path, O_RDONLY | O_CLOEXEC)
        if fd < 0 { return nil }
    }
    deinit { close(fd) }

    func read(_ range: Range<Int>) -> [UInt8]? {
        var buffer = [UInt8](repeating: 0, count: range.count)
        var done = 0
        while done < range.count {
            let n = buffer.withUnsafeMutableBytes { raw -> Int in
                guard let base = raw.baseAddress else { return -1 }
                return pread(fd, base + done, range.count - done, off_t(range.lowerBound + done))
            }
            if n <= 0 { return nil }
            done += n
        }
        return buffer
    }
}

/// Results of concurrent workers by index.
final class ResultSlots<T>: @unchecked Sendable {
    private var slots: [T?]
    private let lock = NSLock()
    init(count: Int) { slots = Array(repeating: nil, count: count) }
    func set(_ values: [(Int, T?)]) {
        lock.lock()
        for (i, v) in values { slots[i] = v }
        lock.unlock()
    }
    var values: [T?] { lock.lock(); defer { lock.unlock() }; return slots }
}

/// A flag set by any worker, read by all.
final class FlagBox: @unchecked Sendable {
    private var flag: Bool
    private let lock = NSLock()
    init(_ value: Bool) { flag = value }
    func set() { lock.lock(); flag = true; lock.unlock() }
    var value: Bool { lock.lock(); defer { lock.unlock() }; return flag }
}

/// The first error raised by concurrent workers.
final class FailureBox: @unchecked Sendable {
    private var error: Error?
    private let lock = NSLock()
    func record(_ e: Error) { lock.lock(); if error == nil { error = e }; lock.unlock() }
    var first: Error? { lock.lock(); defer { lock.unlock() }; return error }
}

import Foundation

extension BuildReport: CustomStringConvertible {
    public var description: String {
        "BuildReport(stoppedAt: \(stoppedAt?.rawValue ?? "-"), pages: \(pages), errors: \(diagnostics.filter { $0.severity == .error }.prefix(5).map { "\($0.file):\($0.line) \($0.message)" }))"
    }
}
