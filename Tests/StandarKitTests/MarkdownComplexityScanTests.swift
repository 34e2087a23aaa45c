import Foundation
import Testing
@testable import StandarKit

/// `MarkdownComplexity.check` as it was before its inline scan loaded a masked block at every step (the bytes
/// after the last whole block of a line went one at a time through a scalar test) and before one pass of blocks
/// found the line end and told which lines hold pipes or inline markers (memchr found the end and the pipes, and
/// every line was scanned), and before paragraphs without inline markers skipped the work sums and lines whose
/// first byte cannot start a rule skipped the rule test: the reference the fast scans must match, problem for
/// problem.
enum ReferenceMarkdownComplexity {
    typealias Problem = MarkdownComplexity.Problem
    static let maxColumns = MarkdownComplexity.maxColumns
    static let maxTableCells = MarkdownComplexity.maxTableCells
    static let maxBlocks = MarkdownComplexity.maxBlocks
    static let maxNesting = MarkdownComplexity.maxNesting
    static let maxBracketWork = MarkdownComplexity.maxBracketWork
    static let maxWWWWork = MarkdownComplexity.maxWWWWork
    static let maxHTMLScanWork = MarkdownComplexity.maxHTMLScanWork
    static let maxAtScanWork = MarkdownComplexity.maxAtScanWork
    static let maxDelimiters = MarkdownComplexity.maxDelimiters
    static let maxLines = MarkdownComplexity.maxLines

    /// The bytes the inline scan counts, as bit sets over 0x00–0x3F and 0x40–0x7F: * < and @ [ W _ w ~.
    static let inlineMarkersLow: UInt64 = 1 << 0x2A | 1 << 0x3C
    static let inlineMarkersHigh: UInt64 = 1 << (0x40 - 0x40) | 1 << (0x5B - 0x40) | 1 << (0x57 - 0x40)
        | 1 << (0x5F - 0x40) | 1 << (0x77 - 0x40) | 1 << (0x7E - 0x40)

    static func inlineMarkerBits(_ v: SIMD16<UInt8>) -> UInt32 { MarkdownComplexity.inlineMarkerBits(v) }

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

    /// The end of the line that starts at `start`: the first LF or CR, or the end of the buffer.
    static func endOfLine(_ buffer: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        guard let base = buffer.baseAddress, start < buffer.count else { return buffer.count }
        var end = buffer.count
        if let lf = memchr(base + start, 0x0A, buffer.count - start) {
            end = start + (UnsafeRawPointer(lf) - UnsafeRawPointer(base + start))
        }
        if end > start, let cr = memchr(base + start, 0x0D, end - start) {
            end = start + (UnsafeRawPointer(cr) - UnsafeRawPointer(base + start))
        }
        return end
    }

    /// How many times `byte` occurs in `line[from..<to]`; memchr finds the first, most lines have none.
    static func count(_ byte: UInt8, in line: UnsafeBufferPointer<UInt8>, from: Int, to: Int) -> Int {
        guard let base = line.baseAddress, from < to, let hit = memchr(base + from, Int32(byte), to - from)
        else { return 0 }
        var n = 0
        for k in (UnsafeRawPointer(hit) - UnsafeRawPointer(base))..<to where line[k] == byte { n += 1 }
        return n
    }

