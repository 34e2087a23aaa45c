import Dispatch
import Mustache

/// Options of `standar build`.
public struct BuildOptions: Sendable {
    public var root: String
    public var output: String
    public var baseURL: String?
    public var allowIncomplete: Bool
    public var today: SimpleDate

    public init(root: String, output: String, baseURL: String? = nil, allowIncomplete: Bool = false, today: SimpleDate) {
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
    public var check: CheckResult?
    /// Pages and files written; 0 when the build stopped before writing.
    public var pages = 0
    public var files = 0
    public var services = 0
    public var incomplete = 0
    public var drafts = 0
    /// The step that stopped the build, nil when it finished.
    public var stoppedAt: SiteBuilder.Step?
    public var writeError: String?

    public var succeeded: Bool { stoppedAt == nil }
    public var errorCount: Int { diagnostics.count { $0.severity == .error } }
    public var warningCount: Int { diagnostics.count { $0.severity == .warning } }
}

/// `standar build` as a pipeline of named steps: check → theme → model → render → write → swap. Nothing is
/// written before the checks pass, and the output folder is replaced only when every file is written.
public enum SiteBuilder {
    public enum Step: String, Sendable {
        case check = "pemeriksaan isi"
        case theme = "pemeriksaan tema"
        case write = "penulisan keluaran"
    }

    public static func build(_ options: BuildOptions) -> BuildReport {
        var report = BuildReport()

        // 1. Check the content.
        var result = Checker.run(root: options.root, today: options.today)
        if options.allowIncomplete {
            for i in result.diagnostics.indices
            where result.diagnostics[i].rule == Rules.missingComponent.id || result.diagnostics[i].rule == Rules.emptyComponent.id {
                result.diagnostics[i].severity = .warning
            }
        }
        report.check = result
        report.diagnostics = result.diagnostics
        if result.errorCount > 0 {
            report.stoppedAt = .check
            return report
        }

        // 2. Load and check the theme.
        let (theme, themeLoadProblems) = Theme.load(root: options.root, name: result.site.config.tema)
        let (library, compileProblems) = theme.compile()
        let model = SiteModel(result: result, baseURL: options.baseURL)
        let css = theme.assets["gaya.css"].map { "assets/gaya.css?v=" + Self.hash($0.bytes) } ?? "assets/gaya.css"
        let js = theme.assets["cari.js"].map { "assets/cari.js?v=" + Self.hash($0.bytes) } ?? "assets/cari.js"
        let contexts = PageContexts(model: model, cssAsset: css, jsAsset: js)
        let themeProblems = themeLoadProblems + compileProblems + theme.unknownVariables(vocabulary: contexts.vocabulary())
        report.diagnostics += themeProblems
        report.diagnostics.sort(by: Diagnostic.ordered)
        if themeProblems.contains(where: { $0.severity == .error }) {
            report.stoppedAt = .theme
            return report
        }
        report.services = model.entries.count
        report.incomplete = model.entries.count { !$0.complete }
        report.drafts = result.site.services.count { $0.draft }

        // 3. Render and write into a staging folder, then swap it in.
        do {
            let writer = try OutputWriter(destination: options.root == "." || options.output.hasPrefix("/")
                                          ? options.output : options.root + "/" + options.output)
            do {
                let counts = try write(model: model, contexts: contexts, library: library, theme: theme, to: writer)
                try writer.commit()
                report.pages = counts.pages
                report.files = counts.files
            } catch {
                writer.abandon()
                throw error
            }
        } catch {
            report.stoppedAt = .write
            report.writeError = String(describing: error)
        }
        return report
    }

    struct RenderError: Error, CustomStringConvertible {
        var template: String
        var description: String { "templat \"\(template)\" tidak dapat dirender" }
    }

    static func write(model: SiteModel, contexts: PageContexts, library: MustacheLibrary, theme: Theme,
                      to writer: OutputWriter) throws -> (pages: Int, files: Int) {
        var pages = 0
        var files = 0
        func page(_ path: String, _ template: String, _ context: [String: Any]) throws {
            guard let html = library.render(PageContexts.dropEmptyText(context) as Any, withTemplate: template) else {
                throw RenderError(template: template)
            }
            try writer.write(path, text: html)
            pages += 1
        }
        try page("index.html", "beranda", contexts.home())
        for o in model.opds.indices {
            try page(model.opds[o].slug + "/index.html", "opd", contexts.opd(o))
        }
        for n in 1...contexts.listPageCount {
            try page(PageContexts.listPath(n) + "index.html", "daftar-layanan", contexts.list(page: n))
        }
        try page("kepatuhan/index.html", "kepatuhan", contexts.compliance())
        try page("404.html", "404", contexts.notFound())

        // Service pages: the bulk of the work, rendered on all cores.
        let failures = FailureBox()
        let count = model.entries.count
        let chunk = 32
        DispatchQueue.concurrentPerform(iterations: (count + chunk - 1) / chunk) { c in
            for i in (c * chunk)..<min(count, (c + 1) * chunk) {
                let path = model.entries[i].path + "index.html"
                guard let html = library.render(PageContexts.dropEmptyText(contexts.service(i)) as Any,
                                                withTemplate: "layanan") else {
                    failures.record(RenderError(template: "layanan"))
                    return
                }
                do { try writer.write(path, text: html) } catch { failures.record(error) }
            }
        }
        if let error = failures.first { throw error }
        pages += count

        for name in theme.assets.keys.sorted() {
            guard let asset = theme.assets[name] else { continue }
            try writer.write("assets/" + name, asset.bytes)
            files += 1
        }
        try writer.write("data/layanan.json", text: DataExports.servicesJSON(model))
        try writer.write("data/layanan.csv", text: DataExports.servicesCSV(model))
        try writer.write("cari/indeks.json", text: DataExports.searchIndex(model))
        try writer.write("feed.xml", text: DataExports.feed(model))
        try writer.write("robots.txt", text: DataExports.robots(model))
        files += 5
        var sitemapPages: [(path: String, date: SimpleDate?)] = [("", nil)]
        sitemapPages += model.opds.map { ($0.slug + "/", nil) }
        sitemapPages += model.entries.map { ($0.path, $0.standard.lastReviewed) }
        sitemapPages += (1...contexts.listPageCount).map { (PageContexts.listPath($0), nil) }
        sitemapPages.append(("kepatuhan/", nil))
        if let sitemap = DataExports.sitemap(model, pages: sitemapPages) {
            try writer.write("sitemap.xml", text: sitemap)
            files += 1
        }
        return (pages, files + pages)
    }

    /// FNV-1a of the bytes, 8 hex digits: a cache-busting version for asset URLs.
    static func hash(_ bytes: [UInt8]) -> String {
        var h: UInt32 = 2_166_136_261
        for b in bytes { h = (h ^ UInt32(b)) &* 16_777_619 }
        let hex = String(h, radix: 16)
        return String(repeating: "0", count: 8 - hex.count) + hex
    }
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
