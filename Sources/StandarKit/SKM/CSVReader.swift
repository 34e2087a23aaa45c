/// A small CSV reader for survey files: RFC 4180 quoting, "," or ";" separators (spreadsheets set to
/// Indonesian write ";"), each row with the file line it starts on.
public enum CSVReader {
    public struct Row: Sendable, Equatable {
        public var line: Int
        public var cells: [String]
        /// The 1-based column (in characters) where each cell starts, on the line where it starts.
        public var columns: [Int] = []
    }

    public enum Problem: Error, Equatable, Sendable {
        /// A quoted cell opened on `line` is never closed.
        case unterminatedQuote(line: Int)
    }

    /// The separator of a file: ";" when the first line has ";" outside quotes and no ",", else ",".
    static func separator(_ text: Substring) -> Character {
        var commas = 0
        var semicolons = 0
        var quoted = false
        for ch in text {
            if ch == "\n" && !quoted { break }
            if ch == "\"" { quoted.toggle() }
            if !quoted, ch == "," { commas += 1 }
            if !quoted, ch == ";" { semicolons += 1 }
        }
        return semicolons > 0 && commas == 0 ? ";" : ","
    }

    /// Rows of `text` (with "\n" line endings); blank lines are skipped.
    public static func rows(_ text: String) -> Result<[Row], Problem> {
        let separator = separator(text[...])
        var rows: [Row] = []
        var cells: [String] = []
        var starts: [Int] = []
        var column = 1
        var cellStart = 1
        var cell = ""
        var line = 1
        var rowLine = 1
        var quoted = false
        var quoteLine = 1
        var afterQuote = false
        var chars = text.makeIterator()
        func endRow() {
            cells.append(cell)
            starts.append(cellStart)
            cell = ""
            if !(cells.count == 1 && cells[0].allSatisfy(\.isWhitespace)) {
                rows.append(Row(line: rowLine, cells: cells, columns: starts))
            }
            cells = []
            starts = []
        }
        while let ch = chars.next() {
            defer { column = ch == "\n" ? 1 : column + 1 }
            if quoted {
                if ch == "\"" {
                    quoted = false
                    afterQuote = true
                } else {
                    if ch == "\n" { line += 1 }
                    cell.append(ch)
                }
                continue
            }
            switch ch {
            case "\"":
                // "" inside a quoted cell is one quote; a quote inside an unquoted cell is kept as text.
                if afterQuote {
                    cell.append("\"")
                    quoted = true
                    afterQuote = false
                } else if cell.allSatisfy(\.isWhitespace) {
                    cell = ""
                    quoted = true
                    quoteLine = line
                } else {
                    cell.append(ch)
                }
            case separator:
                afterQuote = false
                cells.append(cell)
                starts.append(cellStart)
                cellStart = column + 1
                cell = ""
            case "\n":
                afterQuote = false
                endRow()
                cellStart = 1
                line += 1
                rowLine = line
            default:
                afterQuote = false
                cell.append(ch)
            }
        }
        if quoted { return .failure(.unterminatedQuote(line: quoteLine)) }
        if !cell.isEmpty || !cells.isEmpty { endRow() }
        return .success(rows)
    }
}
