/// A value in a page context: what themes see. Typed (no `Any`), so rendering needs no dynamic casts.
public indirect enum TemplateValue: Sendable {
    case text(String)
    case bool(Bool)
    case int(Int)
    case list([TemplateValue])
    case object([String: TemplateValue])

    /// Mustache truthiness as Standar defines it: false, empty text and empty lists are false.
    var isFalsy: Bool {
        switch self {
        case .bool(let b): !b
        case .text(let s): s.isEmpty
        case .list(let l): l.isEmpty
        case .int, .object: false
        }
    }

    subscript(key: String) -> TemplateValue? {
        if case .object(let o) = self { return o[key] }
        return nil
    }

    /// The same value as Foundation types for swift-mustache (the reference renderer), with empty text
    /// removed: swift-mustache treats "" as true, Standar treats it as a missing value.
    public var foundationValue: Any? {
        switch self {
        case .text(let s): s.isEmpty ? nil : s
        case .bool(let b): b
        case .int(let i): i
        case .list(let l): l.compactMap(\.foundationValue)
        case .object(let o): o.compactMapValues(\.foundationValue)
        }
    }

    /// Every key of every object below this value.
    func collectKeys(into keys: inout Set<String>) {
        switch self {
        case .list(let l): for v in l { v.collectKeys(into: &keys) }
        case .object(let o):
            for (k, v) in o {
                keys.insert(k)
                v.collectKeys(into: &keys)
            }
        default: break
        }
    }
}

extension TemplateValue: ExpressibleByStringLiteral, ExpressibleByBooleanLiteral, ExpressibleByIntegerLiteral,
    ExpressibleByArrayLiteral, ExpressibleByDictionaryLiteral {
    public init(stringLiteral value: String) { self = .text(value) }
    public init(booleanLiteral value: Bool) { self = .bool(value) }
    public init(integerLiteral value: Int) { self = .int(value) }
    public init(arrayLiteral elements: TemplateValue...) { self = .list(elements) }
    public init(dictionaryLiteral elements: (String, TemplateValue)...) {
        self = .object(Dictionary(elements, uniquingKeysWith: { _, b in b }))
    }
}
