/// Standar's Mustache templates: the one parser and renderer of themes. It supports the subset themes use:
/// variables (escaped and raw), dotted names, `.`, sections, inverted sections, comments and partials, with the
/// Mustache spec's rules for standalone lines and partial indentation (a test compares every page with
/// swift-mustache). It renders typed `TemplateValue`s without reflection or dynamic casts.
/// Anything else (set delimiters, inheritance and blocks, transforms, dynamic partials, pragmas) is reported as
/// an unsupported feature, with the line and column of the tag.
public struct CompiledTemplate: Sendable {
    /// A dotted name, as a range of `keys` (pre-split at parse time); `.` is the current value.
    struct Path: Sendable {
        var start: Int
        var count: Int
        var isDot: Bool
    }

    /// One instruction of a template compiled into a flat program. Every payload is a plain integer, so
    /// rendering walks the program without retaining anything.
    enum Op: Sendable {
        /// Literal text: `count` bytes of `text` from `start`.
        case text(start: Int, count: Int)
        case variable(Path, escaped: Bool)
        /// The body is the ops after this one, up to (not including) `end`.
        case section(Path, inverted: Bool, end: Int)
        /// `target` is an index of `partialNames` here; in a `TemplateSet`'s linked program, the index of the
        /// template, -1 when the set has none of that name. The indentation is `indentCount` bytes of `text`
        /// (none when zero).
        case partial(target: Int, indentStart: Int, indentCount: Int)
    }

    let ops: [Op]
    /// The bytes of every text and indentation.
    let text: [UInt8]
    /// The keys of every path.
    let keys: [String]
    let partialNames: [String]

    /// A tag that names a value or a partial, for the checks of a theme.
    struct Tag: Sendable, Equatable {
        enum Kind: Sendable { case variable, section, partial }
        var kind: Kind
        var name: String
        /// Byte offset of the tag's "{{" in the source.
        var offset: Int
    }

    /// Why a template does not parse, at a byte offset of the source.
    struct SyntaxError: Error, Sendable, Equatable {
        enum Kind: Sendable, Equatable {
            /// `{{/name}}` closes a section of another name, or nothing.
            case closeMismatch
            /// A tag whose name is empty, badly formed or not closed by "}}".
            case unfinishedName
            /// `{{#name}}` or `{{^name}}` without its `{{/name}}`.
            case unclosedSection
            /// Sections nested deeper than `maxNesting`.
            case nestedTooDeep
            /// A Mustache feature outside the supported subset.
            case unsupported(Feature)
        }
        enum Feature: Sendable, Equatable {
            case setDelimiter, inheritance, pragma, dynamicPartial, transform
        }
        var kind: Kind
        var offset: Int
    }

    /// What parsing one template gives: the template, or the first syntax error; either way the tags read up to
    /// there.
    struct Parsed: Sendable {
        var template: CompiledTemplate?
        var tags: [Tag]
        var error: SyntaxError?
    }

    static func parse(_ source: String) -> Parsed {
        var parser = Parser(Array(source.utf8))
        do {
            try parser.parse(sectionName: nil, newLine: true)
            let template = CompiledTemplate(ops: parser.ops, text: parser.text, keys: parser.keys,
                                            partialNames: parser.partialNames)
            return Parsed(template: template, tags: parser.tags, error: nil)
        } catch {
            return Parsed(template: nil, tags: parser.tags, error: error)
        }
    }

    /// Nil when the template does not parse.
    public init?(_ source: String) {
        guard let template = Self.parse(source).template else { return nil }
        self = template
    }

    init(ops: [Op], text: [UInt8], keys: [String], partialNames: [String]) {
        self.ops = ops
        self.text = text
        self.keys = keys
        self.partialNames = partialNames
    }

    /// 1-based line and column (in characters) of a byte offset of `source`.
    static func location(of offset: Int, in source: String) -> (line: Int, column: Int) {
        let bytes = Array(source.utf8)
        let end = min(max(0, offset), bytes.count)
        var line = 1
        var lineStart = 0
        for i in 0..<end where bytes[i] == 0x0A {
            line += 1
            lineStart = i + 1
        }
        return (line, String(decoding: bytes[lineStart..<end], as: UTF8.self).count + 1)
    }

    /// How deep sections may nest (bounded so a hostile template cannot exhaust the stack).
    static let maxNesting = 50

    struct Parser {
        let bytes: [UInt8]
        var i = 0
        var tags: [Tag] = []
        var depth = 0
        var ops: [Op] = []
        var text: [UInt8] = []
        var keys: [String] = []
        var partialNames: [String] = []
        init(_ bytes: [UInt8]) { self.bytes = bytes }

