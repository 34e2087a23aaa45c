#if canImport(Glibc)
import Glibc
#endif

/// Reads byte ranges of a previous data file.
final class DataFileReader {
    let fd: Int32
    init?(_ path: String) {
        fd = open(path, O_RDONLY | O_CLOEXEC)
        if fd < 0 { return nil }
    }
    deinit { close(fd) }

    func read(_ range: Range<Int>) -> [UInt8]? {
        var buffer = [UInt8](repeating: 0, count: range.count)
        var done = 0
        while done < range.count {
            let n = buffer.withUnsafeMutableBytes { raw -> Int in
                guard let base = raw.baseAddress else { return -1 }
                return pread(fd, base + done, range.count - done, off_t(range.lowerBound + done))
            }
            if n <= 0 { return nil }
            done += n
        }
        return buffer
    }
}
