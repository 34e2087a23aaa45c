/// A JSON value whose objects keep their member order.
public enum JSONValue: Sendable {
    case string(String)
    case int(Int)
    /// Written without a fraction when it is a whole number (`3`, not `3.0`).
    case number(Double)
    /// A fixed-point number: `value` in units of 10^-places, written with exactly `places` decimals (`3.20`).
    case decimal(Int, places: Int)
    case bool(Bool)
    case null
    case array([JSONValue])
    case object([(String, JSONValue)])

    /// Text, or null when there is none.
    init(_ s: String?) { self = s.map(JSONValue.string) ?? .null }
    /// A whole number, or null when there is none.
    init(_ v: Int?) { self = v.map(JSONValue.int) ?? .null }
    /// A number, or null when there is none.
    init(_ v: Double?) { self = v.map(JSONValue.number) ?? .null }

    var members: [(String, JSONValue)] {
        if case .object(let m) = self { return m }
        return []
    }

    var isContainer: Bool {
        switch self {
        case .array, .object: true
        default: false
        }
    }
}

/// The one JSON writer of the project: the data files, the search index, JSON-LD in pages, `check --format json`
/// and `standar schema`. Written by hand rather than with Foundation's encoder so the bytes are stable: member
/// order kept, no escaped slashes, whole numbers without a fraction, and (by default) "<", ">", "&", U+2028 and
/// U+2029 escaped, so the text is safe inside a <script> element.
public struct JSONWriter {
    public enum Layout: Sendable {
        /// `{"a":1,"b":[1,2]}`
        case compact
        /// `{"a": 1, "b": [1, 2]}`
        case line
        /// A record file: the top object's members one per line, its arrays one item per line, every item and
        /// every other value on one line (`line`).
        case records
        /// A document: every object and array one member per line, indented by two spaces, except arrays of
        /// scalars that fit in 100 columns, which stay on one line.
        case document
    }

    /// The UTF-8 bytes written so far.
    public private(set) var bytes: [UInt8] = []
    /// The text written so far.
    public var text: String { String(decoding: bytes, as: UTF8.self) }
    let layout: Layout
    let scriptSafe: Bool

    /// - Parameter capacity: bytes to reserve (a writer of a known size grows its buffer once, not by doubling).
    public init(layout: Layout, scriptSafe: Bool = true, capacity: Int = 0) {
        self.layout = layout
        self.scriptSafe = scriptSafe
        if capacity > 0 { bytes.reserveCapacity(capacity) }
    }

    /// `value` in `layout`.
    public static func string(_ value: JSONValue, layout: Layout, scriptSafe: Bool = true) -> String {
        String(decoding: bytes(value, layout: layout, scriptSafe: scriptSafe), as: UTF8.self)
    }

    /// `value` in `layout`, as UTF-8 bytes.
    public static func bytes(_ value: JSONValue, layout: Layout, scriptSafe: Bool = true) -> [UInt8] {
        var writer = JSONWriter(layout: layout, scriptSafe: scriptSafe)
        writer.write(value)
        return writer.bytes
    }

    public mutating func write(_ value: JSONValue) {
        switch layout {
        case .compact: writeInline(value, spaced: false)
        case .line: writeInline(value, spaced: true)
        case .records: writeRecords(value)
        case .document: writeDocument(value, indent: 0)
        }
    }

    // MARK: Record files streamed row by row

    /// The start of a record file whose last member `arrayKey` is an array written row by row: `{`, the members
    /// before it one per line, then `"arrayKey": [`. Then `recordRow` for each item, "," between rows, and
    /// `recordsTail`. The pieces together equal the `records` layout of the whole object.
    public static func recordsHead(_ members: [(String, JSONValue)], arrayKey: String, scriptSafe: Bool = true) -> String {
        var writer = JSONWriter(layout: .line, scriptSafe: scriptSafe)
        writer.put("{")
        for (key, value) in members {
            writer.put("\n  ")
            writer.appendQuoted(key)
            writer.put(": ")
            writer.writeInline(value, spaced: true)
            writer.put(",")
        }
        writer.put("\n  ")
        writer.appendQuoted(arrayKey)
        writer.put(": [")
        return writer.text
    }