        mutating func emitText(_ s: String) {
            let start = text.count
            text.append(contentsOf: s.utf8)
            ops.append(.text(start: start, count: text.count - start))
        }

        /// The keys of a name (split as before: `a..b` is `a`, `b`; `..` has none and is never found).
        mutating func path(_ name: String) -> Path {
            if name == "." { return Path(start: keys.count, count: 0, isDot: true) }
            let start = keys.count
            keys.append(contentsOf: name.split(separator: ".").map(String.init))
            return Path(start: start, count: keys.count - start, isDot: false)
        }

        func fail(_ kind: SyntaxError.Kind, at offset: Int? = nil) -> SyntaxError {
            SyntaxError(kind: kind, offset: offset ?? i)
        }

        var atEnd: Bool { i >= bytes.count }

        mutating func readSpaces() -> String {
            let start = i
            while i < bytes.count, bytes[i] == 0x20 || bytes[i] == 0x09 { i += 1 }
            return String(decoding: bytes[start..<i], as: UTF8.self)
        }

        /// Text up to "{{" (consumed) or a newline (not consumed).
        mutating func readText() -> String {
            let start = i
            while i < bytes.count {
                if bytes[i] == 0x0A || (bytes[i] == 0x0D && i + 1 < bytes.count && bytes[i + 1] == 0x0A) { break }
                if bytes[i] == 0x7B, i + 1 < bytes.count, bytes[i + 1] == 0x7B {
                    let text = String(decoding: bytes[start..<i], as: UTF8.self)
                    i += 2
                    return text
                }
                i += 1
            }
            return String(decoding: bytes[start..<i], as: UTF8.self)
        }

        var atNewline: Bool {
            i < bytes.count && (bytes[i] == 0x0A || (bytes[i] == 0x0D && i + 1 < bytes.count && bytes[i + 1] == 0x0A))
        }

        mutating func consumeNewline() -> String {
            if bytes[i] == 0x0D { i += 2; return "\r\n" }
            i += 1
            return "\n"
        }

        static func isNameByte(_ b: UInt8) -> Bool {
            (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A)
                || b == 0x2E || b == 0x2D || b == 0x5F || b == 0x3F
        }

        static func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D }

        /// A plain, non-empty name closed by "}}" (partial names may hold "/").
        mutating func readName(partial: Bool = false) throws(SyntaxError) -> String {
            while i < bytes.count, Self.isSpace(bytes[i]) { i += 1 }
            let start = i
            while i < bytes.count, Self.isNameByte(bytes[i]) || (partial && bytes[i] == 0x2F) { i += 1 }
            let name = String(decoding: bytes[start..<i], as: UTF8.self)
            if !partial, i < bytes.count, bytes[i] == 0x28 { throw fail(.unsupported(.transform), at: start) }   // (
            while i < bytes.count, Self.isSpace(bytes[i]) { i += 1 }
            guard !name.isEmpty, i + 1 < bytes.count, bytes[i] == 0x7D, bytes[i + 1] == 0x7D else {
                throw fail(.unfinishedName)
            }
            i += 2
            return name
        }

        /// swift-mustache's rule: a tag is standalone when it began its line (after white space) and only white
        /// space follows it up to the end of the line, which is then consumed.
        mutating func standalone(_ newLine: Bool) -> Bool {
            guard newLine else { return false }
            if atEnd { return true }
            var j = i
            while j < bytes.count, bytes[j] == 0x20 || bytes[j] == 0x09 { j += 1 }
            if j == bytes.count { i = j; return true }
            if bytes[j] == 0x0A { i = j + 1; return true }
            if bytes[j] == 0x0D, j + 1 < bytes.count, bytes[j + 1] == 0x0A { i = j + 2; return true }
            return false
        }

