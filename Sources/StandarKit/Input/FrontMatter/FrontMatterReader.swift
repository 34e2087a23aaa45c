import Foundation
import Yams

/// A validated front-matter value with the file line it came from.
public struct FieldValue: Sendable, Equatable {
    public enum Value: Sendable, Equatable {
        case text(String)
        case list([String])
    }
    public var value: Value
    public var line: Int
    public var column: Int

    public var text: String? { if case .text(let s) = value { s } else { nil } }
    public var list: [String] {
        switch value {
        case .text(let s): [s]
        case .list(let l): l
        }
    }
}

/// The outcome of reading one front matter: the fields that passed validation and the problems found.
///
/// The values are kept by their key's position in the schema (`values[i]` for `keys.schema[i]`), not in a
/// `[String: FieldValue]`: that dictionary hashed every key three times a file (stored, checked as required,
/// read by the builder), with `Hasher` about 1% of a build's samples.
public struct FrontMatter: Sendable {
    /// The schema `values` is indexed by.
    let keys: SchemaKeys
    /// The value of each key of the schema that passed validation, by position; empty when none did.
    var values: [FieldValue?] = []
    public var diagnostics: [Diagnostic] = []
    /// Line of the opening fence, for problems that concern the whole front matter.
    public var line: Int = 1

    public init() {
        keys = SchemaKeys.empty
    }

    init(keys: SchemaKeys) {
        self.keys = keys
    }

    public subscript(key: String) -> FieldValue? {
        guard let position = keys.position(of: key) else { return nil }
        return self[position: position]
    }

    /// The value of the key at `position` in the schema, or nil.
    subscript(position position: Int) -> FieldValue? {
        position >= 0 && position < values.count ? values[position] : nil
    }

    /// Stores `value` for the key at `position` (a valid position in the schema).
    mutating func set(_ value: FieldValue, at position: Int) {
        if values.isEmpty {
            // Filled through the buffer: `Array(repeating:count:)` copied the optional in its generic way, element by
            // element (3.2 k instructions for the 25 keys of a service, callgrind).
            let count = keys.schema.count
            values = Array(unsafeUninitializedCapacity: count) { buffer, initialized in
                UnsafeMutableBufferPointer(rebasing: buffer[..<count]).initialize(repeating: nil)
                initialized = count
            }
        }
        values[position] = value
    }

    /// The value of the key that names component `id`, or nil.
    subscript(component id: ComponentID) -> FieldValue? {
        self[position: keys.componentPositions[id.order]]
    }

    /// The positions in the schema of the keys that have a value, in schema order.
    var positions: some Sequence<Int> {
        values.indices.lazy.filter { values[$0] != nil }
    }

    /// The fields that passed validation by key (built on each call: for tests and seldom-used paths).
    public var fields: [String: FieldValue] {
        var result: [String: FieldValue] = [:]
        for position in positions {
            if let value = values[position] { result[keys.schema[position].key] = value }
        }
        return result
    }
}

/// The keys of one schema, looked up by name without hashing: only the keys of the same UTF-8 length are
/// compared (at most five in the service schema). A key that appears twice in a schema is found at its first
/// position, as the dictionary built with `uniquingKeysWith: { a, _ in a }` found it.
final class SchemaKeys: Sendable {
    let schema: [FieldSpec]
    /// The positions in `schema` of the keys of each UTF-8 length, in schema order.
    private let byLength: [[Int]]
    /// The position of the key named by each component (its `id`), indexed by `ComponentID.order`; -1 when the
    /// schema has none.
    let componentPositions: [Int]

    init(_ schema: [FieldSpec]) {
        self.schema = schema
        var table: [[Int]] = Array(repeating: [], count: 1 + (schema.map(\.key.utf8.count).max() ?? 0))
        for (position, spec) in schema.enumerated() { table[spec.key.utf8.count].append(position) }
        byLength = table
        componentPositions = ComponentID.allCases.map { id in
            let length = id.id.utf8.count
            guard length < table.count else { return -1 }
            return table[length].first { schema[$0].key == id.id } ?? -1
        }
    }

    /// The schema of no key (`FrontMatter()`).
    static let empty = SchemaKeys([])

    /// The position of `key` in the schema, or nil.
    func position(of key: String) -> Int? {
        let length = key.utf8.count
        guard length < byLength.count else { return nil }
        for position in byLength[length] where schema[position].key == key { return position }
        return nil
    }
}

