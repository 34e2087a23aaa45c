// The template renderer as it was before the flat program (main at 0357552), kept as the oracle of
// TemplateProgramTests: the compiled program must render every template exactly as this did.
@testable import StandarKit

/// Standar's Mustache templates: the one parser and renderer of themes. It supports the subset themes use:
/// variables (escaped and raw), dotted names, `.`, sections, inverted sections, comments and partials, with the
/// Mustache spec's rules for standalone lines and partial indentation (a test compares every page with
/// swift-mustache). It renders typed `TemplateValue`s without reflection or dynamic casts.
/// Anything else (set delimiters, inheritance and blocks, transforms, dynamic partials, pragmas) is reported as
/// an unsupported feature, with the line and column of the tag.
struct LegacyCompiledTemplate: Sendable {
    indirect enum Node: Sendable {
        /// Literal text, as UTF-8 bytes (pages are rendered into bytes).
        case text([UInt8])
        case variable([String], escaped: Bool)
        case section([String], inverted: Bool, [Node])
        case partial(String, indentation: [UInt8]?)
    }

    let nodes: [Node]

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
        var template: LegacyCompiledTemplate?
        var tags: [Tag]
        var error: SyntaxError?
    }

    static func parse(_ source: String) -> Parsed {
        var parser = Parser(Array(source.utf8))
        do {
            let nodes = try parser.parse(sectionName: nil, newLine: true)
            return Parsed(template: LegacyCompiledTemplate(nodes: nodes), tags: parser.tags, error: nil)
        } catch {
            return Parsed(template: nil, tags: parser.tags, error: error)
        }
    }

    /// Nil when the template does not parse.
    init?(_ source: String) {
        guard let template = Self.parse(source).template else { return nil }
        self = template
    }

    init(nodes: [Node]) { self.nodes = nodes }

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
        init(_ bytes: [UInt8]) { self.bytes = bytes }

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

        static func split(_ name: String) -> [String] {
            name == "." ? ["."] : name.split(separator: ".").map(String.init)
        }

        mutating func parse(sectionName: String?, newLine startNewLine: Bool) throws(SyntaxError) -> [Node] {
            var nodes: [Node] = []
            var newLine = startNewLine
            var whiteSpaceBefore = ""
            while !atEnd {
                if newLine { whiteSpaceBefore = readSpaces() }
                let text = readText()
                if atNewline {
                    nodes.append(.text(Array((whiteSpaceBefore + text + consumeNewline()).utf8)))
                    newLine = true
                    continue
                }
                if !text.isEmpty {
                    nodes.append(.text(Array((whiteSpaceBefore + text).utf8)))
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
                        nodes.append(.text(Array(whiteSpaceBefore.utf8)))
                        whiteSpaceBefore = ""
                    }
                    depth += 1
                    guard depth <= LegacyCompiledTemplate.maxNesting else { throw fail(.nestedTooDeep, at: tagStart) }
                    let body = try parse(sectionName: name, newLine: setNewLine)
                    depth -= 1
                    nodes.append(.section(Self.split(name), inverted: inverted, body))
                case 0x2F:   // /
                    i += 1
                    let nameStart = i
                    guard try readName() == sectionName else { throw fail(.closeMismatch, at: nameStart) }
                    if standalone(newLine) {
                        // the closing tag's line is consumed
                    } else if !whiteSpaceBefore.isEmpty {
                        nodes.append(.text(Array(whiteSpaceBefore.utf8)))
                    }
                    return nodes
                case 0x21:   // ! comment
                    i += 1
                    while i + 1 < bytes.count, !(bytes[i] == 0x7D && bytes[i + 1] == 0x7D) { i += 1 }
                    guard i + 1 < bytes.count else { i = bytes.count; throw fail(.unfinishedName) }
                    i += 2
                    setNewLine = standalone(newLine)
                case 0x7B:   // {{{ raw }}}
                    if !whiteSpaceBefore.isEmpty { nodes.append(.text(Array(whiteSpaceBefore.utf8))); whiteSpaceBefore = "" }
                    i += 1
                    let name = try readName()
                    guard i < bytes.count, bytes[i] == 0x7D else { throw fail(.unfinishedName) }
                    i += 1
                    tags.append(Tag(kind: .variable, name: name, offset: tagStart))
                    nodes.append(.variable(Self.split(name), escaped: false))
                case 0x26:   // & raw
                    if !whiteSpaceBefore.isEmpty { nodes.append(.text(Array(whiteSpaceBefore.utf8))); whiteSpaceBefore = "" }
                    i += 1
                    let name = try readName()
                    tags.append(Tag(kind: .variable, name: name, offset: tagStart))
                    nodes.append(.variable(Self.split(name), escaped: false))
                case 0x3E:   // > partial
                    i += 1
                    while i < bytes.count, Self.isSpace(bytes[i]) { i += 1 }
                    if i < bytes.count, bytes[i] == 0x2A { throw fail(.unsupported(.dynamicPartial), at: tagStart) }
                    let name = try readName(partial: true)
                    tags.append(Tag(kind: .partial, name: name, offset: tagStart))
                    if !whiteSpaceBefore.isEmpty { nodes.append(.text(Array(whiteSpaceBefore.utf8))) }
                    if standalone(newLine) {
                        setNewLine = true
                        nodes.append(.partial(name, indentation: Array(whiteSpaceBefore.utf8)))
                    } else {
                        nodes.append(.partial(name, indentation: nil))
                    }
                    whiteSpaceBefore = ""
                case 0x3D:   // = set delimiters
                    throw fail(.unsupported(.setDelimiter), at: tagStart)
                case 0x3C, 0x24:   // < $ inheritance and blocks
                    throw fail(.unsupported(.inheritance), at: tagStart)
                case 0x25:   // % pragma
                    throw fail(.unsupported(.pragma), at: tagStart)
                default:
                    if !whiteSpaceBefore.isEmpty { nodes.append(.text(Array(whiteSpaceBefore.utf8))); whiteSpaceBefore = "" }
                    let name = try readName()
                    tags.append(Tag(kind: .variable, name: name, offset: tagStart))
                    nodes.append(.variable(Self.split(name), escaped: true))
                }
                newLine = setNewLine
            }
            if sectionName != nil { throw fail(.unclosedSection) }
            return nodes
        }
    }
}