    static func check(utf8 buffer: UnsafeBufferPointer<UInt8>) -> Problem? {
        var lineNumber = 0
        var tableCells = 0
        var tableColumns = 0          // columns of the table being read, 0 outside tables
        var tableLine = 0             // its delimiter row
        var previousPipes = -1        // cells of the previous line when it had a pipe, else -1
        var previousBlank = true
        var previousRule = false      // the previous line was an underline or a thematic break
        var blocks = 0
        var textLines = 0
        var listIndents: [Int] = []   // content column of each open list item
        var contentColumns: [Int] = []    // content column of each list marker on the line being read
        var fence: UInt8 = 0          // ` or ~ inside a fenced code block
        var fenceLength = 0
        // The paragraph being read.
        var segmentStart = 1
        var segmentBytes = 0
        var brackets = 0, www = 0, delimiters = 0, htmlMarkers = 0, atSigns = 0
        // The work of the paragraphs before this one.
        var bracketWork = 0, wwwWork = 0, htmlWork = 0, atWork = 0

        func endSegment() -> Problem? {
            defer {
                segmentBytes = 0
                brackets = 0; www = 0; htmlMarkers = 0; atSigns = 0
            }
            bracketWork += brackets * brackets
            wwwWork += www * www
            htmlWork += htmlMarkers * segmentBytes
            atWork += atSigns * segmentBytes
            if htmlWork > maxHTMLScanWork {
                return Problem(kind: .htmlMarkers(count: htmlMarkers), line: segmentStart)
            }
            if atWork > maxAtScanWork {
                return Problem(kind: .atSigns(count: atSigns), line: segmentStart)
            }
            return nil
        }

        var lineStart = 0
        while lineStart < buffer.count {
            // cmark-gfm ends a line at LF, CR or CRLF: the first LF, then the first CR before it (memchr, not a
            // loop over every byte: this scan runs over every body of the site).
            let lineEnd = endOfLine(buffer, from: lineStart)
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
                if let problem = endSegment() { return problem }
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
            contentColumns.removeAll(keepingCapacity: true)
            prefix: while i < line.count {
                let c = line[i]
                if c == 0x3E {   // >
                    quotes += 1
                    i += 1
                } else if (c == 0x2D || c == 0x2A || c == 0x2B) && (i + 1 == line.count || isMarkerSpace(i + 1)) {
                    if firstMarkerColumn < 0 { firstMarkerColumn = i }
                    markers += 1
                    i += 1
                    contentColumns.append(i + 1)
                } else if (0x30...0x39).contains(c) {
                    var j = i
                    while j < line.count, j - i < 9, (0x30...0x39).contains(line[j]) { j += 1 }
                    guard j < line.count, line[j] == 0x2E || line[j] == 0x29, j + 1 == line.count || isMarkerSpace(j + 1)
                    else { break prefix }
                    if firstMarkerColumn < 0 { firstMarkerColumn = i }
                    markers += 1
                    i = j + 1
                    contentColumns.append(i + 1)
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
                    if let problem = endSegment() { return problem }
                    previousBlank = false
                    previousPipes = -1
                    continue
                }
            }
            if fence != 0 { continue }

            // Open lists: a list marker closes the items indented deeper than it; a paragraph at the left margin
            // after a blank line closes them all. Lazy lines keep them open, as cmark-gfm does.
            if firstMarkerColumn >= 0 {
                while let last = listIndents.last, last > firstMarkerColumn { listIndents.removeLast() }
                listIndents.append(contentsOf: contentColumns)
            } else if indent == 0, quotes == 0, previousBlank {
                listIndents.removeAll(keepingCapacity: true)
            }
            let depth = listIndents.count + quotes
            if depth > maxNesting {
                return Problem(kind: .nesting(depth: depth), line: lineNumber)
            }

            // Table rows: count the cells of this line. `i` is at the first byte after the container prefix,
            // which is not white space.
            var first: UInt8 = 0
            for k in i..<line.count where !isSpace(k) && line[k] != 0 {
                first = line[k]
                break
            }
            var end = line.count
            while end > i, isSpace(end - 1) { end -= 1 }
            let last: UInt8 = end > i ? line[end - 1] : 0
            var onlyDelimiterRow = true
            var dashes = false
            for k in i..<end {
                switch line[k] {
                case 0x2D: dashes = true
                case 0x7C, 0x3A, 0x20, 0x09, 0x0D, 0x0B: break
                default: onlyDelimiterRow = false
                }
                if !onlyDelimiterRow { break }
            }
            let pipes = count(0x7C, in: line, from: i, to: end)
            // "| a | b |" has two cells: a leading and a trailing pipe open none.
            let cells = max(1, pipes + 1 - (first == 0x7C ? 1 : 0) - (last == 0x7C && pipes > 1 ? 1 : 0))
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
            let rule = onlyRule(line, from: i)
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
            if startsBlock || segmentBytes == 0 {
                if let problem = endSegment() { return problem }
                segmentStart = lineNumber
            }
            segmentBytes += line.count + 1
            var k = i
            while k < line.count {
                // Most 16-byte blocks hold none of [ * _ ~ < @ w W: skip them with vector compares, and go
                // straight to the first that one holds (stepping a byte at a time to it tested the block again
                // at every byte: about 300 instructions for each "w" of a text).
                if k + 16 <= line.count, let base = line.baseAddress {
                    let bits = Self.inlineMarkerBits(UnsafeRawPointer(base + k).loadUnaligned(as: SIMD16<UInt8>.self))
                    if bits == 0 {
                        k += 16
                        continue
                    }
                    k += bits.trailingZeroBitCount
                }
                // Most bytes are none of them either: skip them with one test.
                let byte = line[k]
                if byte >= 0x80 || (byte < 0x40 ? (Self.inlineMarkersLow >> UInt64(byte)) & 1 == 0
                                                : (Self.inlineMarkersHigh >> UInt64(byte - 0x40)) & 1 == 0) {
                    k += 1
                    continue
                }
                switch byte {
                case 0x5B:
                    brackets += 1
                    if bracketWork + brackets * brackets > maxBracketWork {
                        return Problem(kind: .brackets(count: brackets), line: segmentStart)
                    }
                case 0x2A, 0x5F, 0x7E:
                    delimiters += 1
                    if delimiters > maxDelimiters {
                        return Problem(kind: .delimiters(count: delimiters), line: lineNumber)
                    }
                case 0x3C:
                    // "<?" and "<!X" or "<![" scan to the end of the paragraph when unclosed ("<!--" does not).
                    if k + 1 < line.count, line[k + 1] == 0x3F {
                        htmlMarkers += 1
                    } else if k + 2 < line.count, line[k + 1] == 0x21, line[k + 2] != 0x2D {
                        htmlMarkers += 1
                    }
                case 0x40:
                    atSigns += 1
                case 0x77, 0x57:
                    if k + 3 < line.count, line[k + 1] | 0x20 == 0x77, line[k + 2] | 0x20 == 0x77, line[k + 3] == 0x2E {
                        www += 1
                        if wwwWork + www * www > maxWWWWork { return Problem(kind: .www(count: www), line: segmentStart) }
                        k += 3
                    }
                default:
                    break
                }
                k += 1
            }
        }
        return endSegment()
    }
}

