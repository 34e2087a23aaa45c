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
public struct FrontMatter: Sendable {
    public var fields: [String: FieldValue] = [:]
    public var diagnostics: [Diagnostic] = []
    /// Line of the opening fence, for problems that concern the whole front matter.
    public var line: Int = 1

    public subscript(key: String) -> FieldValue? { fields[key] }
}

/// Reads YAML front matter with Yams and converts it, key by key against a schema (`FieldSpec`), into typed
/// values with their lines. Yams composes the typed `Node` tree (basic resolver: scalars stay text); the schema
/// decides what each key may hold. A Codable `YAMLDecoder` pass over the same nodes was measured at 15% of
/// `standar check`'s time for no information the schema walk does not already have, so there is none.
public final class FrontMatterReader: Sendable {
    public init() {}

    /// One reader for the whole process: it holds no state.
    public static let shared = FrontMatterReader()

    /// Validates `split` against `schema`; `file` is the site-relative path used in diagnostics.
    public func read(_ split: FrontMatterSplit, schema: [FieldSpec], file: String) -> FrontMatter {
        var result = FrontMatter()
        func report(_ rule: RuleDescription, _ line: Int, _ column: Int = 1, _ message: String, _ hint: String?) {
            result.diagnostics.append(Diagnostic(rule, file: file, line: line, column: column, message: message, hint: hint))
        }
        switch split.problem {
        case .missing:
            report(Rules.frontMatter, 1, 1, "berkas tidak diawali front matter (baris \"---\")",
                   "tambahkan di baris pertama: ---, lalu kolom seperti judul: ..., lalu tutup dengan --- sebelum isi")
            checkRequired(schema, &result, file: file, line: 1)
            return result
        case .unterminated:
            report(Rules.frontMatter, 1, 1, "front matter dibuka dengan \"---\" tetapi tidak pernah ditutup",
                   "tambahkan baris \"---\" setelah kolom terakhir front matter, sebelum isi berkas")
            return result
        case nil:
            break
        }
        let yaml = split.yaml ?? ""
        let base = split.yamlStartLine - 1
        // Tabs cannot indent YAML; libyaml's own message for them is cryptic.
        var lineNumber = 1
        var inIndent = true
        for byte in yaml.utf8 {
            switch byte {
            case 0x0A:
                lineNumber += 1
                inIndent = true
            case 0x09 where inIndent:
                report(Rules.frontMatter, base + lineNumber, 1, "front matter memakai karakter tab untuk indentasi",
                       "ganti tab dengan spasi (YAML hanya menerima spasi)")
                return result
            case 0x20:
                break
            default:
                inIndent = false
            }
        }
        if let hit = YAMLAliasScanner.firstAnchorOrAlias(in: yaml) {
            report(Rules.frontMatter, base + hit.line, hit.column, hit.message, hit.hint)
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
                report(Rules.frontMatter, base + hit.line, hit.column, hit.message, hit.hint)
                return result
            }
        } catch let error as YamlError {
            let (line, column, message) = Self.describe(error)
            report(Rules.frontMatter, base + line, column, message,
                   "periksa penulisan YAML: setiap baris berbentuk \"kolom: isi\"; beri tanda kutip bila isi mengandung \":\" atau diawali karakter khusus")
            return result
        } catch {
            report(Rules.frontMatter, split.yamlStartLine, 1, "front matter tidak dapat dibaca", nil)
            return result
        }
        guard let root else {
            checkRequired(schema, &result, file: file, line: max(1, split.yamlStartLine - 1))
            return result
        }
        guard case .mapping(let mapping) = root else {
            report(Rules.frontMatter, base + (root.mark?.line ?? 1), 1,
                   "front matter harus berupa daftar \"kolom: isi\"",
                   "tulis setiap kolom pada barisnya sendiri, misalnya judul: Penerbitan Akta Kelahiran")
            return result
        }
        let specs = Dictionary(schema.map { ($0.key, $0) }, uniquingKeysWith: { a, _ in a })
        for (keyNode, valueNode) in mapping {
            let line = base + (keyNode.mark?.line ?? 1)
            let column = keyNode.mark?.column ?? 1
            guard case .scalar(let keyScalar) = keyNode else {
                report(Rules.frontMatter, line, column, "nama kolom front matter harus berupa teks", nil)
                continue
            }
            let key = keyScalar.string
            guard let spec = specs[key] else {
                let suggestion = Suggest.closest(to: key, among: schema.map(\.key))
                report(Rules.unknownField, line, column, "kolom \"\(key)\" tidak dikenal",
                       suggestion.map { "maksud Anda \"\($0)\"?" }
                        ?? "kolom yang dikenal: " + schema.map(\.key).filter { ComponentID(id: $0) == nil }.joined(separator: ", "))
                continue
            }
            let valueLine = base + (valueNode.mark?.line ?? keyNode.mark?.line ?? 1)
            let valueColumn = valueNode.mark?.column ?? column
            switch Self.validate(valueNode, as: spec.type, key: key) {
            case .success(let value):
                result.fields[key] = FieldValue(value: value, line: valueLine, column: valueColumn)
            case .failure(.empty):
                if spec.required {
                    report(Rules.missingField, line, column, "kolom wajib \"\(key)\" kosong",
                           "isi kolom \(key): \(spec.description)")
                }
            case .failure(.invalid(let message, let hint)):
                report(Rules.invalidField, valueLine, valueColumn, message, hint)
            }
        }
        checkRequired(schema, &result, file: file, line: max(1, split.yamlStartLine - 1))
        return result
    }

    private func checkRequired(_ schema: [FieldSpec], _ result: inout FrontMatter, file: String, line: Int) {
        for spec in schema where spec.required && result.fields[spec.key] == nil {
            if result.diagnostics.contains(where: { $0.rule == Rules.missingField.id && $0.message.contains("\"\(spec.key)\"") }) {
                continue
            }
            result.diagnostics.append(Diagnostic(
                Rules.missingField, file: file, line: line,
                message: "kolom wajib \"\(spec.key)\" tidak ada di front matter",
                hint: "tambahkan baris \(spec.key): ... di antara kedua baris \"---\". \(spec.description)"))
        }
    }

    /// Every field decodes as text or a list of text, so scalars stay what the author wrote.

    enum ValidationFailure: Error {
        case empty
        case invalid(String, String?)
    }

    static func isNull(_ scalar: Node.Scalar) -> Bool {
        scalar.style == .plain && ["", "~", "null", "Null", "NULL"].contains(scalar.string)
    }

    static func validate(_ node: Node, as type: FieldType, key: String) -> Result<FieldValue.Value, ValidationFailure> {
        switch type {
        case .text, .date, .boolean, .email, .url:
            guard case .scalar(let scalar) = node else {
                return .failure(.invalid("kolom \"\(key)\" harus berisi satu teks, bukan daftar",
                                         "tulis isinya pada baris yang sama: \(key): ..."))
            }
            if isNull(scalar) { return .failure(.empty) }
            let text = scalar.string.trimmed
            if text.isEmpty { return .failure(.empty) }
            switch type {
            case .date:
                guard SimpleDate(text) != nil else {
                    return .failure(.invalid("tanggal \"\(text)\" pada kolom \"\(key)\" tidak sah",
                                             "tulis tanggal dengan format TTTT-BB-HH, misalnya 2026-03-15"))
                }
            case .boolean:
                guard parseBool(text) != nil else {
                    return .failure(.invalid("kolom \"\(key)\" harus berisi true atau false, bukan \"\(text)\"",
                                             "tulis \(key): true atau \(key): false"))
                }
            case .email:
                guard isEmail(text) else {
                    return .failure(.invalid("alamat surel \"\(text)\" tidak sah",
                                             "tulis alamat lengkap, misalnya layanan@contoh.go.id"))
                }
            case .url:
                guard isWebURL(text) else {
                    return .failure(.invalid("alamat \"\(text)\" pada kolom \"\(key)\" harus diawali http:// atau https://",
                                             "tulis alamat lengkap, misalnya https://contoh.go.id"))
                }
            default:
                break
            }
            return .success(.text(text))
        case .textList, .textOrList, .componentList:
            var items: [String] = []
            switch node {
            case .scalar(let scalar):
                if isNull(scalar) { return .failure(.empty) }
                if type == .componentList {
                    return .failure(.invalid("kolom \"\(key)\" harus berupa daftar id komponen",
                                             "tulis setiap id pada baris sendiri diawali \"- \", misalnya - persyaratan"))
                }
                let text = scalar.string.trimmed
                if text.isEmpty { return .failure(.empty) }
                return .success(type == .textList ? .list([text]) : .text(text))
            case .sequence(let sequence):
                for element in sequence {
                    guard case .scalar(let scalar) = element else {
                        return .failure(.invalid("setiap butir kolom \"\(key)\" harus berupa teks",
                                                 "tulis setiap butir pada satu baris diawali \"- \""))
                    }
                    let text = scalar.string.trimmed
                    if !isNull(scalar), !text.isEmpty { items.append(text) }
                }
                if type == .componentList {
                    if let bad = items.first(where: { ComponentID(id: $0) == nil }) {
                        let suggestion = Suggest.closest(to: bad, among: ComponentID.allCases.map(\.id))
                        return .failure(.invalid("\"\(bad)\" bukan id komponen",
                                                 suggestion.map { "maksud Anda \"\($0)\"?" }
                                                    ?? "id yang sah: " + ComponentID.allCases.map(\.id).joined(separator: ", ")))
                    }
                }
                return items.isEmpty ? .failure(.empty) : .success(.list(items))
            default:
                return .failure(.invalid("kolom \"\(key)\" harus berupa teks atau daftar teks",
                                         "tulis teks pada baris yang sama, atau daftar dengan setiap butir diawali \"- \""))
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

    /// Line, column (relative to the YAML) and an Indonesian message for a Yams error.
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

    static func describe(_ error: YamlError) -> (Int, Int, String) {
        switch error {
        case .duplicatedKeysInMapping(let duplicates, let context):
            let keys = duplicates.map { "\"\($0)\"" }.joined(separator: ", ")
            return (context.mark.line, context.mark.column, "kolom \(keys) ditulis lebih dari sekali di front matter")
        case .scanner(let context, let problem, let mark, _):
            return (mark.line, mark.column, "YAML front matter salah: \(translate(problem))" + contextNote(context?.text))
        case .parser(let context, let problem, let mark, _):
            return (mark.line, mark.column, "YAML front matter salah: \(translate(problem))" + contextNote(context?.text))
        case .composer(let context, let problem, let mark, _):
            return (mark.line, mark.column, "YAML front matter salah: \(translate(problem))" + contextNote(context?.text))
        default:
            return (1, 1, "YAML front matter tidak dapat dibaca")
        }
    }

    /// The libyaml context ("while parsing ...") in Indonesian, or nothing when there is no translation.
    static func contextNote(_ text: String?) -> String {
        guard let text else { return "" }
        let translated = translate(text)
        return translated == text ? "" : " (\(translated))"
    }

    static func translate(_ problem: String) -> String {
        let table: [(String, String)] = [
            ("mapping values are not allowed in this context", "tanda \":\" tidak boleh muncul di sini; beri tanda kutip pada isinya"),
            ("found character that cannot start any token", "ada karakter yang tidak boleh mengawali isi; beri tanda kutip pada isinya"),
            ("did not find expected key", "baris ini tidak berbentuk \"kolom: isi\" yang diharapkan"),
            ("could not find expected ':'", "tanda \":\" setelah nama kolom tidak ditemukan"),
            ("found unexpected end of stream", "front matter berakhir sebelum waktunya (tanda kutip belum ditutup?)"),
            ("found undefined alias", "alias YAML tidak dikenal"),
            ("did not find expected node content", "isi kolom tidak ditemukan"),
            ("block sequence entries are not allowed in this context", "butir daftar \"- \" tidak boleh berada di sini"),
            ("while scanning a simple key", "saat membaca nama kolom"),
            ("while parsing a block mapping", "saat membaca daftar kolom"),
            ("while scanning a quoted scalar", "saat membaca teks bertanda kutip"),
            ("while parsing a flow sequence", "saat membaca daftar dalam kurung siku"),
            ("while parsing a block collection", "saat membaca daftar"),
            ("while parsing a flow node", "saat membaca isi dalam kurung"),
            ("while parsing a flow mapping", "saat membaca isi dalam kurung kurawal"),
            ("while parsing a block node", "saat membaca isi kolom"),
            ("while scanning a block scalar", "saat membaca teks beberapa baris"),
            ("while scanning a plain scalar", "saat membaca isi kolom"),
            ("while scanning an anchor", "saat membaca anchor"),
            ("while scanning an alias", "saat membaca alias"),
            ("while scanning a tag", "saat membaca tag"),
            ("while scanning a directive", "saat membaca baris yang diawali %"),
            ("found unexpected document start", "ada \"---\" kedua di dalam front matter"),
            ("expected a single document in the stream", "front matter hanya boleh berisi satu dokumen YAML"),
        ]
        for (english, indonesian) in table where problem.contains(english) { return indonesian }
        return problem
    }
}
