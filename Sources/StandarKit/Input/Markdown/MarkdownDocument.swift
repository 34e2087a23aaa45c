/// A parsed Markdown body as Swift value types. Produced once by `MarkdownParser` (the only file that talks to
/// cmark-gfm); everything downstream reads these values.
public struct MarkdownDocument: Sendable {
    public var blocks: [MarkdownBlock]
    /// What the source rules out, read from its bytes by the parser (true when not known). Raw HTML needs a "<"
    /// in the source; a tab in the text needs a tab or an entity ("&#9;"), which starts with "&". Rules that
    /// look for them in every paragraph skip a document that cannot hold them.
    public var mayHoldRawHTML = true
    public var mayHoldTab = true

    public init(blocks: [MarkdownBlock]) { self.blocks = blocks }
}

/// A block with the 1-based lines it spans in the parsed text.
public struct MarkdownBlock: Sendable {
    public var kind: Kind
    public var startLine: Int
    public var endLine: Int

    public init(kind: Kind, startLine: Int, endLine: Int) {
        self.kind = kind
        self.startLine = startLine
        self.endLine = endLine
    }

    /// Only the large cases are boxed: the others fit in 16 bytes (boxing every case, `indirect enum`, cost one
    /// allocation and its release per block).
    public enum Kind: Sendable {
        case paragraph([MarkdownInline])
        case heading(level: Int, [MarkdownInline])
        case blockQuote([MarkdownBlock])
        indirect case list(MarkdownList)
        indirect case codeBlock(info: String, code: String)
        /// Raw HTML: never rendered (safe mode); kept so rules can tell the author it was dropped.
        case html(String)
        case thematicBreak
        indirect case table(MarkdownTable)
    }
}

public struct MarkdownList: Sendable {
    public var ordered: Bool
    public var start: Int
    public var tight: Bool
    public var items: [MarkdownListItem]
}

public struct MarkdownListItem: Sendable {
    public var blocks: [MarkdownBlock]
    /// nil for an ordinary item; true/false for a task-list item ("- [x]" / "- [ ]").
    public var taskChecked: Bool?
}

public struct MarkdownTable: Sendable {
    public enum Alignment: Sendable { case none, left, center, right }
    public var alignments: [Alignment]
    public var header: [[MarkdownInline]]
    public var rows: [[[MarkdownInline]]]
    /// 1-based line of the header row and of each body row (same count as `rows`), in the parsed text.
    public var headerLine: Int = 0
    public var rowLines: [Int] = []

    public init(alignments: [Alignment], header: [[MarkdownInline]], rows: [[[MarkdownInline]]],
                headerLine: Int = 0, rowLines: [Int] = []) {
        self.alignments = alignments
        self.header = header
        self.rows = rows
        self.headerLine = headerLine
        self.rowLines = rowLines
    }

    /// The line of body row `index`, falling back to the header line.
    public func line(ofRow index: Int) -> Int {
        index >= 0 && index < rowLines.count ? rowLines[index] : headerLine
    }
}

/// Only links and images are boxed: every other case fits in 16 bytes, so text, the most common inline, is
/// stored in its array without an allocation of its own (`indirect enum` boxed every case).
public enum MarkdownInline: Sendable {
    case text(String)
    case code(String)
    case emphasis([MarkdownInline])
    case strong([MarkdownInline])
    case strikethrough([MarkdownInline])
    indirect case link(url: String, title: String, [MarkdownInline])
    indirect case image(url: String, title: String, alt: [MarkdownInline])
    case softBreak
    case lineBreak
    /// Raw inline HTML: never rendered.
    case html(String)
}
