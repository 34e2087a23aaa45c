import CCmarkGFM
import Foundation

/// `cmark_parser_finish` mutates process-global tables of special characters in Debian's cmark-gfm (it adds the
/// extensions' characters before the inline pass and removes them after), so two inline passes must never
/// overlap. This lock guards the project's only global mutable state.
private let cmarkLock = NSLock()

/// Registers the GFM extensions once and finds the four the parser attaches (table, strikethrough, autolink,
/// tasklist, in that order; one missing is left out): thread-safe lazy initialization of a global, immutable
/// after it. Kept as addresses (an `OpaquePointer` is not `Sendable`); the registry keeps each extension for the
/// life of the process. Looked up by name at every parse, the four names' C strings and the searches cost about
/// 2,400 instructions a file.
private let attachedExtensions: [UInt] = {
    cmark_gfm_core_extensions_ensure_registered()
    return ["table", "strikethrough", "autolink", "tasklist"].compactMap { (name: String) -> UInt? in
        cmark_find_syntax_extension(name).map { UInt(bitPattern: Int(bitPattern: $0)) }
    }
}()

/// Parses Markdown with cmark-gfm (GFM tables, strikethrough, autolinks, task lists; safe mode) and converts
/// the result into `MarkdownDocument` values. All C calls of the project live in this file.
public enum MarkdownParser {
    /// Blocks or inlines nested deeper than this are flattened to text, so hostile input cannot exhaust the
    /// stack of the converter or the renderer.
    public static let maxDepth = 48

    public static func parse(_ text: String) -> MarkdownDocument {
        var text = text
        return text.withUTF8 { buffer in parse(utf8: buffer) }
    }

    public static func parse(utf8 buffer: UnsafeBufferPointer<UInt8>) -> MarkdownDocument {
        let options = CMARK_OPT_SAFE | CMARK_OPT_SOURCEPOS
        let extensions = attachedExtensions
        guard let parser = cmark_parser_new(options) else { return MarkdownDocument(blocks: []) }
        defer { cmark_parser_free(parser) }
        for address in extensions {
            if let ext = OpaquePointer(bitPattern: address) {
                cmark_parser_attach_syntax_extension(parser, ext)
            }
        }
        // Block parsing (`feed`) reads no global state: only the inline pass inside `finish` uses the special
        // character tables, so only `finish` is serialized (the lock held over the whole parse was 19% of
        // `check`'s CPU; `finish` is 8.5%).
        buffer.withMemoryRebound(to: CChar.self) { chars in
            if let base = chars.baseAddress {
                cmark_parser_feed(parser, base, chars.count)
            }
        }
        let root: OpaquePointer? = cmarkLock.withLock { cmark_parser_finish(parser) }
        guard let root else { return MarkdownDocument(blocks: []) }
        defer { cmark_node_free(root) }
        var document = MarkdownDocument(blocks: Converter.blocks(of: root, depth: 0))
        if let base = buffer.baseAddress {
            document.mayHoldRawHTML = memchr(base, 0x3C, buffer.count) != nil
            document.mayHoldTab = memchr(base, 0x09, buffer.count) != nil || memchr(base, 0x26, buffer.count) != nil
        }
        return document
    }
}

/// Walks a cmark node tree. Reading a finished tree touches no global state, so it runs outside the lock.
private enum Converter {
    static func type(_ node: OpaquePointer) -> String {
        guard let c = cmark_node_get_type_string(node) else { return "" }
        return String(cString: c)
    }

    /// The node types the converter tells apart.
    enum Kind {
        case paragraph, heading, blockQuote, list, codeBlock, htmlBlock, thematicBreak, table
        case text, code, softBreak, lineBreak, htmlInline, emphasis, strong, strikethrough, link, image
        case other
    }

    /// A node's kind: from its number when no extension owns it (no string is built: naming every node was
    /// most of the converter's time), by name otherwise (tables, strikethrough, task items: their numbers are
    /// not in the installed headers).
    static func kind(_ node: OpaquePointer) -> Kind {
        if cmark_node_get_syntax_extension(node) == nil {
            switch cmark_node_get_type(node) {
            case CMARK_NODE_PARAGRAPH: return .paragraph
            case CMARK_NODE_HEADING: return .heading
            case CMARK_NODE_BLOCK_QUOTE: return .blockQuote
            case CMARK_NODE_LIST: return .list
            case CMARK_NODE_CODE_BLOCK: return .codeBlock
            case CMARK_NODE_HTML_BLOCK: return .htmlBlock
            case CMARK_NODE_THEMATIC_BREAK: return .thematicBreak
            case CMARK_NODE_TEXT: return .text
            case CMARK_NODE_CODE: return .code
            case CMARK_NODE_SOFTBREAK: return .softBreak
            case CMARK_NODE_LINEBREAK: return .lineBreak
            case CMARK_NODE_HTML_INLINE: return .htmlInline
            case CMARK_NODE_EMPH: return .emphasis
            case CMARK_NODE_STRONG: return .strong
            case CMARK_NODE_LINK: return .link
            case CMARK_NODE_IMAGE: return .image
            default: return .other
            }
        }
        return namedKind(node)
    }

