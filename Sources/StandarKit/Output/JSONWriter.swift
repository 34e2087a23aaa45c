/// A JSON value whose objects keep their member order.
public indirect enum JSONValue: Sendable {
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

    public private(set) var text = ""
    let layout: Layout
    let scriptSafe: Bool

    public init(layout: Layout, scriptSafe: Bool = true) {
        self.layout = layout
        self.scriptSafe = scriptSafe
    }

    /// `value` in `layout`.
    public static func string(_ value: JSONValue, layout: Layout, scriptSafe: Bool = true) -> String {
        var writer = JSONWriter(layout: layout, scriptSafe: scriptSafe)
        writer.write(value)
        return writer.text
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
        writer.text += "{"
        for (key, value) in members {
            writer.text += "\n  "
            writer.appendQuoted(key)
            writer.text += ": "
            writer.writeInline(value, spaced: true)
            writer.text += ","
        }
        writer.text += "\n  "
        writer.appendQuoted(arrayKey)
        writer.text += ": ["
        return writer.text
    }

    public static func recordRow(_ item: JSONValue, scriptSafe: Bool = true) -> String {
        "\n    " + string(item, layout: .line, scriptSafe: scriptSafe)
    }

    public static func recordsTail(rows: Int) -> String { rows == 0 ? "]\n}" : "\n  ]\n}" }

    // MARK: Layouts

    mutating func writeInline(_ value: JSONValue, spaced: Bool) {
        switch value {
        case .array(let items):
            text += "["
            for (i, item) in items.enumerated() {
                if i > 0 { text += spaced ? ", " : "," }
                writeInline(item, spaced: spaced)
            }
            text += "]"
        case .object(let members):
            text += "{"
            for (i, (key, item)) in members.enumerated() {
                if i > 0 { text += spaced ? ", " : "," }
                appendQuoted(key)
                text += spaced ? ": " : ":"
                writeInline(item, spaced: spaced)
            }
            text += "}"
        default:
            writeScalar(value)
        }
    }

    mutating func writeRecords(_ value: JSONValue) {
        guard case .object(let members) = value, !members.isEmpty else { return writeInline(value, spaced: true) }
        text += "{"
        for (i, (key, item)) in members.enumerated() {
            text += i == 0 ? "\n  " : ",\n  "
            appendQuoted(key)
            text += ": "
            if case .array(let rows) = item, !rows.isEmpty {
                text += "["
                for (r, row) in rows.enumerated() {
                    text += r == 0 ? "\n    " : ",\n    "
                    writeInline(row, spaced: true)
                }
                text += "\n  ]"
            } else {
                writeInline(item, spaced: true)
            }
        }
        text += "\n}"
    }

    mutating func writeDocument(_ value: JSONValue, indent: Int) {
        let pad = String(repeating: " ", count: indent + 2)
        let close = String(repeating: " ", count: indent)
        switch value {
        case .array(let items):
            if items.isEmpty { text += "[]"; return }
            if !items.contains(where: \.isContainer) {
                let line = Self.string(value, layout: .line, scriptSafe: scriptSafe)
                if line.count + indent <= 100 { text += line; return }
            }
            text += "[\n"
            for (i, item) in items.enumerated() {
                if i > 0 { text += ",\n" }
                text += pad
                writeDocument(item, indent: indent + 2)
            }
            text += "\n" + close + "]"
        case .object(let members):
            if members.isEmpty { text += "{}"; return }
            text += "{\n"
            for (i, (key, item)) in members.enumerated() {
                if i > 0 { text += ",\n" }
                text += pad
                appendQuoted(key)
                text += ": "
                writeDocument(item, indent: indent + 2)
            }
            text += "\n" + close + "}"
        default:
            writeScalar(value)
        }
    }

    mutating func writeScalar(_ value: JSONValue) {
        switch value {
        case .string(let s): appendQuoted(s)
        case .int(let v): text += String(v)
        case .number(let v): text += v == v.rounded() && abs(v) < 1e15 ? String(Int(v)) : String(v)
        case .decimal(let v, let places): text += Self.fixedPoint(v, places: places)
        case .bool(let b): text += b ? "true" : "false"
        case .null: text += "null"
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

    mutating func appendQuoted(_ s: String) { Self.appendQuoted(s, to: &text, scriptSafe: scriptSafe) }

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
        out += "\""
        let utf8 = s.utf8
        var runStart = utf8.startIndex
        var i = utf8.startIndex
        while i != utf8.endIndex {
            let b = utf8[i]
            var escape: String?
            switch b {
            case 0x22: escape = "\\\""
            case 0x5C: escape = "\\\\"
            case 0x0A: escape = "\\n"
            case 0x0D: escape = "\\r"
            case 0x09: escape = "\\t"
            case 0x3C where scriptSafe: escape = "\\u003c"
            case 0x3E where scriptSafe: escape = "\\u003e"
            case 0x26 where scriptSafe: escape = "\\u0026"
            case 0x00..<0x20:
                let hex = String(b, radix: 16)
                escape = "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            case 0xE2 where scriptSafe:
                // U+2028 and U+2029 end a line in JavaScript.
                let j = utf8.index(after: i)
                if j != utf8.endIndex, utf8[j] == 0x80 {
                    let k = utf8.index(after: j)
                    if k != utf8.endIndex, utf8[k] == 0xA8 || utf8[k] == 0xA9 {
                        out += s[runStart..<i]
                        out += utf8[k] == 0xA8 ? "\\u2028" : "\\u2029"
                        i = utf8.index(after: k)
                        runStart = i
                        continue
                    }
                }
            default:
                break
            }
            if let escape {
                out += s[runStart..<i]
                out += escape
                i = utf8.index(after: i)
                runStart = i
            } else {
                i = utf8.index(after: i)
            }
        }
        out += s[runStart..<utf8.endIndex]
        out += "\""
    }
}