/// A set of compiled templates that render together (partials resolve within the set).
struct LegacyTemplateSet: Sendable {
    let templates: [String: LegacyCompiledTemplate]

    init(templates: [String: LegacyCompiledTemplate]) {
        self.templates = templates
    }

    /// Nil when any template does not parse.
    init?(sources: [String: String]) {
        var compiled: [String: LegacyCompiledTemplate] = [:]
        for (name, source) in sources {
            guard let t = LegacyCompiledTemplate(source) else { return nil }
            compiled[name] = t
        }
        templates = compiled
    }

    /// How deep partials may include partials (a partial that includes itself would never end).
    static let maxPartialDepth = 20

    struct RenderState {
        var stack: [TemplateValue]
        var partialDepth = 0
        var tooDeep = false
    }

    /// The rendered text; nil when there is no such template or partials nest deeper than `maxPartialDepth`.
    func render(_ name: String, _ context: TemplateValue) -> String? {
        renderBytes(name, context).map { String(decoding: $0, as: UTF8.self) }
    }

    /// The rendered page as UTF-8 bytes (what the build writes); nil as for `render`.
    func renderBytes(_ name: String, _ context: TemplateValue) -> [UInt8]? {
        var out: [UInt8] = []
        out.reserveCapacity(32 * 1024)
        return render(name, context, into: &out) ? out : nil
    }