    /// The kind of a node an extension owns, from its type name. Kept out of `kind(_:)`, which runs for every
    /// node: the string and its release made the common path save and restore every register (35 instructions
    /// a node, 4 M of a 1,000-service build).
    @inline(never)
    static func namedKind(_ node: OpaquePointer) -> Kind {
        switch type(node) {
        case "paragraph": return .paragraph
        case "heading": return .heading
        case "block_quote": return .blockQuote
        case "list": return .list
        case "code_block": return .codeBlock
        case "html_block": return .htmlBlock
        case "thematic_break": return .thematicBreak
        case "table": return .table
        case "text": return .text
        case "code": return .code
        case "softbreak": return .softBreak
        case "linebreak": return .lineBreak
        case "html_inline": return .htmlInline
        case "emph": return .emphasis
        case "strong": return .strong
        case "strikethrough": return .strikethrough
        case "link": return .link
        case "image": return .image
        default: return .other
        }
    }

    static func string(_ c: UnsafePointer<CChar>?) -> String {
        guard let c else { return "" }
        return String(cString: c)
    }

    /// How many children `node` has. The arrays of a node's values are reserved at their size: grown one append
    /// at a time, every one of them was reallocated from empty (24 M instructions of a 1,000-service build).
    static func childCount(_ node: OpaquePointer) -> Int {
        var count = 0
        var child = cmark_node_first_child(node)
        while let c = child {
            count += 1
            child = cmark_node_next(c)
        }
        return count
    }

    static func blocks(of node: OpaquePointer, depth: Int) -> [MarkdownBlock] {
        guard let first = cmark_node_first_child(node) else { return [] }
        // One child (the paragraph of most list items): an array literal is allocated at its size in one step;
        // `reserveCapacity` on an empty array goes through `_consumeAndCreateNew` (a copy of no elements and a
        // release of the empty buffer), 190 instructions an array.
        if cmark_node_next(first) == nil {
            guard let only = block(first, depth: depth + 1) else { return [] }
            return [only]
        }
        var result: [MarkdownBlock] = []
        result.reserveCapacity(childCount(node))
        var child = cmark_node_first_child(node)
        while let c = child {
            if let block = block(c, depth: depth + 1) { result.append(block) }
            child = cmark_node_next(c)
        }
        return result
    }

    static func block(_ node: OpaquePointer, depth: Int) -> MarkdownBlock? {
        let start = Int(cmark_node_get_start_line(node))
        let end = max(start, Int(cmark_node_get_end_line(node)))
        func make(_ kind: MarkdownBlock.Kind) -> MarkdownBlock {
            MarkdownBlock(kind: kind, startLine: start, endLine: end)
        }
        if depth > MarkdownParser.maxDepth {
            return make(.paragraph([.text(flatText(node))]))
        }
        switch kind(node) {
        case .paragraph:
            return make(.paragraph(inlines(of: node, depth: depth)))
        case .heading:
            return make(.heading(level: Int(cmark_node_get_heading_level(node)), inlines(of: node, depth: depth)))
        case .blockQuote:
            return make(.blockQuote(blocks(of: node, depth: depth)))
        case .list:
            // The items are read straight from the child links: an array of the child nodes mapped to a second
            // one cost an allocation and its release per list.
            var items: [MarkdownListItem] = []
            items.reserveCapacity(childCount(node))
            var child = cmark_node_first_child(node)
            while let item = child {
                let checked: Bool? = cmark_node_get_syntax_extension(item) != nil && type(item) == "tasklist"
                    ? cmark_gfm_extensions_get_tasklist_item_checked(item) : nil
                items.append(MarkdownListItem(blocks: blocks(of: item, depth: depth + 1), taskChecked: checked))
                child = cmark_node_next(item)
            }
            let list = MarkdownList(
                ordered: cmark_node_get_list_type(node) == CMARK_ORDERED_LIST,
                start: Int(cmark_node_get_list_start(node)),
                tight: cmark_node_get_list_tight(node) != 0,
                items: items)
            return make(.list(list))
        case .codeBlock:
            return make(.codeBlock(info: string(cmark_node_get_fence_info(node)),
                                   code: string(cmark_node_get_literal(node))))
        case .htmlBlock:
            return make(.html(string(cmark_node_get_literal(node))))
        case .thematicBreak:
            return make(.thematicBreak)
        case .table:
            return make(.table(table(node, depth: depth)))
        default:
            // Unknown block (custom_block, footnote definitions): keep its text, never lose content.
            let text = flatText(node)
            return text.isEmpty ? nil : make(.paragraph([.text(text)]))
        }
    }

