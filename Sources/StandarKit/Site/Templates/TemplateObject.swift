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
        withUnsafePointer(to: key) { key in
            members.withUnsafeBufferPointer { Self.index(of: key, in: $0) }
        }
    }

    /// Where `members` hold the key at `key` (its last occurrence): the members of an object, read in place (the
    /// template renderer reads them so). Most keys of a page are short ASCII names, small strings: such a key is
    /// compared as `KeyWords`, inline, with the members' keys that are small ASCII strings too, which that compare
    /// finds equal or tells apart without a call; other keys are compared with `matches`, as `referenceIndex` does.
    @inline(__always)
    static func index(of key: UnsafePointer<String>, in members: UnsafeBufferPointer<Member>) -> Int? {
        guard KeyWords.available, let base = members.baseAddress else {
            return referenceIndex(of: key.pointee, in: members)
        }
        let words = KeyWords(UnsafeRawPointer(key))
        guard words.isSmallASCII else { return referenceIndex(of: key.pointee, in: members) }
        var i = members.count - 1
        while i >= 0 {
            // A member's key is its first field, at its start.
            let memberWords = KeyWords(UnsafeRawPointer(base + i))
            if memberWords == words { return i }
            if !memberWords.isSmallASCII, matches(members[i].0, key.pointee, count: key.pointee.utf8.count) {
                return i
            }
            i -= 1
        }
        return nil
    }

    /// Whether the key `candidate` is `key` (of `count` UTF-8 bytes): the UTF-8 counts are compared first, inline,
    /// as most keys differ in length and a `String` inequality is a call.
    @inline(__always)
    static func matches(_ candidate: String, _ key: String, count: Int) -> Bool {
        candidate.utf8.count == count && candidate == key
    }

    /// Where `members` hold `key` (its last occurrence), comparing every key with `matches`: the search for keys
    /// that are not small ASCII strings, for platforms whose `String` is not two words, and the reference of tests.
    static func referenceIndex(of key: String, in members: UnsafeBufferPointer<Member>) -> Int? {
        let count = key.utf8.count
        var i = members.count - 1
        while i >= 0 {
            if matches(members[i].0, key, count: count) { return i }
            i -= 1
        }
        return nil
    }

    /// The two machine words of a `String` value, read where it is stored, to compare keys without a call.
    /// Equal words are equal strings, whatever the form of the string. A small string (at most 15 UTF-8 bytes,
    /// held in the words themselves) has one form for its bytes when they are ASCII: the bytes, their count and the
    /// flags, the unused bytes zero; so two small ASCII strings with different words are different strings (ASCII
    /// text has no other canonically equivalent spelling, and differing counts differ for `matches` too). The
    /// flags are those of the standard library's 64-bit `String` layout: in the second word, bit 61 marks a small
    /// string and bit 62 one whose bytes are ASCII.
    struct KeyWords: Equatable {
        var first: UInt64
        var second: UInt64

        /// Whether `String` is laid out as two words here (on 64-bit platforms); if not, keys are compared with
        /// `matches` only.
        static var available: Bool { MemoryLayout<String>.size == 16 && MemoryLayout<Int>.size == 8 }

        /// The bits of the second word that mark a small string of ASCII bytes.
        static var smallASCII: UInt64 { 0x6000_0000_0000_0000 }

        /// The words of the `String` stored at `string`.
        @inline(__always)
        init(_ string: UnsafeRawPointer) {
            first = string.load(as: UInt64.self)
            second = string.load(fromByteOffset: 8, as: UInt64.self)
        }

        /// Whether the words hold a small string of ASCII bytes.
        var isSmallASCII: Bool { second & Self.smallASCII == Self.smallASCII }
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
