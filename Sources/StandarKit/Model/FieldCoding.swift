/// Visits the stored fields of a value one by one, in one fixed order, each in place: a writer reads each
/// field, a reader replaces it with what it reads. A type's `visitFields` is therefore the single list its
/// binary coding (the build cache) follows, for writing and reading alike.
protocol FieldVisitor {
    mutating func string(_ value: inout String) throws
    mutating func int(_ value: inout Int) throws
    mutating func bool(_ value: inout Bool) throws
    mutating func double(_ value: inout Double) throws
    /// The element count of a list; a reader checks it against the bytes left.
    mutating func count(_ value: inout Int) throws
}

/// A value that lists its stored fields to a `FieldVisitor`.
protocol FieldCodable {
    /// The value a reader starts from before visiting the fields.
    static var blank: Self { get }
    mutating func visitFields<V: FieldVisitor>(_ visitor: inout V) throws
}

/// A field that cannot be read back (an unknown enum case, a bad date).
struct FieldDecodingError: Error {}

extension FieldVisitor {
    mutating func visit<T: FieldCodable>(_ value: inout T) throws {
        try value.visitFields(&self)
    }

    /// A presence flag, then the value.
    mutating func visit<T: FieldCodable>(_ value: inout T?) throws {
        var present = value != nil
        try bool(&present)
        guard present else {
            value = nil
            return
        }
        var wrapped = value ?? T.blank
        try wrapped.visitFields(&self)
        value = wrapped
    }

    /// A count, then the elements.
    mutating func visit<T: FieldCodable>(_ list: inout [T]) throws {
        var n = list.count
        try count(&n)
        if n != list.count { list = Array(repeating: T.blank, count: n) }
        for i in list.indices { try list[i].visitFields(&self) }
    }
}

extension String: FieldCodable {
    static var blank: String { "" }
    mutating func visitFields<V: FieldVisitor>(_ visitor: inout V) throws { try visitor.string(&self) }
}

extension Int: FieldCodable {
    static var blank: Int { 0 }
    mutating func visitFields<V: FieldVisitor>(_ visitor: inout V) throws { try visitor.int(&self) }
}

extension Bool: FieldCodable {
    static var blank: Bool { false }
    mutating func visitFields<V: FieldVisitor>(_ visitor: inout V) throws { try visitor.bool(&self) }
}

extension Double: FieldCodable {
    static var blank: Double { 0 }
    mutating func visitFields<V: FieldVisitor>(_ visitor: inout V) throws { try visitor.double(&self) }
}

/// Enums are stored by raw value; an unknown one fails the read.
extension FieldCodable where Self: RawRepresentable, RawValue == String {
    mutating func visitFields<V: FieldVisitor>(_ visitor: inout V) throws {
        var raw = rawValue
        try visitor.string(&raw)
        guard let value = Self(rawValue: raw) else { throw FieldDecodingError() }
        self = value
    }
}

extension ComponentID: FieldCodable {
    static var blank: ComponentID { .persyaratan }
}

extension DurationUnit: FieldCodable {
    static var blank: DurationUnit { .hari }
}

extension Severity: FieldCodable {
    static var blank: Severity { .error }
}
