import Foundation

/// The shape of a table whose rows are the components of a standard (the layout of the PermenPAN-RB 15/2014
/// annex: `No | Komponen | Uraian`), kept so a hint can show the row to add in the author's own columns.
public struct ComponentTableShape: Sendable, Equatable {
    public var columns: Int
    public var labelColumn: Int
    public var textColumn: Int?
    public var numberColumn: Int?
    /// File line of the table's header row.
    public var line: Int

    /// The Markdown row that writes `heading`, in this table's columns: "| … | Biaya/Tarif | … |".
    public func rowTemplate(_ heading: String) -> String {
        let cells = (0..<columns).map { i -> String in
            if i == labelColumn { return heading }
            if i == textColumn || i == numberColumn { return "…" }
            return " "
        }
        return "| " + cells.joined(separator: " | ") + " |"
    }
}

/// Recognizes a component table: which column names the components, which holds their text, and one entry per
/// row — the same heading matcher reads the row labels that reads `##` headings.
struct TableLayout {
    struct Row {
        var label: String
        /// Body-relative line of the row.
        var line: Int
        var match: HeadingMatch
        var blocks: [MarkdownBlock]
    }

    struct Recognized {
        var shape: ComponentTableShape
        /// Component rows and other labelled rows, in table order; group rows and column-number rows dropped.
        var rows: [Row]
    }

    let match: (String) -> HeadingMatch

    /// Header words that name the label column and the text column.
    static let labelHeaders: Set<String> = ["komponen", "komponen pelayanan", "komponen standar", "komponen standar pelayanan",
                                            "unsur", "aspek"]
    static let textHeaders: Set<String> = ["uraian", "uraian komponen", "isi", "penjelasan", "keterangan", "deskripsi",
                                           "standar", "standar pelayanan", "rincian", "uraian/keterangan"]

    /// `trimmingCharacters(in: .punctuationCharacters)`, without Foundation when neither end is punctuation
    /// (most header cells: Foundation's trim was 0.9% of `check`'s CPU).
    static func trimmingPunctuation(_ text: String) -> String {
        // ASCII in Unicode's punctuation categories (P*): ! " # % & ' ( ) * , - . / : ; ? @ [ \ ] _ { }
        func isPunctuation(_ b: UInt8) -> Bool {
            switch b {
            case 0x21...0x23, 0x25...0x2A, 0x2C...0x2F, 0x3A, 0x3B, 0x3F, 0x40, 0x5B...0x5D, 0x5F, 0x7B, 0x7D: true
            default: false
            }
        }
        guard let first = text.utf8.first, let last = text.utf8.last else { return text }
        if first < 0x80, last < 0x80, !isPunctuation(first), !isPunctuation(last) { return text }
        return text.trimmingCharacters(in: .punctuationCharacters)
    }

