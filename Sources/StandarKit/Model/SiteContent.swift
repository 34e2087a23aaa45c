/// The site configuration from `content/_index.md`.
public struct SiteConfig: Sendable {
    public var file: String
    public var judul: String
    public var pemda: String?
    public var baseURL: String?
    public var tema: String?
    public var requiredComponents: [ComponentID]
    public var introduction: [MarkdownBlock]

    public init(file: String, judul: String, pemda: String? = nil, baseURL: String? = nil, tema: String? = nil,
                requiredComponents: [ComponentID] = ComponentID.allCases, introduction: [MarkdownBlock] = []) {
        self.file = file
        self.judul = judul
        self.pemda = pemda
        self.baseURL = baseURL
        self.tema = tema
        self.requiredComponents = requiredComponents
        self.introduction = introduction
    }
}

/// One agency (OPD) from `content/<opd>/_index.md`.
public struct OPD: Sendable {
    public var slug: String
    /// The `_index.md` path, or the folder path when the index is missing.
    public var file: String
    public var hasIndex: Bool
    public var nama: String
    public var singkatan: String?
    public var alamat: String?
    public var telepon: String?
    public var email: String?
    public var situs: String?
    public var jamLayanan: String?
    public var body: [MarkdownBlock]
    /// The maklumat and SKM results (`maklumat.md`, `skm/`).
    public var pekppp = OPDPekppp()
}

/// A `#`/`##` section of a standard that is not a component (group headings, "Deskripsi", "Catatan" ...).
public struct ExtraSection: Sendable {
    public var heading: String
    public var level: Int
    public var line: Int
    public var isGroup: Bool
    public var blocks: [MarkdownBlock]
    /// For an unrecognized heading that resembles a component.
    public var suggestion: ComponentID?
}

/// Where one component of a standard was written.
public struct ComponentContent: Sendable {
    public var id: ComponentID
    /// The headings as the author wrote them (several when merged, e.g. "Persyaratan Administrasi" and
    /// "Persyaratan Teknis"); empty when given in front matter.
    public var headings: [String]
    /// File line of the first heading, or of the front-matter key.
    public var line: Int
    public var fromFrontMatter: Bool
    /// Values written into headings themselves ("Biaya/Tarif : GRATIS").
    public var inlineValues: [String]
    /// The content, in order. Sub-headings of merged headings are kept as `###` blocks.
    public var blocks: [MarkdownBlock]
    /// The visible text, inline values first.
    public var plainText: String
    public var isEmpty: Bool
    /// Written as a row of a component table (`No | Komponen | Uraian`) rather than under a heading.
    public var fromTableRow = false
}

/// The file line of each front-matter key that was read, by key.
///
/// It shares the values of the `FrontMatter` it was made from (a retain) rather than copying their lines into a
/// `[String: Int]`, which cost a dictionary per standard and hashed each key on the way in.
public struct FieldLines: Sendable, ExpressibleByDictionaryLiteral {
    private let schemaKeys: SchemaKeys
    private let values: [FieldValue?]

    init(_ frontMatter: FrontMatter) {
        schemaKeys = frontMatter.keys
        values = frontMatter.values
    }

    /// The lines of the given keys; of a key given twice, the first line counts.
    public init(dictionaryLiteral elements: (String, Int)...) {
        schemaKeys = SchemaKeys(elements.map { FieldSpec($0.0, .text, "") })
        values = elements.map { FieldValue(value: .text(""), line: $0.1, column: 1) }
    }

    /// The line of `key`, or nil when it was not read.
    public subscript(key: String) -> Int? {
        guard let position = schemaKeys.position(of: key), position < values.count else { return nil }
        return values[position]?.line
    }

    /// The keys that were read, in schema order (a key given twice, once).
    public var keys: [String] {
        values.indices.compactMap { position in
            let key = schemaKeys.schema[position].key
            return values[position] != nil && schemaKeys.position(of: key) == position ? key : nil
        }
    }
}

/// One service standard from `content/<opd>/<layanan>.md`.
@dynamicMemberLookup
public struct ServiceStandard: Sendable {
    public var file: String
    /// Its OPD, slug, title, front-matter facts, fee and time (`standard.judul` reads `facts.judul`), the same
    /// declaration its `ServiceSummary` keeps.
    public var facts: ServiceFacts
    public var draft: Bool
    /// Components in canonical order.
    public var components: [ComponentContent]
    public var extraSections: [ExtraSection]
    /// Content before the first section heading.
    public var preamble: [MarkdownBlock]
    /// File line of each front-matter key that was read, for findings about a field.
    public var fieldLines: FieldLines
    /// Add to a block's line to get the file line.
    public var bodyLineOffset: Int
    /// The last line of the file.
    public var lastLine: Int
    /// False when the front matter could not be read at all (rules about its fields then say nothing more).
    public var frontMatterReadable = true
    /// Where the service is given when not at the OPD's office (a UPT, a Mal Pelayanan Publik counter).
    public var lokasi: String? = nil
    /// Service hours when they differ from the OPD's.
    public var jamLayanan: String? = nil
    /// The address of the online channel of this service, when it has one.
    public var daring: String? = nil
    /// The first component table, when the standard is written in the table layout.
    public var componentTable: ComponentTableShape?
    /// False when the body's source cannot hold raw HTML or a tab (`MarkdownDocument`): the rules that look for
    /// them in every paragraph then have nothing to find.
    public var bodyMayHoldRawHTML = true
    public var bodyMayHoldTab = true

