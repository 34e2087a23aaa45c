/// A standard found in an imported document, before it is written as Markdown.
public struct ExtractedStandard: Sendable, Equatable {
    public enum Layout: Sendable, Equatable {
        /// The annex table "NO | KOMPONEN | URAIAN".
        case table
        /// Word Heading paragraphs.
        case headings
    }

    /// One piece of a component: the label it had in the document ("Persyaratan Teknis") and its content.
    public struct Part: Sendable, Equatable {
        public var label: String
        public var blocks: [DocBlock]
    }

    public var judul: String
    public var layout: Layout
    public var decree: DecreeHeader
    public var components: [ComponentID: [Part]] = [:]
    /// Content no component could be found for, with the label it had.
    public var unplaced: [Part] = []

    /// Components that have a row or heading with content.
    public var present: [ComponentID] {
        ComponentID.allCases.filter { id in components[id]?.contains { !Self.isEmpty($0.blocks) } == true }
    }

    /// Components that have a row or heading but nothing in it ("-", blank).
    public var empty: [ComponentID] {
        ComponentID.allCases.filter { id in components[id] != nil && !present.contains(id) }
    }

    public var missing: [ComponentID] {
        ComponentID.allCases.filter { components[$0] == nil }
    }

    /// Unplaced parts that hold something.
    public var unplacedParts: [Part] {
        unplaced.filter { !$0.label.isEmpty || !Self.isEmpty($0.blocks) }
    }

    /// Every component present and filled, and nothing left unplaced: ready to publish after a read-through.
    public var isComplete: Bool {
        missing.isEmpty && empty.isEmpty && unplacedParts.isEmpty
    }

    static func isEmpty(_ blocks: [DocBlock]) -> Bool {
        EmptyText.isEmpty(DocCell(blocks: blocks).plainText)
    }
}

/// Finds every standard in an imported document.
///
/// Two layouts are understood:
/// - the PermenPAN-RB 15/2014 annex: a title, then a table whose rows name the components (`NO | KOMPONEN |
///   URAIAN`, with or without the number column, an optional 4th "Keterangan" column, a column-number row
///   `| 1 | 2 | 3 |`, group rows such as "A. Penyampaian Pelayanan (Service Delivery)", labels split over two
///   rows, vertically merged cells). A second table that follows with only a group heading between belongs to
///   the same standard; a table after a new title starts the next standard.
/// - Word Heading paragraphs: a heading that is not a component is a service's title, and the component
///   headings below it (any level deeper or equal) start its sections.
/// Row labels and headings are matched with `HeadingMatcher`. A decree header ("LAMPIRAN … NOMOR … TANGGAL …")
/// applies to every standard after it until the next header.
public struct StandardExtractor {
    let matcher = HeadingMatcher()

    public init() {}

    public func extract(_ document: ImportedDocument) -> [ExtractedStandard] {
        var state = State(matcher: matcher)
        for block in document.blocks { state.add(block) }
        return state.finish()
    }

    struct State {
        let matcher: HeadingMatcher
        var results: [ExtractedStandard] = []
        var decree = DecreeHeader()
        var inHeader = false
        /// Top-level paragraphs since the last table or heading: the next standard's title, or leftovers.
        var pendingLines: [String] = []
        var current: ExtractedStandard?
        /// Heading layout: the section paragraphs go to.
        var section: Section?
        var titleLevel = 0
        /// The current standard's headings are bold paragraphs, not Heading styles.
        var boldHeadings = false
        static let boldHeadingLevel = 9

        enum Section: Equatable {
            case component(ComponentID)
            case unplaced
        }

        init(matcher: HeadingMatcher) {
            self.matcher = matcher
        }

        mutating func add(_ block: DocBlock) {
            switch block {
            case .paragraph(let p):
                addParagraph(p)
            case .table(let t):
                addTable(t)
            }
        }

        // MARK: Paragraphs

