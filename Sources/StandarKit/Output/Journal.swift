#if canImport(Glibc)
import Glibc
#endif

/// The journal of an incremental update (`OutputTransaction`): which numbered temporary files move to which
/// paths of the output, and which paths are deleted. It is written before the first rename, so a build killed
/// while renaming is completed by the next one.
///
/// Nothing read from disk is trusted: a journal found in the cache folder may have been planted (a cache folder
/// committed to the site's repository, a pull request). `decode` accepts only a whole journal (its last line
/// carries an FNV-64 of everything before it) whose temporary names are plain numbers and whose output paths are
/// relative and free of `.`, `..` and empty segments; the replay also requires the device and inode of the
/// output folder it was written for.
struct Journal: Equatable {
    struct Move: Equatable {
        /// The temporary file's number inside the transaction folder.
        var temporary: Int
        /// The path below the output folder.
        var target: String
    }

    var device: Int
    var inode: Int
    var moves: [Move]
    var deletions: [String]

    static let header = "STANDAR-JURNAL 1"

    enum Decoded: Equatable {
        /// Complete and valid: replay it.
        case committed(Journal)
        /// Written by a build killed before its last line: drop it, the output is untouched.
        case uncommitted
        /// Damaged or forged: discard it and everything the cache says.
        case invalid
    }

    func encoded() -> [UInt8] {
        var text = "\(Self.header)\t\(device)\t\(inode)\n"
        for m in moves { text += "M\t\(m.temporary)\t\(m.target)\n" }
        for d in deletions { text += "D\t\(d)\n" }
        var bytes = Array(text.utf8)
        bytes += Array("COMMIT\t\(String(FNV64.hashBytes(bytes), radix: 16))\n".utf8)
        return bytes
    }

    static func decode(_ bytes: [UInt8]) -> Decoded {
        // The last line, "COMMIT\t<hash>\n", seals everything before it.
        guard bytes.last == UInt8(ascii: "\n") else { return .uncommitted }
        let body = bytes.dropLast()
        guard let lastBreak = body.lastIndex(of: UInt8(ascii: "\n")) else { return .uncommitted }
        let sealed = Array(bytes[..<(lastBreak + 1)])
        let seal = String(decoding: body[(lastBreak + 1)...], as: UTF8.self)
        guard seal.hasPrefix("COMMIT") else { return .uncommitted }
        guard seal == "COMMIT\t" + String(FNV64.hashBytes(sealed), radix: 16) else { return .invalid }
        let lines = String(decoding: sealed, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        guard let first = lines.first else { return .invalid }
        let head = first.split(separator: "\t", omittingEmptySubsequences: false)
        guard head.count == 3, head[0] == header, let device = Int(head[1]), let inode = Int(head[2]) else {
            return .invalid
        }
        var journal = Journal(device: device, inode: inode, moves: [], deletions: [])
        for line in lines.dropFirst() {
            let parts = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            if parts.count == 3, parts[0] == "M", let number = Int(parts[1]), number > 0, String(number) == parts[1],
               OutputWriter.isSafe(parts[2]) {
                journal.moves.append(Move(temporary: number, target: parts[2]))
            } else if parts.count == 2, parts[0] == "D", OutputWriter.isSafe(parts[1]) {
                journal.deletions.append(parts[1])
            } else {
                return .invalid
            }
        }
        return .committed(journal)
    }

    /// Device and inode of a folder (following a link, as the build does when it writes there).
    static func identity(of path: String) -> (device: Int, inode: Int)? {
        var st = stat()
        guard stat(path, &st) == 0, st.st_mode & S_IFMT == S_IFDIR else { return nil }
        return (Int(st.st_dev), Int(st.st_ino))
    }
}