        /// Appends the ops of the text and tags up to the end or to the `{{/sectionName}}` that closes the
        /// section.
        mutating func parse(sectionName: String?, newLine startNewLine: Bool) throws(SyntaxError) {
            var newLine = startNewLine
            var whiteSpaceBefore = ""
            while !atEnd {
                if newLine { whiteSpaceBefore = readSpaces() }
                let text = readText()
                if atNewline {
                    emitText(whiteSpaceBefore + text + consumeNewline())
                    newLine = true
                    continue
                }
                if !text.isEmpty {
                    emitText(whiteSpaceBefore + text)
                    whiteSpaceBefore = ""
                    newLine = false
                }
                if atEnd { break }
                let tagStart = i - 2
                var setNewLine = false
                switch bytes[i] {
                case 0x23, 0x5E:   // # ^
                    let inverted = bytes[i] == 0x5E
                    i += 1
                    let name = try readName()
                    tags.append(Tag(kind: .section, name: name, offset: tagStart))
                    if standalone(newLine) {
                        setNewLine = true
                    } else if !whiteSpaceBefore.isEmpty {
                        emitText(whiteSpaceBefore)
                        whiteSpaceBefore = ""
                    }
                    depth += 1
                    guard depth <= CompiledTemplate.maxNesting else { throw fail(.nestedTooDeep, at: tagStart) }
                    let at = ops.count
                    ops.append(.section(path(name), inverted: inverted, end: at))
                    try parse(sectionName: name, newLine: setNewLine)
                    depth -= 1
                    if case .section(let p, let inverted, _) = ops[at] { ops[at] = .section(p, inverted: inverted, end: ops.count) }
                case 0x2F:   // /
                    i += 1
                    let nameStart = i
                    guard try readName() == sectionName else { throw fail(.closeMismatch, at: nameStart) }
                    if standalone(newLine) {
                        // the closing tag's line is consumed
                    } else if !whiteSpaceBefore.isEmpty {
                        emitText(whiteSpaceBefore)
                    }
                    return
                case 0x21:   // ! comment
                    i += 1
                    while i + 1 < bytes.count, !(bytes[i] == 0x7D && bytes[i + 1] == 0x7D) { i += 1 }
                    guard i + 1 < bytes.count else { i = bytes.count; throw fail(.unfinishedName) }
                    i += 2
                    setNewLine = standalone(newLine)
                case 0x7B:   // {{{ raw }}}
                    if !whiteSpaceBefore.isEmpty { emitText(whiteSpaceBefore); whiteSpaceBefore = "" }
                    i += 1
                    let name = try readName()
                    guard i < bytes.count, bytes[i] == 0x7D else { throw fail(.unfinishedName) }
                    i += 1
                    tags.append(Tag(kind: .variable, name: name, offset: tagStart))
                    ops.append(.variable(path(name), escaped: false))
                case 0x26:   // & raw
                    if !whiteSpaceBefore.isEmpty { emitText(whiteSpaceBefore); whiteSpaceBefore = "" }
                    i += 1
                    let name = try readName()
                    tags.append(Tag(kind: .variable, name: name, offset: tagStart))
                    ops.append(.variable(path(name), escaped: false))
                case 0x3E:   // > partial
                    i += 1
                    while i < bytes.count, Self.isSpace(bytes[i]) { i += 1 }
                    if i < bytes.count, bytes[i] == 0x2A { throw fail(.unsupported(.dynamicPartial), at: tagStart) }
                    let name = try readName(partial: true)
                    tags.append(Tag(kind: .partial, name: name, offset: tagStart))
                    if !whiteSpaceBefore.isEmpty { emitText(whiteSpaceBefore) }
                    let target = partialNames.count
                    partialNames.append(name)
                    if standalone(newLine) {
                        setNewLine = true
                        let start = self.text.count
                        self.text.append(contentsOf: whiteSpaceBefore.utf8)
                        ops.append(.partial(target: target, indentStart: start, indentCount: self.text.count - start))
                    } else {
                        ops.append(.partial(target: target, indentStart: 0, indentCount: 0))
                    }
                    whiteSpaceBefore = ""
                case 0x3D:   // = set delimiters
                    throw fail(.unsupported(.setDelimiter), at: tagStart)
                case 0x3C, 0x24:   // < $ inheritance and blocks
                    throw fail(.unsupported(.inheritance), at: tagStart)
                case 0x25:   // % pragma
                    throw fail(.unsupported(.pragma), at: tagStart)
                default:
                    if !whiteSpaceBefore.isEmpty { emitText(whiteSpaceBefore); whiteSpaceBefore = "" }
                    let name = try readName()
                    tags.append(Tag(kind: .variable, name: name, offset: tagStart))
                    ops.append(.variable(path(name), escaped: true))
                }
                newLine = setNewLine
            }
            if sectionName != nil { throw fail(.unclosedSection) }
        }
    }
}

/// A set of compiled templates that render together (partials resolve within the set).
/// The templates are linked into one program: their ops, text and keys in shared arrays, each partial resolved
/// to the index of its template once, here, instead of by name on every page.
public struct TemplateSet: Sendable {
    typealias Op = CompiledTemplate.Op

    /// Every template's ops; `.partial` targets are indices of `entries`.
    let ops: [Op]
    let text: [UInt8]
    let keys: [String]
    /// For each of `keys`, a number that is the same for equal keys (the memo of lookups is keyed by it).
    let keyIDs: [Int]
    /// For each of `keys` that starts the path of a variable or a section, a number that is the same for equal
    /// dotted names (the renderer's cache of resolved names is keyed by it); -1 for the other keys.
    let pathIDs: [Int]
    /// The ops of each template.
    let entries: [Range<Int>]
    /// The index in `entries` of each template.
    let index: [String: Int]

