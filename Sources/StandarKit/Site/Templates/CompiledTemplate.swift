/// Standar's own Mustache renderer for the subset themes use: variables (escaped and raw), dotted names, `.`,
/// sections, inverted sections, comments and partials. It follows swift-mustache's parser (standalone lines,
/// partial indentation) so both produce the same bytes — a test renders every page both ways — and it renders
/// typed `TemplateValue`s without reflection or dynamic casts, which makes it many times faster.
/// A template using anything else (set delimiters, inheritance, transforms, dynamic partials, pragmas) is not
/// compiled: the build then renders with swift-mustache.
public struct CompiledTemplate: Sendable {
    indirect enum Node: Sendable {
        case text(String)
        case variable([String], escaped: Bool)
        case section([String], inverted: Bool, [Node])
        case partial(String, indentation: String?)
    }

    let nodes: [Node]

    /// Nil when the template uses a feature outside the subset (or does not parse; swift-mustache reports that).
    public init?(_ source: String) {
        var parser = Parser(Array(source.utf8))
        guard let nodes = parser.parse(sectionName: nil, newLine: true) else { return nil }
        self.nodes = nodes
    }

    struct Parser {
        let bytes: [UInt8]
        var i = 0
        init(_ bytes: [UInt8]) { self.bytes = bytes }

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

        /// A plain name closed by "}}"; nil for anything else (transforms, bad syntax).
        mutating func readName() -> String? {
            while i < bytes.count, Self.isSpace(bytes[i]) { i += 1 }
            let start = i
            while i < bytes.count, Self.isNameByte(bytes[i]) { i += 1 }
            let name = String(decoding: bytes[start..<i], as: UTF8.self)
            while i < bytes.count, Self.isSpace(bytes[i]) { i += 1 }
            guard i + 1 < bytes.count, bytes[i] == 0x7D, bytes[i + 1] == 0x7D else { return nil }
            i += 2
            return name
        }

        mutating func readPartialName() -> String? {
            while i < bytes.count, Self.isSpace(bytes[i]) { i += 1 }
            let start = i
            while i < bytes.count, Self.isNameByte(bytes[i]) || bytes[i] == 0x2F { i += 1 }
            let name = String(decoding: bytes[start..<i], as: UTF8.self)
            while i < bytes.count, Self.isSpace(bytes[i]) { i += 1 }
            guard !name.isEmpty, i + 1 < bytes.count, bytes[i] == 0x7D, bytes[i + 1] == 0x7D else { return nil }
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

        mutating func parse(sectionName: String?, newLine startNewLine: Bool) -> [Node]? {
            var nodes: [Node] = []
            var newLine = startNewLine
            var whiteSpaceBefore = ""
            while !atEnd {
                if newLine { whiteSpaceBefore = readSpaces() }
                let text = readText()
                if atNewline {
                    nodes.append(.text(whiteSpaceBefore + text + consumeNewline()))
                    newLine = true
                    continue
                }
                if !text.isEmpty {
                    nodes.append(.text(whiteSpaceBefore + text))
                    whiteSpaceBefore = ""
                    newLine = false
                }
                if atEnd { break }
                var setNewLine = false
                switch bytes[i] {
                case 0x23, 0x5E:   // # ^
                    let inverted = bytes[i] == 0x5E
                    i += 1
                    guard let name = readName(), !name.isEmpty else { return nil }
                    if standalone(newLine) {
                        setNewLine = true
                    } else if !whiteSpaceBefore.isEmpty {
                        nodes.append(.text(whiteSpaceBefore))
                        whiteSpaceBefore = ""
                    }
                    guard let body = parse(sectionName: name, newLine: setNewLine) else { return nil }
                    nodes.append(.section(Self.split(name), inverted: inverted, body))
                case 0x2F:   // /
                    i += 1
                    guard let name = readName(), name == sectionName else { return nil }
                    if standalone(newLine) {
                        // the closing tag's line is consumed
                    } else if !whiteSpaceBefore.isEmpty {
                        nodes.append(.text(whiteSpaceBefore))
                    }
                    return nodes
                case 0x21:   // ! comment
                    i += 1
                    while i + 1 < bytes.count, !(bytes[i] == 0x7D && bytes[i + 1] == 0x7D) { i += 1 }
                    guard i + 1 < bytes.count else { return nil }
                    i += 2
                    setNewLine = standalone(newLine)
                case 0x7B:   // {{{ raw }}}
                    if !whiteSpaceBefore.isEmpty { nodes.append(.text(whiteSpaceBefore)); whiteSpaceBefore = "" }
                    i += 1
                    guard let name = readName(), !name.isEmpty, i < bytes.count, bytes[i] == 0x7D else { return nil }
                    i += 1
                    nodes.append(.variable(Self.split(name), escaped: false))
                case 0x26:   // & raw
                    if !whiteSpaceBefore.isEmpty { nodes.append(.text(whiteSpaceBefore)); whiteSpaceBefore = "" }
                    i += 1
                    guard let name = readName(), !name.isEmpty else { return nil }
                    nodes.append(.variable(Self.split(name), escaped: false))
                case 0x3E:   // > partial
                    i += 1
                    while i < bytes.count, Self.isSpace(bytes[i]) { i += 1 }
                    if i < bytes.count, bytes[i] == 0x2A { return nil }   // dynamic partial
                    guard let name = readPartialName() else { return nil }
                    if !whiteSpaceBefore.isEmpty { nodes.append(.text(whiteSpaceBefore)) }
                    if standalone(newLine) {
                        setNewLine = true
                        nodes.append(.partial(name, indentation: whiteSpaceBefore))
                    } else {
                        nodes.append(.partial(name, indentation: nil))
                    }
                    whiteSpaceBefore = ""
                case 0x3C, 0x24, 0x3D, 0x25:   // < $ = %: inheritance, blocks, delimiters, pragmas
                    return nil
                default:
                    if !whiteSpaceBefore.isEmpty { nodes.append(.text(whiteSpaceBefore)); whiteSpaceBefore = "" }
                    guard let name = readName(), !name.isEmpty else { return nil }
                    nodes.append(.variable(Self.split(name), escaped: true))
                }
                newLine = setNewLine
            }
            return sectionName == nil ? nodes : nil
        }
    }
}

/// A set of compiled templates that render together (partials resolve within the set).
public struct TemplateSet: Sendable {
    let templates: [String: CompiledTemplate]

