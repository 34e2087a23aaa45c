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

extension BuildReport: CustomStringConvertible {
    public var description: String {
        "BuildReport(stoppedAt: \(stoppedAt?.rawValue ?? "-"), pages: \(pages), errors: \(diagnostics.filter { $0.severity == .error }.prefix(5).map { "\($0.file):\($0.line) \($0.message)" }))"
    }
}