    /// Links `templates`. Adjacent texts are merged into one op (one copy when rendering) except at the top level
    /// of a template included with an indentation: there each op is a token that may start an indented line.
    public init(templates: [String: CompiledTemplate]) {
        let names = templates.keys.sorted()
        var index: [String: Int] = [:]
        for (i, name) in names.enumerated() { index[name] = i }
        var indented = Set<String>()
        for t in templates.values {
            for case .partial(let target, _, let indentCount) in t.ops where indentCount > 0 {
                indented.insert(t.partialNames[target])
            }
        }
        var ops: [Op] = [], text: [UInt8] = [], keys: [String] = [], entries: [Range<Int>] = []
        var keyIDs: [Int] = [], ids: [String: Int] = [:]
        for name in names {
            guard let t = templates[name] else { continue }
            let opBase = ops.count, textBase = text.count, keyBase = keys.count
            func moved(_ p: CompiledTemplate.Path) -> CompiledTemplate.Path {
                CompiledTemplate.Path(start: p.start + keyBase, count: p.count, isDot: p.isDot)
            }
            /// The sections open at the op being linked: their end in `t.ops` and their index in `ops`.
            var open: [(end: Int, at: Int)] = []
            func close(upTo j: Int) -> Bool {
                var closed = false
                while let last = open.last, last.end <= j {
                    if case .section(let path, let inverted, _) = ops[last.at] {
                        ops[last.at] = .section(path, inverted: inverted, end: ops.count)
                    }
                    open.removeLast()
                    closed = true
                }
                return closed
            }
            for (j, op) in t.ops.enumerated() {
                let closed = close(upTo: j)
                switch op {
                case .text(let start, let count):
                    if !closed, j > 0, !open.isEmpty || !indented.contains(name),
                       case .text(let previousStart, let previousCount)? = ops.last, ops.count > opBase,
                       previousStart + previousCount == start + textBase {
                        ops[ops.count - 1] = .text(start: previousStart, count: previousCount + count)
                    } else {
                        ops.append(.text(start: start + textBase, count: count))
                    }
                case .variable(let path, let escaped):
                    ops.append(.variable(moved(path), escaped: escaped))
                case .section(let path, let inverted, let end):
                    open.append((end, ops.count))
                    ops.append(.section(moved(path), inverted: inverted, end: ops.count + 1))
                case .partial(let target, let indentStart, let indentCount):
                    ops.append(.partial(target: index[t.partialNames[target]] ?? -1,
                                        indentStart: indentStart + textBase, indentCount: indentCount))
                }
            }
            _ = close(upTo: t.ops.count)
            text.append(contentsOf: t.text)
            keys.append(contentsOf: t.keys)
            for key in t.keys {
                if let id = ids[key] { keyIDs.append(id) } else { keyIDs.append(ids.count); ids[key] = ids.count }
            }
            entries.append(opBase..<ops.count)
        }
        // Readable bytes past the last text, so that every text can be copied as whole blocks of sixteen bytes
        // (`PageBuffer.append(_:count:readable:)`).
        text.append(contentsOf: repeatElement(0, count: Self.textPadding))
        var pathIDs = [Int](repeating: -1, count: keys.count)
        var paths: [[Int]: Int] = [:]
        for op in ops {
            let path: CompiledTemplate.Path
            switch op {
            case .variable(let p, _), .section(let p, _, _): path = p
            case .text, .partial: continue
            }
            guard !path.isDot, path.count > 0 else { continue }
            let name = Array(keyIDs[path.start..<(path.start + path.count)])
            if let id = paths[name] { pathIDs[path.start] = id } else { pathIDs[path.start] = paths.count; paths[name] = paths.count }
        }
        self.ops = ops
        self.text = text
        self.keys = keys
        self.keyIDs = keyIDs
        self.pathIDs = pathIDs
        self.entries = entries
        self.index = index
    }

    /// Nil when any template does not parse.
    public init?(sources: [String: String]) {
        var compiled: [String: CompiledTemplate] = [:]
        for (name, source) in sources {
            guard let t = CompiledTemplate(source) else { return nil }
            compiled[name] = t
        }
        self.init(templates: compiled)
    }

    /// The zero bytes after the last text of `text`: at least sixteen bytes may be read from where any text starts.
    static let textPadding = 16

    /// How deep partials may include partials (a partial that includes itself would never end).
    static let maxPartialDepth = 20

    /// The rendered text; nil when there is no such template or partials nest deeper than `maxPartialDepth`.
    public func render(_ name: String, _ context: TemplateValue) -> String? {
        renderBytes(name, context).map { String(decoding: $0, as: UTF8.self) }
    }