    public static func recordRow(_ item: JSONValue, scriptSafe: Bool = true) -> String {
        String(decoding: recordRowBytes(item, scriptSafe: scriptSafe), as: UTF8.self)
    }

    /// `recordRow` as UTF-8 bytes.
    public static func recordRowBytes(_ item: JSONValue, scriptSafe: Bool = true) -> [UInt8] {
        var writer = JSONWriter(layout: .line, scriptSafe: scriptSafe)
        writer.put("\n    ")
        writer.write(item)
        return writer.bytes
    }

    public static func recordsTail(rows: Int) -> String { rows == 0 ? "]\n}" : "\n  ]\n}" }

    // MARK: Objects written member by member

    /// Starts a member of the object being written inline (`compact` or `line`): the separator unless it is the
    /// first, the quoted key and the colon. The value follows with `writeScalar`/`writeInline`, or `put("{")` and
    /// more members for an object. Written this way, a row or a page's JSON-LD needs no `JSONValue` tree: the
    /// bytes are those `writeInline` writes for the same members.
    mutating func member(_ key: String, first: Bool = false) {
        let spaced = layout != .compact
        var key = key
        let plain = key.withUTF8 { k -> Bool in
            // Standar's keys (literals, component ids) need no escaping: the separator, the quoted key and the
            // colon are appended byte by byte (through `put` and `appendQuoted`, about 700 instructions a key).
            for b in k where b < 0x20 || b >= 0x7F || b == 0x22 || b == 0x5C || b == 0x3C || b == 0x3E || b == 0x26 {
                return false
            }
            if !first {
                bytes.append(0x2C)
                if spaced { bytes.append(0x20) }
            }
            bytes.append(0x22)
            bytes.append(contentsOf: k)
            bytes.append(0x22)
            bytes.append(0x3A)
            if spaced { bytes.append(0x20) }
            return true
        }
        guard !plain else { return }
        if !first { put(spaced ? ", " : ",") }
        appendQuoted(key)
        put(spaced ? ": " : ":")
    }

    /// A member whose value is text, or null when there is none.
    mutating func member(_ key: String, _ value: String?, first: Bool = false) {
        member(key, first: first)
        if let value { appendQuoted(value) } else { put("null") }
    }

    /// A member whose value is a scalar (or any value, written inline).
    mutating func member(_ key: String, _ value: JSONValue, first: Bool = false) {
        member(key, first: first)
        writeInline(value, spaced: layout != .compact)
    }

    // MARK: Layouts

    mutating func writeInline(_ value: JSONValue, spaced: Bool) {
        switch value {
        case .array(let items):
            put("[")
            for (i, item) in items.enumerated() {
                if i > 0 { put(spaced ? ", " : ",") }
                writeInline(item, spaced: spaced)
            }
            put("]")
        case .object(let members):
            put("{")
            for (i, (key, item)) in members.enumerated() {
                if i > 0 { put(spaced ? ", " : ",") }
                appendQuoted(key)
                put(spaced ? ": " : ":")
                writeInline(item, spaced: spaced)
            }
            put("}")
        default:
            writeScalar(value)
        }
    }

    mutating func writeRecords(_ value: JSONValue) {
        guard case .object(let members) = value, !members.isEmpty else { return writeInline(value, spaced: true) }
        put("{")
        for (i, (key, item)) in members.enumerated() {
            put(i == 0 ? "\n  " : ",\n  ")
            appendQuoted(key)
            put(": ")
            if case .array(let rows) = item, !rows.isEmpty {
                put("[")
                for (r, row) in rows.enumerated() {
                    put(r == 0 ? "\n    " : ",\n    ")
                    writeInline(row, spaced: true)
                }
                put("\n  ]")
            } else {
                writeInline(item, spaced: true)
            }
        }
        put("\n}")
    }