        mutating func addParagraph(_ p: DocParagraph) {
            let text = p.plainText.split(whereSeparator: \.isNewline).map { $0.trimmingSpaces }.joined(separator: " ")
                .replacingOccurrences(of: "\t", with: " ").trimmingSpaces
            if readHeader(text) { return }
            if let level = p.headingLevel, !text.isEmpty {
                addHeading(text, level: level, paragraph: p)
                return
            }
            // Documents without Heading styles often make their headings bold paragraphs ("1. Persyaratan :").
            if p.list == nil, p.isBold, text.count <= 90, current?.layout != .table || pendingHasTitle {
                let match = matcher.match(text)
                if case .component = match.kind {
                    boldHeadings = true
                    addHeading(text, level: Self.boldHeadingLevel, paragraph: p)
                    return
                }
                if boldHeadings, current?.layout == .headings, Self.looksLikeTitle(text) {
                    // The next service of a document made with bold headings.
                    closeCurrent()
                    pendingLines.append(text)
                    return
                }
            }
            if current?.layout == .headings, let section {
                append(.paragraph(p), to: section)
                return
            }
            if current?.layout == .headings, !text.isEmpty {
                // Text between the service's title and its first component (or after a group heading).
                current?.unplaced.append(.init(label: "Teks di luar komponen", blocks: []))
                section = .unplaced
                append(.paragraph(p), to: .unplaced)
                return
            }
            if !text.isEmpty { pendingLines.append(text) }
        }

        /// Header lines are taken (and true returned) while an annex header is open, or for "NOMOR :"/"TANGGAL :"
        /// before any standard.
        mutating func readHeader(_ text: String) -> Bool {
            guard !text.isEmpty else { return inHeader }
            if DecreeHeader.opensHeader(text) {
                if section != nil || current != nil { closeCurrent() }
                inHeader = true
                decree = DecreeHeader()
                return true
            }
            let headerZone = inHeader || (current == nil && section == nil)
            guard headerZone, let field = DecreeHeader.field(text, requireColon: !inHeader) else {
                if inHeader {
                    let words = TextNormalizer.words(TextNormalizer.fold(text))
                    // "KEPUTUSAN KEPALA DINAS …", "TENTANG …" and the lines of the decree's name stay in the header
                    // until the date; after it only "TENTANG …" lines do.
                    if decree.tanggal != nil || decree.tanggalText != nil {
                        if words.first == "tentang" { return true }
                        inHeader = false
                        return false
                    }
                    return true
                }
                return false
            }
            switch field {
            case .nomor(let n):
                decree.nomor = n
            case .tanggal(let t):
                if let date = DecreeHeader.date(t) { decree.tanggal = date } else { decree.tanggalText = t }
            }
            return true
        }

        mutating func addHeading(_ text: String, level: Int, paragraph: DocParagraph) {
            let match = matcher.match(text)
            switch match.kind {
            case .component(let id):
                if current == nil || current?.layout != .headings {
                    closeCurrent()
                    startStandard(layout: .headings, titleLevel: level - 1)
                    boldHeadings = level == Self.boldHeadingLevel
                }
                section = .component(id)
                addPart(id, label: text, blocks: [])
                if let value = match.inlineValue, !value.isEmpty {
                    append(.paragraph(DocParagraph(inlines: [.text(value, bold: false)])), to: .component(id))
                }
            case .group:
                if current?.layout == .headings { section = nil }
                else { pendingLines.append(text) }
            case .other:
                if current?.layout == .headings, level > titleLevel {
                    section = .unplaced
                    current?.unplaced.append(.init(label: text, blocks: []))
                    return
                }
                closeCurrent()
                pendingLines.append(text)
                if Self.cleanTitle(text).isEmpty { return }  // "STANDAR PELAYANAN" alone: the name follows
                startStandard(layout: .headings, titleLevel: level)
            }
        }

        // MARK: Tables

