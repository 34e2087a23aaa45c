/// The members of a context object: a small list of keys and values searched in place. A page's objects hold a
/// few to twenty members and are read a few times each, so this is cheaper than a `Dictionary` (no hashing to
/// build or read it, one allocation). As with a dictionary literal, a repeated key means its last value.
public struct TemplateObject: Sendable, ExpressibleByDictionaryLiteral {
    struct Member: Sendable {
        var key: String
        var value: TemplateValue
    }

    private(set) var members: [Member]

    public init() { members = [] }

    init(members: [Member]) { self.members = members }

    public init(dictionaryLiteral elements: (String, TemplateValue)...) {
        members = elements.map { Member(key: $0.0, value: $0.1) }
    }

    public init(_ dictionary: [String: TemplateValue]) {
        members = dictionary.map { Member(key: $0.key, value: $0.value) }
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
            if members[i].key.utf8.count == count, members[i].key == key { return i }
            i -= 1
        }
        return nil
    }

    public subscript(key: String) -> TemplateValue? {
        get { index(of: key).map { members[$0].value } }
        set {
            if let i = index(of: key) {
                if let newValue { members[i].value = newValue } else { members.removeAll { $0.key == key } }
            } else if let newValue {
                members.append(Member(key: key, value: newValue))
            }
        }
    }

    public var isEmpty: Bool { members.isEmpty }

    /// Adds the members of `other`; `combine` chooses the value of a key both hold (as `Dictionary.merge`).
    public mutating func merge(_ other: TemplateObject,
                               uniquingKeysWith combine: (TemplateValue, TemplateValue) -> TemplateValue) {
        for member in other.members {
            if let i = index(of: member.key) {
                members[i].value = combine(members[i].value, member.value)
            } else {
                members.append(member)
            }
        }
    }

    /// The members as a dictionary (each key once, with its value).
    public var dictionary: [String: TemplateValue] {
        Dictionary(members.map { ($0.key, $0.value) }, uniquingKeysWith: { _, b in b })
    }
}
