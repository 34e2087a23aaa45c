/// A value in a page context: what themes see. Typed (no `Any`), so rendering needs no dynamic casts.
public enum TemplateValue: Sendable {
    case text(String)
    /// Text already encoded as UTF-8 (rendered HTML, a poster): to themes the same as `.text`, without turning
    /// the bytes a page part was rendered into back into a String (validating 8 KB per poster was 1% of a build).
    /// Only Standar's own renderers make one, from Swift strings, so the bytes are valid UTF-8.
    case utf8([UInt8])
    case bool(Bool)
    case int(Int)
    case list([TemplateValue])
    case object(TemplateObject)

    /// Mustache truthiness as Standar defines it: false, empty text and empty lists are false.
    var isFalsy: Bool {
        switch self {
        case .bool(let b): !b
        case .text(let s): s.isEmpty
        case .utf8(let b): b.isEmpty
        case .list(let l): l.isEmpty
        case .int, .object: false
        }
    }

    subscript(key: String) -> TemplateValue? {
        if case .object(let o) = self { return o[key] }
        return nil
    }

    /// A list or object interpolated as text (`{{liste}}`): the Mustache spec coerces the value to a string, and
    /// swift-mustache does it with Swift's description of the array or dictionary (`["a", "b"]`, `["k": 1]`,
    /// `[:]`), leaving out empty text as it leaves out missing values. Keys are sorted, so the output is stable.
    var describedAsSwiftMustache: String {
        switch self {
        case .text(let s): return s
        case .utf8(let b): return String(decoding: b, as: UTF8.self)
        case .int(let i): return String(i)
        case .bool(let b): return b ? "true" : "false"
        case .list(let items):
            return "[" + items.filter { !$0.isEmptyText }.map(\.describedAsElement).joined(separator: ", ") + "]"
        case .object(let object):
            let fields = object.dictionary
            return fields.isEmpty || fields.values.allSatisfy(\.isEmptyText) ? "[:]"
                : "[" + fields.filter { !$0.value.isEmptyText }.sorted { $0.key < $1.key }
                    .map { $0.key.debugDescription + ": " + $0.value.describedAsElement }.joined(separator: ", ") + "]"
        }
    }

    /// How Swift describes the value inside an array or dictionary: text quoted and escaped.
    private var describedAsElement: String {
        switch self {
        case .text(let s): return s.debugDescription
        case .utf8(let b): return String(decoding: b, as: UTF8.self).debugDescription
        default: return describedAsSwiftMustache
        }
    }

    private var isEmptyText: Bool {
        switch self {
        case .text(let s): return s.isEmpty
        case .utf8(let b): return b.isEmpty
        default: return false
        }
    }

    /// Every key of every object below this value.
    func collectKeys(into keys: inout Set<String>) {
        switch self {
        case .list(let l): for v in l { v.collectKeys(into: &keys) }
        case .object(let o):
            for (key, value) in o.members {
                keys.insert(key)
                value.collectKeys(into: &keys)
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
        self = .object(TemplateObject(members: elements))
    }
}

extension Array where Element == UInt8 {
    /// A copy in a buffer of its own, sized to the bytes: `Array(self)` and `Array(self[...])` share the buffer
    /// with its spare capacity, which a reused render buffer then has to copy on its next write.
    func exactCopy() -> [UInt8] {
        [UInt8](unsafeUninitializedCapacity: count) { buffer, initialized in
            initialized = withUnsafeBufferPointer { source in
                guard let from = source.baseAddress, let to = buffer.baseAddress else { return 0 }
                to.initialize(from: from, count: source.count)
                return source.count
            }
        }
    }
}