        mutating func addTable(_ table: DocTable) {
            let grid = table.gridRows
            let columns = Self.columns(grid, matcher: matcher)
            // A title written in the table's first rows, above the header row.
            let titleRows = (columns.headerRow.map { Array(grid.prefix($0)) } ?? []).map { row in
                Self.uniqueTexts(row).joined(separator: " ")
            }.filter { !$0.isEmpty }
            let titleInTable = titleRows.contains { !Self.cleanTitle($0).isEmpty && !Self.isGroupLine($0, matcher: matcher) }
            let recognised = grid.count { row in
                guard columns.label < row.count else { return false }
                return matcher.match(Self.labelText(row[columns.label])).component != nil
            }
            if recognised >= 3 || (recognised >= 1 && current?.layout == .table && !pendingHasTitle && !titleInTable) {
                if current?.layout == .table && !pendingHasTitle && !titleInTable {
                    moveGroupLinesAway()
                } else {
                    if titleInTable && !pendingHasTitle { pendingLines += titleRows }
                    closeCurrent()
                    startStandard(layout: .table, titleLevel: 0)
                }
                readRows(grid, columns: columns)
                section = nil
                return
            }
            if current?.layout == .headings, let section {
                append(.table(table), to: section)
                return
            }
            // A decree header laid out as a table ("NOMOR | : | 800/…").
            var tookHeader = false
            for row in grid {
                let line = row.map { DocCell(blocks: $0.blocks).plainText.trimmingSpaces }.filter { !$0.isEmpty }.joined(separator: " ")
                if readHeader(line) { tookHeader = true }
            }
            if tookHeader { return }
            if current != nil {
                flushLeftovers()
                current?.unplaced.append(.init(label: "Tabel", blocks: [.table(table)]))
            }
        }

        /// True when the paragraphs since the last table name something other than a group of components.
        var pendingHasTitle: Bool {
            pendingLines.contains { line in
                !Self.isGroupLine(line, matcher: matcher) && !Self.cleanTitle(line).isEmpty && !Self.isSignatureLine(line)
            }
        }

        /// "A. Penyampaian Pelayanan (Service Delivery)", "B. Pengelolaan Pelayanan (Manufacturing)"; a title such as
        /// "Standar Pelayanan Penerbitan KK" is not one, although the matcher files "standar pelayanan" as a group.
        static func isGroupLine(_ line: String, matcher: HeadingMatcher) -> Bool {
            guard case .group = matcher.match(line).kind else { return false }
            let folded = TextNormalizer.fold(line)
            if ["manufactur", "manufaktur", "service delivery", "penyampaian pelayanan", "pengelolaan pelayanan"]
                .contains(where: { folded.contains($0) }) { return true }
            let words = TextNormalizer.words(folded)
            let start = words.first.map { $0.count == 1 } == true ? 1 : 0
            guard start < words.count else { return true }
            return !["standar", "jenis", "nama"].contains(words[start])
        }

        mutating func moveGroupLinesAway() {
            pendingLines.removeAll()
        }

        struct Columns {
            var label: Int
            var content: Int
            var notes: Int?
            var headerRow: Int?
        }

        static func columns(_ grid: [[DocCell]], matcher: HeadingMatcher) -> Columns {
            for (index, row) in grid.prefix(4).enumerated() {
                let texts = row.map { TextNormalizer.fold($0.plainText) }
                guard let label = texts.firstIndex(where: { $0.contains("komponen") || $0 == "unsur" }) else { continue }
                let content = texts.indices.first { i in
                    i > label && ["uraian", "isi", "penjelasan", "standar", "deskripsi", "rincian"].contains { texts[i].contains($0) }
                } ?? label + 1
                let notes = texts.indices.first { $0 > content && texts[$0].contains("keterangan") }
                return Columns(label: label, content: content, notes: notes, headerRow: index)
            }
            let width = grid.map(\.count).max() ?? 0
            // Without a header row: a leading number column when the first cells are numbers or empty.
            let firstIsNumber = grid.filter { $0.count >= 2 }.allSatisfy { row in
                let t = row[0].plainText.trimmingSpaces
                return t.count <= 4 && matcherSafeNumber(t)
            }
            if width >= 3, firstIsNumber {
                return Columns(label: 1, content: 2, notes: width >= 4 ? 3 : nil, headerRow: nil)
            }
            return Columns(label: 0, content: 1, notes: width >= 3 ? 2 : nil, headerRow: nil)
        }