/// Reads YAML front matter with Yams and converts it, key by key against a schema (`FieldSpec`), into typed
/// values with their lines. Yams composes the typed `Node` tree (basic resolver: scalars stay text); the schema
/// decides what each key may hold. A Codable `YAMLDecoder` pass over the same nodes was measured at 15% of
/// `standar check`'s time for no information the schema walk does not already have, so there is none.
public final class FrontMatterReader: Sendable {
    /// False: every front matter goes through Yams (the tests compare both readers).
    let useSimpleYAML: Bool

    public init(useSimpleYAML: Bool = true) {
        self.useSimpleYAML = useSimpleYAML
    }

    /// One reader for the whole process: it holds no state.
    public static let shared = FrontMatterReader()

    /// Validates `split` against `schema`; `file` is the site-relative path used in diagnostics.
    public func read(_ split: FrontMatterSplit, schema: [FieldSpec], file: String) -> FrontMatter {
        let keys = Self.keys(of: schema)
        var result = FrontMatter(keys: keys)
        switch split.problem {
        case .missing:
            result.diagnostics.append(FrontMatterRule.missing(file: file))
            checkRequired(schema, &result, file: file, line: 1)
            return result
        case .unterminated:
            result.diagnostics.append(FrontMatterRule.unterminated(file: file))
            return result
        case nil:
            break
        }
        let yaml = split.yaml ?? ""
        let base = split.yamlStartLine - 1
        // Tabs cannot indent YAML; libyaml's own message for them is cryptic. Most front matter has no tab at all
        // (memchr), and only then are its lines read (through the generic `utf8` view, about 10 instructions a
        // byte of every front matter).
        if let line = Self.lineIndentedByTab(yaml) {
            result.diagnostics.append(FrontMatterRule.tabIndent(file: file, line: base + line))
            return result
        }
        let pairs: [(key: FrontMatterNode, value: FrontMatterNode)]
        if useSimpleYAML, let simple = SimpleYAML.mapping(yaml) {
            // What SimpleYAML reads has no anchor, alias, complex key or deep nesting (it takes one level of
            // lists, indented at most `4 * maxDepth` columns), so the scanner would find nothing in it: it
            // guards Yams only (it was 0.6% of a build, a dozen instructions a byte of every front matter).
            pairs = simple
        } else {
            if let hit = YAMLAliasScanner.firstAnchorOrAlias(in: yaml) {
                result.diagnostics.append(FrontMatterRule.refused(hit, file: file, line: base + hit.line))
                return result
            }
            let root: Node?
            do {
                // The basic resolver gives every plain scalar the str tag: values stay the text the author wrote
                // ("0470", "no", "10.000"), and no regular expression runs per scalar.
                let composed = try Self.composeFindingAnchors(yaml)
                root = composed.root
                if let anchored = composed.anchored {
                    let hit = YAMLAliasScanner.Hit(line: anchored.mark?.line ?? 1, column: anchored.mark?.column ?? 1)
                    result.diagnostics.append(FrontMatterRule.refused(hit, file: file, line: base + hit.line))
                    return result
                }
            } catch let error as YamlError {
                let (line, column, problem) = FrontMatterRule.locate(error)
                result.diagnostics.append(FrontMatterRule.yaml(file: file, line: base + line, column: column, problem))
                return result
            } catch {
                result.diagnostics.append(FrontMatterRule.unreadable(file: file, line: split.yamlStartLine))
                return result
            }
            guard let root else {
                checkRequired(schema, &result, file: file, line: max(1, split.yamlStartLine - 1))
                return result
            }
            guard case .mapping(let mapping) = root else {
                result.diagnostics.append(FrontMatterRule.notMapping(file: file, line: base + (root.mark?.line ?? 1)))
                return result
            }
            pairs = mapping.map { (FrontMatterNode($0.key), FrontMatterNode($0.value)) }
        }
        var emptyKeys: Set<String> = []
        for (keyNode, valueNode) in pairs {
            let line = base + (keyNode.line ?? 1)
            let column = keyNode.column ?? 1
            guard case .scalar(let key, _, _, _) = keyNode else {
                result.diagnostics.append(FrontMatterRule.keyNotText(file: file, line: line, column: column))
                continue
            }
            guard let position = keys.position(of: key) else {
                let suggestion = Suggest.closest(to: key, among: schema.map(\.key))
                result.diagnostics.append(UnknownFieldRule.unknown(
                    file: file, line: line, column: column, key: key, suggestion: suggestion,
                    known: schema.map(\.key).filter { ComponentID(id: $0) == nil }))
                continue
            }
            let spec = schema[position]
            let valueLine = base + (valueNode.line ?? keyNode.line ?? 1)
            let valueColumn = valueNode.column ?? column
            var emptyItems: [(line: Int, column: Int, index: Int)] = []
            defer {
                for item in emptyItems {
                    result.diagnostics.append(EmptyListItemRule.empty(file: file, line: base + item.line, column: item.column,
                                                                      key: key, index: item.index))
                }
            }
            switch Self.validate(valueNode, as: spec.type, key: key, emptyItems: &emptyItems) {
            case .success(let value):
                result.set(FieldValue(value: value, line: valueLine, column: valueColumn), at: position)
            case .failure(.empty):
                if spec.required {
                    emptyKeys.insert(key)
                    result.diagnostics.append(MissingFieldRule.empty(file: file, line: line, column: column, key: key,
                                                                     about: spec.description))
                }
            case .failure(.invalid(let problem)):
                result.diagnostics.append(InvalidFieldRule.invalid(file: file, line: valueLine, column: valueColumn, problem))
            }
        }
        checkRequired(schema, &result, file: file, line: max(1, split.yamlStartLine - 1), empty: emptyKeys)
        return result
    }