/// The inline scan of `MarkdownComplexity.check` against the reference, over seeded random texts built from
/// fragments of Markdown (some repeated until a bound is near or crossed) and over lines of every length around
/// the 16-byte block, ending at the end of the buffer or not.
@Suite struct MarkdownComplexityScanTests {
    /// The two scans on the same bytes, held in an array of exactly their size (a block past the last line then
    /// reaches beyond the buffer: the zero-filled copy is exercised too).
    static func both(_ bytes: [UInt8]) -> (fast: MarkdownComplexity.Problem?, reference: MarkdownComplexity.Problem?) {
        bytes.withUnsafeBufferPointer { (MarkdownComplexity.check(utf8: $0), ReferenceMarkdownComplexity.check(utf8: $0)) }
    }

    static let fragments = [
        "a", "kata ", "Persyaratan", " ", "  ", "\t", "é", "ü", "—", "日本", "[", "]", "![", "](x)", "*", "**", "_", "~", "~~",
        "<", "<?", "<!X", "<![", "<!--", "@", "a@b.c", "www.", "WWW.", "wWw.", "ww", "w", "W", "Ww.", "|", " | ",
        "`", "```", "~~~", "#", "> ", "- ", "* ", "+ ", "1. ", "12) ", "---", "===", ":-:", "\r", "\0", "\u{0B}",
    ]