        static func matcherSafeNumber(_ t: String) -> Bool {
            t.isEmpty || t.allSatisfy { $0.isNumber || $0 == "." || $0 == ")" || $0.isLetter && t.count <= 3 }
        }

        /// The texts of a row's cells, each once (a merged cell repeats its text in some writers).
        static func uniqueTexts(_ row: [DocCell]) -> [String] {
            var out: [String] = []
            for cell in row {
                let t = labelText(cell)
                if !t.isEmpty, !out.contains(t) { out.append(t) }
            }
            return out
        }

        /// A bold line that names a service: "STANDAR PELAYANAN …", "JENIS PELAYANAN : …", or an all-caps line of
        /// several words.
        static func looksLikeTitle(_ text: String) -> Bool {
            let words = TextNormalizer.words(TextNormalizer.fold(text))
            guard words.count >= 2 else { return false }
            if ["standar", "jenis", "nama"].contains(words[0]), ["pelayanan", "layanan"].contains(words[1]) { return true }
            let letters = text.filter(\.isLetter)
            return letters.count >= 8 && letters.allSatisfy { !$0.isLowercase }
        }

        /// The lines without a trailing signature block ("KEPALA DINAS …,", "ttd", a name, "NIP …").
        static func withoutSignature(_ lines: [String]) -> [String] {
            guard let start = lines.firstIndex(where: isSignatureStart) else { return lines }
            let rest = lines[start...]
            guard rest.count <= 8, rest.allSatisfy({ TextNormalizer.words(TextNormalizer.fold($0)).count <= 14 }) else { return lines }
            return Array(lines[..<start])
        }

        static func isSignatureStart(_ line: String) -> Bool {
            let words = TextNormalizer.words(TextNormalizer.fold(line))
            guard let first = words.first else { return false }
            if ["ttd", "nip", "ditetapkan", "plt", "pj", "pjs", "an"].contains(first) { return true }
            let offices: Set<String> = ["kepala", "direktur", "camat", "lurah", "bupati", "walikota", "wali", "gubernur", "sekretaris"]
            return offices.contains(first) && line.trimmingSpaces.hasSuffix(",")
        }

        static func labelText(_ cell: DocCell) -> String {
            cell.plainText.split(whereSeparator: \.isNewline).map { $0.trimmingSpaces }.filter { !$0.isEmpty }
                .joined(separator: " ")
        }

