import Dispatch
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

/// `standar build` as a pipeline of named steps: header (site and OPD files) → theme → services (read, check,
/// render and write each page as soon as its file is read, on all cores) → listings and data → swap. Pages go to
/// a staging folder; the output folder is replaced only when the whole site is written without an error, so a
/// failed build leaves it exactly as it was.
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
        var diagnostics: [Diagnostic]
        var summary: ServiceSummary?
        var json: String?
        var csv: String?
        var draft = false
    }

    public static func build(_ options: BuildOptions) -> BuildReport {
        var report = BuildReport()
        let loader = SiteLoader(root: options.root)

        // 1. Site and OPD files.
        let header = loader.loadHeader()
        var diagnostics = header.diagnostics
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
        let shell = SiteModel(config: config, opds: opds, services: [], baseURL: options.baseURL)
        let serviceContexts = PageContexts(model: shell, cssAsset: css, jsAsset: js)

        let writer: OutputWriter
        do {
            writer = try OutputWriter(destination: options.output.hasPrefix("/") || options.root == "."
                                      ? options.output : options.root + "/" + options.output)
        } catch {
            report.diagnostics = diagnostics.sorted(by: Diagnostic.ordered)
            report.stoppedAt = .write
            report.writeError = String(describing: error)
            return report
        }

        // 3. Services: read, check, render and write in parallel; summaries and data rows come back in order.
        let context = RuleContext(requiredComponents: config.requiredComponents, today: options.today)
        let opdBySlug = Dictionary(opds.map { ($0.slug, $0) }, uniquingKeysWith: { a, _ in a })
        let failures = FailureBox()
        let errorSeen = FlagBox(diagnostics.contains { $0.severity == .error })
        var summaries: [ServiceSummary] = []
        var drafts = 0
        let json: OutputWriter.Stream
        let csv: OutputWriter.Stream
        do {
            json = try writer.openStream("data/layanan.json")
            csv = try writer.openStream("data/layanan.csv")
            try json.append(DataExports.servicesJSONHead(config))
            try csv.append(DataExports.servicesCSVHead)
        } catch {
            writer.abandon()
            report.diagnostics = diagnostics.sorted(by: Diagnostic.ordered)
            report.stoppedAt = .write
            report.writeError = String(describing: error)
            return report
        }
        loader.streamServices(header, process: { loaded -> ServiceResult in
            var result = ServiceResult(diagnostics: loaded.diagnostics)
            guard let standard = loaded.standard else {
                if result.diagnostics.contains(where: { $0.severity == .error }) { errorSeen.set() }
                return result
            }
            result.diagnostics += Checker.findings(standard, context: context)
            if options.allowIncomplete {
                for i in result.diagnostics.indices
                where result.diagnostics[i].rule == Rules.missingComponent.id || result.diagnostics[i].rule == Rules.emptyComponent.id {
                    result.diagnostics[i].severity = .warning
                }
            }
            if result.diagnostics.contains(where: { $0.severity == .error }) { errorSeen.set() }
            result.draft = standard.draft
            guard !standard.draft, Slug.problem(standard.slug) == nil, let opd = opdBySlug[standard.opd] else { return result }
            let summary = ServiceSummary(standard, required: config.requiredComponents)
            result.summary = summary
            // Once any error is known the build will stop: skip the work of rendering.
            guard !errorSeen.value else { return result }
            result.json = DataExports.serviceJSON(standard, summary, opd: opd, first: false)
            result.csv = DataExports.serviceCSV(standard, summary, opd: opd, model: shell)
            let page = serviceContexts.service(standard, summary: summary, opd: opd)
            guard let html = renderer.render("layanan", page) else {
                failures.record(RenderError(template: "layanan"))
                return result
            }
            do { try writer.write(summary.path + "index.html", text: html) } catch { failures.record(error) }
            return result
        }, consume: { result in
            diagnostics += result.diagnostics
            if result.draft { drafts += 1 }
            guard let summary = result.summary else { return }
            do {
                if var fragment = result.json {
                    if summaries.isEmpty { fragment.replaceSubrange(fragment.startIndex...fragment.startIndex, with: "") }
                    try json.append(fragment)
                }
                if let row = result.csv { try csv.append(row) }
            } catch {
                failures.record(error)
            }
            summaries.append(summary)
        })
        report.diagnostics = diagnostics.sorted(by: Diagnostic.ordered)
        report.drafts = drafts
        if report.errorCount > 0 {
            try? json.close()
            try? csv.close()
            writer.abandon()
            report.stoppedAt = .check
            return report
        }

        // 4. Listing pages, data, assets; then swap the staged site in.
        let model = SiteModel(config: config, opds: opds, services: summaries, baseURL: options.baseURL)
        let contexts = PageContexts(model: model, cssAsset: css, jsAsset: js)
        do {
            if let error = failures.first { throw error }
            try json.append(DataExports.servicesJSONTail(count: summaries.count))
            try json.close()
            try csv.close()
            let counts = try writeListings(model: model, contexts: contexts, renderer: renderer, theme: theme, to: writer)
            try writer.commit()
            report.pages = counts.pages + summaries.count
            report.files = counts.files + summaries.count
            report.services = summaries.count
            report.incomplete = summaries.count { !$0.complete }
        } catch {
            writer.abandon()
            report.stoppedAt = .write
            report.writeError = String(describing: error)
        }
        return report
    }

    static func writeListings(model: SiteModel, contexts: PageContexts, renderer: PageRenderer, theme: Theme,
                              to writer: OutputWriter) throws -> (pages: Int, files: Int) {
        var pages = 0
        var files = 0
        func page(_ path: String, _ template: String, _ context: TemplateValue) throws {
            guard let html = renderer.render(template, context) else { throw RenderError(template: template) }
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

        for name in theme.assets.keys.sorted() {
            guard let asset = theme.assets[name] else { continue }
            try writer.write("assets/" + name, asset.bytes)
            files += 1
        }
        try writer.write("cari/indeks.json", text: DataExports.searchIndex(model))
        try writer.write("feed.xml", text: DataExports.feed(model))
        try writer.write("robots.txt", text: DataExports.robots(model))
        files += 5
        var sitemapPages: [(path: String, date: SimpleDate?)] = [("", nil)]
        sitemapPages += model.opds.map { ($0.slug + "/", nil) }
        sitemapPages += model.services.map { ($0.path, $0.lastReviewed) }
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
