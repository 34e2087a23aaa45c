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
/// Not copyable: it writes into memory of its own (`OutputBytes`), which a copy would share.
public struct JSONWriter: ~Copyable {
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

    /// The bytes written so far.
    private var out: OutputBytes
    /// The UTF-8 bytes written so far (a copy of their own size).
    public var bytes: [UInt8] { out.array }
    /// The text written so far.
    public var text: String { out.string }
    let layout: Layout
    let scriptSafe: Bool

    /// - Parameter capacity: bytes to reserve (a writer of a known size grows its buffer once, not by doubling).
    public init(layout: Layout, scriptSafe: Bool = true, capacity: Int = 0) {
        self.layout = layout
        self.scriptSafe = scriptSafe
        out = OutputBytes(capacity: capacity)
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
    /// `key` is a literal of the source with nothing to escape (letters, digits, "_", "@"): it is copied as it is.
    /// Quoted as any text, the keys were half of the quoting of a data row (callgrind, 1,000-service build).
    mutating func member(_ key: StaticString, first: Bool = false) {
        assert(UnsafeBufferPointer(start: key.utf8Start, count: key.utf8CodeUnitCount).allSatisfy(Self.isPlainKeyByte),
               "a literal key with a byte to escape")
        if let piece = Self.keyPiece(key, first: first, spaced: layout != .compact) {
            return out.append(words: piece.words, count: piece.count)
        }
        separator(first: first)
        out.reserve(key.utf8CodeUnitCount + 4)
        out.append(0x22)
        out.append(key)
        colon()
    }

    /// What `member(key)` writes (separator, quoted key, colon and space) as the two words of one block, when it
    /// fits in sixteen bytes (keys of up to ten bytes, spaced): the key read as `HTMLEscaper.shortWords` reads it
    /// (no byte past its end), shifted past the separator and the quote as one 128-bit number. Written byte by
    /// byte with a capacity check each and a call of `memcpy` for the key, a member cost about 125 instructions
    /// (28,000 members of 1,000 data rows: 3.5 M, callgrind); as one block, about 40.
    @inline(__always)
    static func keyPiece(_ key: StaticString, first: Bool, spaced: Bool) -> (words: SIMD2<UInt64>, count: Int)? {
        let n = key.utf8CodeUnitCount
        // Before the key: "," + " " (spaced) unless first, and the quote; after it: the quote, ":" and " ".
        let before = first ? 1 : (spaced ? 3 : 2), after = spaced ? 3 : 2
        guard n >= 4, n + before + after <= 16 else { return nil }
        let raw = UnsafeRawPointer(key.utf8Start)
        // The key's bytes as a little-endian 128-bit number (lo, hi).
        var lo: UInt64, hi: UInt64
        if n >= 8 {
            lo = raw.loadUnaligned(as: UInt64.self)
            // The last eight bytes end with bytes 8..<n: their top n - 8 bytes.
            hi = n == 8 ? 0 : raw.loadUnaligned(fromByteOffset: n &- 8, as: UInt64.self) &>> UInt64((16 &- n) &* 8)
        } else {
            let rest = UInt64(raw.loadUnaligned(fromByteOffset: n &- 4, as: UInt32.self)) &>> UInt64((8 &- n) &* 8)
            lo = UInt64(raw.loadUnaligned(as: UInt32.self)) | rest &<< 32
            hi = 0
        }
        // Shifted past what comes before (one to three bytes), which fills the low bytes.
        let shift = UInt64(before &* 8)
        hi = hi &<< shift | lo &>> (64 &- shift)
        let prefix: UInt64 = first ? 0x22 : (spaced ? 0x22_202C : 0x22_2C)
        lo = lo &<< shift | prefix
        // The quote, the colon and the space after the key, from byte before + n (below 14).
        let suffix: UInt64 = spaced ? 0x20_3A22 : 0x3A22
        let at = UInt64((before &+ n) &* 8)
        if at < 64 {
            lo |= suffix &<< at
            hi |= suffix &>> (64 &- at)
        } else {
            hi |= suffix &<< (at &- 64)
        }
        return (SIMD2(lo, hi), before &+ n &+ after)
    }

    /// A member whose value is text, or null when there is none.
    mutating func member(_ key: StaticString, _ value: String?, first: Bool = false) {
        member(key, first: first)
        if let value { appendQuoted(value) } else { put(literal: "null") }
    }

    /// A member whose value is `true` or `false` (what `writeScalar` writes for `.bool`, without the enum).
    mutating func member(_ key: StaticString, _ value: Bool, first: Bool = false) {
        member(key, first: first)
        if value { put(literal: "true") } else { put(literal: "false") }
    }

    /// A member whose value is a whole number, or null when there is none (what `writeScalar` writes for `.int`).
    /// Labelled: a `nil` literal would otherwise fit this and the text member both.
    mutating func member(_ key: StaticString, number value: Int?, first: Bool = false) {
        member(key, first: first)
        if let value { out.append(decimal: value) } else { put(literal: "null") }
    }

    /// A member whose value is a scalar (or any value, written inline).
    mutating func member(_ key: StaticString, _ value: JSONValue, first: Bool = false) {
        member(key, first: first)
        writeInline(value, spaced: layout != .compact)
    }

    /// Starts a member whose key is any text (a component's id, say), quoted as text.
    mutating func member(quoting key: String, first: Bool = false) {
        separator(first: first)
        appendQuoted(key)
        out.append(0x3A)
        if layout != .compact { out.append(0x20) }
    }

    /// A member whose key is any text and whose value is text, or null when there is none.
    mutating func member(quoting key: String, _ value: String?, first: Bool = false) {
        member(quoting: key, first: first)
        if let value { appendQuoted(value) } else { put("null") }
    }

    /// Whether a key's byte needs no escaping: printable ASCII other than " \\ < > &.
    static func isPlainKeyByte(_ b: UInt8) -> Bool {
        b >= 0x20 && b < 0x7F && b != 0x22 && b != 0x5C && b != 0x3C && b != 0x3E && b != 0x26
    }

    /// "," (", " spaced) unless `first`.
    @inline(__always)
    private mutating func separator(first: Bool) {
        guard !first else { return }
        out.append(0x2C)
        if layout != .compact { out.append(0x20) }
    }

    /// The closing quote of a key and the colon (and a space, spaced).
    @inline(__always)
    private mutating func colon() {
        out.append(0x22)
        out.append(0x3A)
        if layout != .compact { out.append(0x20) }
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
        case .int(let v): out.append(decimal: v)
        case .number(let v):
            if v == v.rounded() && abs(v) < 1e15 { out.append(decimal: Int(v)) } else { put(String(v)) }
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

    mutating func appendQuoted(_ s: String) { Self.appendQuoted(s, to: &out, scriptSafe: scriptSafe) }

    /// Appends the literal of the UTF-8 text `buf`.
    mutating func appendQuoted(_ buf: UnsafeBufferPointer<UInt8>) { Self.appendQuoted(buf, to: &out, scriptSafe: scriptSafe) }

    /// Appends the UTF-8 bytes of `s`.
    @inline(__always)
    mutating func put(_ s: String) { out.append(s) }

    /// Appends a literal of the source (punctuation, `null`): its bytes stored as they are, one or two as bytes.
    /// `put` of a String literal reads the string's storage first, about 60 instructions a piece (a data row has
    /// fifteen, callgrind).
    @inline(__always)
    mutating func put(literal s: StaticString) {
        let bytes = s.utf8Start
        switch s.utf8CodeUnitCount {
        case 1:
            out.append(bytes[0])
        case 2:
            out.reserve(2)
            out.append(bytes[0])
            out.append(bytes[1])
        default:
            out.append(s)
        }
    }

    /// Appends `s` escaped as inside a literal, without the quotes: a literal written in pieces (escaping is
    /// scalar by scalar, so the pieces escaped one by one are the whole escaped).
    mutating func appendEscaped(_ s: String) { Self.appendEscaped(s, to: &out, scriptSafe: scriptSafe) }

    /// Appends the bytes written so far to `target` and empties the writer (one writer for many rows).
    mutating func move(into target: inout [UInt8]) {
        target.append(contentsOf: out.bytes)
        out.removeAll()
    }

    /// Appends the literal of `s`, read where the string keeps its bytes (`withUTF8` needs a mutable copy: a
    /// retain and a release per value).
    static func appendQuoted(_ s: String, to out: inout OutputBytes, scriptSafe: Bool) {
        let done: Void? = s.utf8.withContiguousStorageIfAvailable { appendQuoted($0, to: &out, scriptSafe: scriptSafe) }
        guard done == nil else { return }
        var s = s
        s.withUTF8 { appendQuoted($0, to: &out, scriptSafe: scriptSafe) }
    }

    /// Appends the literal of the UTF-8 text `buf`.
    @inline(__always)
    static func appendQuoted(_ buf: UnsafeBufferPointer<UInt8>, to out: inout OutputBytes, scriptSafe: Bool) {
        // Room for the text unescaped (most texts): one capacity check, then plain copies.
        out.reserve(buf.count + 2)
        out.append(0x22)
        appendEscaped(buf, to: &out, scriptSafe: scriptSafe)
        out.append(0x22)
    }

    /// Appends `s` escaped (read as `appendQuoted` reads it).
    static func appendEscaped(_ s: String, to out: inout OutputBytes, scriptSafe: Bool) {
        let done: Void? = s.utf8.withContiguousStorageIfAvailable { appendEscaped($0, to: &out, scriptSafe: scriptSafe) }
        guard done == nil else { return }
        var s = s
        s.withUTF8 { appendEscaped($0, to: &out, scriptSafe: scriptSafe) }
    }

    /// Appends the UTF-8 text `buf` escaped as inside a literal; runs of ordinary bytes are copied whole. A text of
    /// at most sixteen bytes (most: a name, a date, a code) is tested in one block and, with nothing to escape,
    /// stored whole.
    static func appendEscaped(_ buf: UnsafeBufferPointer<UInt8>, to out: inout OutputBytes, scriptSafe: Bool) {
        guard let base = buf.baseAddress else { return }
        let n = buf.count
        let raw = UnsafeRawPointer(base)
        if n <= 16 {
            guard n > 0 else { return }
            let words = HTMLEscaper.shortWords(raw, count: n)
            if escapeBits(unsafeBitCast(words, to: ByteBlock.Block.self)) == 0 {
                return out.appendShort(base, count: n, words: words)
            }
        }
        var runStart = 0
        var i = nextEscapable(raw, count: n, from: 0)
        while i < n {
            let b = base[i]
            if b >= 0x80 {
                // U+2028 and U+2029 end a line in JavaScript.
                if scriptSafe, b == 0xE2, i + 2 < n, base[i + 1] == 0x80, base[i + 2] == 0xA8 || base[i + 2] == 0xA9 {
                    out.append(base + runStart, count: i - runStart)
                    out.append(base[i + 2] == 0xA8 ? "\\u2028" : "\\u2029")
                    i += 3
                    runStart = i
                } else {
                    // Any other non-ASCII byte is kept, and so are the continuation bytes after it (0x80 to 0xBF:
                    // never one to escape), skipped here rather than found one scan each.
                    i += 1
                    while i < n, base[i] & 0xC0 == 0x80 { i += 1 }
                }
                i = nextEscapable(raw, count: n, from: i)
                continue
            }
            if b >= 0x20, b != 0x22, b != 0x5C, !scriptSafe || (b != 0x3C && b != 0x3E && b != 0x26) {
                i = nextEscapable(raw, count: n, from: i + 1)
                continue
            }
            out.append(base + runStart, count: i - runStart)
            // The two-byte escapes as two bytes (a call of `memcpy` each was most of the cost of a line break).
            let second: UInt8
            switch b {
            case 0x22: second = 0x22
            case 0x5C: second = 0x5C
            case 0x0A: second = 0x6E
            case 0x0D: second = 0x72
            case 0x09: second = 0x74
            case 0x3C: second = 0
                out.append("\\u003c")
            case 0x3E: second = 0
                out.append("\\u003e")
            case 0x26: second = 0
                out.append("\\u0026")
            default:
                // Other control characters: \u00XX, lowercase hex.
                func hex(_ d: UInt8) -> UInt8 { d < 10 ? 0x30 + d : 0x57 + d }
                out.append("\\u00")
                out.append(hex(b >> 4))
                out.append(hex(b & 0x0F))
                second = 0
            }
            if second != 0 {
                out.reserve(2)
                out.append(0x5C)
                out.append(second)
            }
            runStart = i + 1
            i = nextEscapable(raw, count: n, from: i + 1)
        }
        out.append(base + runStart, count: n - runStart)
    }

    /// The index of the first byte from `i` that may need escaping (one that `escapeBits` finds), or `count`.
    /// Sixteen bytes at a time; the last sixteen of a text of at least sixteen are read in one block that
    /// overlaps bytes already read (they are masked off), eight at a time in a shorter text.
    @inline(__always)
    static func nextEscapable(_ raw: UnsafeRawPointer, count n: Int, from start: Int) -> Int {
        var i = start
        while i + 16 <= n {
            // Tested as two words first: the lanes gathered into bits only in the block that has one.
            let lanes = escapeLanes(raw.loadUnaligned(fromByteOffset: i, as: ByteBlock.Block.self))
            if ByteBlock.any(lanes) { return i + ByteBlock.bits(lanes).trailingZeroBitCount }
            i += 16
        }
        guard i < n else { return n }
        if n >= 16 {
            let hits = escapeBits(raw.loadUnaligned(fromByteOffset: n - 16, as: ByteBlock.Block.self)) >> UInt32(i - (n - 16))
            return hits == 0 ? n : i + hits.trailingZeroBitCount
        }
        while i + 8 <= n, !mayNeedEscape(UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: i, as: UInt64.self))) {
            i += 8
        }
        while i < n {
            let b = raw.load(fromByteOffset: i, as: UInt8.self)
            if b < 0x20 || b >= 0x80 || b == 0x22 || b == 0x5C || b == 0x3C || b == 0x3E || b == 0x26 { return i }
            i += 1
        }
        return n
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
    static func escapeBits(_ v: ByteBlock.Block) -> UInt32 { ByteBlock.bits(escapeLanes(v)) }

    /// The lanes of `v` that `escapeBits` sets.
    @inline(__always)
    static func escapeLanes(_ v: ByteBlock.Block) -> ByteBlock.Lanes {
        ByteBlock.outsidePrintableASCII(v) .| ByteBlock.equal(v, 0x22) .| ByteBlock.equal(v, 0x5C)
            .| ByteBlock.equal(v, 0x3C) .| ByteBlock.equal(v, 0x3E) .| ByteBlock.equal(v, 0x26)
    }

    // MARK: Strings

    /// A JSON string literal. With `scriptSafe`, "<", ">", "&", U+2028 and U+2029 are escaped too.
    public static func quote(_ s: String, scriptSafe: Bool = true) -> String {
        var bytes = OutputBytes(capacity: s.utf8.count + 8)
        appendQuoted(s, to: &bytes, scriptSafe: scriptSafe)
        return bytes.string
    }

    /// Appends the literal of `s`; runs of ordinary text are copied whole.
    public static func appendQuoted(_ s: String, to out: inout String, scriptSafe: Bool = true) {
        out += quote(s, scriptSafe: scriptSafe)
    }
}

/// The bytes a `JSONWriter` (or a row of layanan.csv) writes: the page renderer's buffer. A row of the data files is
/// a hundred short pieces (keys, separators, values); `Array.append(contentsOf:)` cost a generic sequence copy of
/// about 100 instructions per piece (callgrind, 1,000-service build), this costs a capacity check and a `memcpy`.
typealias OutputBytes = PageBuffer
