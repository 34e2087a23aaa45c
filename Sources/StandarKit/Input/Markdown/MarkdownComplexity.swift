#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Bounds what cmark-gfm is given. Debian's cmark-gfm 0.29.0.gfm.6 lacks upstream's fixes for quadratic inputs,
/// and the parse runs under the process-wide cmark lock, so one hostile file would stall the whole check.
/// `check` reads the body once, line by line (no allocation per line), and reports the first construct whose
/// cost in cmark-gfm grows faster than the text; real standards are far below every bound.
///
/// Each bound with the measurement it comes from (cmark-gfm alone, 2 cores shared, release build):
/// - table rows: a header or delimiter row with C cells costs C² (32,768 cells: 1.1 s; 65,536: 15 s), and every
///   body row is padded to the header's width (682 columns × 2,048 one-cell rows: 0.56 s and 330 MB;
///   16 KB of them: 5 GB); bound: `maxColumns` cells per row and `maxTableCells` cells per file;
/// - nesting: every line walks all open lists and block quotes (4,096 nested quotes and 8,192 lazy lines: 0.17 s,
///   growing with both); bound: `maxNesting` levels;
/// - paragraphs: `www.` autolinks cost count² per paragraph (13,107: 4.5 s), `[` openers the same (`![[]()`
///   ×10,922: 0.66 s), `<?`, `<!X` and `<![` scan to the end of the paragraph each (count × length; 214 M:
///   0.18 s), `@` (e-mail autolinks) the same (17 G: 5.6 s); the bounds hold for the sum over all paragraphs of
///   the file, since many paragraphs just under a per-paragraph bound add up;
/// - nodes: emphasis delimiters, lines and blocks are bounded per file (linear, but heavy in time and memory).
public enum MarkdownComplexity {
    /// Cells in one table row (header, delimiter or body).
    public static let maxColumns = 128
    /// Cells of all tables of one file, counting body rows at the header's width.
    public static let maxTableCells = 25_000
    /// Blocks of one file (paragraphs, list items, quotes, headings, table rows, rules): each is a node in
    /// cmark-gfm and a value in Standar's model (65,536 list items: 0.48 s and 87 MB for `check`).
    public static let maxBlocks = 20_000
    /// Nested lists and block quotes.
    public static let maxNesting = 32
    /// Paragraph work, summed over the file: Σ (`[` in a paragraph)², Σ (`www.` in a paragraph)²,
    /// Σ (`<?`, `<!X`, `<![` in a paragraph) × its length, Σ (`@` in a paragraph) × its length.
    public static let maxBracketWork = 16_000_000
    public static let maxWWWWork = 2_500_000
    public static let maxHTMLScanWork = 20_000_000
    public static let maxAtScanWork = 20_000_000
    /// Emphasis and strikethrough delimiters (`*`, `_`, `~`) in the file: an unmatched one is a text node of its
    /// own (20,000 in each of 13 paragraphs: 0.97 s and 74 MB for `check`).
    public static let maxDelimiters = 20_000
    /// Lines with text in the file: each is a text node, and a line break one more (130,000 one-letter lines:
    /// 0.39 s and 89 MB for `check`; 40,000: 0.20 s and 48 MB).
    public static let maxLines = 40_000

    /// The bytes of a block of 16 that the inline scan counts (* < @ [ W _ w ~), as bits (bit i: byte i is one of
    /// them).
    @inline(__always)
    static func inlineMarkerBits(_ v: SIMD16<UInt8>) -> UInt32 { ByteBlock.bits(inlineMarkerLanes(v)) }

