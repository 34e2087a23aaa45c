import Foundation

/// Writes `/<opd>/cetak/`, the posters of all of an OPD's standards on one page to print.
///
/// Posters only exist while each service file is processed, so they are gathered in the order the files are
/// consumed (grouped by OPD folder) and each OPD's page is written as soon as its last file is consumed: at
/// most one OPD's posters are held at a time. An incremental build rewrites an OPD's page only when one of
/// its standards was read again or its number of standards changed; the posters of the others are taken back
/// from their `papan` pages in the current output (between `PageContexts.posterStart` and `posterEnd`).
final class PrintCollector {
    let contexts: PageContexts
    /// Renders a named template of the theme into the buffer given (the build's page renderer), which it
    /// replaces by a buffer of at least its capacity; false when the theme has no such template.
    let render: (String, TemplateValue, inout [UInt8]) -> Bool
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

    /// - Parameter render: renders into a buffer, as `PageRenderer.render(_:_:into:)`: the page is written into a
    ///   buffer sized for its posters up front (`pageCapacity`).
    init(opds: [OPD], contexts: PageContexts, render: @escaping (String, TemplateValue, inout [UInt8]) -> Bool,
         sink: any PageSink, outputPath: String, previous: BuildCache?) {
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

    /// A collector whose renderer returns a new buffer for each page, as `PageRenderer.renderBytes`: the page then
    /// starts in 32 KiB and grows as it is written (the booklet of 200 posters, 1.4 MB, was copied about three
    /// times over, callgrind). The build's collector was made so before; the tests compare the two.
    convenience init(opds: [OPD], contexts: PageContexts, render: @escaping (String, TemplateValue) -> [UInt8]?,
                     sink: any PageSink, outputPath: String, previous: BuildCache?) {
        self.init(opds: opds, contexts: contexts, render: { name, context, out in
            guard let page = render(name, context) else { return false }
            out = page
            return true
        }, sink: sink, outputPath: outputPath, previous: previous)
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
        // Written once into a buffer of about its final size: the posters and the page around them. Grown from the
        // renderer's 32 KiB, the page was copied at each doubling and once more into an array of its own (17 M of
        // the 18 M instructions of the print pages, callgrind).
        var html: [UInt8] = []
        html.reserveCapacity(Self.pageCapacity(posters))
        guard render("cetak", contexts.print(opd: opd, posters: posters), &html) else { throw RenderFailed() }
        try sink.write(PageContexts.printPath(opd) + "index.html", html)
    }

    /// Room for an OPD's print page: its posters' bytes, and a margin for the page around them (head, foot and
    /// what the theme writes around each poster). A theme that writes more only makes the buffer grow.
    static func pageCapacity(_ posters: [[UInt8]]) -> Int {
        var bytes = 64 * 1024
        for poster in posters { bytes += poster.count + 256 }
        return bytes
    }

    /// The poster inside the current output's `papan` page of the service at `path`, as valid UTF-8 (the page
    /// is read as text: a damaged byte becomes U+FFFD, as everything read from disk is untrusted).
    func readBack(_ path: String) -> [UInt8]? {
        guard case .bytes(let bytes) = FileSystem.read(outputPath + "/" + path + PageContexts.posterFile, limit: 16 << 20)
        else { return nil }
        // Decoded first, so that damaged bytes become U+FFFD; then the ASCII markers are found in the bytes
        // (Foundation's `range(of:)` was 8% of a one-change rebuild of 10,000 services, perf).
        var page = String(decoding: bytes, as: UTF8.self)
        return page.withUTF8 { utf8 -> [UInt8]? in
            guard let start = Self.find(PageContexts.posterStart, in: utf8, from: 0) else { return nil }
            let from = start + PageContexts.posterStart.utf8.count
            guard let end = Self.find(PageContexts.posterEnd, in: utf8, from: from) else { return nil }
            return Array(utf8[from..<end])
        }
    }

    /// Where the bytes of `marker` (not empty) first occur in `bytes` at or after `from`: its first byte found with
    /// `memchr`, the rest compared with `memcmp`.
    static func find(_ marker: String, in bytes: UnsafeBufferPointer<UInt8>, from: Int) -> Int? {
        let needle = Array(marker.utf8)
        guard let first = needle.first, from >= 0, let base = bytes.baseAddress else { return nil }
        return needle.withUnsafeBytes { n -> Int? in
            guard let n = n.baseAddress else { return nil }
            var i = from
            while needle.count <= bytes.count - i {
                guard let hit = memchr(base + i, Int32(first), bytes.count - i - needle.count + 1) else { return nil }
                let at = UnsafeRawPointer(hit) - UnsafeRawPointer(base)
                if memcmp(base + at, n, needle.count) == 0 { return at }
                i = at + 1
            }
            return nil
        }
    }
}