        mutating func readRows(_ grid: [[DocCell]], columns: Columns) {
            var lastComponent: ComponentID?
            var lastWasUnplaced = false
            var previousLabel: (text: String, emptyContent: Bool, matched: Bool)?
            for (index, row) in grid.enumerated() {
                if let header = columns.headerRow, index <= header { continue }
                let texts = row.map { $0.plainText.trimmingSpaces }
                let filled = texts.filter { !$0.isEmpty }
                if filled.isEmpty { continue }
                // The column-number row "| 1 | 2 | 3 |".
                if filled.count >= 2, filled.allSatisfy({ $0.allSatisfy { $0.isNumber || $0 == "." } }) { continue }
                // The header row typed again where the table goes on over a page.
                if columns.headerRow != nil, columns.label < texts.count, columns.content < texts.count,
                   TextNormalizer.fold(texts[columns.label]).contains("komponen"),
                   ["uraian", "isi", "penjelasan", "standar", "deskripsi", "rincian"].contains(where: { TextNormalizer.fold(texts[columns.content]).contains($0) }) {
                    continue
                }
                let labelCell = columns.label < row.count ? row[columns.label] : DocCell(blocks: [])
                let contentCell = columns.content < row.count ? row[columns.content] : DocCell(blocks: [])
                var label = Self.labelText(labelCell)
                var content = contentCell.continuesAbove ? [] : contentCell.blocks
                // Text in further columns (a row split into more cells than the header has) stays with its row.
                for extra in row.indices where extra > columns.content && extra != columns.notes && extra != columns.label {
                    if !row[extra].continuesAbove { content += row[extra].blocks }
                }
                if let notes = columns.notes, notes < row.count, !row[notes].continuesAbove,
                   !ExtractedStandard.isEmpty(row[notes].blocks) {
                    var noteBlocks = row[notes].blocks
                    if case .paragraph(let first)? = noteBlocks.first, first.list == nil {
                        noteBlocks[0] = .paragraph(DocParagraph(inlines: [.text("Keterangan: ", bold: true)] + first.inlines))
                    } else {
                        noteBlocks.insert(.paragraph(DocParagraph(inlines: [.text("Keterangan:", bold: true)])), at: 0)
                    }
                    content += noteBlocks
                }
                // A group row: one text across the row, or a label that is a group heading.
                if filled.count == 1 || Set(texts.filter { !$0.isEmpty }).count == 1 && row.count > 1 && label == texts.first(where: { !$0.isEmpty }) {
                    let only = filled[0]
                    let match = matcher.match(only)
                    if case .group = match.kind { lastComponent = nil; continue }
                    if let id = match.component, label == only || label.isEmpty {
                        addPart(id, label: only, blocks: [])
                        lastComponent = id
                        lastWasUnplaced = false
                        continue
                    }
                    if label.isEmpty || labelCell.continuesAbove {
                        appendContinuation(content.isEmpty ? row.flatMap(\.blocks) : content, lastComponent, lastWasUnplaced)
                        continue
                    }
                }
                if label.isEmpty || labelCell.continuesAbove {
                    appendContinuation(content, lastComponent, lastWasUnplaced)
                    continue
                }
                var match = matcher.match(label)
                // A label split over two rows: "Jangka Waktu" (empty) + "Penyelesaian" (content), the number cell
                // merged or left blank on the second row.
                let continuationRow = columns.label > 0 && (row[0].continuesAbove || texts[0].isEmpty)
                if let previous = previousLabel, previous.emptyContent, !previous.matched || continuationRow {
                    let joined = matcher.match(previous.text + " " + label)
                    if let id = joined.component, match.component == nil || match.component == id {
                        if let last = lastComponent, current?.components[last]?.last?.label == previous.text,
                           ExtractedStandard.isEmpty(current?.components[last]?.last?.blocks ?? []) {
                            current?.components[last]?.removeLast()
                            if current?.components[last]?.isEmpty == true { current?.components[last] = nil }
                        } else if lastWasUnplaced, current?.unplaced.last?.label == previous.text {
                            current?.unplaced.removeLast()
                        }
                        label = previous.text + " " + label
                        match = joined
                    }
                }
                previousLabel = (label, ExtractedStandard.isEmpty(content), match.component != nil)
                switch match.kind {
                case .component(let id):
                    var blocks = content
                    if let value = match.inlineValue, !value.isEmpty {
                        blocks.insert(.paragraph(DocParagraph(inlines: [.text(value, bold: false)])), at: 0)
                    }
                    addPart(id, label: label, blocks: blocks)
                    lastComponent = id
                    lastWasUnplaced = false
                case .group:
                    lastComponent = nil
                    if !ExtractedStandard.isEmpty(content) {
                        current?.unplaced.append(.init(label: label, blocks: content))
                        lastWasUnplaced = true
                    }
                case .other:
                    current?.unplaced.append(.init(label: label, blocks: content))
                    lastComponent = nil
                    lastWasUnplaced = true
                }
            }
        }

        mutating func appendContinuation(_ blocks: [DocBlock], _ component: ComponentID?, _ unplaced: Bool) {
            guard !blocks.isEmpty else { return }
            if let component {
                append(contentsOf: blocks, to: .component(component))
            } else if unplaced, current?.unplaced.isEmpty == false {
                append(contentsOf: blocks, to: .unplaced)
            } else {
                current?.unplaced.append(.init(label: "", blocks: blocks))
            }
        }