    static func randomLine(_ g: inout TemplateProgramTests.Seeded) -> String {
        (0..<Int.random(in: 0...24, using: &g)).map { _ in fragments.randomElement(using: &g) ?? "" }.joined()
    }

    @Test func matchesTheReferenceOnRandomTexts() {
        var g = TestSeed.generator(0x5CA1)
        let breaks = ["\n", "\r\n", "\r", "\n\n"]
        var problems = 0
        for round in 0..<1_500 {
            var text = ""
            for _ in 0..<Int.random(in: 0...30, using: &g) {
                var line = Self.randomLine(&g)
                if Int.random(in: 0..<40, using: &g) == 0 {
                    // A line repeated until a bound comes near: long paragraphs, tables, lists.
                    let times = Int.random(in: 100...6_000, using: &g)
                    line = Array(repeating: line, count: times).joined(separator: breaks.randomElement(using: &g) ?? "\n")
                }
                text += line + (breaks.randomElement(using: &g) ?? "\n")
            }
            if round % 3 == 0, !text.isEmpty { text.removeLast() }
            let result = Self.both(Array(text.utf8))
            if result.reference != nil { problems += 1 }
            #expect(result.fast == result.reference, "\(text.prefix(300))")
        }
        // The draw crosses bounds as well as staying below them.
        #expect(problems > 10)
    }

    @Test func linesOfEveryLengthAroundABlock() {
        let markers = Array("[*_~<@wW|".utf8)
        for length in 0...40 {
            for at in 0..<max(1, length) {
                for marker in markers {
                    var line = Array(repeating: UInt8(ascii: "a"), count: length)
                    if length > 0 { line[at] = marker }
                    for tail in [[], [0x0A], [0x0A, 0x62, 0x0A], [0x0D, 0x0A, 0x0A]] as [[UInt8]] {
                        let bytes = Array(repeating: line + [0x0A], count: 3).joined() + line + tail
                        let result = Self.both(Array(bytes))
                        #expect(result.fast == result.reference, "\(length) \(at) \(marker)")
                    }
                }
            }
        }
    }

    /// The bytes `mayBeInlineMarkerLanes` sets a lane for whatever the byte after them: the markers of the inline
    /// scan but `w` and `W`, and the few it takes in excess (`] ^ { } DEL`, a backtick, and the control characters
    /// 0x0A and 0x1C). A `w` or `W` sets its lane when the byte after it is one too.
    static let mayBeMarkers = Set("*<@[_~]^{}`".utf8).union([0x7F, 0x0A, 0x1C])

    /// Whether `byte` is `w` or `W`.
    static func isW(_ byte: UInt8) -> Bool { byte == 0x77 || byte == 0x57 }

    /// Every byte value, at every lane, before a byte `a`, `w`, `W` or `.`: `mayBeInlineMarkerLanes` sets the
    /// lanes `inlineMarkerLanes` sets but those of a `w` or `W` not followed by one, and more only for the bytes it
    /// documents (not `|`, nor `\\`, whose lowercased value is `|`).
    @Test func mayBeMarkerLanesHoldTheExactOnes() {
        for byte in UInt8.min...UInt8.max {
            for lane in 0..<16 {
                for after in Array("awW.".utf8) {
                    var v = SIMD16<UInt8>(repeating: 0x61)
                    v[lane] = byte
                    var next = SIMD16<UInt8>(repeating: 0x61)
                    next[lane] = after
                    let exact = ByteBlock.bits(MarkdownComplexity.inlineMarkerLanes(v))
                    let maybe = ByteBlock.bits(MarkdownComplexity.mayBeInlineMarkerLanes(v, next: next))
                    let pair = Self.isW(byte) && Self.isW(after)
                    #expect(Self.isW(byte) && !pair || exact & ~maybe == 0, "\(byte) \(after)")
                    let expected = Self.mayBeMarkers.contains(byte) || pair
                    #expect(maybe == (expected ? 1 << UInt32(lane) : 0), "\(byte) \(lane) \(after)")
                }
            }
        }
    }

