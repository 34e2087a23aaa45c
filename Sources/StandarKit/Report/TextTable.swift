/// An aligned plain-text table for the terminal: columns as wide as their widest cell (counted in characters),
/// numbers right-aligned.
public enum TextTable {
    /// - Parameter leftAligned: columns aligned left (text); the others are aligned right.
    public static func render(headers: [String], rows: [[String]], leftAligned: Set<Int>) -> String {
        var widths = headers.map(\.count)
        for row in rows {
            for (i, cell) in row.enumerated() where i < widths.count { widths[i] = max(widths[i], cell.count) }
        }
        func line(_ cells: [String]) -> String {
            var parts: [String] = []
            for (i, width) in widths.enumerated() {
                let cell = i < cells.count ? cells[i] : ""
                let fill = String(repeating: " ", count: max(0, width - cell.count))
                parts.append(leftAligned.contains(i) ? cell + fill : fill + cell)
            }
            var text = parts.joined(separator: "  ")
            while text.hasSuffix(" ") { text.removeLast() }
            return text + "\n"
        }
        return ([headers] + rows).map(line).joined()
    }
}
