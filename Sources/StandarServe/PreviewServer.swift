import Foundation
import StandarKit
#if canImport(Glibc)
import Glibc
#endif

/// What `standar serve` runs.
public struct PreviewOptions: Sendable {
    /// The site folder (the one that holds `content/`).
    public var root: String
    /// The loopback port; 0 picks a free one.
    public var port: UInt16
    /// The reference date of every build; nil for the day of each build.
    public var today: SimpleDate?
    /// How often `content/` and `themes/` are polled for changes.
    public var pollInterval: Swift.Duration
    /// Receives every line the preview prints (Bahasa Indonesia, no trailing newline).
    public var log: @Sendable (String) -> Void

    public init(root: String, port: UInt16 = 8080, today: SimpleDate? = nil,
                pollInterval: Swift.Duration = .milliseconds(300), log: @escaping @Sendable (String) -> Void = { _ in }) {
        self.root = root
        self.port = port
        self.today = today
        self.pollInterval = pollInterval
        self.log = log
    }
}

/// Why the preview could not start, in Bahasa Indonesia.
public struct PreviewError: Error, CustomStringConvertible, Sendable {
    public var message: String
    public var hint: String?
    public var description: String { message }
}

/// The live preview of `standar serve`: builds the site into `<site>/.standar/pratinjau`, serves it on 127.0.0.1
/// only, polls `content/` and `themes/` and rebuilds on every change; open pages reload themselves. While the
/// content cannot be built, every page shows the diagnostics instead, until a build succeeds again.
public actor PreviewServer {
    public nonisolated let options: PreviewOptions
    /// Absolute site folder and preview output.
    public nonisolated let root: String
    public nonisolated let output: String
    nonisolated let state = PreviewState()

    private var http: LoopbackHTTPServer?
    private var watchTask: Task<Void, Never>?
    private var stopped = false
    private let buildQueue = DispatchQueue(label: "standar.pratinjau.bangun")
    /// The port listened on, once started.
    public private(set) var port: UInt16 = 0

    public init(_ options: PreviewOptions) {
        self.options = options
        let absolute = options.root.hasPrefix("/") ? options.root : FileManager.default.currentDirectoryPath + "/" + options.root
        let root = FileSystem.realPath(absolute) ?? absolute
        self.root = root
        self.output = root + "/.standar/pratinjau"
    }

    /// The address to open in a browser.
    public var url: String { "http://127.0.0.1:\(port)/" }

    /// The outcome of the last build (nil before the first).
    public nonisolated var lastBuild: PreviewBuild? { state.snapshot().build }

    /// Binds the port, builds once and starts watching. Returns the port.
    @discardableResult
    public func start() async throws(PreviewError) -> UInt16 {
        guard FileSystem.resolvedKind(atPath: root + "/content") == .directory else {
            throw PreviewError(message: "folder content/ tidak ditemukan di \(options.root == "." ? "folder ini" : options.root)",
                               hint: "jalankan perintah di folder situs (yang berisi content/), pakai --site <folder>, atau buat situs baru dengan: standar init <folder>")
        }
        do {
            try FileManager.default.createDirectory(atPath: root + "/.standar", withIntermediateDirectories: true)
        } catch {
            throw PreviewError(message: "folder \(root)/.standar tidak dapat dibuat: \(error.localizedDescription)",
                               hint: "periksa izin tulis di folder situs")
        }
        try await listen()
        options.log("Membangun pratinjau…")
        // The baseline is taken before the first build: a file saved while it runs is seen as a change.
        let baseline = ContentFingerprint.take(root: root, folders: Self.watched)
        let first = await build()
        report(first, changed: [])
        options.log("Pratinjau: \(url)  (hanya dari komputer ini)")
        options.log("Menunggu perubahan di content/ dan themes/… Tekan Ctrl-C untuk berhenti.")
        let interval = options.pollInterval
        watchTask = Task { [weak self] in
            await self?.watch(from: baseline, interval: interval)
        }
        return port
    }

    private func listen() async throws(PreviewError) {
        let handler = PreviewHandler(state: state, root: root, output: output)
        do {
            let server = try LoopbackHTTPServer(port: options.port) { request in handler.handle(request) }
            http = server
            port = server.port
        } catch {
            throw Self.describe(error, port: options.port)
        }
    }

    static func describe(_ error: LoopbackHTTPServer.StartError, port: UInt16) -> PreviewError {
        switch error {
        case .failed(_, let code) where code == EADDRINUSE:
            return PreviewError(message: "port \(port) sudah dipakai program lain",
                                hint: "hentikan program itu, atau pakai port lain, misalnya: standar serve --port \(port == 65535 ? 8081 : port + 1)")
        case .failed(_, let code) where code == EACCES:
            return PreviewError(message: "port \(port) tidak boleh dipakai oleh pengguna ini",
                                hint: "pakai port di atas 1024, misalnya: standar serve --port 8080")
        case .failed(_, let code):
            return PreviewError(message: "server pratinjau tidak dapat dimulai: \(String(cString: strerror(code)))",
                                hint: "coba port lain dengan --port")
        }
    }

    /// Builds now (on a queue of its own, off the concurrency pool) and publishes the outcome to the server.
    @discardableResult
    public func build() async -> PreviewBuild {
        let root = self.root, output = self.output
        let baseURL = "http://127.0.0.1:\(port)"
        let today = options.today ?? SimpleDate.today(environment: ProcessInfo.processInfo.environment)
        let outcome = await withCheckedContinuation { (continuation: CheckedContinuation<PreviewBuild, Never>) in
            buildQueue.async {
                continuation.resume(returning: PreviewBuilder.build(root: root, output: output,
                                                                    baseURL: baseURL, today: today))
            }
        }
        state.record(outcome)
        return outcome
    }

    static let watched = ["content", "themes"]

    private func watch(from start: ContentFingerprint, interval: Swift.Duration) async {
        let folders = Self.watched
        var baseline = start
        while !Task.isCancelled && !stopped {
            try? await Task.sleep(for: interval)
            if Task.isCancelled || stopped { return }
            let now = ContentFingerprint.take(root: root, folders: folders)
            guard now != baseline else { continue }
            // Let a save that writes several files finish before building.
            try? await Task.sleep(for: .milliseconds(100))
            let settled = ContentFingerprint.take(root: root, folders: folders)
            let changed = baseline.changes(to: settled)
            baseline = settled
            if Task.isCancelled || stopped { return }
            let outcome = await build()
            report(outcome, changed: changed)
        }
    }

    /// Warnings already printed, so that each save does not repeat the same list.
    private var printedWarnings: Set<String> = []

    /// Prints the outcome: every error of a failed build, and the warnings not printed before (at most
    /// `maxPrinted` lines each time; the browser and `standar check` show them all).
    private func report(_ outcome: PreviewBuild, changed: [String]) {
        let log = options.log
        let time = Self.clock()
        if !changed.isEmpty {
            let shown = changed.prefix(3).joined(separator: ", ") + (changed.count > 3 ? " (dan \(changed.count - 3) lainnya)" : "")
            log("[\(time)] Berubah: \(shown)")
        }
        let warnings = outcome.diagnostics.filter { $0.severity == .warning }
        // Keyed without the line: adding lines above a warning does not make it new.
        func key(_ d: Diagnostic) -> String { "\(d.file)|\(d.rule)|\(d.message)" }
        let fresh = warnings.filter { !printedWarnings.contains(key($0)) }
        printedWarnings = Set(warnings.map(key))
        var lines: [Diagnostic]
        if outcome.succeeded {
            log("[\(time)] \(outcome.headline)")
            // Errors of standards left out of the preview, then new warnings.
            lines = outcome.diagnostics.filter { $0.severity == .error } + fresh
        } else {
            log("[\(time)] \(outcome.headline) Peramban menampilkan daftar masalahnya.")
            lines = outcome.diagnostics.filter { $0.severity == .error } + fresh
        }
        for d in lines.prefix(Self.maxPrinted) { log(Self.line(d)) }
        if lines.count > Self.maxPrinted {
            log("  … dan \(lines.count - Self.maxPrinted) lainnya: lihat di peramban, atau jalankan standar check")
        }
    }

    static let maxPrinted = 10

    static func line(_ d: Diagnostic) -> String {
        var text = "  \(d.file):\(d.line):\(d.column): \(d.severity.label): \(d.message) [\(d.rule)]"
        if let hint = d.hint { text += "\n      saran: \(hint)" }
        return text
    }

    /// The local time as HH:MM:SS.
    static func clock() -> String {
        var now = time(nil)
        var parts = tm()
        localtime_r(&now, &parts)
        return String(format: "%02d:%02d:%02d", parts.tm_hour, parts.tm_min, parts.tm_sec)
    }

    /// Stops serving at once (open connections are closed, slow clients included), then stops watching; a build
    /// under way is waited for.
    public func stop() async {
        guard !stopped else { return }
        stopped = true
        http?.stop()
        watchTask?.cancel()
        await watchTask?.value
    }

    /// Suspends until the server stops.
    public func waitUntilStopped() async {
        await http?.waitUntilStopped()
    }
}

/// The build version and outcome the request handler reads; written after each build.
final class PreviewState: Sendable {
    /// Distinguishes runs of `standar serve`, so a page left open across a restart reloads too.
    let session = String(UInt64(Date().timeIntervalSince1970 * 1000), radix: 36)
    private let current = Locked<(generation: Int, build: PreviewBuild?)>((0, nil))

    func record(_ outcome: PreviewBuild) {
        current.withLock { $0 = ($0.generation + 1, outcome) }
    }

    func snapshot() -> (version: String, build: PreviewBuild?) {
        let (generation, build) = current.value
        return ("\(session)-\(generation)", build)
    }
}