    public subscript<T>(dynamicMember path: WritableKeyPath<ServiceFacts, T>) -> T {
        get { facts[keyPath: path] }
        set { facts[keyPath: path] = newValue }
    }

    public init(file: String, opd: String, slug: String, judul: String, ringkasan: String?, kategori: String?,
                nomorSK: String?, ditetapkan: SimpleDate?, ditinjau: SimpleDate?, kataKunci: [String], draft: Bool,
                components: [ComponentContent], extraSections: [ExtraSection], preamble: [MarkdownBlock], fee: Fee?,
                duration: ServiceDuration?, fieldLines: FieldLines, bodyLineOffset: Int, lastLine: Int) {
        self.init(file: file, opd: opd, slug: slug, judul: judul, ringkasan: ringkasan, kategori: kategori,
                  nomorSK: nomorSK, ditetapkan: ditetapkan, ditinjau: ditinjau, kataKunci: kataKunci, draft: draft,
                  components: components, extraSections: extraSections, preamble: preamble, fee: fee,
                  duration: duration, fieldLines: fieldLines, bodyLineOffset: bodyLineOffset, lastLine: lastLine,
                  frontMatterReadable: true, lokasi: nil, jamLayanan: nil, daring: nil, componentTable: nil,
                  bodyMayHoldRawHTML: true, bodyMayHoldTab: true)
    }

    /// Every field at once (`StandardBuilder`).
    init(file: String, opd: String, slug: String, judul: String, ringkasan: String?, kategori: String?,
         nomorSK: String?, ditetapkan: SimpleDate?, ditinjau: SimpleDate?, kataKunci: [String], draft: Bool,
         components: [ComponentContent], extraSections: [ExtraSection], preamble: [MarkdownBlock], fee: Fee?,
         duration: ServiceDuration?, fieldLines: FieldLines, bodyLineOffset: Int, lastLine: Int,
         frontMatterReadable: Bool, lokasi: String?, jamLayanan: String?, daring: String?,
         componentTable: ComponentTableShape?, bodyMayHoldRawHTML: Bool, bodyMayHoldTab: Bool) {
        // Each field assigned here, and the public initializer delegates to this one with the defaults (the other
        // way round measured 1 M instructions more a 1,000-service build).
        self.file = file
        facts = ServiceFacts(opd: opd, slug: slug, judul: judul, ringkasan: ringkasan, kategori: kategori,
                             nomorSK: nomorSK, ditetapkan: ditetapkan, ditinjau: ditinjau, kataKunci: kataKunci,
                             fee: fee, duration: duration)
        self.draft = draft
        self.components = components
        self.extraSections = extraSections
        self.preamble = preamble
        self.fieldLines = fieldLines
        self.bodyLineOffset = bodyLineOffset
        self.lastLine = lastLine
        self.frontMatterReadable = frontMatterReadable
        self.lokasi = lokasi
        self.jamLayanan = jamLayanan
        self.daring = daring
        self.componentTable = componentTable
        self.bodyMayHoldRawHTML = bodyMayHoldRawHTML
        self.bodyMayHoldTab = bodyMayHoldTab
    }

    public var url: String { "/\(facts.opd)/\(facts.slug)/" }

    public func component(_ id: ComponentID) -> ComponentContent? {
        components.first { $0.id == id }
    }

    /// Where in `components` the component `id` is (the one `component(_:)` returns) when it is filled; nil when it
    /// is missing or empty. Read `components[i]` in place: `component(_:)` copies the component out.
    public func filledComponentIndex(_ id: ComponentID) -> Int? {
        guard let i = components.firstIndex(where: { $0.id == id }), !components[i].isEmpty else { return nil }
        return i
    }

    /// Whether the standard has component `id` (filled or not), without copying it out.
    public func hasComponent(_ id: ComponentID) -> Bool {
        components.contains { $0.id == id }
    }

    /// Required components that are missing or empty. Asked of every standard by several rules: it reads the
    /// components in place (copying each out with `component(_:)` was 2% of `check`'s CPU), in one pass that marks
    /// the filled ones, a bit per `ComponentID.order` (a scan of the components for each required one was 1.6 M
    /// instructions of a 1,000-service `check`).
    public func gaps(required: [ComponentID]) -> [ComponentID] {
        var filled: UInt32 = 0
        for index in components.indices where !components[index].isEmpty {
            filled |= 1 << UInt32(components[index].id.order)
        }
        return required.filter { filled & (1 << UInt32($0.order)) == 0 }
    }

    /// The date the standard was last reviewed or, failing that, set.
    public var lastReviewed: SimpleDate? { facts.ditinjau ?? facts.ditetapkan }
}

/// Everything read from `content/`, before rules run.
public struct SiteContent: Sendable {
    public var root: String
    public var config: SiteConfig
    public var opds: [OPD]
    /// Sorted by OPD slug, then service slug.
    public var services: [ServiceStandard]
    /// Problems found while reading (encoding, front matter, file names ...).
    public var diagnostics: [Diagnostic]
    public var fileCount: Int
}