    /// The rendered page as UTF-8 bytes (what the build writes); nil as for `render`.
    public func renderBytes(_ name: String, _ context: TemplateValue) -> [UInt8]? {
        var out: [UInt8] = []
        out.reserveCapacity(32 * 1024)
        return render(name, context, into: &out) ? out : nil
    }

    /// Renders into `out`, replacing what it held; false as `render` gives nil. The page is written straight into
    /// the storage of a new array of at least `out`'s capacity (and 16 KiB), which replaces `out`, so a buffer
    /// passed from page to page keeps a page's size; a page that outgrows it is copied once into an array of its
    /// own.
    public func render(_ name: String, _ context: TemplateValue, into out: inout [UInt8]) -> Bool {
        guard let entry = index[name] else {
            out.removeAll(keepingCapacity: true)
            return false
        }
        var complete = true
        var spilled: [UInt8] = []
        out = [UInt8](unsafeUninitializedCapacity: max(out.capacity, 16 * 1024)) { memory, initialized in
            var page = PageBuffer(writingInto: memory)
            complete = render(entry, context, into: &page)
            if page.owned {
                spilled = Array(page.bytes)
                initialized = 0
            } else {
                initialized = page.count
            }
        }
        if !spilled.isEmpty { out = spilled }
        return complete
    }

    func render(_ entry: Int, _ context: TemplateValue, into page: inout PageBuffer) -> Bool {
        withUnsafePointer(to: context) { root in
            ops.withUnsafeBufferPointer { ops in
                text.withUnsafeBufferPointer { text in
                    keys.withUnsafeBufferPointer { keys in
                        keyIDs.withUnsafeBufferPointer { keyIDs in
                          pathIDs.withUnsafeBufferPointer { pathIDs in
                            entries.withUnsafeBufferPointer { entries in
                                let memo = UnsafeMutablePointer<Renderer.Memo>.allocate(capacity: Renderer.memoSize)
                                defer { memo.deallocate() }
                                memo.initialize(repeating: Renderer.Memo(frame: nil, key: 0, index: 0),
                                                count: Renderer.memoSize)
                                let resolved = UnsafeMutablePointer<Renderer.Resolved>
                                    .allocate(capacity: Renderer.resolvedSize)
                                defer { resolved.deallocate() }
                                resolved.initialize(repeating: Renderer.Resolved(path: -1, epoch: -1, value: nil),
                                                    count: Renderer.resolvedSize)
                                let frames = UnsafeMutablePointer<UnsafePointer<TemplateValue>>
                                    .allocate(capacity: Renderer.maxFrames)
                                defer { frames.deallocate() }
                                frames.initialize(to: root)
                                var renderer = Renderer(ops: ops, text: text, keys: keys, keyIDs: keyIDs,
                                                        pathIDs: pathIDs, entries: entries, memo: memo,
                                                        resolved: resolved, frames: frames)
                                renderer.run(entries[entry], into: &page)
                                return !renderer.tooDeep
                            }
                          }
                        }
                    }
                }
            }
        }
    }

    /// One rendering: the linked program and the stack of context values.
    ///
    /// Values are read where they are in the context, never copied: the stack and every lookup hold pointers to
    /// the root value, to values of objects' members and to items of lists. The context is a value the caller
    /// holds (and so keeps alive) for the whole rendering, and nothing changes it meanwhile, so the storage of
    /// its arrays stays where it is; reading in place saves a retain and a release of the value's storage per
    /// variable and per frame searched.
    struct Renderer {
        typealias Member = TemplateObject.Member

        let ops: UnsafeBufferPointer<Op>
        let text: UnsafeBufferPointer<UInt8>
        let keys: UnsafeBufferPointer<String>
        let keyIDs: UnsafeBufferPointer<Int>
        let pathIDs: UnsafeBufferPointer<Int>
        let entries: UnsafeBufferPointer<Range<Int>>
        /// Where a key was found in a large object of the page (or -1 when it is not there): a page looks up the
        /// same few keys of its root object and of its objects many times (`akar`, `layanan.*`, ...). An
        /// object is known by the address of its members, which stays the same while the context is rendered.
        let memo: UnsafeMutablePointer<Memo>
        /// Where a dotted name was last found (or nil when it was not), by its path ID (`pathIDs`): a page names
        /// the same values again and again, most right after a section on them (`{{#x}}{{x}}{{/x}}{{^x}}`) or all
        /// along it (`akar`, `layanan.biaya`). An entry holds while the objects on the stack are those of its
        /// `epoch`: entering an object gives a new epoch (one never given before, from `epochs`), leaving it
        /// brings back the epoch it was entered from, whose entries hold again (the stack holds again the objects
        /// they were resolved under). Only objects are searched for names (`lookup` passes over the other values
        /// a section enters), so entering a text or a list item that is not an object keeps the epoch.
        let resolved: UnsafeMutablePointer<Resolved>
        var epoch = 0
        /// The last epoch given.
        var epochs = 0
        /// The values the open sections entered, the root first (pointers into the context, see above): `depth`
        /// of them, in memory for `maxFrames` (pushed and popped without the uniqueness checks of an array).
        let frames: UnsafeMutablePointer<UnsafePointer<TemplateValue>>
        var depth = 1
        var partialDepth = 0
        var tooDeep = false

