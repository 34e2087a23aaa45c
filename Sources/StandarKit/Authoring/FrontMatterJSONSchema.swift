/// A JSON Schema (draft-07) of the front matter, generated from `FrontMatterSchema`, for editors that check YAML
/// against a schema while typing (VS Code with the YAML or remark extensions, and any other JSON Schema tool).
///
/// Draft-07 and `definitions` (not 2020-12 and `$defs`) because it is the draft both the YAML language server and
/// Ajv support fully. Every object has `additionalProperties: false`, so a misspelt key is underlined. Text keys
/// accept any scalar, because Standar keeps what the author wrote (`nomor_sk: 0470` is text, not a number); an
/// optional key may be left empty (`ringkasan:`), which Standar reads as "not given".
public enum FrontMatterJSONSchema {
    /// The kinds of content file with front matter.
    public enum Kind: String, CaseIterable, Sendable {
        case situs
        case opd
        case layanan
        case maklumat

        public var fields: [FieldSpec] {
            switch self {
            case .situs: FrontMatterSchema.site
            case .opd: FrontMatterSchema.opd
            case .layanan: FrontMatterSchema.service
            case .maklumat: Maklumat.schema
            }
        }

        public var title: String {
            switch self {
            case .situs: "Front matter situs (content/_index.md)"
            case .opd: "Front matter OPD (content/<opd>/_index.md)"
            case .layanan: "Front matter standar pelayanan (content/<opd>/<layanan>.md)"
            case .maklumat: "Front matter maklumat pelayanan (content/<opd>/maklumat.md)"
            }
        }

        /// The glob of the files of this kind, relative to the site folder.
        public var glob: String {
            switch self {
            case .situs: "content/_index.md"
            case .opd: "content/*/_index.md"
            case .layanan: "content/*/*.md"
            case .maklumat: "content/*/maklumat.md"
            }
        }
    }

    /// One schema for one kind of file, or (kind nil) one schema that accepts any of the three, for a single glob
    /// such as `content/**/*.md`.
    public static func document(for kind: Kind?) -> String {
        var root: [(String, JSONValue)] = [("$schema", .string("http://json-schema.org/draft-07/schema#"))]
        if let kind {
            root.append(("title", .string(kind.title)))
            root += definition(kind).members
        } else {
            root.append(("title", .string("Front matter Standar")))
            root.append(("description", .string(
                "Kolom front matter berkas content/: situs (content/_index.md), OPD (content/<opd>/_index.md) "
                + "standar pelayanan (content/<opd>/<layanan>.md) atau maklumat pelayanan (content/<opd>/maklumat.md).")))
            root.append(("anyOf", .array(Kind.allCases.reversed().map {
                .object([("$ref", .string("#/definitions/\($0.rawValue)"))])
            })))
            root.append(("definitions", .object(Kind.allCases.map { kind in
                (kind.rawValue, .object([("title", .string(kind.title))] + definition(kind).members))
            })))
        }
        return JSONWriter.string(.object(root), layout: .document, scriptSafe: false) + "\n"
    }

    static func definition(_ kind: Kind) -> JSONValue {
        let fields = kind.fields
        var members: [(String, JSONValue)] = [("type", .string("object"))]
        let required = fields.filter(\.required).map { JSONValue.string($0.key) }
        if !required.isEmpty { members.append(("required", .array(required))) }
        members.append(("properties", .object(fields.map { ($0.key, property($0)) })))
        members.append(("additionalProperties", .bool(false)))
        return .object(members)
    }

    /// A YAML scalar as the YAML language server types it: text, a number or true/false all are text to Standar.
    static let scalarTypes: [JSONValue] = [.string("string"), .string("number"), .string("boolean")]

    static func property(_ spec: FieldSpec) -> JSONValue {
        var members: [(String, JSONValue)] = [("description", .string(spec.description))]
        let nullable = !spec.required
        func types(_ t: [JSONValue]) -> JSONValue { .array(nullable ? t + [.string("null")] : t) }
        let scalar: JSONValue = .object([("type", .array(scalarTypes)), ("pattern", .string("\\S"))])
        switch spec.type {
        case .text:
            members.append(("type", types(scalarTypes)))
            members.append(("pattern", .string("\\S")))
        case .date:
            members.append(("type", types([.string("string")])))
            members.append(("pattern", .string("^\\d{4}-\\d{2}-\\d{2}$")))
        case .boolean:
            var options: [JSONValue] = [
                .object([("type", .string("boolean"))]),
                .object([("enum", .array(booleanWords.map { .string($0) }))]),
            ]
            if nullable { options.append(.object([("type", .string("null"))])) }
            members.append(("anyOf", .array(options)))
        case .email:
            members.append(("type", types([.string("string")])))
            members.append(("format", .string("email")))
        case .url:
            members.append(("type", types([.string("string")])))
            members.append(("format", .string("uri")))
            members.append(("pattern", .string("^[Hh][Tt][Tt][Pp][Ss]?://[^\\s/?#]+")))
        case .textList, .textOrList:
            var options: [JSONValue] = [
                scalar,
                .object([("type", .string("array")),
                         ("items", .object([("type", .array(scalarTypes + [.string("null")]))]))]),
            ]
            if nullable { options.append(.object([("type", .string("null"))])) }
            members.append(("anyOf", .array(options)))
        case .componentList:
            members.append(("type", types([.string("array")])))
            members.append(("items", .object([("enum", .array(ComponentID.allCases.map { .string($0.id) }))])))
        }
        return .object(members)
    }

    /// The words Standar reads as true or false (case-insensitive there; the common spellings here).
    static let booleanWords: [String] = ["true", "false"] + ["ya", "tidak", "yes", "no", "benar", "salah"].flatMap {
        [$0, $0.prefix(1).uppercased() + $0.dropFirst(), $0.uppercased()]
    }
}
