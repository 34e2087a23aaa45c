import Dispatch
import Foundation

/// Reads a whole site: scans `content/`, reads every file (in parallel; only the cmark call is serialized),
/// and builds the site model. Never throws: every problem becomes a diagnostic.
public struct SiteLoader: Sendable {
    /// Content files larger than this are refused (`too-large`): real standards are a few kilobytes, and
    /// Debian's cmark-gfm has quadratic-time inputs.
    public static let maxFileSize = 256 * 1024

    public var root: String
    let headingCache = HeadingMatchCache()

    public init(root: String) {
        self.root = root
    }

    /// One file read and parsed.
    struct LoadedFile: Sendable {
        var frontMatter = FrontMatter()
        var markdown = MarkdownDocument(blocks: [])
        var bodyLineOffset = 0
        var lineCount = 1
        var diagnostics: [Diagnostic] = []
        var readable = false
        var standard: ServiceStandard?
        /// The identity of the file read (`fstat` of the open file); nil when it could not be opened.
        var stat: FileStat?
    }

    /// Everything but the services: the scan, the site index and the OPD indexes.
    public struct Header: Sendable {
        public var config: SiteConfig
        public var opds: [OPD]
        public var inventory: ContentInventory
        /// Problems of the scan, the site index and the OPD indexes.
        public var diagnostics: [Diagnostic]
        public var fileCount: Int { inventory.fileCount }
    }

    /// One service file, read and parsed (the standard is nil when the file could not be read as text).
    public struct LoadedService: Sendable {
        public var file: String
        public var opd: String
        public var slug: String
        public var standard: ServiceStandard?
        public var diagnostics: [Diagnostic]
        /// The identity of the file read (`fstat` of the open file); nil when it could not be opened.
        var stat: FileStat?
    }

    public func loadHeader() -> Header {
        let inventory = ContentScanner.scan(root: root)
        var diagnostics = inventory.diagnostics
        let reader = FrontMatterReader.shared
        var config = SiteConfig(file: "content/_index.md", judul: "Standar Pelayanan")
        if let siteFile = inventory.siteIndex {
            let loaded = loadFile(siteFile, schema: FrontMatterSchema.site, reader: reader)
            diagnostics += loaded.diagnostics
            let fm = loaded.frontMatter
            config = SiteConfig(
                file: siteFile, judul: fm["judul"]?.text ?? "Standar Pelayanan", pemda: fm["pemda"]?.text,
                baseURL: fm["base_url"]?.text, tema: fm["tema"]?.text,
                requiredComponents: fm["komponen_wajib"].map { $0.list.compactMap(ComponentID.init(id:)) }
                    .map { ids in ComponentID.allCases.filter(ids.contains) } ?? ComponentID.allCases,
                introduction: loaded.markdown.blocks)
        }
        var opds: [OPD] = []
        for entry in inventory.opds {
            var fm = FrontMatter()
            var body: [MarkdownBlock] = []
            if let index = entry.index {
                let loaded = loadFile(index, schema: FrontMatterSchema.opd, reader: reader)
                diagnostics += loaded.diagnostics
                fm = loaded.frontMatter
                body = loaded.markdown.blocks
            }
            opds.append(OPD(
                slug: entry.slug, file: entry.index ?? entry.folder, hasIndex: entry.index != nil,
                nama: fm["nama"]?.text ?? entry.slug, singkatan: fm["singkatan"]?.text, alamat: fm["alamat"]?.text,
                telepon: fm["telepon"]?.text, email: fm["email"]?.text, situs: fm["situs"]?.text,
                jamLayanan: fm["jam_layanan"]?.text, body: body))
            let (pekppp, found) = PekpppLoader.load(entry, loader: self)
            opds[opds.count - 1].pekppp = pekppp
            diagnostics += found
        }
        diagnostics += Self.slugCollisions(inventory)
        return Header(config: config, opds: opds, inventory: inventory, diagnostics: diagnostics)
    }

    /// One service file, not yet read: `load()` reads and parses it.
    public struct ServiceFile: Sendable {
        /// Position in file order.
        public var index: Int
        public var file: String
        public var opd: String
        public var slug: String
        let loader: SiteLoader

        public func load() -> LoadedService {
            let loaded = loader.loadFile(file, schema: FrontMatterSchema.service, reader: FrontMatterReader.shared)
            // Made once and returned as made (amended in a variable, the result was copied on its way out).
            guard loaded.readable else {
                return LoadedService(file: file, opd: opd, slug: slug, standard: nil, diagnostics: loaded.diagnostics,
                                     stat: loaded.stat)
            }
            let (standard, found) = StandardBuilder(cache: loader.headingCache).build(
                file: file, opd: opd, slug: slug, frontMatter: loaded.frontMatter, markdown: loaded.markdown,
                bodyLineOffset: loaded.bodyLineOffset, lastLine: loaded.lineCount)
            return LoadedService(file: file, opd: opd, slug: slug, standard: standard,
                                 diagnostics: found.isEmpty ? loaded.diagnostics : loaded.diagnostics + found,
                                 stat: loaded.stat)
        }
    }