    /// The lanes of a block of 16 that hold a byte the inline scan counts.
    @inline(__always)
    static func inlineMarkerLanes(_ v: SIMD16<UInt8>) -> SIMDMask<SIMD16<Int8>> {
        // Lowercasing W to w with a bit (0x57 | 0x20 = 0x77) also maps 0x5F "_" to 0x7F and 0x5B "[" to 0x7B,
        // so compare the raw block for those two.
        typealias Block = SIMD16<UInt8>
        let folded: Block = v | Block(repeating: 0x20)
        var hits: SIMDMask<SIMD16<Int8>> = v .== Block(repeating: 0x2A)
        hits = hits .| (v .== Block(repeating: 0x3C))
        hits = hits .| (v .== Block(repeating: 0x40))
        hits = hits .| (v .== Block(repeating: 0x5B))
        hits = hits .| (v .== Block(repeating: 0x5F))
        hits = hits .| (v .== Block(repeating: 0x7E))
        hits = hits .| (folded .== Block(repeating: 0x77))
        return hits
    }

    /// The lanes of a block of 16 that may hold a byte the inline scan counts: every lane `inlineMarkerLanes`
    /// sets but those of a `w` or `W` alone, and a few more (`] ^ { } DEL`, `` ` ``, and the control characters
    /// 0x0A and 0x1C; not `|`, which would send every table row through the scan), for fewer compares.
    /// Lowercased with a bit, the bytes tested are 0x2A, 0x3C, 0x60, 0x7B and the range 0x7D–0x7F; a `w` or `W`
    /// counts only when the byte after it is one too (`next`: the block one byte further on), since the scan
    /// counts `w` only as the start of `www.`, and Indonesian words hold many a lone `w` (`waktu`, `wajib`:
    /// a fifth of the lines of real standards went through the inline scan for them). `scanLine` gathers these
    /// lanes to skip the inline scan of a line without any; the scan tests the exact bytes, so a lane set in
    /// excess costs one scan and changes no count.
    @inline(__always)
    static func mayBeInlineMarkerLanes(_ v: SIMD16<UInt8>, next: SIMD16<UInt8>) -> SIMDMask<SIMD16<Int8>> {
        typealias Block = SIMD16<UInt8>
        let folded: Block = v | Block(repeating: 0x20)
        var hits: SIMDMask<SIMD16<Int8>> = (folded &- Block(repeating: 0x7D)) .< Block(repeating: 3)
        hits = hits .| (folded .== Block(repeating: 0x7B))
        hits = hits .| (folded .== Block(repeating: 0x2A))
        hits = hits .| (folded .== Block(repeating: 0x3C))
        hits = hits .| (folded .== Block(repeating: 0x60))
        let pairs = (folded .== Block(repeating: 0x77)) .& ((next | Block(repeating: 0x20)) .== Block(repeating: 0x77))
        return hits .| pairs
    }

    /// The first construct over a bound; `line` is 1-based within the text given.
    public struct Problem: Equatable, Sendable {
        public enum Kind: Equatable, Sendable {
            case tableRow(cells: Int)
            case tableCells(cells: Int)
            case blocks(count: Int)
            case lines(count: Int)
            case nesting(depth: Int)
            case brackets(count: Int)
            case www(count: Int)
            case delimiters(count: Int)
            case htmlMarkers(count: Int)
            case atSigns(count: Int)
        }
        public var kind: Kind
        public var line: Int
    }

    /// True when the line from `start` holds only `=`, `-`, `*` or `_` and spaces: a setext underline or a rule.
    static func onlyRule(_ line: UnsafeBufferPointer<UInt8>, from start: Int) -> Bool {
        var any = false
        for k in start..<line.count {
            switch line[k] {
            case 0x3D, 0x2D, 0x2A, 0x5F: any = true
            case 0x20, 0x09, 0x0B, 0x0D: break
            default: return false
            }
        }
        return any
    }

    /// The 16 bytes of `buffer` from `offset`; near the end of the buffer, the bytes past it read as zero (no
    /// line end, pipe or marker). `offset` is within the buffer or at its end.
    @inline(__always)
    static func block(_ buffer: UnsafeBufferPointer<UInt8>, at offset: Int) -> SIMD16<UInt8> {
        guard let base = buffer.baseAddress else { return SIMD16() }
        if offset &+ 16 <= buffer.count {
            return UnsafeRawPointer(base + offset).loadUnaligned(as: SIMD16<UInt8>.self)
        }
        var v = SIMD16<UInt8>()
        for t in 0..<(buffer.count - offset) { v[t] = buffer[offset + t] }
        return v
    }