    static func table(_ node: OpaquePointer, depth: Int) -> MarkdownTable {
        let columns = Int(cmark_gfm_extensions_get_table_columns(node))
        var alignments: [MarkdownTable.Alignment] = []
        if let raw = cmark_gfm_extensions_get_table_alignments(node) {
            for i in 0..<columns {
                switch raw[i] {
                case UInt8(ascii: "l"): alignments.append(.left)
                case UInt8(ascii: "c"): alignments.append(.center)
                case UInt8(ascii: "r"): alignments.append(.right)
                default: alignments.append(.none)
                }
            }
        }
        var header: [[MarkdownInline]] = []
        var headerLine = Int(cmark_node_get_start_line(node))
        // Rows and cells are read straight from the child links, into arrays reserved at their size (all rows
        // but the header's are body rows): an array of the child nodes per row and per table, mapped to a second
        // one, and the rows grown one append at a time cost about 15,000 instructions a table.
        let bodyRows = max(0, childCount(node) - 1)
        var rows: [[[MarkdownInline]]] = []
        rows.reserveCapacity(bodyRows)
        var rowLines: [Int] = []
        rowLines.reserveCapacity(bodyRows)
        var child = cmark_node_first_child(node)
        while let row = child {
            child = cmark_node_next(row)
            var cells: [[MarkdownInline]] = []
            cells.reserveCapacity(childCount(row))
            var cellNode = cmark_node_first_child(row)
            while let cell = cellNode {
                cells.append(inlines(of: cell, depth: depth + 1))
                cellNode = cmark_node_next(cell)
            }
            let line = Int(cmark_node_get_start_line(row))
            if cmark_gfm_extensions_get_table_row_is_header(row) != 0 {
                header = cells
                if line > 0 { headerLine = line }
            } else {
                rows.append(cells)
                rowLines.append(line > 0 ? line : headerLine)
            }
        }
        return MarkdownTable(alignments: alignments, header: header, rows: rows, headerLine: headerLine,
                             rowLines: rowLines)
    }

    static func inlines(of node: OpaquePointer, depth: Int) -> [MarkdownInline] {
        guard let first = cmark_node_first_child(node) else { return [] }
        // One child (the text of most headings and list items): an array literal, as in `blocks(of:depth:)`.
        if cmark_node_next(first) == nil { return [inline(first, depth: depth + 1)] }
        var result: [MarkdownInline] = []
        result.reserveCapacity(childCount(node))
        var child = cmark_node_first_child(node)
        while let c = child {
            result.append(inline(c, depth: depth + 1))
            child = cmark_node_next(c)
        }
        return result
    }

    static func inline(_ node: OpaquePointer, depth: Int) -> MarkdownInline {
        if depth > MarkdownParser.maxDepth {
            return .text(flatText(node))
        }
        switch kind(node) {
        case .text: return .text(string(cmark_node_get_literal(node)))
        case .code: return .code(string(cmark_node_get_literal(node)))
        case .softBreak: return .softBreak
        case .lineBreak: return .lineBreak
        case .htmlInline: return .html(string(cmark_node_get_literal(node)))
        case .emphasis: return .emphasis(inlines(of: node, depth: depth))
        case .strong: return .strong(inlines(of: node, depth: depth))
        case .strikethrough: return .strikethrough(inlines(of: node, depth: depth))
        case .link:
            return .link(url: string(cmark_node_get_url(node)), title: string(cmark_node_get_title(node)),
                         inlines(of: node, depth: depth))
        case .image:
            return .image(url: string(cmark_node_get_url(node)), title: string(cmark_node_get_title(node)),
                          alt: inlines(of: node, depth: depth))
        default:
            return .text(flatText(node))
        }
    }

    /// The literal text below a node, gathered iteratively (no recursion, so any depth is safe).
    static func flatText(_ node: OpaquePointer) -> String {
        guard let iter = cmark_iter_new(node) else { return "" }
        defer { cmark_iter_free(iter) }
        var out = ""
        while true {
            let event = cmark_iter_next(iter)
            if event == CMARK_EVENT_DONE { break }
            guard event == CMARK_EVENT_ENTER, let current = cmark_iter_get_node(iter) else { continue }
            switch type(current) {
            case "text", "code":
                out += string(cmark_node_get_literal(current))
            case "softbreak", "linebreak", "paragraph", "heading", "item", "table_row":
                if !out.isEmpty, out.last != " " { out += " " }
            default:
                break
            }
        }
        return out
    }
}