    mutating func writeDocument(_ value: JSONValue, indent: Int) {
        let pad = String(repeating: " ", count: indent + 2)
        let close = String(repeating: " ", count: indent)
        switch value {
        case .array(let items):
            if items.isEmpty { put("[]"); return }
            if !items.contains(where: \.isContainer) {
                let line = Self.string(value, layout: .line, scriptSafe: scriptSafe)
                if line.count + indent <= 100 { put(line); return }
            }
            put("[\n")
            for (i, item) in items.enumerated() {
                if i > 0 { put(",\n") }
                put(pad)
                writeDocument(item, indent: indent + 2)
            }
            put("\n" + close + "]")
        case .object(let members):
            if members.isEmpty { put("{}"); return }
            put("{\n")
            for (i, (key, item)) in members.enumerated() {
                if i > 0 { put(",\n") }
                put(pad)
                appendQuoted(key)
                put(": ")
                writeDocument(item, indent: indent + 2)
            }
            put("\n" + close + "}")
        default:
            writeScalar(value)
        }
    }

    mutating func writeScalar(_ value: JSONValue) {
        switch value {
        case .string(let s): appendQuoted(s)
        case .int(let v): put(String(v))
        case .number(let v): put(v == v.rounded() && abs(v) < 1e15 ? String(Int(v)) : String(v))
        case .decimal(let v, let places): put(Self.fixedPoint(v, places: places))
        case .bool(let b): put(b ? "true" : "false")
        case .null: put("null")
        case .array, .object: writeInline(value, spaced: true)
        }
    }

    /// `value` / 10^places with exactly `places` decimals: (320, 2) -> "3.20", (-5, 2) -> "-0.05".
    static func fixedPoint(_ value: Int, places: Int) -> String {
        let digits = String(value.magnitude)
        let places = max(0, places)
        let padded = String(repeating: "0", count: max(0, places + 1 - digits.count)) + digits
        let whole = padded.dropLast(places)
        let sign = value < 0 ? "-" : ""
        return places == 0 ? sign + whole : sign + whole + "." + padded.suffix(places)
    }

    mutating func appendQuoted(_ s: String) { Self.appendQuoted(s, to: &bytes, scriptSafe: scriptSafe) }

    /// Appends the UTF-8 bytes of `s`.
    @inline(__always)
    mutating func put(_ s: String) {
        var s = s
        s.withUTF8 { bytes.append(contentsOf: $0) }
    }