    /// How many times `byte` occurs in `line[from..<to]`; memchr finds the first.
    static func count(_ byte: UInt8, in line: UnsafeBufferPointer<UInt8>, from: Int, to: Int) -> Int {
        guard let base = line.baseAddress, from < to, let hit = memchr(base + from, Int32(byte), to - from)
        else { return 0 }
        var n = 0
        for k in (UnsafeRawPointer(hit) - UnsafeRawPointer(base))..<to where line[k] == byte { n += 1 }
        return n
    }

    /// The end of the line that starts at `start` (the first LF or CR, or the end of the buffer), whether the
    /// line holds a `|`, and whether it may hold one of the bytes the inline scan counts (a superset but for lone
    /// `w` and `W`, see `mayBeInlineMarkerLanes`: fewer compares a block): one pass of blocks, whose lanes are
    /// gathered at the end of the line only. Most lines hold neither, and skip the pipe count and the inline scan
    /// (two memchr for the line end, one for the pipes and a scan of every line were most of this check: 48 M
    /// instructions of a 1,000-service build). Inlined in `check`: the call spilled its state at every line.
    @inline(__always)
    static func scanLine(_ buffer: UnsafeBufferPointer<UInt8>, from start: Int) -> (end: Int, pipes: Bool, markers: Bool) {
        typealias Block = SIMD16<UInt8>
        // An empty line (a third of the lines of real standards) ends where it starts.
        if start < buffer.count, buffer[start] == 0x0A || buffer[start] == 0x0D { return (start, false, false) }
        var pipes = ByteBlock.Lanes(repeating: false)
        var markers = ByteBlock.Lanes(repeating: false)
        guard let base = buffer.baseAddress else { return (buffer.count, false, false) }
        var k = start
        while k < buffer.count {
            // Past the end of the buffer, the blocks read zeros: no line end, pipe or marker. `next` starts one
            // byte further on, for the byte after each lane.
            let whole = k &+ 17 <= buffer.count
            let v = whole ? UnsafeRawPointer(base + k).loadUnaligned(as: Block.self) : block(buffer, at: k)
            let next = whole ? UnsafeRawPointer(base + (k &+ 1)).loadUnaligned(as: Block.self)
                : block(buffer, at: k &+ 1)
            let ends = ByteBlock.equal(v, 0x0A) .| ByteBlock.equal(v, 0x0D)
            let pipeLanes = ByteBlock.equal(v, 0x7C)
            let markerLanes = mayBeInlineMarkerLanes(v, next: next)
            let words = unsafeBitCast(ends, to: SIMD2<UInt64>.self)
            if words[0] | words[1] != 0 {
                let end = ByteBlock.bits(ends).trailingZeroBitCount
                let index = Block(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15)
                let before = index .< Block(repeating: UInt8(truncatingIfNeeded: end))
                pipes = pipes .| (pipeLanes .& before)
                markers = markers .| (markerLanes .& before)
                return (k &+ end, ByteBlock.any(pipes), ByteBlock.any(markers))
            }
            pipes = pipes .| pipeLanes
            markers = markers .| markerLanes
            k &+= 16
        }
        return (buffer.count, ByteBlock.any(pipes), ByteBlock.any(markers))
    }

    /// The paragraph being read (its first line, its bytes and the markers of its quadratic constructs) and the
    /// work of the paragraphs before it (see `maxBracketWork` and the bounds after it).
    struct Paragraphs {
        var start = 1
        var bytes = 0
        var brackets = 0, www = 0, htmlMarkers = 0, atSigns = 0
        var bracketWork = 0, wwwWork = 0, htmlWork = 0, atWork = 0

