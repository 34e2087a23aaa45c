#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Text pasted from Word into a standard, made into the Markdown the author meant — before cmark reads it.
///
/// Word's lists arrive as lines that start with "a.", "b)", "•", "–" or "·", or as tab-indented lines; cmark
/// reads them as one run-on paragraph (or, after a blank line, a tab-indented line as code). This rewrites such
/// lines into Markdown list items, nested under the item above where they are indented more (or where letters
/// follow a numbered item: "1. Syarat umum" then "a. KTP"). Lines are only ever rewritten in place — never added
/// or removed — so every line number of the parsed body is still the author's line number.
///
/// Untouched: fenced code, table rows (`|`), lines with a tab between texts (a pasted table: `pasted-table`
/// says how to write it), Markdown's own list items that are not tab-indented, and capital "A." / "B." lines
/// (component or group numbering, not list items).
public enum PastedText {
    struct Open {
        /// Indentation of the source line, in columns (a tab to the next multiple of 4).
        var indent: Int
        var style: TableCell.Style
        /// Indentation of the item's marker in the output, and where its content starts.
        var outputIndent: Int
        var contentOffset: Int
    }

    /// Deeper indentation is written as siblings at this depth.
    static let maxDepth = 8

    public static func normalize(_ body: String) -> String {
        guard mayChange(body) else { return body }
        var changed = false
        var out: [Substring] = []
        var rewritten: [Int: String] = [:]
        var stack: [Open] = []
        var fence: Character?
        let lines = body.split(separator: "\n", omittingEmptySubsequences: false)
        out.reserveCapacity(lines.count)
        for (index, line) in lines.enumerated() {
            out.append(line)
            var column = 0
            var hasTab = false
            var rest = line[...]
            while let c = rest.first, c == " " || c == "\t" {
                if c == "\t" { hasTab = true; column = (column / 4 + 1) * 4 } else { column += 1 }
                rest = rest.dropFirst()
            }
            // Fenced code is left alone.
            if column < 4, let c = rest.first, c == "`" || c == "~", rest.hasPrefix(String(repeating: c, count: 3)) {
                if fence == nil { fence = c } else if fence == c { fence = nil }
                stack.removeAll()
                continue
            }
            if fence != nil { continue }
            let content = rest.utf8.last == 0x0D ? rest.dropLast() : rest
            if content.isEmpty { continue }
            if content.first == "|" || content.utf8.contains(0x09) {
                stack.removeAll()
                continue
            }
            let marker = ListMarker.parse(content)
            let native = marker.map { isNative(content, $0) } ?? false
            // Markdown's own items, as written.
            if let marker, native, !hasTab {
                while let top = stack.last, top.outputIndent >= column { stack.removeLast() }
                let width = content.distance(from: content.startIndex, to: marker.end) + 1
                stack.append(Open(indent: column, style: marker.style, outputIndent: column, contentOffset: column + width))
                continue
            }
            var style: TableCell.Style
            var text: Substring
            var outputMarker: String
            if let marker, marker.style != .letter || content.first?.isLowercase == true {
                text = content[marker.end...].drop { $0 == " " || $0 == "\t" }
                style = marker.style
                outputMarker = marker.style == .bullet ? "-" : "\(max(1, marker.number))."
            } else if hasTab, index > 0, !(lines[index - 1].allSatisfy { $0 == " " || $0 == "\t" || $0 == "\r" }) || !stack.isEmpty {
                // A tab-indented line under a line of text or an item: an item of Word's indented list.
                text = content
                style = .bullet
                outputMarker = "-"
            } else {
                if column == 0 { stack.removeAll() }
                continue
            }
            if text.isEmpty { continue }
            // "c. …" alone under a paragraph cannot start a Markdown list (only "1." can interrupt one): rewriting
            // it would only change the author's letter into a number.
            if style == .letter, stack.isEmpty, outputMarker != "1.", index > 0,
               !lines[index - 1].allSatisfy({ $0 == " " || $0 == "\t" || $0 == "\r" }) {
                continue
            }
            var outputIndent = 0
            placing: while let top = stack.last {
                if top.indent == column && top.style == style {
                    outputIndent = top.outputIndent
                    stack.removeLast()
                    break placing
                }
                if column > top.indent || (column == top.indent && rank(style) > rank(top.style)) {
                    // Nesting stops at a depth no real list reaches, so hostile indentation stays shallow.
                    outputIndent = stack.count >= maxDepth ? top.outputIndent : top.contentOffset
                    if stack.count >= maxDepth { stack.removeLast() }
                    break placing
                }
                stack.removeLast()
            }
            stack.append(Open(indent: column, style: style, outputIndent: outputIndent,
                              contentOffset: outputIndent + outputMarker.count + 1))
            let carriage = rest.utf8.last == 0x0D ? "\r" : ""
            rewritten[index] = String(repeating: " ", count: outputIndent) + outputMarker + " " + text + carriage
            changed = true
        }
        guard changed else { return body }
        var result = ""
        result.reserveCapacity(body.utf8.count + 64)
        for (index, line) in out.enumerated() {
            if index > 0 { result += "\n" }
            if let new = rewritten[index] { result += new } else { result += line }
        }
        return result
    }

    /// False when no line can be rewritten, decided on the bytes (most bodies): a line is rewritten only when it
    /// is indented with a tab, or starts (after spaces) with a letter marker ("a." / "b)") or with a bullet that
    /// Markdown does not read itself (every such bullet is a non-ASCII character).
    static func mayChange(_ body: String) -> Bool {
        var body = body
        return body.withUTF8 { bytes in
            guard let base = bytes.baseAddress else { return false }
            var i = 0
            let n = bytes.count
            while i < n {
                // At a line start: only its first byte after spaces matters; memchr finds the next line (a loop
                // over every byte was 1.7% of check's CPU).
                while i < n, bytes[i] == 0x20 { i += 1 }
                guard i < n else { break }
                let b = bytes[i]
                if b == 0x09 { return true }
                if b >= 0x80 {
                    // Only a non-ASCII bullet can be rewritten ("± 30 menit" cannot: 11% of generated bodies
                    // started a line so and took the slow path, 6% of check's CPU).
                    let rest = UnsafeBufferPointer(rebasing: bytes[i...])
                    if nonASCIIBullets.contains(where: { rest.starts(with: $0) }) { return true }
                } else if (b | 0x20) >= 0x61, (b | 0x20) <= 0x7A, i + 1 < n, bytes[i + 1] == 0x2E || bytes[i + 1] == 0x29 {
                    return true
                }
                guard let newline = memchr(base + i, 0x0A, n - i) else { break }
                i = UnsafeRawPointer(newline) - UnsafeRawPointer(base) + 1
            }
            return false
        }
    }

    /// The UTF-8 bytes of each non-ASCII bullet `ListMarker` knows.
    static let nonASCIIBullets: [[UInt8]] = ListMarker.bullets.map { Array(String($0).utf8) }.filter { $0.count > 1 }

    /// Markdown reads "-", "*", "+" and "1." / "1)" as list markers itself.
    static func isNative(_ content: Substring, _ marker: ListMarker) -> Bool {
        switch marker.style {
        case .number: true
        case .letter: false
        case .bullet: content.first == "-" || content.first == "*" || content.first == "+"
        }
    }

    /// Numbers hold letters, letters hold bullets: "1." then "a." then "•".
    static func rank(_ style: TableCell.Style) -> Int {
        switch style {
        case .number: 0
        case .letter: 1
        case .bullet: 2
        }
    }
}