    /// The keys of the three schemas, indexed once (building them for every file was 1.2% of `check`).
    private static let knownKeys: [SchemaKeys] =
        [FrontMatterSchema.service, FrontMatterSchema.site, FrontMatterSchema.opd].map(SchemaKeys.init)

    /// The keys of `schema`: those of a known schema (the same array storage) or indexed now.
    static func keys(of schema: [FieldSpec]) -> SchemaKeys {
        for known in knownKeys {
            let same = known.schema.withUnsafeBufferPointer { a in
                schema.withUnsafeBufferPointer { b in a.baseAddress == b.baseAddress && a.count == b.count }
            }
            if same { return known }
        }
        return SchemaKeys(schema)
    }

    /// `absent`: required keys missing from the front matter; those in `empty` were written but empty, and
    /// are already reported as such.
    private func checkRequired(_ schema: [FieldSpec], _ result: inout FrontMatter, file: String, line: Int,
                               empty: Set<String> = []) {
        for spec in schema where spec.required && result[spec.key] == nil {
            if empty.contains(spec.key) { continue }
            result.diagnostics.append(MissingFieldRule.absent(file: file, line: line, key: spec.key, about: spec.description))
        }
    }

    /// Every field decodes as text or a list of text, so scalars stay what the author wrote.

    enum ValidationFailure: Error {
        case empty
        case invalid(InvalidFieldRule.Problem)
    }

    static func isNull(_ text: String, plain: Bool) -> Bool {
        guard plain else { return false }
        switch text {
        case "", "~", "null", "Null", "NULL": return true
        default: return false
        }
    }

    /// The first line (1-based) whose indentation holds a tab, or nil.
    static func lineIndentedByTab(_ yaml: String) -> Int? {
        var yaml = yaml
        return yaml.withUTF8 { bytes -> Int? in
            guard let base = bytes.baseAddress, memchr(base, 0x09, bytes.count) != nil else { return nil }
            var lineNumber = 1
            var inIndent = true
            for byte in bytes {
                switch byte {
                case 0x0A:
                    lineNumber += 1
                    inIndent = true
                case 0x09 where inIndent:
                    return lineNumber
                case 0x20:
                    break
                default:
                    inIndent = false
                }
            }
            return nil
        }
    }

