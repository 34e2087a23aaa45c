/// The one place that lowers a finding's severity after the rules ran. Rules create their findings with the
/// severity they mean (see `DuplicateComponentRule.repeatedHeading`, `DateOrderRule`); the policy only
/// decides what depends on how the standard is published.
///
/// Gaps (`missing-component`, `empty-component`) become warnings for a draft (work in progress) and under
/// `standar build --allow-incomplete` (published with a "belum lengkap" mark): they are still reported, but do
/// not fail the run.
public struct SeverityPolicy: Sendable, Equatable {
    /// `--allow-incomplete`: gaps do not stop the build.
    public var allowIncomplete: Bool

    public init(allowIncomplete: Bool = false) {
        self.allowIncomplete = allowIncomplete
    }

    /// The rules whose findings are gaps in a standard's content.
    public static let gapRules: Set<String> = [MissingComponentRule.description.id, EmptyComponentRule.description.id]

    /// Whether gaps of a standard that is (or is not) a draft are warnings.
    public func gapsAreWarnings(draft: Bool) -> Bool {
        draft || allowIncomplete
    }

    /// Applies the policy to the findings of one standard.
    public func apply(to diagnostics: inout [Diagnostic], draft: Bool) {
        guard gapsAreWarnings(draft: draft) else { return }
        for i in diagnostics.indices where Self.gapRules.contains(diagnostics[i].rule) {
            diagnostics[i].severity = .warning
        }
    }
}