    /// Renders into `out`, replacing what it held (its capacity is kept, so one buffer serves several pages);
    /// false as `render` gives nil.
    func render(_ name: String, _ context: TemplateValue, into out: inout [UInt8]) -> Bool {
        out.removeAll(keepingCapacity: true)
        guard let template = templates[name] else { return false }
        var state = RenderState(stack: [context])
        render(template.nodes, state: &state, into: &out, indentation: nil, start: 0)
        return !state.tooDeep
    }

    /// Renders `nodes` at the end of `out`; `start` is where the output of the partial being rendered began.
    func render(_ nodes: [LegacyCompiledTemplate.Node], state: inout RenderState, into out: inout [UInt8],
                indentation: [UInt8]?, start: Int) {
        guard let indentation, !indentation.isEmpty else {
            for node in nodes { render(node, state: &state, into: &out) }
            return
        }
        for node in nodes {
            // swift-mustache indents each non-empty token output that starts a new line of a partial: one that
            // follows a "\n" (not a "\r\n", one character in Swift) output by the partial itself.
            let nodeStart = out.count
            render(node, state: &state, into: &out)
            guard out.count > nodeStart, nodeStart > start, out[nodeStart - 1] == 0x0A,
                  !(nodeStart - 2 >= start && out[nodeStart - 2] == 0x0D) else { continue }
            out.insert(contentsOf: indentation, at: nodeStart)
        }
    }

    func render(_ node: LegacyCompiledTemplate.Node, state: inout RenderState, into out: inout [UInt8]) {
        switch node {
        case .text(let t):
            out.append(contentsOf: t)
        case .variable(let path, let escaped):
            guard let value = lookup(path, state.stack) else { return }
            switch value {
            case .text(let s):
                if escaped { HTMLEscaper.appendAttribute(s, to: &out) } else { HTMLEscaper.appendRaw(s, to: &out) }
            case .utf8(let b):
                let s = String(decoding: b, as: UTF8.self)
                if escaped { HTMLEscaper.appendAttribute(s, to: &out) } else { HTMLEscaper.appendRaw(s, to: &out) }
            case .int(let i):
                HTMLEscaper.appendRaw(String(i), to: &out)
            case .bool(let b):
                HTMLEscaper.appendRaw(b ? "true" : "false", to: &out)
            case .list, .object:
                let text = value.describedAsSwiftMustache
                if escaped { HTMLEscaper.appendAttribute(text, to: &out) } else { HTMLEscaper.appendRaw(text, to: &out) }
            }
        case .section(let path, let inverted, let body):
            let value = lookup(path, state.stack)
            if inverted {
                if value?.isFalsy ?? true { render(body, state: &state, into: &out, indentation: nil, start: 0) }
                return
            }
            guard let value, !value.isFalsy else { return }
            switch value {
            case .list(let items):
                for item in items {
                    state.stack.append(item)
                    render(body, state: &state, into: &out, indentation: nil, start: 0)
                    state.stack.removeLast()
                }
            case .bool:
                render(body, state: &state, into: &out, indentation: nil, start: 0)
            default:
                state.stack.append(value)
                render(body, state: &state, into: &out, indentation: nil, start: 0)
                state.stack.removeLast()
            }
        case .partial(let name, let indentation):
            guard let partial = templates[name], !state.tooDeep else { return }
            guard state.partialDepth < Self.maxPartialDepth else { state.tooDeep = true; return }
            state.partialDepth += 1
            render(partial.nodes, state: &state, into: &out, indentation: indentation, start: out.count)
            state.partialDepth -= 1
        }
    }

    func lookup(_ path: [String], _ stack: [TemplateValue]) -> TemplateValue? {
        guard let first = path.first else { return nil }
        if first == "." { return stack.last }
        for frame in stack.reversed() {
            guard case .object(let object) = frame, var value = object[first] else { continue }
            for key in path.dropFirst() {
                guard let next = value[key] else { return nil }
                value = next
            }
            return value
        }
        return nil
    }
}