    /// The table as a component table, or nil when too few of its rows name components (a fee table inside a
    /// section stays a table).
    func recognize(_ table: MarkdownTable, bodyLineOffset: Int) -> Recognized? {
        // A closure, not the key path `\.count`: reading a row through the key path cost about 700 instructions.
        let columns = table.rows.reduce(table.header.count) { max($0, $1.count) }
        guard columns >= 2 else { return nil }
        let headerTexts = table.header.map { Self.cellText($0) }
        let folded = headerTexts.map { Self.trimmingPunctuation(TextNormalizer.fold($0)) }

        var labelColumn: Int?
        var headerIsData = false
        if let i = folded.firstIndex(where: { Self.labelHeaders.contains($0) }) {
            labelColumn = i
        }
        // Without a "Komponen" header: the column whose cells name the most distinct components.
        var allRows: [(cells: [[MarkdownInline]], line: Int)] = table.rows.enumerated().map { ($1, table.line(ofRow: $0)) }
        if labelColumn == nil {
            var best: (column: Int, count: Int) = (0, 0)
            // Labels stand in one of the first columns and are short: a wide or wordy table costs no matching.
            for c in 0..<min(columns, Self.maxLabelColumn + 1) {
                var ids: Set<ComponentID> = []
                func add(_ row: [[MarkdownInline]]) {
                    guard c < row.count else { return }
                    let text = Self.cellText(row[c])
                    // Counting characters walks graphemes: the byte count bounds it from above, and equals it for
                    // ASCII text.
                    let bytes = text.utf8.count
                    guard bytes <= Self.maxLabelLength
                            || (text.utf8.contains { $0 >= 0x80 } && text.count <= Self.maxLabelLength),
                          let id = match(text).component else { return }
                    ids.insert(id)
                }
                add(table.header)
                for row in table.rows { add(row) }
                if ids.count > best.count { best = (c, ids.count) }
            }
            guard best.count >= 3 else { return nil }
            labelColumn = best.column
            headerIsData = true
        }
        guard let label = labelColumn else { return nil }
        if headerIsData { allRows.insert((table.header, table.headerLine), at: 0) }

        var textColumn: Int? = nil
        if !headerIsData {
            textColumn = folded.indices.first { $0 != label && Self.textHeaders.contains(folded[$0]) }
        }
        if textColumn == nil, label + 1 < columns { textColumn = label + 1 }
        let numberColumn: Int? = label > 0 ? label - 1 : nil

        var rows: [Row] = []
        var labelOnly: Int?  // index in `rows` of a row with a label and no text, waiting for its continuation
        for (cells, line) in allRows {
            // Each cell's text read once: the label and number cells were read a second time (callgrind).
            let texts = cells.map { Self.cellText($0) }
            func text(_ c: Int?) -> String {
                guard let c, c < texts.count else { return "" }
                return texts[c]
            }
            let nonEmpty = texts.filter { !$0.isEmpty }
            // The column-number row under the header: "| 1 | 2 | 3 |".
            if nonEmpty.isEmpty || nonEmpty.allSatisfy(Self.isColumnNumber) { continue }
            let labelText = text(label)
            var blocks: [MarkdownBlock] = []
            if let t = textColumn, t < cells.count { blocks = TableCell.blocks(cells[t], line: line) }
            // Further columns ("Keterangan") follow the text.
            for c in 0..<min(columns, cells.count) where c != label && c != textColumn && c != numberColumn {
                blocks += TableCell.blocks(cells[c], line: line)
            }
            if labelText.isEmpty {
                // A group row written in another column ("A. Penyampaian Pelayanan (Service Delivery)").
                if nonEmpty.count == 1, match(nonEmpty[0]).kind == .group {
                    labelOnly = nil
                    continue
                }
                // The second line of a row split in two: its text belongs to the row above.
                if let last = rows.indices.last {
                    rows[last].blocks += blocks
                    labelOnly = nil
                }
                continue
            }
            let found = match(labelText)
            // A label split over two rows: "Sistem, Mekanisme" then "dan Prosedur" (the second row has no number;
            // a numbered row after an empty one is the next component).
            if let waiting = labelOnly, text(numberColumn).isEmpty,
               found.component == nil || found.component == rows[waiting].match.component {
                let joined = rows[waiting].label + " " + labelText
                let joinedMatch = match(joined)
                if joinedMatch.component != nil {
                    rows[waiting].label = joined
                    rows[waiting].match = joinedMatch
                    rows[waiting].blocks += blocks
                    labelOnly = blocks.isEmpty ? waiting : nil
                    continue
                }
            }
            if case .group = found.kind { labelOnly = nil; continue }
            rows.append(Row(label: labelText, line: line, match: found, blocks: blocks))
            labelOnly = blocks.isEmpty ? rows.count - 1 : nil
        }
        let ids = Set(rows.compactMap { $0.match.component })
        guard ids.count >= 2 else { return nil }
        let shape = ComponentTableShape(columns: columns, labelColumn: label, textColumn: textColumn,
                                        numberColumn: numberColumn, line: table.headerLine + bodyLineOffset)
        return Recognized(shape: shape, rows: rows)
    }

    static let maxLabelColumn = 3
    static let maxLabelLength = 160

    /// A cell's visible text on one line.
    static func cellText(_ cell: [MarkdownInline]) -> String {
        // A one-line cell (most cells) is its text trimmed once (`TableCell.lines` split, trimmed and read each
        // line twice: 2.4k instructions a cell).
        if !TableCell.mayHoldLines(cell) { return MarkdownInline.plainText(cell).trimmed }
        return cellTextByLines(cell)
    }

    /// `cellText` line by line: the visible text of each line, trimmed, joined by spaces.
    static func cellTextByLines(_ cell: [MarkdownInline]) -> String {
        TableCell.lines(cell).map { MarkdownInline.plainText($0).trimmed }.joined(separator: " ").trimmed
    }

    /// "1", "(2)", "3.": the numbers some tables print under their header.
    static func isColumnNumber(_ text: String) -> Bool {
        let core = text.filter { $0 != "(" && $0 != ")" && $0 != "." }
        return !core.isEmpty && core.count <= 2 && core.allSatisfy { $0.isASCII && $0.isNumber }
    }
}
