import Foundation

/// Writes a report file with POSIX calls (Foundation's writes fsync): into a temporary file next to it, then
/// renamed into place, so a reader never sees half a report.
public enum ReportFile {
    public static func write(_ text: String, to path: String) throws(XLSXReportWriter.Failure) {
        let temporary = path + ".tmp-\(getpid())"
        let fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw XLSXReportWriter.Failure(description: String(cString: strerror(errno))) }
        let problem = FileSystem.writeAll(fd, Array(text.utf8))
        close(fd)
        if let problem {
            unlink(temporary)
            throw XLSXReportWriter.Failure(description: problem)
        }
        guard rename(temporary, path) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            throw XLSXReportWriter.Failure(description: reason)
        }
    }
}
