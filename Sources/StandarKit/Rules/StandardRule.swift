/// What every rule may know besides the standard itself.
public struct RuleContext: Sendable {
    public var requiredComponents: [ComponentID]
    public var today: SimpleDate

    public init(requiredComponents: [ComponentID] = ComponentID.allCases, today: SimpleDate) {
        self.requiredComponents = requiredComponents
        self.today = today
    }
}

/// A check of one service standard. One rule per file, each with its own messages and tests.
public protocol StandardRule: Rule {
    func check(_ standard: ServiceStandard, context: RuleContext) -> [Diagnostic]
}

extension StandardRule {
    func finding(_ standard: ServiceStandard, line: Int, component: ComponentID? = nil, severity: Severity? = nil,
                 _ message: String, hint: String?) -> Diagnostic {
        Self.diagnostic(file: standard.file, line: line, component: component, severity: severity, message, hint: hint)
    }
}

/// The rules run on every standard, in this order.
public enum StandardRules {
    public static let all: [any StandardRule] = [
        MissingComponentRule(), EmptyComponentRule(), UnknownSectionRule(), HeadingNotMarkedRule(), PastedTableRule(),
        FeeUnreadableRule(),
        DurationUnreadableRule(), ReviewOverdueRule(), MissingDecreeRule(), DateOrderRule(), RawHTMLRule(),
    ]
}
