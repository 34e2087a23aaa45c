import CXLSXWriter
import Foundation

/// Writes report tables as an `.xlsx` workbook through Debian's libxlsxwriter: one sheet per table, a bold
/// header row kept in view (frozen, with the first columns), a filter on every column, and columns as wide as
/// their content (within limits).
public enum XLSXReportWriter {
    public struct Failure: Error, Sendable, CustomStringConvertible {
        public var description: String
    }

    /// Writes `tables` to `path`, first into a temporary file next to it, renamed into place when complete.
    /// `title` and `subject` become the workbook's document properties (shown by spreadsheets and when printing).
    public static func write(_ tables: [ReportTable], to path: String, title: String? = nil,
                             subject: String? = nil) throws(Failure) {
        let temporary = path + ".tmp-\(getpid())"
        guard let workbook = workbook_new(temporary) else {
            throw Failure(description: "buku kerja tidak dapat dibuat")
        }
        if title != nil || subject != nil {
            // libxlsxwriter copies the strings during the call.
            var properties = lxw_doc_properties()
            properties.title = title.flatMap { strdup(cellText($0)) }
            properties.subject = subject.flatMap { strdup(cellText($0)) }
            _ = workbook_set_properties(workbook, &properties)
            free(properties.title)
            free(properties.subject)
        }
        let header = workbook_add_format(workbook)
        format_set_bold(header)
        format_set_text_wrap(header)
        format_set_bg_color(header, 0xDDE7F0)
        format_set_align(header, UInt8(LXW_ALIGN_VERTICAL_TOP.rawValue))
        let date = workbook_add_format(workbook)
        format_set_num_format(date, "yyyy-mm-dd")
        let text = workbook_add_format(workbook)
        format_set_align(text, UInt8(LXW_ALIGN_VERTICAL_TOP.rawValue))

        var problem: String?
        func check(_ error: lxw_error) {
            if error != LXW_NO_ERROR, problem == nil { problem = String(cString: lxw_strerror(error)) }
        }
        for table in tables {
            guard let sheet = workbook_add_worksheet(workbook, String(table.name.prefix(31))) else {
                problem = problem ?? "lembar \(table.name) tidak dapat dibuat"
                continue
            }
            for (c, title) in table.headers.enumerated() {
                check(worksheet_write_string(sheet, 0, lxw_col_t(c), cellText(title), header))
            }
            for (r, row) in table.rows.enumerated() {
                let rowIndex = lxw_row_t(r + 1)
                for (c, cell) in row.enumerated() {
                    let col = lxw_col_t(c)
                    switch cell {
                    case .text(let s): check(worksheet_write_string(sheet, rowIndex, col, cellText(s), text))
                    case .number(let n): check(worksheet_write_number(sheet, rowIndex, col, Double(n), nil))
                    case .date(let d):
                        var value = lxw_datetime(year: Int32(d.year), month: Int32(d.month), day: Int32(d.day),
                                                 hour: 0, min: 0, sec: 0)
                        check(worksheet_write_datetime(sheet, rowIndex, col, &value, date))
                    case .empty: break
                    }
                }
            }
            for (c, width) in columnWidths(table).enumerated() {
                check(worksheet_set_column(sheet, lxw_col_t(c), lxw_col_t(c), width, nil))
            }
            worksheet_freeze_panes(sheet, 1, lxw_col_t(table.frozenColumns))
            if !table.headers.isEmpty {
                check(worksheet_autofilter(sheet, 0, 0, lxw_row_t(table.rows.count), lxw_col_t(table.headers.count - 1)))
            }
        }
        let closed = workbook_close(workbook)
        if closed != LXW_NO_ERROR { problem = problem ?? String(cString: lxw_strerror(closed)) }
        if let problem {
            unlink(temporary)
            throw Failure(description: problem)
        }
        guard rename(temporary, path) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            throw Failure(description: reason)
        }
    }

    /// Width of each column in characters: its longest cell (headers count at most 12 characters, since they
    /// wrap), between 6 and 48.
    static func columnWidths(_ table: ReportTable) -> [Double] {
        table.headers.enumerated().map { c, title in
            var width = min(title.count, 12)
            for row in table.rows where c < row.count {
                let cell = row[c]
                width = max(width, cell == .empty ? 0 : (cell.plain.count))
                if case .date = cell { width = max(width, 10) }
            }
            return Double(min(48, max(6, width + 2)))
        }
    }

    /// Text a cell can hold: no control characters XML 1.0 forbids, at most 32,767 characters (Excel's limit).
    static func cellText(_ s: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in s.unicodeScalars {
            let v = scalar.value
            if v < 0x20, v != 0x09, v != 0x0A { continue }
            if v == 0xFFFE || v == 0xFFFF { continue }
            out.append(scalar)
        }
        let text = String(out)
        return text.count <= 32_767 ? text : String(text.prefix(32_766)) + "…"
    }
}