    /// `scanLine` (line end, whether a pipe comes before it, and whether an inline marker may) against a
    /// byte-by-byte reference, from every start of seeded random buffers of up to 70 bytes (ends of the buffer
    /// within a block: the zero-filled copy). The markers flag is set for every line with a marker (`www.` for
    /// the `w`), and only for lines with a byte of `mayBeMarkers` or two `w` or `W` in a row; lines with a lone
    /// `w` skip the inline scan.
    @Test func lineScanMatchesAByteByByteReference() {
        var g = TestSeed.generator(0x11E5)
        let bytes = Array("ab |*_~<@[wW.\r\n é]^{}`\\wWwW..".utf8) + [0x00, 0x0B, 0x80, 0x7F, 0x1C, 0x5C]
        let markers = Set("*<@[_~".utf8)
        var inExcess = 0, loneW = 0, pairs = 0
        for _ in 0..<3_000 {
            let buffer = (0..<Int.random(in: 0...70, using: &g)).map { _ in
                Int.random(in: 0..<3, using: &g) == 0 ? bytes.randomElement(using: &g) ?? 0x61 : 0x61
            }
            buffer.withUnsafeBufferPointer { b in
                for start in 0...b.count {
                    let end = b[start...].firstIndex { $0 == 0x0A || $0 == 0x0D } ?? b.count
                    let scan = MarkdownComplexity.scanLine(b, from: start)
                    #expect(scan.end == end, "\(buffer) \(start)")
                    #expect(scan.pipes == b[start..<end].contains(0x7C), "\(buffer) \(start)")
                    let www = (start..<end).contains { k in
                        k + 3 < end && Self.isW(b[k]) && Self.isW(b[k + 1]) && Self.isW(b[k + 2]) && b[k + 3] == 0x2E
                    }
                    let pair = (start..<end).contains { k in k + 1 < end && Self.isW(b[k]) && Self.isW(b[k + 1]) }
                    let exact = www || b[start..<end].contains { markers.contains($0) }
                    #expect(!exact || scan.markers, "\(buffer) \(start)")
                    #expect(scan.markers == pair || b[start..<end].contains { Self.mayBeMarkers.contains($0) },
                            "\(buffer) \(start)")
                    if scan.markers, !exact { inExcess += 1 }
                    if !scan.markers, b[start..<end].contains(where: Self.isW) { loneW += 1 }
                    if pair { pairs += 1 }
                }
            }
        }
        // Lines whose flag is set in excess are drawn (their scan must find no marker: the reference test), lines
        // with a `w` that skip the scan, and lines with two in a row.
        #expect(inExcess > 100)
        #expect(loneW > 100)
        #expect(pairs > 100)
    }

    /// `www.`, `ww` and `wW` at every position of lines of every length around the 16-byte block (a pair across
    /// two blocks, and at the end of the buffer), with lone `w` around: the fast check matches the reference, and
    /// crosses the `www.` bound where it does.
    @Test func wwwAtEveryPositionAroundABlock() {
        for length in 0...40 {
            for at in 0...length {
                for marker in ["www.", "ww", "Ww", "wW.", "w", "WWW."] {
                    let line = String(repeating: "aw", count: length / 2) + String(repeating: "a", count: length % 2)
                    let bytes = Array(line.utf8)
                    let marked = Array(bytes[..<at]) + Array(marker.utf8) + Array(bytes[at...])
                    for tail in [[], [0x0A], [0x0D, 0x0A]] as [[UInt8]] {
                        let text = Array(repeating: marked + [0x0A], count: 3).joined() + marked + tail
                        let result = Self.both(Array(text))
                        #expect(result.fast == result.reference, "\(length) \(at) \(marker)")
                    }
                }
            }
        }
        // 1,582 `www.` in one paragraph cross the bound (1,581² ≤ 2,500,000 < 1,582²), each after lone `w`.
        for count in [1_581, 1_582] {
            let text = Array(repeating: "waktu www.", count: count).joined(separator: "\n") + "\n"
            let result = Self.both(Array(text.utf8))
            #expect(result.fast == result.reference)
            #expect((result.fast != nil) == (count > 1_581))
        }
    }

    /// The content columns of a line's list markers are kept in a scratch array that is overwritten, not emptied:
    /// lines with fewer markers than the line before must not see the stale entries (nesting around the bound,
    /// markers deeper and shallower, a fence in between).
    @Test func listMarkersAfterLinesWithMoreMarkers() {
        let deep = String(repeating: "- ", count: MarkdownComplexity.maxNesting) + "a"
        let texts = [
            "- - - a\n- b\n  - c\n1. - d\n",
            "\(deep)\n- b\n" + String(repeating: "  ", count: 16) + "- c\n",
            String(repeating: "- ", count: 20) + "a\n" + String(repeating: "  ", count: 20) + String(repeating: "- ", count: 13) + "b\n",
            String(repeating: "- ", count: 20) + "a\n" + String(repeating: "  ", count: 20) + String(repeating: "- ", count: 12) + "b\n",
            "- - a\n```\n- - - - b\n```\n   - c\n12) 3. - d\n\ne\n- f\n",
            "\(deep)- b\n",
        ]
        for text in texts {
            let result = Self.both(Array(text.utf8))
            #expect(result.fast == result.reference, "\(text)")
        }
        #expect(Self.both(Array(texts[3].utf8)).fast == nil)
        #expect(Self.both(Array(texts[2].utf8)).fast != nil)
    }

    /// Open lists and the markers of a line are kept in fixed storage (at most `maxNesting` open from a line to
    /// the next, and as many markers on a line): filled to the most they hold, and past it, the check matches the
    /// reference and stops at the nesting bound without overrunning them.
    @Test func listStorageAtItsBounds() {
        let n = MarkdownComplexity.maxNesting
        // Line k opens one list more, at column 2k: `depth` lines leave `depth` open.
        func staircase(_ depth: Int) -> String {
            (0..<depth).map { String(repeating: " ", count: 2 * $0) + "- a\n" }.joined()
        }
        let texts = [
            staircase(n), staircase(n + 1), staircase(n) + "\nb\n" + staircase(n),
            staircase(n) + String(repeating: " ", count: 2 * n) + String(repeating: "- ", count: n) + "b\n",
            staircase(n / 2) + String(repeating: " ", count: n) + String(repeating: "- ", count: n / 2) + "b\n",
            staircase(n / 2) + String(repeating: " ", count: n) + String(repeating: "- ", count: n / 2 + 1) + "b\n",
            String(repeating: "- ", count: n) + "a\n" + String(repeating: "1. ", count: n) + "b\n",
            String(repeating: "- ", count: 1_000) + "a\n", String(repeating: "12) ", count: n + 1) + "a\n",
            "```\n" + String(repeating: "- ", count: 1_000) + "a\n```\n" + staircase(n),
            String(repeating: "> ", count: n / 2) + String(repeating: "- ", count: n / 2) + "a\n" + staircase(n / 2),
        ]
        var problems = 0
        for text in texts {
            let result = Self.both(Array(text.utf8))
            #expect(result.fast == result.reference, "\(text.prefix(200))")
            if result.reference != nil { problems += 1 }
        }
        // Both sides of the bound are reached.
        #expect(problems >= 4)
        #expect(Self.both(Array(staircase(n).utf8)).fast == nil)
        let over = MarkdownComplexity.Problem(kind: .nesting(depth: n + 1), line: n + 1)
        #expect(Self.both(Array(staircase(n + 1).utf8)).fast == over)
    }

    /// Paragraphs without `[`, `www.`, `<?`, `<!X` or `@` end without adding work: between paragraphs that hold
    /// them, around the bounds of the HTML and `@` scans (crossed and not), and with rules and underlines of every
    /// first byte.
    @Test func paragraphsWithoutMarkersBetweenHeavyOnes() {
        var texts: [String] = []
        for heavy in ["<?", "<!X", "@", "[", "www."] {
            for count in [1, 40, 400, 2_000] {
                let line = String(repeating: heavy + " kata ", count: count)
                for filler in ["", "biasa saja\n", "- butir\n", "## Judul\n", "\n", "---\n", "===\n", "* * *\n", "_ _ _\n"] {
                    for repeats in [1, 3, 12] {
                        texts.append(Array(repeating: line + "\n" + filler + "teks\n\n", count: repeats).joined())
                    }
                }
            }
        }
        var problems = 0, clean = 0
        for text in texts {
            let result = Self.both(Array(text.utf8))
            #expect(result.fast == result.reference, "\(text.prefix(200))")
            if result.reference == nil { clean += 1 } else { problems += 1 }
        }
        // Both sides of the bounds are reached.
        #expect(problems > 10)
        #expect(clean > 10)
        // Lines that are rules or underlines, or only look like them, after every first byte.
        for first in ["=", "-", "*", "_", "+", "#", "a", ">", "1.", " "] {
            for rest in ["", "=", "--", " * *", "_x", "   ", "-a"] {
                let text = "para\n" + first + rest + "\nteks\n\n" + first + rest + "\n"
                let result = Self.both(Array(text.utf8))
                #expect(result.fast == result.reference, "\(text)")
            }
        }
    }

    /// Lines without a pipe are one cell and skip the pipe count; delimiter rows are recognized from their first
    /// byte after the prefix: header and delimiter rows of every shape, after a paragraph or a blank line, in
    /// lists and quotes, with white space around, up to and over the bounds of columns and cells.
    @Test func tableRowsWithAndWithoutPipes() {
        let headers = ["a | b", "| a | b |", "a", "| a", "a |", "-", "> a | b", "- a | b", "  | a |  "]
        let delimiters = ["---", "-|-", "|---|---|", ":-:", " :--- | ---: ", "|", "- ---", "> ---|---", "--- \t", "-:", ":", "a-"]
        let bodies = ["x", "x | y | z", "| x |", "", "   ", "- x", "|||"]
        for header in headers {
            for delimiter in delimiters {
                for body in bodies {
                    for gap in ["", "\n"] {
                        let text = "teks\n" + header + "\n" + gap + delimiter + "\n" + body + "\n" + body + "\n"
                        let result = Self.both(Array(text.utf8))
                        #expect(result.fast == result.reference, "\(text)")
                    }
                }
            }
        }
        // Around the bounds: columns of one row, and cells of a table.
        for columns in [127, 128, 129] {
            let row = Array(repeating: "a", count: columns).joined(separator: " | ")
            let text = row + "\n" + Array(repeating: "-", count: columns).joined(separator: "|") + "\nx\n"
            let result = Self.both(Array(text.utf8))
            #expect(result.fast == result.reference)
            #expect((result.fast != nil) == (columns > MarkdownComplexity.maxColumns))
        }
        // 126 columns: the header and delimiter rows count 252 cells, each body row 126; the 197th crosses.
        let header = Array(repeating: "a", count: 126).joined(separator: " | ")
        let delimiter = Array(repeating: "-", count: 126).joined(separator: "|")
        for rows in [196, 197, 198] {
            let text = header + "\n" + delimiter + "\n" + Array(repeating: "x", count: rows).joined(separator: "\n") + "\n"
            let result = Self.both(Array(text.utf8))
            #expect(result.fast == result.reference, "\(rows)")
            #expect((result.fast != nil) == (rows > 196), "\(rows)")
        }
    }

    @Test func boundsAtBlockEdges() {
        // Markers only at the last bytes of lines of 15, 16, 17, 31, 32 and 33 bytes: counted by the masked tail.
        for length in [15, 16, 17, 31, 32, 33] {
            for marker in ["[", "_", "www."] {
                let line = String(repeating: "a", count: length - marker.utf8.count) + marker
                let text = Array(repeating: line, count: 25_000).joined(separator: "\n")
                let result = Self.both(Array(text.utf8))
                #expect(result.fast == result.reference, "\(length) \(marker)")
                #expect(result.fast != nil)
            }
        }
        #expect(Self.both([]).fast == nil)
    }
}