    /// Nil when any template is outside the supported subset.
    public init?(sources: [String: String]) {
        var compiled: [String: CompiledTemplate] = [:]
        for (name, source) in sources {
            guard let t = CompiledTemplate(source) else { return nil }
            compiled[name] = t
        }
        templates = compiled
    }

    public func render(_ name: String, _ context: TemplateValue) -> String? {
        guard let template = templates[name] else { return nil }
        var out = ""
        out.reserveCapacity(16 * 1024)
        var stack: [TemplateValue] = [context]
        render(template.nodes, stack: &stack, into: &out, indentation: nil)
        return out
    }

    func render(_ nodes: [CompiledTemplate.Node], stack: inout [TemplateValue], into out: inout String,
                indentation: String?) {
        for node in nodes {
            if let indentation, !indentation.isEmpty {
                // swift-mustache indents each non-empty token output that starts a new line of a partial.
                var piece = ""
                render(node, stack: &stack, into: &piece)
                if !piece.isEmpty, out.last == "\n" { out += indentation }
                out += piece
            } else {
                render(node, stack: &stack, into: &out)
            }
        }
    }

    func render(_ node: CompiledTemplate.Node, stack: inout [TemplateValue], into out: inout String) {
        switch node {
        case .text(let t):
            out += t
        case .variable(let path, let escaped):
            guard let value = lookup(path, stack) else { return }
            let text: String
            switch value {
            case .text(let s): text = s
            case .int(let i): text = String(i)
            case .bool(let b): text = b ? "true" : "false"
            case .list, .object: return
            }
            if escaped { HTMLEscaper.appendAttribute(text, to: &out) } else { out += text }
        case .section(let path, let inverted, let body):
            let value = lookup(path, stack)
            if inverted {
                if value?.isFalsy ?? true { render(body, stack: &stack, into: &out, indentation: nil) }
                return
            }
            guard let value, !value.isFalsy else { return }
            switch value {
            case .list(let items):
                for item in items {
                    stack.append(item)
                    render(body, stack: &stack, into: &out, indentation: nil)
                    stack.removeLast()
                }
            case .bool:
                render(body, stack: &stack, into: &out, indentation: nil)
            default:
                stack.append(value)
                render(body, stack: &stack, into: &out, indentation: nil)
                stack.removeLast()
            }
        case .partial(let name, let indentation):
            guard let partial = templates[name] else { return }
            var piece = ""
            render(partial.nodes, stack: &stack, into: &piece, indentation: indentation)
            out += piece
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
