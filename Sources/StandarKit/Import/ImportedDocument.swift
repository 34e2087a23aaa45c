/// The neutral model a Word (.docx) or OpenDocument (.odt) file is read into: paragraphs, list items and tables,
/// with just the formatting a standard keeps (bold, line breaks, list levels, merged cells).
public struct ImportedDocument: Sendable, Equatable {
    public var blocks: [DocBlock]

    public init(blocks: [DocBlock]) {
        self.blocks = blocks
    }
}

public indirect enum DocBlock: Sendable, Equatable {
    case paragraph(DocParagraph)
    case table(DocTable)
}

public enum DocInline: Sendable, Equatable {
    case text(String, bold: Bool)
    case lineBreak
}

/// A paragraph's place in an automatically numbered or bulleted list.
public struct DocListMark: Sendable, Equatable {
    /// 0 for the outermost level.
    public var level: Int
    public var ordered: Bool
    /// Identifies the list (Word's numId, the ODT list style) so items of different lists are told apart.
    public var listID: String

    public init(level: Int, ordered: Bool, listID: String) {
        self.level = level
        self.ordered = ordered
        self.listID = listID
    }
}

public struct DocParagraph: Sendable, Equatable {
    public var inlines: [DocInline]
    /// 1 for "Heading 1" / outline level 1; nil for body text.
    public var headingLevel: Int?
    public var list: DocListMark?

    public init(inlines: [DocInline], headingLevel: Int? = nil, list: DocListMark? = nil) {
        self.inlines = inlines
        self.headingLevel = headingLevel
        self.list = list
    }

    /// The text with line breaks as "\n".
    public var plainText: String {
        var out = ""
        for inline in inlines {
            switch inline {
            case .text(let t, _): out += t
            case .lineBreak: out += "\n"
            }
        }
        return out
    }

    /// True when every visible character is bold.
    public var isBold: Bool {
        var any = false
        for case .text(let t, let bold) in inlines where !t.allSatisfy(\.isWhitespace) {
            if !bold { return false }
            any = true
        }
        return any
    }
}

public struct DocCell: Sendable, Equatable {
    public var blocks: [DocBlock]
    /// How many grid columns the cell covers (Word gridSpan, ODT number-columns-spanned).
    public var span: Int
    /// A vertically merged cell that continues the one above (Word vMerge, ODT covered cell).
    public var continuesAbove: Bool

    public init(blocks: [DocBlock], span: Int = 1, continuesAbove: Bool = false) {
        self.blocks = blocks
        self.span = max(1, span)
        self.continuesAbove = continuesAbove
    }

    public var plainText: String {
        blocks.map { block -> String in
            switch block {
            case .paragraph(let p): p.plainText
            case .table(let t): t.rows.map { $0.map(\.plainText).joined(separator: " ") }.joined(separator: "\n")
            }
        }.joined(separator: "\n")
    }
}

public struct DocTable: Sendable, Equatable {
    public var rows: [[DocCell]]

    public init(rows: [[DocCell]]) {
        self.rows = rows
    }

    /// The rows laid on the grid: a cell spanning n columns fills n positions (the first holds the cell, the
    /// others an empty placeholder), so column indexes line up across rows.
    public var gridRows: [[DocCell]] {
        rows.map { row in
            var out: [DocCell] = []
            for cell in row {
                out.append(cell)
                if cell.span > 1 {
                    for _ in 1..<min(cell.span, 64) { out.append(DocCell(blocks: [], span: 1, continuesAbove: cell.continuesAbove)) }
                }
            }
            return out
        }
    }
}
