/// Finds YAML anchors (`&name`) and aliases (`*name`) in front matter before Yams sees it.
///
/// Yams expands aliases while composing and drops the anchor names, so an alias bomb (nested aliases that
/// multiply) would cost exponential time before any check could run. This scanner reads the text once: it
/// looks for `&` or `*` where a YAML node starts (after `key: `, `- `, `[`, `{`, `,` or a tag), outside quotes,
/// comments and block scalars (`|`, `>`). A `*` inside ordinary text ("*penting*" after other words) is not
/// at a node start and is left alone.
public enum YAMLAliasScanner {
    public struct Hit: Equatable, Sendable {
        /// 1-based line and column within the YAML text.
        public var line: Int
        public var column: Int
    }

    public static func firstAnchorOrAlias(in yaml: String) -> Hit? {
        var lineNumber = 0
        var blockIndent: Int?   // inside a block scalar started on a line with this indent
        var flowDepth = 0
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
            var i = 0
            while i < line.count, line[i] == 0x20 { i += 1 }
            let indent = i
            if let block = blockIndent {
                if i == line.count || indent > block { continue }
                blockIndent = nil
            }
            if i == line.count || line[i] == 0x23 { continue }   // blank or comment line
            var atNodeStart = true
            var quote: UInt8 = 0
            var sawValueIndicator = false
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
                switch c {
                case 0x20:
                    i += 1
                    continue
                case 0x23 where i == 0 || line[i - 1] == 0x20:   // comment
                    i = line.count
                    continue
                case 0x26, 0x2A:   // & *
                    if atNodeStart, i + 1 < line.count, line[i + 1] != 0x20 {
                        return Hit(line: lineNumber, column: i + 1)
                    }
                    atNodeStart = false
                case 0x21 where atNodeStart:   // tag: "!!str &a" — the node starts after it
                    while i < line.count, line[i] != 0x20 { i += 1 }
                    continue
                case 0x22, 0x27 where atNodeStart:
                    quote = c
                    atNodeStart = false
                case 0x2D where atNodeStart && (i + 1 == line.count || line[i + 1] == 0x20):   // "- "
                    i += 1
                    continue
                case 0x3F where atNodeStart && (i + 1 == line.count || line[i + 1] == 0x20):   // "? "
                    i += 1
                    continue
                case 0x3A where i + 1 == line.count || line[i + 1] == 0x20 || (flowDepth > 0 && line[i + 1] == 0x2C):
                    atNodeStart = true
                    sawValueIndicator = true
                case 0x5B, 0x7B:   // [ {
                    if atNodeStart || flowDepth > 0 { flowDepth += 1; atNodeStart = true } else { atNodeStart = false }
                case 0x5D, 0x7D:
                    flowDepth = max(0, flowDepth - 1)
                    atNodeStart = false
                case 0x2C where flowDepth > 0:
                    atNodeStart = true
                case 0x7C, 0x3E where atNodeStart && sawValueIndicator:   // | > block scalar
                    var j = i + 1
                    while j < line.count, line[j] != 0x20, line[j] != 0x23 { j += 1 }
                    while j < line.count, line[j] == 0x20 { j += 1 }
                    if j == line.count || line[j] == 0x23 { blockIndent = indent }
                    i = line.count
                    continue
                default:
                    atNodeStart = false
                }
                i += 1
            }
        }
        return nil
        }
    }
}
