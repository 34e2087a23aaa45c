import Foundation
import StandarKit

/// The outcome of one preview build, as the server and the terminal report it.
public struct PreviewBuild: Sendable {
    public var succeeded: Bool
    public var diagnostics: [Diagnostic]
    public var services: Int
    /// Draft standards in the content; shown in the preview (marked incomplete) when `draftsShown`.
    public var drafts: Int
    public var draftsShown: Bool
    public var stoppedAt: SiteBuilder.Step?
    public var writeError: String?
    public var seconds: Double
    /// Standards with errors, left out of the preview while every other page is built: their own page shows
    /// their diagnostics, the other pages a banner naming them.
    public var leftOut: [LeftOutFile] = []

    /// A service file left out of the preview and the page it would have.
    public struct LeftOutFile: Sendable, Equatable {
        /// `content/<opd>/<layanan>.md`.
        public var file: String
        /// `<opd>/<layanan>/`, relative to the site root.
        public var path: String
    }

    /// The left-out standard whose page `relative` (`opd/layanan/index.html`, or `opd/layanan`) is.
    func leftOut(page relative: String) -> LeftOutFile? {
        leftOut.first { relative == $0.path + "index.html" || relative + "/" == $0.path }
    }

    public var errorCount: Int { diagnostics.count { $0.severity == .error } }
    public var warningCount: Int { diagnostics.count { $0.severity == .warning } }

    /// One sentence on what happened, in Bahasa Indonesia.
    public var headline: String {
        if succeeded {
            var s = "Dibangun dalam \(Self.format(seconds)) detik: \(services) standar diterbitkan"
            if drafts > 0 { s += draftsShown ? ", \(drafts) draf ikut ditampilkan di pratinjau" : ", \(drafts) draf" }
            s += warningCount > 0 ? ", \(warningCount) peringatan." : ", tanpa peringatan."
            if !leftOut.isEmpty {
                s += " \(leftOut.count) standar bergalat tidak ditampilkan sampai diperbaiki; halaman lain tetap tampil."
            }
            return s
        }
        switch stoppedAt {
        case .some(.write):
            return "Pratinjau tidak dapat ditulis: \(writeError ?? "")."
        case .some(let step):
            return "Pembangunan berhenti pada tahap \(step.rawValue): \(errorCount) galat, \(warningCount) peringatan."
        case nil:
            return "Pembangunan gagal."
        }
    }

    static func format(_ seconds: Double) -> String {
        String(format: "%.2f", seconds).replacingOccurrences(of: ".", with: ",")
    }
}

/// Builds the preview of a site: the same build as `standar build` (same checks, so the preview fails exactly
/// when the real build would), into its own output folder with its own incremental cache, with drafts published
/// too — marked "belum lengkap" where they are — so a standard can be seen while it is written. Drafts are still
/// never published by `standar build`.
enum PreviewBuilder {
    static func build(root: String, output: String, baseURL: String, today: SimpleDate) -> PreviewBuild {
        let started = Date()
        var options = BuildOptions(root: root, output: output, baseURL: baseURL, today: today)
        options.includeDrafts = true
        options.leaveOutBrokenFiles = true
        let report = SiteBuilder.build(options)
        var outcome = PreviewBuild(succeeded: report.succeeded, diagnostics: report.diagnostics, services: report.services,
                                   drafts: report.drafts, draftsShown: report.succeeded && report.drafts > 0,
                                   stoppedAt: report.stoppedAt, writeError: report.writeError,
                                   seconds: Date().timeIntervalSince(started))
        if report.succeeded { outcome.leftOut = leftOut(report.diagnostics) }
        return outcome
    }

    /// The service files (`content/<opd>/<layanan>.md`) with an error: the build left them out.
    static func leftOut(_ diagnostics: [Diagnostic]) -> [PreviewBuild.LeftOutFile] {
        var seen = Set<String>()
        var out: [PreviewBuild.LeftOutFile] = []
        for d in diagnostics where d.severity == .error && !seen.contains(d.file) {
            seen.insert(d.file)
            let parts = d.file.split(separator: "/", omittingEmptySubsequences: false)
            guard parts.count == 3, parts[0] == "content", parts[2].hasSuffix(".md"), parts[2] != "_index.md",
                  !parts[1].isEmpty, parts[2].count > 3 else { continue }
            out.append(.init(file: d.file, path: "\(parts[1])/\(parts[2].dropLast(3))/"))
        }
        return out
    }
}
