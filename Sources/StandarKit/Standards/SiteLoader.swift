import Dispatch
import Foundation

/// Reads a whole site: scans `content/`, reads every file (in parallel; only the cmark call is serialized),
/// and builds the site model. Never throws: every problem becomes a diagnostic.
public struct SiteLoader: Sendable {
    /// Content files larger than this are refused (`too-large`): real standards are a few kilobytes, and
    /// Debian's cmark-gfm has quadratic-time inputs.
    public static let maxFileSize = 256 * 1024

    public var root: String

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
    }

    public func load() -> Site {
        let inventory = ContentScanner.scan(root: root)
        var diagnostics = inventory.diagnostics
        let reader = FrontMatterReader()

        // Site index.
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

        // OPD indexes and services, read in parallel.
        struct Job { var opd: Int; var service: Int? ; var file: String }
        var jobs: [Job] = []
        for (o, opd) in inventory.opds.enumerated() {
            if let index = opd.index { jobs.append(Job(opd: o, service: nil, file: index)) }
            for (s, service) in opd.services.enumerated() { jobs.append(Job(opd: o, service: s, file: service.file)) }
        }
        let results = ResultBox<LoadedFile>(count: jobs.count)
        let jobList = jobs
        let chunk = 16
        let builder = StandardBuilder()
        let entries = inventory.opds
        DispatchQueue.concurrentPerform(iterations: (jobList.count + chunk - 1) / chunk) { c in
            let localReader = FrontMatterReader()
            for i in (c * chunk)..<min(jobList.count, (c + 1) * chunk) {
                let job = jobList[i]
                let schema = job.service == nil ? FrontMatterSchema.opd : FrontMatterSchema.service
                var loaded = loadFile(job.file, schema: schema, reader: localReader)
                if let s = job.service, loaded.readable {
                    let opd = entries[job.opd]
                    let (standard, found) = builder.build(
                        file: opd.services[s].file, opd: opd.slug, slug: opd.services[s].slug,
                        frontMatter: loaded.frontMatter, markdown: loaded.markdown,
                        bodyLineOffset: loaded.bodyLineOffset, lastLine: loaded.lineCount)
                    loaded.diagnostics += found
                    loaded.standard = standard
                    loaded.markdown = MarkdownDocument(blocks: [])
                }
                results[i] = loaded
            }
        }

        var opds: [OPD] = []
        var services: [ServiceStandard] = []
        var indexResults: [Int: LoadedFile] = [:]
        var serviceResults: [Int: [(Int, LoadedFile)]] = [:]
        for (i, job) in jobList.enumerated() {
            guard let loaded = results[i] else { continue }
            if let s = job.service { serviceResults[job.opd, default: []].append((s, loaded)) }
            else { indexResults[job.opd] = loaded }
        }
        for (o, entry) in inventory.opds.enumerated() {
            let index = indexResults[o]
            if let index { diagnostics += index.diagnostics }
            let fm = index?.frontMatter ?? FrontMatter()
            opds.append(OPD(
                slug: entry.slug, file: entry.index ?? entry.folder, hasIndex: entry.index != nil,
                nama: fm["nama"]?.text ?? entry.slug, singkatan: fm["singkatan"]?.text, alamat: fm["alamat"]?.text,
                telepon: fm["telepon"]?.text, email: fm["email"]?.text, situs: fm["situs"]?.text,
                jamLayanan: fm["jam_layanan"]?.text, body: index?.markdown.blocks ?? []))
            for (_, loaded) in serviceResults[o] ?? [] {
                diagnostics += loaded.diagnostics
                if let standard = loaded.standard { services.append(standard) }
            }
        }
        diagnostics += Self.slugCollisions(inventory)
        services.sort { ($0.opd, $0.slug) < ($1.opd, $1.slug) }
        return Site(root: root, config: config, opds: opds, services: services, diagnostics: diagnostics,
                    fileCount: inventory.fileCount)
    }

    func loadFile(_ file: String, schema: [FieldSpec], reader: FrontMatterReader) -> LoadedFile {
        var loaded = LoadedFile()
        func fail(_ rule: RuleDescription, line: Int = 1, column: Int = 1, _ message: String, _ hint: String?) {
            loaded.diagnostics.append(Diagnostic(rule, file: file, line: line, column: column, message: message, hint: hint))
        }
        let bytes: [UInt8]
        switch FileSystem.read(root + "/" + file, limit: Self.maxFileSize) {
        case .bytes(let b): bytes = b
        case .tooLarge(let size):
            fail(Rules.tooLarge, "berkas berukuran \(size / 1024) KiB, melebihi batas \(Self.maxFileSize / 1024) KiB",
                 "standar pelayanan biasanya hanya beberapa KiB; pecah menjadi beberapa standar atau hapus isi yang tidak perlu (gambar tempelan, tabel sangat besar)")
            return loaded
        case .failed(let reason):
            fail(Rules.encoding, "berkas tidak dapat dibaca: \(reason)", "periksa izin akses berkas")
            return loaded
        }
        if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
            fail(Rules.emptyFile, "berkas kosong", "isi berkas dengan front matter dan komponen standar, atau hapus berkas ini; \"standar new\" membuat kerangkanya")
            return loaded
        }
        let text: String
        switch SourceDecoder.decode(bytes) {
        case .success(let t): text = t
        case .failure(let problem):
            fail(Rules.encoding, line: problem.line, column: problem.column, problem.message, problem.hint)
            return loaded
        }
        let split = FrontMatterSplit.split(text)
        loaded.frontMatter = reader.read(split, schema: schema, file: file)
        loaded.diagnostics += loaded.frontMatter.diagnostics
        loaded.bodyLineOffset = split.bodyStartLine - 1
        loaded.lineCount = text.utf8.reduce(1) { $1 == 0x0A ? $0 + 1 : $0 } - (text.hasSuffix("\n") ? 1 : 0)
        loaded.markdown = MarkdownParser.parse(split.body)
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
                    out.append(Diagnostic(Rules.duplicateSlug, file: item.file, line: 1,
                                          message: "alamat \"\(key)\" sudah dipakai oleh \(first)",
                                          hint: "ganti nama salah satu berkas atau folder agar alamatnya berbeda"))
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

/// Slots written by index from concurrent workers; each index is written once.
final class ResultBox<T>: @unchecked Sendable {
    private var storage: [T?]
    private let lock = NSLock()
    init(count: Int) { storage = Array(repeating: nil, count: count) }
    subscript(i: Int) -> T? {
        get { lock.lock(); defer { lock.unlock() }; return storage[i] }
        set { lock.lock(); storage[i] = newValue; lock.unlock() }
    }
}