        /// Ends the paragraph being read: adds its work to that of the paragraphs before it, and returns the
        /// problem when a bound is crossed.
        mutating func end() -> Problem? {
            // A paragraph without `[`, `www.`, `<?`, `<!X` or `@` adds no work, so no bound can be newly crossed:
            // most end here (every list item and heading ends one; adding and testing their zeros was 2 M
            // instructions of a 1,000-service build).
            if brackets | www | htmlMarkers | atSigns == 0 {
                bytes = 0
                return nil
            }
            defer {
                bytes = 0
                brackets = 0; www = 0; htmlMarkers = 0; atSigns = 0
            }
            bracketWork += brackets * brackets
            wwwWork += www * www
            htmlWork += htmlMarkers * bytes
            atWork += atSigns * bytes
            if htmlWork > maxHTMLScanWork {
                return Problem(kind: .htmlMarkers(count: htmlMarkers), line: start)
            }
            if atWork > maxAtScanWork {
                return Problem(kind: .atSigns(count: atSigns), line: start)
            }
            return nil
        }
    }

    public static func check(_ text: String) -> Problem? {
        var text = text
        return text.withUTF8 { check(utf8: $0) }
    }

    public static func check(utf8 buffer: UnsafeBufferPointer<UInt8>) -> Problem? {
        var lineNumber = 0
        var tableCells = 0
        var tableColumns = 0          // columns of the table being read, 0 outside tables
        var tableLine = 0             // its delimiter row
        var previousPipes = -1        // cells of the previous line when it had a pipe, else -1
        var previousBlank = true
        var previousRule = false      // the previous line was an underline or a thematic break
        var blocks = 0
        var textLines = 0
        // Content column of each open list item: the first `openLists` entries. At most `maxNesting` stay open
        // from a line to the next (more is a problem), and a line adds at most `maxNesting` (more markers are one),
        // so fixed storage of twice that holds them all (arrays checked their uniqueness at every change, through
        // calls: 2.6 M instructions of a 1,000-service build).
        var listIndents = InlineArray<64, Int>(repeating: 0)
        var openLists = 0
        // Content column of each list marker on the line being read: its first `markers` entries, overwritten line
        // after line. Only the first `maxNesting` are kept: a line with more is a problem before they are read.
        var contentColumns = InlineArray<32, Int>(repeating: 0)
        var fence: UInt8 = 0          // ` or ~ inside a fenced code block
        var fenceLength = 0
        var delimiters = 0
        // The paragraph being read, and the work of those before it: a value with a method, not variables
        // captured by a local function (their copies were stored again at every line).
        var paragraphs = Paragraphs()

        var lineStart = 0
        while lineStart < buffer.count {
            // cmark-gfm ends a line at LF, CR or CRLF: the first of them.
            let scan = scanLine(buffer, from: lineStart)
            let lineEnd = scan.end
            let crlf = lineEnd + 1 < buffer.count && buffer[lineEnd] == 0x0D && buffer[lineEnd + 1] == 0x0A
            defer { lineStart = lineEnd + (crlf ? 2 : 1) }
            lineNumber += 1
            let line = UnsafeBufferPointer(rebasing: buffer[lineStart..<lineEnd])
            func isSpace(_ at: Int) -> Bool {
                at < line.count && (line[at] == 0x20 || line[at] == 0x09 || line[at] == 0x0D || line[at] == 0x0B)
            }

            func isMarkerSpace(_ at: Int) -> Bool {
                at < line.count && (line[at] == 0x20 || line[at] == 0x09)
            }

            // Container prefix: indentation, block quote markers and list markers.
            var i = 0
            while isSpace(i) { i += 1 }
            let indent = i
            if i == line.count {   // blank line
                if let problem = paragraphs.end() { return problem }
                previousBlank = true
                previousRule = false
                previousPipes = -1
                tableColumns = 0
                continue
            }
            textLines += 1
            if textLines > maxLines { return Problem(kind: .lines(count: textLines), line: lineNumber) }
            var quotes = 0
            var markers = 0
            var firstMarkerColumn = -1
            prefix: while i < line.count {
                let c = line[i]
                if c == 0x3E {   // >
                    quotes += 1
                    i += 1
                } else if (c == 0x2D || c == 0x2A || c == 0x2B) && (i + 1 == line.count || isMarkerSpace(i + 1)) {
                    if firstMarkerColumn < 0 { firstMarkerColumn = i }
                    markers += 1
                    i += 1
                    if markers <= contentColumns.count { contentColumns[markers - 1] = i + 1 }
                } else if (0x30...0x39).contains(c) {
                    var j = i
                    while j < line.count, j - i < 9, (0x30...0x39).contains(line[j]) { j += 1 }
                    guard j < line.count, line[j] == 0x2E || line[j] == 0x29, j + 1 == line.count || isMarkerSpace(j + 1)
                    else { break prefix }
                    if firstMarkerColumn < 0 { firstMarkerColumn = i }
                    markers += 1
                    i = j + 1
                    if markers <= contentColumns.count { contentColumns[markers - 1] = i + 1 }
                } else {
                    break prefix
                }
                while isSpace(i) { i += 1 }
            }
            if quotes + markers > maxNesting {
                return Problem(kind: .nesting(depth: quotes + markers), line: lineNumber)
            }

            // Fenced code: no inline parsing inside, and no containers to count.
            var j = i
            if j < line.count, line[j] == 0x60 || line[j] == 0x7E {
                let mark = line[j]
                while j < line.count, line[j] == mark { j += 1 }
                let run = j - i
                if run >= 3 {
                    if fence == 0 {
                        fence = mark
                        fenceLength = run
                    } else if fence == mark, run >= fenceLength {
                        fence = 0
                    }
                    if let problem = paragraphs.end() { return problem }
                    previousBlank = false
                    previousPipes = -1
                    continue
                }
            }
            if fence != 0 { continue }

            // Open lists: a list marker closes the items indented deeper than it; a paragraph at the left margin
            // after a blank line closes them all. Lazy lines keep them open, as cmark-gfm does.
            if firstMarkerColumn >= 0 {
                while openLists > 0, listIndents[openLists - 1] > firstMarkerColumn { openLists -= 1 }
                for m in 0..<markers {
                    listIndents[openLists] = contentColumns[m]
                    openLists += 1
                }
            } else if indent == 0, quotes == 0, previousBlank {
                openLists = 0
            }
            let depth = openLists + quotes
            if depth > maxNesting {
                return Problem(kind: .nesting(depth: depth), line: lineNumber)
            }

            // Table rows: count the cells of this line. `i` is at the first byte after the container prefix,
            // which is not white space.
            // Without a pipe (`scanLine` tells), a line is one cell, whatever its first and last bytes.
            var pipes = 0
            var cells = 1
            if scan.pipes {
                var first: UInt8 = 0
                for k in i..<line.count where !isSpace(k) && line[k] != 0 {
                    first = line[k]
                    break
                }
                var end = line.count
                while end > i, isSpace(end - 1) { end -= 1 }
                let last: UInt8 = end > i ? line[end - 1] : 0
                // The prefix has no pipe, and the bytes from `end` on are white space: the pipes are those of
                // `i..<end`.
                pipes = count(0x7C, in: line, from: i, to: end)
                // "| a | b |" has two cells: a leading and a trailing pipe open none.
                cells = max(1, pipes + 1 - (first == 0x7C ? 1 : 0) - (last == 0x7C && pipes > 1 ? 1 : 0))
            }
            // A delimiter row holds `-`, `|`, `:` and white space only; after the prefix, whose white space is
            // skipped, it starts with one of the first three. Trailing white space changes neither test.
            var onlyDelimiterRow = false
            var dashes = false
            if i < line.count, line[i] == 0x2D || line[i] == 0x7C || line[i] == 0x3A {
                onlyDelimiterRow = true
                for k in i..<line.count {
                    switch line[k] {
                    case 0x2D: dashes = true
                    case 0x7C, 0x3A, 0x20, 0x09, 0x0D, 0x0B: break
                    default: onlyDelimiterRow = false
                    }
                    if !onlyDelimiterRow { break }
                }
            }
            if onlyDelimiterRow, dashes, !previousBlank {
                // A delimiter row: the line above is the header.
                let header = max(previousPipes, 1)
                if cells > maxColumns || header > maxColumns {
                    return Problem(kind: .tableRow(cells: max(cells, header)), line: lineNumber)
                }
                tableColumns = header
                tableLine = lineNumber
                tableCells += header * 2
            } else if tableColumns > 0 {
                if cells > maxColumns {
                    return Problem(kind: .tableRow(cells: cells), line: lineNumber)
                }
                tableCells += max(tableColumns, cells)
            }
            // Blocks: a line after a blank line or after a rule, a list item, a quote, a heading, a table row.
            // Only a line whose first byte after the prefix is `=`, `-`, `*` or `_` can be a rule.
            let rule = i < line.count && (line[i] == 0x3D || line[i] == 0x2D || line[i] == 0x2A || line[i] == 0x5F)
                && onlyRule(line, from: i)
            if previousBlank || previousRule || markers + quotes > 0 || tableColumns > 0 || rule
                || (i < line.count && line[i] == 0x23) {
                blocks += max(1, markers + quotes)
                if blocks > maxBlocks { return Problem(kind: .blocks(count: blocks), line: lineNumber) }
            }
            previousRule = rule
            if tableCells > maxTableCells {
                return Problem(kind: .tableCells(cells: tableCells), line: tableLine)
            }
            previousPipes = pipes > 0 ? cells : -1
            previousBlank = false

            // Paragraphs: a new block (list item, quote, heading, table row) starts a new one.
            let startsBlock = markers > 0 || quotes > 0 || pipes > 0 || (i < line.count && line[i] == 0x23)
            if startsBlock || paragraphs.bytes == 0 {
                if let problem = paragraphs.end() { return problem }
                paragraphs.start = lineNumber
            }
            paragraphs.bytes += line.count + 1
            // Every step loads the 16 bytes from `k` (bytes past the line end are masked off) and goes straight to
            // the first of [ * _ ~ < @ w W they hold, or past them all. Lines are short (70 bytes on average): the
            // bytes after the last whole block went one at a time through a scalar test, 60% of this scan.
            // Most lines hold none (`scanLine` tells, counting the prefix too): they skip the scan.
            var k = scan.markers ? i : line.count
            while k < line.count {
                let left = line.count &- k
                var bits = Self.inlineMarkerBits(block(buffer, at: lineStart &+ k))
                if left < 16 { bits &= (1 << UInt32(left)) &- 1 }
                if bits == 0 {
                    k &+= 16
                    continue
                }
                k &+= bits.trailingZeroBitCount
                let byte = line[k]
                switch byte {
                case 0x5B:
                    paragraphs.brackets += 1
                    if paragraphs.bracketWork + paragraphs.brackets * paragraphs.brackets > maxBracketWork {
                        return Problem(kind: .brackets(count: paragraphs.brackets), line: paragraphs.start)
                    }
                case 0x2A, 0x5F, 0x7E:
                    delimiters += 1
                    if delimiters > maxDelimiters {
                        return Problem(kind: .delimiters(count: delimiters), line: lineNumber)
                    }
                case 0x3C:
                    // "<?" and "<!X" or "<![" scan to the end of the paragraph when unclosed ("<!--" does not).
                    if k + 1 < line.count, line[k + 1] == 0x3F {
                        paragraphs.htmlMarkers += 1
                    } else if k + 2 < line.count, line[k + 1] == 0x21, line[k + 2] != 0x2D {
                        paragraphs.htmlMarkers += 1
                    }
                case 0x40:
                    paragraphs.atSigns += 1
                case 0x77, 0x57:
                    if k + 3 < line.count, line[k + 1] | 0x20 == 0x77, line[k + 2] | 0x20 == 0x77, line[k + 3] == 0x2E {
                        paragraphs.www += 1
                        if paragraphs.wwwWork + paragraphs.www * paragraphs.www > maxWWWWork {
                            return Problem(kind: .www(count: paragraphs.www), line: paragraphs.start)
                        }
                        k += 3
                    }
                default:
                    break   // not reached: the bits hold the bytes above only
                }
                k += 1
            }
        }
        return paragraphs.end()
    }
}