        struct Memo {
            var frame: UnsafeRawPointer?
            var key: Int
            var index: Int
        }

        struct Resolved {
            var path: Int
            var epoch: Int
            var value: UnsafePointer<TemplateValue>?
        }

        static let memoSize = 64
        /// Entries of `resolved` (a power of two); a page names about a hundred paths, most near their last use.
        static let resolvedSize = 64
        /// The most frames a rendering can open: the root, then at most `maxNesting` sections in each template
        /// (the parser's limit), in the page's template and at most `maxPartialDepth` partials inside it.
        static let maxFrames = 1 + CompiledTemplate.maxNesting * (TemplateSet.maxPartialDepth + 1)
        /// Objects with fewer members are searched directly.
        static let memoMinimumMembers = 9

        init(ops: UnsafeBufferPointer<Op>, text: UnsafeBufferPointer<UInt8>, keys: UnsafeBufferPointer<String>,
             keyIDs: UnsafeBufferPointer<Int>, pathIDs: UnsafeBufferPointer<Int>,
             entries: UnsafeBufferPointer<Range<Int>>, memo: UnsafeMutablePointer<Memo>,
             resolved: UnsafeMutablePointer<Resolved>, frames: UnsafeMutablePointer<UnsafePointer<TemplateValue>>) {
            self.ops = ops
            self.text = text
            self.keys = keys
            self.keyIDs = keyIDs
            self.pathIDs = pathIDs
            self.entries = entries
            self.memo = memo
            self.resolved = resolved
            self.frames = frames
        }

        /// The members of the value at `value` when it is an object, in place.
        @inline(__always)
        static func members(of value: UnsafePointer<TemplateValue>) -> UnsafeBufferPointer<Member>? {
            guard case .object(let object) = value.pointee else { return nil }
            return object.members.withUnsafeBufferPointer { $0 }
        }

        /// The UTF-8 bytes of the text at `value` where the context stores them: the bytes of `.utf8`, and of
        /// `.text` longer than a small string (at most 15 bytes, kept in the `String` value itself; the bytes of
        /// a small string are given in a copy that lasts only as long as the call that gives them). Nil for other
        /// values and texts. Read so, in place, the text is not copied out of the context: switching on the value
        /// and writing the text out in the same place copies it (a retain and a release per variable).
        @inline(__always)
        static func storedUTF8(of value: UnsafePointer<TemplateValue>) -> UnsafeBufferPointer<UInt8>? {
            switch value.pointee {
            case .text(let s):
                guard s.utf8.count > 15 else { return nil }
                return s.utf8.withContiguousStorageIfAvailable { $0 }
            case .utf8(let bytes):
                return bytes.withUnsafeBufferPointer { $0 }
            default:
                return nil
            }
        }

        /// The bytes of a small text at `value` (at most 15 UTF-8 bytes, kept in the `String` value itself) as they
        /// lie in the two words of the `String`, its flags and count cleared (a small string's unused bytes are zero),
        /// and their number; nil for other values and texts, and where `String` is not laid out so
        /// (`smallTextAvailable`). Read so, a variable's short text is written out as two words, from registers:
        /// copying the bytes out of the `String` cost a call of `memcpy` and the call of `appendEscaped` that
        /// read them back (most variables of a page: ids, dates, fees, `akar`).
        @inline(__always)
        static func smallText(of value: UnsafePointer<TemplateValue>) -> (words: SIMD2<UInt64>, count: Int)? {
            guard smallTextAvailable, case .text = value.pointee else { return nil }
            // The payload of `.text`, the `String`, is at the start of the value.
            let words = TemplateObject.KeyWords(UnsafeRawPointer(value))
            guard words.second & smallFlag != 0 else { return nil }
            return (SIMD2(words.first, words.second & 0x00FF_FFFF_FFFF_FFFF),
                    Int(truncatingIfNeeded: (words.second >> 56) & 0xF))
        }

