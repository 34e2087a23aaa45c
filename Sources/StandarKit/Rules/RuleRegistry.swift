/// A rule's stable id, default severity and one-line description (Bahasa Indonesia, for `standar aturan` and
/// the documentation). Ids never change once published: CI scripts match on them.
public struct RuleDescription: Sendable, Hashable {
    public let id: String
    public let severity: Severity
    public let summary: String

    public init(_ id: String, _ severity: Severity, _ summary: String) {
        self.id = id
        self.severity = severity
        self.summary = summary
    }
}

/// A rule: one id with its severity, summary, messages and hints, all in the rule's own file. Call sites pass
/// only the facts (file, line, names) to the rule's factory functions; no message text is written elsewhere.
public protocol Rule: Sendable {
    static var description: RuleDescription { get }
}

extension Rule {
    /// A finding of this rule; `severity` only for the findings a rule reports below its default severity.
    static func diagnostic(file: String, line: Int = 1, column: Int = 1, component: ComponentID? = nil,
                           severity: Severity? = nil, _ message: String, hint: String?) -> Diagnostic {
        Diagnostic(file: file, line: line, column: column, severity: severity ?? description.severity,
                   rule: description.id, component: component, message: message, hint: hint)
    }
}

/// Every rule Standar knows, in the order they are documented (`standar aturan`, README).
public enum RuleRegistry {
    public static let all: [RuleDescription] = [
        // Files and encoding
        EncodingRule.description, TooLargeRule.description, TooComplexRule.description, EmptyFileRule.description, InvalidSlugRule.description,
        DuplicateSlugRule.description, ReservedSlugRule.description, MissingOPDRule.description,
        MissingSiteRule.description, FileLocationRule.description, SymlinkRule.description,
        IgnoredFileRule.description, MisnamedFileRule.description, SpecialFileRule.description,
        HiddenFolderRule.description, HiddenFileRule.description, WindowsNameRule.description, HiddenCharacterRule.description,
        // Front matter
        FrontMatterRule.description, MissingFieldRule.description, InvalidFieldRule.description,
        UnknownFieldRule.description, EmptyListItemRule.description, MissingDecreeRule.description,
        // Components
        MissingComponentRule.description, EmptyComponentRule.description, DuplicateComponentRule.description, ConflictingComponentRule.description,
        UnknownSectionRule.description, HeadingNotMarkedRule.description, PastedTableRule.description,
        FeeUnreadableRule.description, DurationUnreadableRule.description,
        ReviewOverdueRule.description, RawHTMLRule.description,
        // Maklumat and SKM (PEKPPP)
        MaklumatRule.description, SKMFileRule.description, SKMMissingColumnRule.description,
        SKMAnswerRule.description, SKMBlankAnswerRule.description, SKMRespondentsRule.description,
        SKMOutdatedRule.description, SKMFollowUpRule.description, SKMNoFollowUpRule.description,
        // Theme (build only)
        ThemeRule.description,
    ]

    /// The rule with this id, nil for an id no rule has.
    public static func description(for id: String) -> RuleDescription? {
        all.first { $0.id == id }
    }
}