        // MARK: Standards

        mutating func startStandard(layout: ExtractedStandard.Layout, titleLevel: Int) {
            let (title, allLeftovers) = Self.chooseTitle(pendingLines, matcher: matcher)
            let leftovers = Self.withoutSignature(allLeftovers)
            if !leftovers.isEmpty, !results.isEmpty {
                results[results.count - 1].unplaced.append(.init(label: "Teks sesudah tabel",
                    blocks: leftovers.map { .paragraph(DocParagraph(inlines: [.text($0, bold: false)])) }))
            }
            pendingLines.removeAll()
            current = ExtractedStandard(judul: title, layout: layout, decree: decree)
            self.titleLevel = titleLevel
            section = nil
        }

        mutating func flushLeftovers() {
            guard !pendingLines.isEmpty else { return }
            let blocks = pendingLines.map { DocBlock.paragraph(DocParagraph(inlines: [.text($0, bold: false)])) }
            current?.unplaced.append(.init(label: "Teks lain", blocks: blocks))
            pendingLines.removeAll()
        }

        mutating func closeCurrent() {
            guard let standard = current else { return }
            // A title with no component under it (a document title, a foreword) is not a standard.
            if !standard.components.isEmpty { results.append(standard) }
            current = nil
            section = nil
        }

        mutating func addPart(_ id: ComponentID, label: String, blocks: [DocBlock]) {
            if current == nil { startStandard(layout: .table, titleLevel: 0) }
            current?.components[id, default: []].append(.init(label: label, blocks: blocks))
        }

        mutating func append(_ block: DocBlock, to section: Section) {
            append(contentsOf: [block], to: section)
        }

        mutating func append(contentsOf blocks: [DocBlock], to section: Section) {
            switch section {
            case .component(let id):
                if current?.components[id]?.isEmpty != false {
                    current?.components[id] = [.init(label: id.canonicalHeading, blocks: [])]
                }
                let last = (current?.components[id]?.count ?? 1) - 1
                current?.components[id]?[last].blocks.append(contentsOf: blocks)
            case .unplaced:
                if current?.unplaced.isEmpty != false { current?.unplaced.append(.init(label: "", blocks: [])) }
                let last = (current?.unplaced.count ?? 1) - 1
                current?.unplaced[last].blocks.append(contentsOf: blocks)
            }
        }

        mutating func finish() -> [ExtractedStandard] {
            let lines = Self.withoutSignature(pendingLines)
            pendingLines.removeAll()
            if let layout = current?.layout, !lines.isEmpty {
                current?.unplaced.append(.init(label: layout == .table ? "Teks sesudah tabel" : "Teks lain",
                    blocks: lines.map { .paragraph(DocParagraph(inlines: [.text($0, bold: false)])) }))
            }
            closeCurrent()
            return results
        }

        // MARK: Titles

        /// The service title among the paragraphs before a table or heading, and the lines before it that are
        /// not part of it.
        static func chooseTitle(_ lines: [String], matcher: HeadingMatcher) -> (String, [String]) {
            // "JENIS PELAYANAN : Penerbitan KK" names the service outright.
            for (i, line) in lines.enumerated() {
                let folded = TextNormalizer.fold(line)
                for key in ["jenis pelayanan", "nama pelayanan", "jenis layanan", "nama layanan"] where folded.hasPrefix(key) {
                    if let colon = line.firstIndex(of: ":") {
                        let value = cleanTitle(String(line[line.index(after: colon)...]))
                        if !value.isEmpty { return (value, Array(lines[..<i])) }
                    }
                }
            }
            var end = lines.count
            while end > 0 {
                let line = lines[end - 1]
                if isGroupLine(line, matcher: matcher) { end -= 1; continue }
                if cleanTitle(line).isEmpty { end -= 1; continue }
                break
            }
            guard end > 0 else { return ("", []) }
            // "PADA DINAS KESEHATAN KOTA SUKAMAJU" under the service's name names the office, not the service.
            while end > 1, namesOffice(lines[end - 1]), !cleanTitle(lines[end - 2]).isEmpty, !isGroupLine(lines[end - 2], matcher: matcher) {
                end -= 1
            }
            var start = end - 1
            // "STANDAR PELAYANAN" on the line above belongs to the title block.
            while start > 0, cleanTitle(lines[start - 1]).isEmpty { start -= 1 }
            return (cleanTitle(lines[end - 1]), Array(lines[..<start]))
        }