        /// The bit of a `String`'s second word that marks a small string (64-bit layout, see `KeyWords`); the top
        /// byte of a small string's second word holds its flags and its count (low four bits), the other bytes of
        /// both words its UTF-8 bytes in order on a little-endian machine.
        static var smallFlag: UInt64 { 0x2000_0000_0000_0000 }

        /// Whether small strings are laid out as `smallText` reads them: `String` as two 64-bit words, on a
        /// little-endian machine.
        static var smallTextAvailable: Bool { TemplateObject.KeyWords.available && UInt16(1).bigEndian != 1 }

        /// Where the value of member `m` of `members` is.
        @inline(__always)
        static func value(of members: UnsafeBufferPointer<Member>, at m: Int) -> UnsafePointer<TemplateValue>? {
            guard let base = members.baseAddress else { return nil }
            return (base + m).pointer(to: \.1)
        }

        /// Where `members` holds the key `keys[k]` (its last occurrence).
        @inline(__always)
        func search(_ members: UnsafeBufferPointer<Member>, key k: Int) -> Int? {
            guard let key = keys.baseAddress else { return nil }
            return TemplateObject.index(of: key + k, in: members)
        }

        /// Where `members` holds the key `keys[k]` (its last occurrence).
        @inline(__always)
        func index(in members: UnsafeBufferPointer<Member>, key k: Int) -> Int? {
            guard members.count >= Self.memoMinimumMembers else { return search(members, key: k) }
            let frame = UnsafeRawPointer(members.baseAddress)
            let id = keyIDs[k]
            let slot = ((Int(bitPattern: frame) >> 4) &+ id &* 31) & (Self.memoSize - 1)
            if memo[slot].frame == frame, memo[slot].key == id {
                let index = memo[slot].index
                return index < 0 ? nil : index
            }
            let index = search(members, key: k)
            memo[slot] = Memo(frame: frame, key: id, index: index ?? -1)
            return index
        }

        /// Appends the `count` bytes of `text` from `start` (a text op's): a short text (most texts between two
        /// tags: `">`, `</a></li>`) as one or two blocks of sixteen bytes, without a call of `memcpy`; the bytes
        /// after the last text (`textPadding`) keep the block of any text inside `text`.
        @inline(__always)
        func appendText(start: Int, count: Int, into out: inout PageBuffer) {
            guard let base = text.baseAddress else { return }
            out.append(base + start, count: count, readable: 16)
        }

        /// Renders the ops of `range` at the end of `out`.
        mutating func run(_ range: Range<Int>, into out: inout PageBuffer) {
            var i = range.lowerBound
            while i < range.upperBound {
                // Texts, the most frequent ops, are copied here without the call to `step`.
                if case .text(let start, let count) = ops[i] {
                    appendText(start: start, count: count, into: &out)
                    i += 1
                } else {
                    i = step(i, into: &out)
                }
            }
        }

        /// Renders the ops of a partial with its indentation; `start` is where the partial's output begins.
        /// swift-mustache indents each non-empty token output that starts a new line of a partial: one that
        /// follows a "\n" (not a "\r\n", one character in Swift) output by the partial itself. A token is a
        /// top-level op of the partial (a section whole).
        mutating func run(_ range: Range<Int>, into out: inout PageBuffer, indentation: UnsafeBufferPointer<UInt8>,
                          start: Int) {
            var i = range.lowerBound
            while i < range.upperBound {
                let opStart = out.count
                i = step(i, into: &out)
                guard out.count > opStart, opStart > start, out[opStart - 1] == 0x0A,
                      !(opStart - 2 >= start && out[opStart - 2] == 0x0D) else { continue }
                out.insert(indentation, at: opStart)
            }
        }

