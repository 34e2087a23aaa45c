/// Finds what front matter may not contain before Yams sees it: YAML anchors (`&name`) and aliases (`*name`),
/// complex mapping keys (`? key`, `[a, b]: c`) and nesting deeper than `maxDepth`.
///
/// Yams expands aliases while composing and drops the anchor names, so an alias bomb (nested aliases that
/// multiply) would cost exponential time before any check could run; aliases used as mapping keys are hashed
/// node by node for the duplicate-key check (a 240-byte line took 0.8 s, one more level 5.5 s). Complex keys
/// have no use in front matter (every key is a field name), and Yams composes nested collections recursively,
/// so nesting is bounded too. This scanner reads the text once: it looks for `&` or `*` where a YAML node
/// starts (after `key: `, `- `, `[`, `{`, `,` or a tag), outside quotes (which may span lines), comments and
/// block scalars (`|`, `>`). A `*` inside ordinary text ("*penting*" after other words) is not at a node start
/// and is left alone.
public enum YAMLAliasScanner {
    public struct Hit: Equatable, Sendable {
        public enum Kind: Equatable, Sendable {
            /// `&name` or `*name`.
            case anchorOrAlias
            /// `? key` or a flow collection used as a key.
            case complexKey
            /// Collections nested deeper than `maxDepth`.
            case tooDeep
        }
        /// 1-based line and column within the YAML text.
        public var line: Int
        public var column: Int
        public var kind: Kind = .anchorOrAlias
    }

    /// Deepest nesting accepted: flow collections (`[[...]]`) and block collections (indentation, `- - `).
    /// Front matter needs two levels (a mapping of lists).
    public static let maxDepth = 16

    /// The first anchor, alias, complex key or over-deep nesting in `yaml`, or nil.
    public static func firstAnchorOrAlias(in yaml: String) -> Hit? {
        var lineNumber = 0
        var blockIndent: Int?   // inside a block scalar whose parent node starts at this column
        var flowDepth = 0
        var quote: UInt8 = 0    // a quoted scalar may go on over several lines
        var closedFlow = false  // the last token was `]` or `}`: a `:` now makes the collection a key
        let all = Array(yaml.utf8)
        return all.withUnsafeBufferPointer { buffer -> Hit? in
        var lineStart = 0
        while lineStart <= buffer.count {
            var lineEnd = lineStart
            while lineEnd < buffer.count, buffer[lineEnd] != 0x0A { lineEnd += 1 }
            defer { lineStart = lineEnd + 1 }
            lineNumber += 1
            // Indices relative to the line.
            let line = UnsafeBufferPointer(rebasing: buffer[lineStart..<lineEnd])
            func isBlank(_ at: Int) -> Bool {
                at >= line.count || line[at] == 0x20 || line[at] == 0x09 || line[at] == 0x0D
            }
            var i = 0
            if quote == 0 {
                while i < line.count, isBlank(i) { i += 1 }
                let indent = i
                if let block = blockIndent {
                    if i == line.count || indent > block { continue }
                    blockIndent = nil
                }
                if i == line.count || line[i] == 0x23 { continue }   // blank or comment line
            }
            var atNodeStart = quote == 0
            var sawValueIndicator = false
            var blockIndicators = 0   // "- " and "? " opened on this line
            var keyColumn = i         // column where the current node began
            var parentColumn = i      // column of the collection a block scalar on this line belongs to
            while i < line.count {
                let c = line[i]
                if quote != 0 {
                    if c == quote {
                        if quote == 0x27, i + 1 < line.count, line[i + 1] == 0x27 { i += 2; continue }
                        quote = 0
                    } else if c == 0x5C, quote == 0x22 {
                        i += 1
                    }
                    i += 1
                    continue
                }
                if c == 0x20 || c == 0x09 || c == 0x0D {
                    i += 1
                    continue
                }
                if closedFlow, c != 0x3A { closedFlow = false }
                switch c {
                case 0x23 where i == 0 || isBlank(i - 1):   // comment
                    i = line.count
                    continue
                case 0x26, 0x2A:   // & *
                    if atNodeStart, !isBlank(i + 1) {
                        return Hit(line: lineNumber, column: i + 1)
                    }
                    atNodeStart = false
                case 0x21 where atNodeStart:   // tag: "!!str &a" — the node starts after it
                    while i < line.count, !isBlank(i) { i += 1 }
                    continue
                case 0x22 where atNodeStart, 0x27 where atNodeStart:
                    quote = c
                    keyColumn = i
                    atNodeStart = false
                case 0x2D where atNodeStart && flowDepth == 0 && isBlank(i + 1):   // "- "
                    blockIndicators += 1
                    if blockIndicators + flowDepth > maxDepth || i > 4 * maxDepth {
                        return Hit(line: lineNumber, column: i + 1, kind: .tooDeep)
                    }
                    parentColumn = i
                    keyColumn = i + 1
                    i += 1
                    continue
                case 0x3F where atNodeStart && isBlank(i + 1):   // "? " explicit key
                    return Hit(line: lineNumber, column: i + 1, kind: .complexKey)
                case 0x3A where isBlank(i + 1) || flowDepth > 0 && (line[i + 1] == 0x2C || closedFlow):
                    if closedFlow {
                        return Hit(line: lineNumber, column: i + 1, kind: .complexKey)
                    }
                    if flowDepth == 0, keyColumn > 4 * maxDepth {
                        return Hit(line: lineNumber, column: keyColumn + 1, kind: .tooDeep)
                    }
                    atNodeStart = true
                    sawValueIndicator = true
                    parentColumn = keyColumn
                case 0x5B, 0x7B:   // [ {
                    if atNodeStart || flowDepth > 0 {
                        flowDepth += 1
                        if flowDepth + blockIndicators > maxDepth {
                            return Hit(line: lineNumber, column: i + 1, kind: .tooDeep)
                        }
                        atNodeStart = true
                    } else {
                        atNodeStart = false
                    }
                case 0x5D, 0x7D:
                    if flowDepth > 0 { closedFlow = true }
                    flowDepth = max(0, flowDepth - 1)
                    atNodeStart = false
                case 0x2C where flowDepth > 0:
                    atNodeStart = true
                case 0x7C where atNodeStart && flowDepth == 0, 0x3E where atNodeStart && flowDepth == 0:   // | > block scalar
                    var j = i + 1
                    while j < line.count, !isBlank(j), line[j] != 0x23 { j += 1 }
                    while j < line.count, isBlank(j) { j += 1 }
                    if j == line.count || line[j] == 0x23 {
                        blockIndent = sawValueIndicator || blockIndicators > 0 ? parentColumn : max(0, keyColumn - 1)
                    }
                    i = line.count
                    continue
                default:
                    if atNodeStart { keyColumn = i }
                    atNodeStart = false
                }
                i += 1
            }
        }
        return nil
        }
    }
}