        static func namesOffice(_ line: String) -> Bool {
            let words = TextNormalizer.words(TextNormalizer.fold(line))
            guard let first = words.first else { return false }
            return ["pada", "di", "dinas", "badan", "kantor", "sekretariat", "uptd", "rsud", "puskesmas", "kecamatan",
                    "kelurahan", "pemerintah", "tahun"].contains(first)
        }

        static func isSignatureLine(_ line: String) -> Bool {
            let words = TextNormalizer.words(TextNormalizer.fold(line))
            guard let first = words.first else { return true }
            return ["ttd", "nip", "ditetapkan", "pembina", "penata", "kepala", "plt", "pj", "an"].contains(first)
        }

        /// The service's name from a title line: "STANDAR PELAYANAN PENERBITAN KARTU KELUARGA" -> "Penerbitan
        /// Kartu Keluarga"; "" when only the words "Standar Pelayanan" are there.
        static func cleanTitle(_ line: String) -> String {
            var words = line.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
            // Numbering: "1.", "A.", "I.", "II."
            if let first = words.first, first.count <= 4, first.hasSuffix(".") || first.hasSuffix(")"),
               first.dropLast().allSatisfy({ $0.isNumber || "IVXivx".contains($0) || first.count == 2 }) {
                words.removeFirst()
            }
            let folded = words.map { TextNormalizer.fold($0).trimmingCharacters(in: ":") }
            var drop = 0
            // "TENTANG STANDAR PELAYANAN …" (the decree's subject line)
            if folded.count >= 3, folded[0] == "tentang", folded[1] == "standar" { drop = 1 }
            if folded.count >= drop + 2, folded[drop] == "standar", folded[drop + 1] == "pelayanan" || folded[drop + 1] == "layanan" {
                drop += 2
                if folded.count > drop, folded[drop] == "publik" { drop += 1 }
            }
            words.removeFirst(drop)
            var title = words.joined(separator: " ")
            while let first = title.first, first == ":" || first == "-" || first == "–" || first == " " { title.removeFirst() }
            while let last = title.last, last == ":" || last == " " { title.removeLast() }
            return titleCase(title)
        }

        /// ALL-CAPS titles become title case; short words that are abbreviations (KTP, KK) stay as written.
        static func titleCase(_ title: String) -> String {
            let letters = title.filter(\.isLetter)
            guard !letters.isEmpty, letters.allSatisfy({ !$0.isLowercase }) else { return title }
            let small: Set<String> = ["dan", "di", "ke", "dari", "atau", "yang", "untuk", "pada", "dengan", "bagi", "serta", "oleh", "atas"]
            return title.split(separator: " ").enumerated().map { index, word -> String in
                let lower = word.lowercased()
                if index > 0, small.contains(lower) { return lower }
                if word.count <= 3, !["dan", "izin", "ijin", "hak"].contains(lower) { return String(word) }
                return lower.prefix(1).uppercased() + lower.dropFirst()
            }.joined(separator: " ")
        }
    }
}

private extension String {
    func trimmingCharacters(in characters: String) -> String {
        var s = Substring(self)
        while let f = s.first, characters.contains(f) { s = s.dropFirst() }
        while let l = s.last, characters.contains(l) { s = s.dropLast() }
        return String(s)
    }
}