        /// Renders the op at `i`; the index of the op after it (after its body for a section).
        mutating func step(_ i: Int, into out: inout PageBuffer) -> Int {
            switch ops[i] {
            case .text(let start, let count):
                appendText(start: start, count: count, into: &out)
            case .variable(let path, let escaped):
                guard let value = resolve(path) else { break }
                if let small = Self.smallText(of: value) {
                    // Stored whole when nothing is to be escaped (most values), else escaped from a copy.
                    if !escaped || !HTMLEscaper.hasSpecial(small.words, quotes: true) {
                        out.append(words: small.words, count: small.count)
                    } else {
                        withUnsafeBytes(of: small.words) { raw in
                            let bytes = raw.assumingMemoryBound(to: UInt8.self)
                            out.appendEscaped(UnsafeBufferPointer(rebasing: bytes[..<small.count]), quotes: true)
                        }
                    }
                    break
                }
                if let bytes = Self.storedUTF8(of: value) {
                    if escaped { out.appendEscaped(bytes, quotes: true) } else { out.append(bytes) }
                    break
                }
                switch value.pointee {
                case .text(let s):
                    if escaped { out.appendEscaped(s, quotes: true) } else { out.appendRaw(s) }
                case .utf8(let bytes):
                    bytes.withUnsafeBufferPointer { b in
                        if escaped { out.appendEscaped(b, quotes: true) } else { out.append(b) }
                    }
                case .int(let n):
                    out.appendRaw(String(n))
                case .bool(let b):
                    out.appendRaw(b ? "true" : "false")
                case .list, .object:
                    let text = value.pointee.describedAsSwiftMustache
                    if escaped { out.appendEscaped(text, quotes: true) } else { out.appendRaw(text) }
                }
            case .section(let path, let inverted, let end):
                let body = (i + 1)..<end
                let value = resolve(path)
                if inverted {
                    if value?.pointee.isFalsy ?? true { run(body, into: &out) }
                    return end
                }
                guard let value, !value.pointee.isFalsy else { return end }
                switch value.pointee {
                case .list(let items):
                    items.withUnsafeBufferPointer { items in
                        guard let base = items.baseAddress else { return }
                        for item in 0..<items.count {
                            run(body, into: &out, entering: base + item)
                        }
                    }
                case .bool:
                    run(body, into: &out)
                default:
                    run(body, into: &out, entering: value)
                }
                return end
            case .partial(let target, let indentStart, let indentCount):
                guard target >= 0, !tooDeep else { break }
                guard partialDepth < TemplateSet.maxPartialDepth else { tooDeep = true; break }
                partialDepth += 1
                if indentCount == 0 {
                    run(entries[target], into: &out)
                } else {
                    run(entries[target], into: &out,
                        indentation: UnsafeBufferPointer(rebasing: text[indentStart..<(indentStart + indentCount)]),
                        start: out.count)
                }
                partialDepth -= 1
            }
            return i + 1
        }

        /// Renders the ops of `body` with `value` as the top frame.
        @inline(__always)
        mutating func run(_ body: Range<Int>, into out: inout PageBuffer, entering value: UnsafePointer<TemplateValue>) {
            // Unreachable with parsed templates (see `maxFrames`); reported as partials nested too deep.
            guard depth < Self.maxFrames else { tooDeep = true; return }
            frames[depth] = value
            // Names resolve otherwise only under an object (see `resolved`).
            let outer = epoch
            if case .object = value.pointee {
                epochs &+= 1
                epoch = epochs
            }
            depth += 1
            run(body, into: &out)
            depth -= 1
            epoch = outer
        }

        /// Where the value a name refers to is, as `lookup` finds it, from `resolved` when the name was resolved
        /// under the same objects.
        @inline(__always)
        mutating func resolve(_ path: CompiledTemplate.Path) -> UnsafePointer<TemplateValue>? {
            guard !path.isDot, path.count > 0 else { return lookup(path) }
            let id = pathIDs[path.start]
            // Every variable and section path has an ID (`TemplateSet.init`); without one, no cache.
            guard id >= 0 else { return lookup(path) }
            let entry = resolved + (id & (Self.resolvedSize - 1))
            if entry.pointee.path == id, entry.pointee.epoch == epoch { return entry.pointee.value }
            let value = lookup(path)
            entry.pointee = Resolved(path: id, epoch: epoch, value: value)
            return value
        }

        /// Where the value a name refers to is: the first frame, from the top of the stack, that is an object
        /// holding its first key, then the following keys below it (nil when any is missing).
        /// Inlined in `step`, its two callers: as a call, the renderer was copied to the stack for each lookup.
        /// Mutating (it changes only the memo) so that where the compiler still calls it, it reads the renderer
        /// where it is instead of a copy.
        @inline(__always)
        mutating func lookup(_ path: CompiledTemplate.Path) -> UnsafePointer<TemplateValue>? {
            if path.isDot { return frames[depth - 1] }
            guard path.count > 0 else { return nil }
            var f = depth - 1
            while f >= 0 {
                if let members = Self.members(of: frames[f]), let m = index(in: members, key: path.start) {
                    guard let value = Self.value(of: members, at: m) else { return nil }
                    return path.count == 1 ? value : descend(value, key: path.start + 1, end: path.start + path.count)
                }
                f -= 1
            }
            return nil
        }

        /// Where the value below `value` at `keys[k..<end]` (not empty) is. Mutating, as `lookup`: the renderer is
        /// read in place, not copied for each call.
        mutating func descend(_ value: UnsafePointer<TemplateValue>, key k: Int, end: Int) -> UnsafePointer<TemplateValue>? {
            guard let members = Self.members(of: value), let m = index(in: members, key: k),
                  let member = Self.value(of: members, at: m) else { return nil }
            return k + 1 == end ? member : descend(member, key: k + 1, end: end)
        }
    }
}