    /// Visits every service file on all cores. `process` runs in parallel, one call per file; `consume` gets
    /// the results one at a time in file order (by OPD slug, then service slug), so results can be streamed to
    /// disk without holding them all.
    public func forEachServiceFile<R: Sendable>(_ header: Header, process: @escaping @Sendable (ServiceFile) -> R,
                                                consume: (R) -> Void) {
        let files: [ServiceFile] = header.inventory.opds.flatMap { opd in
            opd.services.map { ServiceFile(index: 0, file: $0.file, opd: opd.slug, slug: $0.slug, loader: self) }
        }.enumerated().map { i, f in
            var f = f
            f.index = i
            return f
        }
        let chunk = 16
        let chunkCount = (files.count + chunk - 1) / chunk
        withoutActuallyEscaping(consume) { consume in
            // Batches that finish early wait under the lock until every earlier one was consumed.
            let delivery = Locked(InOrder<[R]>(consume: { batch in for r in batch { consume(r) } }))
            DispatchQueue.concurrentPerform(iterations: chunkCount) { c in
                var results: [R] = []
                for i in (c * chunk)..<min(files.count, (c + 1) * chunk) {
                    results.append(process(files[i]))
                }
                delivery.withLock { $0.put(c, results) }
            }
        }
    }

    /// Reads and parses every service file on all cores (see `forEachServiceFile`).
    public func streamServices<R: Sendable>(_ header: Header, process: @escaping @Sendable (LoadedService) -> R,
                                            consume: (R) -> Void) {
        forEachServiceFile(header, process: { process($0.load()) }, consume: consume)
    }

    func loadFile(_ file: String, schema: [FieldSpec], reader: FrontMatterReader) -> LoadedFile {
        var loaded = LoadedFile()
        let bytes: [UInt8]
        switch FileSystem.read(root + "/" + file, limit: Self.maxFileSize, identity: &loaded.stat) {
        case .bytes(let b): bytes = b
        case .tooLarge(let size):
            loaded.diagnostics.append(TooLargeRule.tooLarge(file: file, size: size, limit: Self.maxFileSize))
            return loaded
        case .failed(let reason):
            loaded.diagnostics.append(EncodingRule.unreadable(file: file, reason: reason))
            return loaded
        }
        if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
            loaded.diagnostics.append(EmptyFileRule.empty(file: file))
            return loaded
        }
        let text: String
        switch SourceDecoder.decodeCountingLines(bytes) {
        case .success(let decoded):
            text = decoded.text
            loaded.lineCount = decoded.lines
            for c in decoded.hidden { loaded.diagnostics.append(HiddenCharacterRule.finding(c, file: file)) }
        case .failure(let problem):
            loaded.diagnostics.append(EncodingRule.undecodable(file: file, problem.kind, line: problem.line,
                                                               column: problem.column))
            return loaded
        }
        let split = FrontMatterSplit.split(text)
        loaded.frontMatter = reader.read(split, schema: schema, file: file)
        loaded.diagnostics += loaded.frontMatter.diagnostics
        loaded.bodyLineOffset = split.bodyStartLine - 1
        // Word lists pasted as text become Markdown lists first (line numbers kept); inputs whose cost in
        // cmark-gfm grows faster than the text are refused before the parse.
        let body = PastedText.normalize(split.body)
        if let problem = MarkdownComplexity.check(body) {
            loaded.diagnostics.append(TooComplexRule.finding(problem, file: file, line: loaded.bodyLineOffset + problem.line))
            return loaded
        }
        loaded.markdown = MarkdownParser.parse(body)
        loaded.readable = true
        return loaded
    }

    /// Slugs that differ only in letter case publish to the same address on case-insensitive hosts.
    static func slugCollisions(_ inventory: ContentInventory) -> [Diagnostic] {
        var out: [Diagnostic] = []
        func check(_ items: [(slug: String, file: String)]) {
            var seen: [String: String] = [:]
            for item in items {
                let key = item.slug.lowercased()
                if let first = seen[key] {
                    out.append(DuplicateSlugRule.collision(file: item.file, address: key, first: first))
                } else {
                    seen[key] = item.file
                }
            }
        }
        check(inventory.opds.map { ($0.slug, $0.folder) })
        for opd in inventory.opds { check(opd.services.map { ($0.slug, $0.file) }) }
        return out
    }
}

/// Hands results of concurrent workers to a consumer in index order, buffering those that arrive early.
/// Used only under a `Locked`, which is what makes the non-`Sendable` consumer safe to call from workers.
struct InOrder<T> {
    private var pending: [Int: T] = [:]
    private var next = 0
    let consume: (T) -> Void

    init(consume: @escaping (T) -> Void) { self.consume = consume }

    mutating func put(_ index: Int, _ value: T) {
        pending[index] = value
        while let ready = pending.removeValue(forKey: next) {
            consume(ready)
            next += 1
        }
    }
}
