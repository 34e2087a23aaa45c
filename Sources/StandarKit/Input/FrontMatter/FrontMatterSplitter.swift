/// Splits a content file into its YAML front matter and Markdown body by scanning UTF-8 bytes once.
public struct FrontMatterSplit: Sendable {
    public enum Problem: Sendable, Equatable {
        /// The file does not start with a `---` line.
        case missing
        /// `---` opens the front matter but no `---` (or `...`) line closes it.
        case unterminated
    }

    /// The YAML text between the fences ("" when the front matter is empty), nil when there is none.
    public var yaml: String?
    /// 1-based file line of the first YAML line.
    public var yamlStartLine: Int
    /// The Markdown body.
    public var body: String
    /// 1-based file line where the body starts.
    public var bodyStartLine: Int
    public var problem: Problem?

    public static func split(_ text: String) -> FrontMatterSplit {
        let bytes = Array(text.utf8)
        // Find the first line and check it is a fence.
        func lineEnd(from start: Int) -> Int {
            var i = start
            while i < bytes.count, bytes[i] != 0x0A { i += 1 }
            return i
        }
        func isFence(_ start: Int, _ end: Int, closing: Bool) -> Bool {
            var e = end
            while e > start, bytes[e - 1] == 0x20 || bytes[e - 1] == 0x09 { e -= 1 }
            guard e - start == 3 else { return false }
            let a = bytes[start], b = bytes[start + 1], c = bytes[start + 2]
            if a == 0x2D, b == 0x2D, c == 0x2D { return true }
            return closing && a == 0x2E && b == 0x2E && c == 0x2E
        }
        let firstEnd = lineEnd(from: 0)
        guard !bytes.isEmpty, isFence(0, firstEnd, closing: false) else {
            return FrontMatterSplit(yaml: nil, yamlStartLine: 1, body: text, bodyStartLine: 1, problem: .missing)
        }
        var start = firstEnd + 1
        var line = 2
        while start <= bytes.count {
            let end = lineEnd(from: start)
            if start < bytes.count, isFence(start, end, closing: true) {
                let yaml = String(decoding: bytes[min(firstEnd + 1, start)..<start], as: UTF8.self)
                let bodyStart = min(end + 1, bytes.count)
                let body = String(decoding: bytes[bodyStart...], as: UTF8.self)
                return FrontMatterSplit(yaml: yaml, yamlStartLine: 2, body: body, bodyStartLine: line + 1,
                                        problem: nil)
            }
            if end >= bytes.count { break }
            start = end + 1
            line += 1
        }
        return FrontMatterSplit(yaml: nil, yamlStartLine: 2, body: "", bodyStartLine: 1, problem: .unterminated)
    }
}
