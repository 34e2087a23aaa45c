/// Writes `/<opd>/cetak/`, the posters of all of an OPD's standards on one page to print.
///
/// Posters only exist while each service file is processed, so they are gathered in the order the files are
/// consumed (grouped by OPD folder) and each OPD's page is written as soon as its last file is consumed: at
/// most one OPD's posters are held at a time. An incremental build rewrites an OPD's page only when one of
/// its standards was read again or its number of standards changed; the posters of the others are taken back
/// from their `papan` pages in the current output (between `PageContexts.posterStart` and `posterEnd`).
final class PrintCollector {
    let contexts: PageContexts
    /// Renders a named template of the theme (the build's page renderer).
    let render: (String, TemplateValue) -> [UInt8]?
    let sink: any PageSink
    let outputPath: String
    let opds: [OPD]
    let opdBySlug: [String: OPD]
    /// Published standards per OPD in the previous build; nil for a full build (every page is written).
    let previousCounts: [String: Int]?
    private var current: String?
    private var entries: [(path: String, poster: [UInt8]?)] = []
    private var done: Set<String> = []

    struct RenderFailed: Error, CustomStringConvertible {
        var description: String { "templat \"cetak\" tidak dapat dirender" }
    }

    init(opds: [OPD], contexts: PageContexts, render: @escaping (String, TemplateValue) -> [UInt8]?, sink: any PageSink,
         outputPath: String, previous: BuildCache?) {
        self.opds = opds
        self.contexts = contexts
        self.render = render
        self.sink = sink
        self.outputPath = outputPath
        opdBySlug = Dictionary(opds.map { ($0.slug, $0) }, uniquingKeysWith: { a, _ in a })
        previousCounts = previous.map { cache in
            var counts: [String: Int] = [:]
            for s in cache.services { if let opd = s.summary?.opd { counts[opd, default: 0] += 1 } }
            return counts
        }
    }

    /// One published standard, in consumption order; `poster` is nil when its file was not read again.
    func add(opd: String, path: String, poster: [UInt8]?) throws {
        if opd != current {
            try flush()
            current = opd
        }
        entries.append((path, poster))
    }

    /// Writes the last OPD's page, and the (empty) page of every OPD left without a published standard.
    func finish() throws {
        try flush()
        for opd in opds where !done.contains(opd.slug) {
            if previousCounts.map({ ($0[opd.slug] ?? 0) != 0 }) ?? true { try write(opd, posters: []) }
        }
    }

    private func flush() throws {
        defer { entries = [] }
        guard let slug = current, let opd = opdBySlug[slug], !done.contains(slug) else { return }
        done.insert(slug)
        let needed = previousCounts.map { $0[slug] != entries.count } ?? true || entries.contains { $0.poster != nil }
        guard needed else { return }
        try write(opd, posters: entries.map { $0.poster ?? readBack($0.path) ?? [] })
    }

    private func write(_ opd: OPD, posters: [[UInt8]]) throws {
        guard let html = render("cetak", contexts.print(opd: opd, posters: posters)) else { throw RenderFailed() }
        try sink.write(PageContexts.printPath(opd) + "index.html", html)
    }

    /// The poster inside the current output's `papan` page of the service at `path`, as valid UTF-8 (the page
    /// is read as text: a damaged byte becomes U+FFFD, as everything read from disk is untrusted).
    func readBack(_ path: String) -> [UInt8]? {
        guard case .bytes(let bytes) = FileSystem.read(outputPath + "/" + path + "papan/index.html", limit: 16 << 20)
        else { return nil }
        let page = String(decoding: bytes, as: UTF8.self)
        guard let start = page.range(of: PageContexts.posterStart),
              let end = page.range(of: PageContexts.posterEnd, range: start.upperBound..<page.endIndex) else { return nil }
        return Array(page[start.upperBound..<end.lowerBound].utf8)
    }
}
