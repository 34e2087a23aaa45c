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

    public var errorCount: Int { diagnostics.count { $0.severity == .error } }
    public var warningCount: Int { diagnostics.count { $0.severity == .warning } }

    /// One sentence on what happened, in Bahasa Indonesia.
    public var headline: String {
        if succeeded {
            var s = "Dibangun dalam \(Self.format(seconds)) detik: \(services) standar diterbitkan"
            if drafts > 0 { s += draftsShown ? ", \(drafts) draf ikut ditampilkan di pratinjau" : ", \(drafts) draf" }
            s += warningCount > 0 ? ", \(warningCount) peringatan." : ", tanpa peringatan."
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
        let report = SiteBuilder.build(options)
        return PreviewBuild(succeeded: report.succeeded, diagnostics: report.diagnostics, services: report.services,
                            drafts: report.drafts, draftsShown: report.succeeded && report.drafts > 0,
                            stoppedAt: report.stoppedAt, writeError: report.writeError,
                            seconds: Date().timeIntervalSince(started))
    }
}
