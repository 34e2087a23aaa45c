/// Assembles a data file (layanan.json rows separated by ",", layanan.csv rows) in order from new rows and
/// rows of the previous file. Consecutive old rows that were consecutive before are copied in one go, so an
/// incremental build copies the unchanged bulk of a 35 MB file with a handful of reads.
final class RowAssembler {
    let stream: DataStream
    let old: DataFileReader?
    let separator: [UInt8]
    /// Bytes written so far (head included), counting old rows not yet copied.
    private(set) var offset: Int
    private(set) var count = 0
    private var pending: Range<Int>?

    init(stream: DataStream, old: DataFileReader?, separator: [UInt8], head: [UInt8]) throws {
        self.stream = stream
        self.old = old
        self.separator = separator
        self.offset = head.count
        try stream.append(head)
    }

    /// Appends a new row; returns its byte range in the new file.
    func appendNew(_ row: [UInt8]) throws -> Range<Int> {
        try flush()
        if count > 0, !separator.isEmpty {
            try stream.append(separator)
            offset += separator.count
        }
        try stream.append(row)
        let range = offset..<(offset + row.count)
        offset += row.count
        count += 1
        return range
    }

    /// Appends the row at `range` of the previous file; returns its byte range in the new file.
    func appendOld(_ range: Range<Int>) throws -> Range<Int> {
        if count > 0 {
            if let p = pending, p.upperBound + separator.count == range.lowerBound {
                // Adjacent before: the separator between them is copied along.
                pending = p.lowerBound..<range.upperBound
            } else {
                try flush()
                if !separator.isEmpty { try stream.append(separator) }
                pending = range
            }
            offset += separator.count
        } else {
            try flush()
            pending = range
        }
        let result = offset..<(offset + range.count)
        offset += range.count
        count += 1
        return result
    }

    func flush() throws {
        guard let p = pending else { return }
        pending = nil
        guard let old else { throw OutputWriter.WriteError(path: "data", reason: "berkas data sebelumnya tidak ada") }
        var start = p.lowerBound
        while start < p.upperBound {
            let end = min(p.upperBound, start + (4 << 20))
            guard let bytes = old.read(start..<end) else {
                throw OutputWriter.WriteError(path: "data", reason: "berkas data sebelumnya tidak dapat dibaca")
            }
            try stream.append(bytes)
            start = end
        }
    }
}