    /// Appends the literal of `s` as UTF-8 bytes (as `appendQuoted(_:to:scriptSafe:)` for a String); runs of
    /// ordinary bytes are copied whole.
    static func appendQuoted(_ s: String, to out: inout [UInt8], scriptSafe: Bool) {
        out.append(0x22)
        var s = s
        s.withUTF8 { buf in
            guard let base = buf.baseAddress else { return }
            let n = buf.count
            var runStart = 0
            var i = 0
            func flush() { out.append(contentsOf: UnsafeBufferPointer(start: base + runStart, count: i - runStart)) }
            let raw = UnsafeRawPointer(base)
            while i < n {
                // Sixteen ASCII bytes with nothing to escape (no byte below 0x20, none of " \ < > &) at a time,
                // then straight to the first byte that may need it; eight at a time near the end.
                if i + 16 <= n {
                    let hits = Self.escapeBits(raw.loadUnaligned(fromByteOffset: i, as: ByteBlock.Block.self))
                    if hits == 0 {
                        i += 16
                        continue
                    }
                    i += hits.trailingZeroBitCount
                } else if i + 8 <= n {
                    let w = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: i, as: UInt64.self))
                    if !Self.mayNeedEscape(w) {
                        i += 8
                        continue
                    }
                }
                let b = buf[i]
                if b >= 0x20, b != 0x22, b != 0x5C, !scriptSafe || (b != 0x3C && b != 0x3E && b != 0x26 && b != 0xE2) {
                    i += 1
                    continue
                }
                let escape: StaticString
                switch b {
                case 0x22: escape = "\\\""
                case 0x5C: escape = "\\\\"
                case 0x0A: escape = "\\n"
                case 0x0D: escape = "\\r"
                case 0x09: escape = "\\t"
                case 0x3C: escape = "\\u003c"
                case 0x3E: escape = "\\u003e"
                case 0x26: escape = "\\u0026"
                case 0xE2:
                    // U+2028 and U+2029 end a line in JavaScript.
                    if i + 2 < n, buf[i + 1] == 0x80, buf[i + 2] == 0xA8 || buf[i + 2] == 0xA9 {
                        flush()
                        let line: StaticString = buf[i + 2] == 0xA8 ? "\\u2028" : "\\u2029"
                        line.withUTF8Buffer { out.append(contentsOf: $0) }
                        i += 3
                        runStart = i
                    } else {
                        i += 1
                    }
                    continue
                default:
                    // Other control characters: \u00XX, lowercase hex.
                    flush()
                    func hex(_ d: UInt8) -> UInt8 { d < 10 ? 0x30 + d : 0x57 + d }
                    out.append(contentsOf: [0x5C, 0x75, 0x30, 0x30, hex(b >> 4), hex(b & 0x0F)])
                    i += 1
                    runStart = i
                    continue
                }
                flush()
                escape.withUTF8Buffer { out.append(contentsOf: $0) }
                i += 1
                runStart = i
            }
            flush()
        }
        out.append(0x22)
    }

    /// False when none of the eight bytes of `w` is non-ASCII, a control character, or one of " \\ < > &:
    /// bytes that need no escaping whatever `scriptSafe` is. (A zero byte test per byte value, SWAR.)
    @inline(__always)
    static func mayNeedEscape(_ w: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        // Any byte >= 0x80, or below 0x20 (exact as a yes/no once no byte has its high bit set).
        if w & highs != 0 || (w &- 0x20 &* ones) & ~w & highs != 0 { return true }
        // Or-ed without branches.
        return ByteWord.byteBits(0x22, w) | ByteWord.byteBits(0x5C, w) | ByteWord.byteBits(0x3C, w)
            | ByteWord.byteBits(0x3E, w) | ByteWord.byteBits(0x26, w) != 0
    }

    /// The bytes of `v` (bit i: byte i) that are non-ASCII, control characters, or one of " \\ < > &: the
    /// bytes `mayNeedEscape` looks for, exactly.
    @inline(__always)
    static func escapeBits(_ v: ByteBlock.Block) -> UInt32 {
        ByteBlock.bits(ByteBlock.outsidePrintableASCII(v) .| ByteBlock.equal(v, 0x22) .| ByteBlock.equal(v, 0x5C)
                       .| ByteBlock.equal(v, 0x3C) .| ByteBlock.equal(v, 0x3E) .| ByteBlock.equal(v, 0x26))
    }

    // MARK: Strings

    /// A JSON string literal. With `scriptSafe`, "<", ">", "&", U+2028 and U+2029 are escaped too.
    public static func quote(_ s: String, scriptSafe: Bool = true) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count + 8)
        appendQuoted(s, to: &out, scriptSafe: scriptSafe)
        return out
    }

    /// Appends the literal of `s`; runs of ordinary text are copied whole.
    public static func appendQuoted(_ s: String, to out: inout String, scriptSafe: Bool = true) {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(s.utf8.count + 8)
        appendQuoted(s, to: &bytes, scriptSafe: scriptSafe)
        out += String(decoding: bytes, as: UTF8.self)
    }
}
