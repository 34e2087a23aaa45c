/// How serious a finding is. Errors fail `standar check` and stop `standar build`; warnings fail only under
/// `--strict`.
public enum Severity: String, Sendable, Codable, Comparable {
    case warning
    case error

    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs == .warning && rhs == .error }

    /// The word printed in text output (kept in English like compilers do, so editors can parse it).
    public var label: String { rawValue }
}

/// One problem found in the content, with a 1-based location and a hint for fixing it.
public struct Diagnostic: Sendable, Codable, Equatable {
    /// Path relative to the site root, with "/" separators (e.g. `content/disdukcapil/akta-kelahiran.md`).
    public var file: String
    public var line: Int
    public var column: Int
    public var severity: Severity
    public var rule: String
    public var component: ComponentID?
    public var message: String
    public var hint: String?

    public init(file: String, line: Int, column: Int = 1, severity: Severity, rule: String,
                component: ComponentID? = nil, message: String, hint: String? = nil) {
        self.file = file
        self.line = max(1, line)
        self.column = max(1, column)
        self.severity = severity
        self.rule = rule
        self.component = component
        self.message = message
        self.hint = hint
    }

    public init(_ rule: RuleDescription, file: String, line: Int, column: Int = 1, component: ComponentID? = nil,
                message: String, hint: String? = nil) {
        self.init(file: file, line: line, column: column, severity: rule.severity, rule: rule.id,
                  component: component, message: message, hint: hint)
    }

    /// Sort order of reports: by file, line, column, then errors before warnings, then rule id.
    public static func ordered(_ a: Diagnostic, _ b: Diagnostic) -> Bool {
        if a.file != b.file { return FileSystem.utf8Precedes(a.file, b.file) }
        if a.line != b.line { return a.line < b.line }
        if a.column != b.column { return a.column < b.column }
        if a.severity != b.severity { return a.severity > b.severity }
        if a.rule != b.rule { return a.rule < b.rule }
        if a.component != b.component { return (a.component?.order ?? -1) < (b.component?.order ?? -1) }
        return a.message < b.message
    }
}