    /// - Parameter emptyItems: gets the place and 1-based index of each null or empty item of a list, which is
    ///   dropped.
    static func validate(_ node: FrontMatterNode, as type: FieldType, key: String,
                         emptyItems: inout [(line: Int, column: Int, index: Int)]) -> Result<FieldValue.Value, ValidationFailure> {
        switch type {
        case .text, .date, .boolean, .email, .url:
            guard case .scalar(let string, let plain, _, _) = node else {
                return .failure(.invalid(.notSingleText(key: key)))
            }
            if isNull(string, plain: plain) { return .failure(.empty) }
            let text = string.trimmed
            if text.isEmpty { return .failure(.empty) }
            switch type {
            case .date:
                guard SimpleDate(text) != nil else {
                    return .failure(.invalid(.date(key: key, text: text)))
                }
            case .boolean:
                guard parseBool(text) != nil else {
                    return .failure(.invalid(.boolean(key: key, text: text)))
                }
            case .email:
                guard isEmail(text) else {
                    return .failure(.invalid(.email(text: text)))
                }
            case .url:
                guard isWebURL(text) else {
                    return .failure(.invalid(.url(key: key, text: text)))
                }
            default:
                break
            }
            return .success(.text(text))
        case .textList, .textOrList, .componentList:
            var items: [String] = []
            switch node {
            case .scalar(let string, let plain, _, _):
                if isNull(string, plain: plain) { return .failure(.empty) }
                if type == .componentList {
                    return .failure(.invalid(.notComponentList(key: key)))
                }
                let text = string.trimmed
                if text.isEmpty { return .failure(.empty) }
                return .success(type == .textList ? .list([text]) : .text(text))
            case .sequence(let sequence, _, _):
                items.reserveCapacity(sequence.count)
                for (index, element) in sequence.enumerated() {
                    guard case .scalar(let string, let plain, let line, let column) = element else {
                        return .failure(.invalid(.listItemNotText(key: key)))
                    }
                    let text = string.trimmed
                    if !isNull(string, plain: plain), !text.isEmpty {
                        items.append(text)
                    } else {
                        emptyItems.append((line ?? 1, column ?? 1, index + 1))
                    }
                }
                if type == .componentList {
                    if let bad = items.first(where: { ComponentID(id: $0) == nil }) {
                        return .failure(.invalid(.unknownComponent(id: bad)))
                    }
                }
                return items.isEmpty ? .failure(.empty) : .success(.list(items))
            default:
                return .failure(.invalid(.notTextOrList(key: key)))
            }
        }
    }

    static func parseBool(_ text: String) -> Bool? {
        switch text.lowercased() {
        case "true", "ya", "yes", "benar": true
        case "false", "tidak", "no", "salah": false
        default: nil
        }
    }

    static func isEmail(_ s: String) -> Bool {
        let parts = s.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, parts[1].contains("."),
              !parts[1].hasPrefix("."), !parts[1].hasSuffix("."),
              !s.contains(where: { $0.isWhitespace || $0 == "<" || $0 == ">" || $0 == "\"" }) else { return false }
        return true
    }

    static func isWebURL(_ s: String) -> Bool {
        let lower = s.lowercased()
        let rest: Substring
        if lower.hasPrefix("https://") { rest = s.dropFirst(8) }
        else if lower.hasPrefix("http://") { rest = s.dropFirst(7) }
        else { return false }
        let host = rest.prefix { $0 != "/" && $0 != "?" && $0 != "#" }
        return !host.isEmpty && !s.contains(where: { $0.isWhitespace || $0 == "<" || $0 == ">" || $0 == "\"" })
    }

    /// Composes `yaml` and finds the first node that still carries an anchor: the second line of defence behind
    /// `YAMLAliasScanner`. Yams holds anchors weakly, so the parser must stay alive while the tree is searched.
    static func composeFindingAnchors(_ yaml: String) throws -> (root: Node?, anchored: Node?) {
        let parser = try Parser(yaml: yaml, resolver: .basic, constructor: .default, encoding: .utf8)
        let root = try parser.singleRoot()
        let anchored = withExtendedLifetime(parser) { root.flatMap(Self.firstAnchoredNode) }
        return (root, anchored)
    }

    /// The first node (in document order) that carries a YAML anchor; aliases compose to their anchored node.
    static func firstAnchoredNode(_ root: Node) -> Node? {
        var stack = [root]
        while let node = stack.popLast() {
            if node.anchor != nil { return node }
            switch node {
            case .mapping(let mapping):
                for (key, value) in mapping.reversed() { stack.append(value); stack.append(key) }
            case .sequence(let sequence):
                stack.append(contentsOf: sequence.reversed())
            case .scalar, .alias:
                break
            }
        }
        return nil
    }
}
