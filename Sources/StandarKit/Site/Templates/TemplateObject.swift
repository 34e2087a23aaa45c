/// The members of a context object: a small list of keys and values searched in place. A page's objects hold a
/// few to twenty members and are read a few times each, so this is cheaper than a `Dictionary` (no hashing to
/// build or read it, one allocation). As with a dictionary literal, a repeated key means its last value.
///
/// The members are kept in the array a dictionary literal passes (its elements are `(key, value)` tuples), so an
/// object written as a literal is made without copying its members into another array.
public struct TemplateObject: Sendable, ExpressibleByDictionaryLiteral {
    /// A member: its key (`.0`) and its value (`.1`), the element type of a dictionary literal.
    typealias Member = (String, TemplateValue)

    private(set) var members: [Member]

    public init() { members = [] }

    init(members: [Member]) { self.members = members }

    public init(dictionaryLiteral elements: (String, TemplateValue)...) {
        members = elements
    }

    public init(_ dictionary: [String: TemplateValue]) {
        members = dictionary.map { ($0.key, $0.value) }
    }

    /// Where the value of `key` is (its last occurrence).
    func index(of key: String) -> Int? {
        members.withUnsafeBufferPointer { Self.index(of: key, in: $0) }
    }

    /// Where `members` hold `key` (its last occurrence): the members of an object, read in place (the template
    /// renderer reads them so). The UTF-8 counts are compared first: most keys differ in length, and that compare
    /// is inline where a `String` inequality is a call.
    @inline(__always)
    static func index(of key: String, in members: UnsafeBufferPointer<Member>) -> Int? {
        let count = key.utf8.count
        var i = members.count - 1
        while i >= 0 {
            if members[i].0.utf8.count == count, members[i].0 == key { return i }
            i -= 1
        }
        return nil
    }

    public subscript(key: String) -> TemplateValue? {
        get { index(of: key).map { members[$0].1 } }
        set {
            if let i = index(of: key) {
                if let newValue { members[i].1 = newValue } else { members.removeAll { $0.0 == key } }
            } else if let newValue {
                members.append((key, newValue))
            }
        }
    }

    public var isEmpty: Bool { members.isEmpty }

    /// Adds the members of `other`; `combine` chooses the value of a key both hold (as `Dictionary.merge`).
    public mutating func merge(_ other: TemplateObject,
                               uniquingKeysWith combine: (TemplateValue, TemplateValue) -> TemplateValue) {
        for (key, value) in other.members {
            if let i = index(of: key) {
                members[i].1 = combine(members[i].1, value)
            } else {
                members.append((key, value))
            }
        }
    }

    /// The members as a dictionary (each key once, with its value).
    public var dictionary: [String: TemplateValue] {
        Dictionary(members.map { ($0.0, $0.1) }, uniquingKeysWith: { _, b in b })
    }
}
